#pragma once
// The table view of the figure grids (population, activities, targets): keys as in Excel — Enter commits
// and goes down, Delete empties, Ctrl+C/Ctrl+V copy and paste blocks. The owner supplies what paste, copy
// and clear do, since only it knows how to check the cells.

#include <QKeyEvent>
#include <QTableView>
#include <functional>
#include <utility>

namespace hv {

class GridView : public QTableView {
public:
    using QTableView::QTableView;
    std::function<void()> onPaste, onCopy, onClear;
    bool refused = false;  // the last commit was refused: stay on the cell

protected:
    void keyPressEvent(QKeyEvent* e) override
    {
        if (e->matches(QKeySequence::Paste)) return onPaste();
        if (e->matches(QKeySequence::Copy)) return onCopy();
        if (e->key() == Qt::Key_Delete && state() != EditingState) return onClear();
        if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && state() != EditingState)
            return moveDown();
        QTableView::keyPressEvent(e);
    }
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        // The delegate closes with SubmitModelCache after Enter.
        const bool wasRefused = std::exchange(refused, false);
        const bool enter = hint == QAbstractItemDelegate::SubmitModelCache;
        QTableView::closeEditor(editor, wasRefused || enter ? QAbstractItemDelegate::NoHint : hint);
        if (enter && !wasRefused) moveDown();
    }

private:
    void moveDown()
    {
        const QModelIndex below = currentIndex().siblingAtRow(currentIndex().row() + 1);
        if (below.isValid()) setCurrentIndex(below);
    }
};

}  // namespace hv
