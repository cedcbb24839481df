#pragma once
// The window state of a page, kept in the settings under "<page>/<widget>" (object names) the way the
// Members page keeps its columns: the year the officer chose, the tab and the choice of a combo box
// shown, the positions of the splitters, and the widths and order of the table columns. Each is restored
// when the page is built and saved whenever it changes.
//
// A year is remembered only when it differs from the register date's: a page that followed the register
// date still follows it after a restart. Table columns fit their contents until the officer sets a width
// (dragging or double-clicking a divider); from then on her widths are kept, in this session and the
// next. Saved widths go back only into a table with as many columns (the ranking's columns follow the
// year's scorecard).

#include <QObject>
#include <initializer_list>

class QComboBox;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;

namespace hv {

class AppContext;

class PageState : public QObject {
public:
    // Create it before the page's other children: it is then deleted before them, and the widgets
    // being taken apart (a tab widget emptying itself) cannot overwrite what was saved.
    PageState(AppContext& ctx, QWidget* page);

    // Restores, then follows, each widget: a QSpinBox (the year), QComboBox, QTabWidget, QSplitter or
    // QTableView (QTableWidget, its sections left Interactive). Call it once the page's own connections
    // are made, so that a restored year or tab reaches the page as the officer's choice does.
    void keep(std::initializer_list<QWidget*> widgets);

private:
    QString key(const QWidget* w) const;
    void keepYear(QSpinBox* year);
    void keepCombo(QComboBox* combo);
    void keepTabs(QTabWidget* tabs);
    void keepSplitter(QSplitter* splitter);
    void keepColumns(QTableView* view);

    AppContext& mCtx;
    QString mPage;
};

}  // namespace hv
