#pragma once
// Pieces the pages of the year's work share (trainings, awards, activities, rating): the unit chooser,
// the accent-insensitive member search list of the training and award forms, and date/number texts.

#include "core/types.h"

#include <QString>

class QComboBox;
class QLabel;
class QListWidget;

namespace hv {

class Database;
class ReferenceData;
class UnitTree;

// Fills combo with root and the units below it (groups left out) that exist at some day of the year
// (every unit when year is 0), in tree order and indented by depth; item data is the unit id.
void fillUnitCombo(QComboBox* combo, const UnitTree& tree, Id root, int year = 0);

// Lists the members whose name (tone marks not needed) or CCCD matches text, with their birth and unit;
// item data is the member id, Qt::UserRole + 1 her full name. Texts shorter than two letters clear it.
void fillMemberResults(QListWidget* list, Database& db, const ReferenceData& ref, const UnitTree& tree,
                       const QString& text);

// A message in red under a form or a grid; hidden when empty.
void showInlineMessage(QLabel* label, const QString& message);

QString dmy(const QDate& d);
// VND amount in the Vietnamese way (1.250.000).
QString money(qint64 amount);

}  // namespace hv
