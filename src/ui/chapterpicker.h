#pragma once
// The chapter chooser of the member and movement dialogs: a combo box over the units below the
// office, with the chapters and groups selectable and the units above them as headings.

#include "core/types.h"

class QComboBox;

namespace hv {

class UnitTree;

// Fills combo with the units below root (root excluded) that are active at date, in tree order.
// Chapters and groups can be picked; when the tree has none yet, every unit below root can. Units that
// only lead to others are shown as disabled, bold headings. The item data is the unit id. A first
// item "choose..." (data 0) is selected.
void fillChapterPicker(QComboBox* combo, const UnitTree& tree, Id root, const QDate& date);

// Selects the item of unitId; returns false (selection unchanged) when it is not offered.
bool selectPickedUnit(QComboBox* combo, Id unitId);

// The id of the selected unit; 0 when none is selected.
Id pickedUnit(const QComboBox* combo);

// Full name of a unit with its parent for display ("Chi hội Khu phố 1, Phường Hòa Xuân"); empty when
// unknown.
QString unitLabel(const UnitTree& tree, Id unitId);

}  // namespace hv
