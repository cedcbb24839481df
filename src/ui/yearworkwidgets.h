#pragma once
// Pieces the pages of the year's work share (trainings, awards, activities, rating): the unit chooser,
// the accent-insensitive member search list of the training and award forms, and date/number texts.

#include "core/types.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QString>
#include <algorithm>
#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace hv {

class Database;
struct FlexDate;
class ReferenceData;
class UnitTree;

// Fills combo with root and the units below it (groups left out) that exist at some day of the year
// (every unit when year is 0), in tree order and indented by depth; item data is the unit id.
void fillUnitCombo(QComboBox* combo, const UnitTree& tree, Id root, int year = 0);

// Lists the members whose name (tone marks not needed) or CCCD matches text, with their birth and unit;
// item data is the member id, Qt::UserRole + 1 her full name. Texts shorter than two letters clear it.
// With within set, the active members of that unit and the units below it come first (a club's own
// members among a district's many namesakes).
void fillMemberResults(QListWidget* list, Database& db, const ReferenceData& ref, const UnitTree& tree,
                       const QString& text, Id within = 0);

// A message in red under a form or a grid; hidden when empty.
void showInlineMessage(QLabel* label, const QString& message);

// Runs the form's save: an hv::Error it throws is shown in errorLabel and the form stays open, anything
// else goes to ErrorPresenter. True when save ran through.
bool saveInForm(QWidget* form, QLabel* errorLabel, const std::function<void()>& save);

// The count of a form's list (attendees, club members): the number of entries listed, or the number
// typed in spin while check ("only the number is known") is ticked; info says how many are listed.
void showListCount(QCheckBox* check, QSpinBox* spin, QLabel* info, int listed, const QString& infoText);

// Erases from items the entries whose rows are selected in view (row i shows items[i]).
template <typename T>
void eraseSelectedRows(const QAbstractItemView* view, std::vector<T>& items)
{
    std::vector<int> rows;
    for (const QModelIndex& i : view->selectionModel()->selectedRows()) rows.push_back(i.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows) items.erase(items.begin() + r);
}

QString dmy(const QDate& d);
// A birth as the register knows it: the date, the year alone, or nothing.
QString birthText(const FlexDate& birth);
// VND amount in the Vietnamese way (1.250.000).
QString money(qint64 amount);

}  // namespace hv
