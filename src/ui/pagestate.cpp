#include "ui/pagestate.h"

#include "ui/appcontext.h"

#include <QComboBox>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace hv {
namespace {

// The columns of one table: fitted to their contents (after the rows arrive) until the officer sizes
// one, saved from then on.
class Columns : public QObject {
public:
    Columns(QSettings& settings, const QString& key, QTableView* view, QObject* parent)
        : QObject(parent), mSettings(settings), mKey(key), mView(view), mHeader(view->horizontalHeader())
    {
        restore();
        connect(mHeader, &QHeaderView::sectionCountChanged, this, [this] {
            mSized = false;
            restore();
            queueFit();
        });
        connect(mHeader, &QHeaderView::sectionResized, this, [this](int logical) {
            // The stretched last section follows the window, not the officer.
            if (mBusy ||
                (mHeader->stretchLastSection() && mHeader->visualIndex(logical) == mHeader->count() - 1))
                return;
            mSized = true;
            save();
        });
        connect(mHeader, &QHeaderView::sectionMoved, this, &Columns::save);
        QAbstractItemModel* model = view->model();
        connect(model, &QAbstractItemModel::rowsInserted, this, &Columns::queueFit);
        connect(model, &QAbstractItemModel::modelReset, this, &Columns::queueFit);
        connect(model, &QAbstractItemModel::dataChanged, this, &Columns::queueFit);
    }

private:
    void restore()
    {
        const int count = mHeader->count();
        if (count == 0 || mSettings.value(mKey + QStringLiteral("Columns")).toInt() != count) return;
        const QScopedValueRollback busy(mBusy, true);
        mSized = mHeader->restoreState(mSettings.value(mKey).toByteArray());
    }
    void save()
    {
        mSettings.setValue(mKey, mHeader->saveState());
        mSettings.setValue(mKey + QStringLiteral("Columns"), mHeader->count());
    }
    // Texts are set after the rows are inserted: the fit waits until they are all there.
    void queueFit()
    {
        if (mSized || mFitQueued) return;
        mFitQueued = true;
        QTimer::singleShot(0, this, [this] {
            mFitQueued = false;
            if (mSized || mView->model()->rowCount() == 0) return;
            const QScopedValueRollback busy(mBusy, true);
            // A stretched last section keeps filling the table: sizing it to its contents would undo that.
            const int stretched =
                mHeader->stretchLastSection() ? mHeader->logicalIndex(mHeader->count() - 1) : -1;
            for (int c = 0; c < mHeader->count(); ++c)
                if (c != stretched) mView->resizeColumnToContents(c);
        });
    }

    QSettings& mSettings;
    const QString mKey;
    QTableView* mView;
    QHeaderView* mHeader;
    bool mSized = false;  // restored, or set by the officer
    bool mBusy = false;   // sizes being set by this class
    bool mFitQueued = false;
};

}  // namespace

PageState::PageState(AppContext& ctx, QWidget* page) : QObject(page), mCtx(ctx), mPage(page->objectName()) {}

QString PageState::key(const QWidget* w) const { return mPage + QLatin1Char('/') + w->objectName(); }

void PageState::keep(std::initializer_list<QWidget*> widgets)
{
    for (QWidget* w : widgets) {
        Q_ASSERT(!w->objectName().isEmpty());
        if (auto* year = qobject_cast<QSpinBox*>(w))
            keepYear(year);
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            keepCombo(combo);
        else if (auto* tabs = qobject_cast<QTabWidget*>(w))
            keepTabs(tabs);
        else if (auto* splitter = qobject_cast<QSplitter*>(w))
            keepSplitter(splitter);
        else if (auto* view = qobject_cast<QTableView*>(w))
            keepColumns(view);
    }
}

void PageState::keepYear(QSpinBox* year)
{
    const QString k = key(year);
    QSettings& s = mCtx.settings();
    if (s.contains(k)) year->setValue(s.value(k).toInt());
    // Connected after the page's own slot: a year the page refused (unsaved figures) is already back.
    connect(year, &QSpinBox::valueChanged, this, [this, year, k] {
        if (year->value() != mCtx.date().year())
            mCtx.settings().setValue(k, year->value());
        else
            mCtx.settings().remove(k);
    });
}

void PageState::keepCombo(QComboBox* combo)
{
    const QString k = key(combo);
    if (const int i = combo->findData(mCtx.settings().value(k)); i >= 0 && mCtx.settings().contains(k))
        combo->setCurrentIndex(i);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo, k] { mCtx.settings().setValue(k, combo->currentData()); });
}

void PageState::keepTabs(QTabWidget* tabs)
{
    const QString k = key(tabs);
    if (const int i = mCtx.settings().value(k, -1).toInt(); i >= 0 && i < tabs->count())
        tabs->setCurrentIndex(i);
    connect(tabs, &QTabWidget::currentChanged, this,
            [this, tabs, k] { mCtx.settings().setValue(k, tabs->currentIndex()); });
}

void PageState::keepSplitter(QSplitter* splitter)
{
    const QString k = key(splitter);
    splitter->restoreState(mCtx.settings().value(k).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [this, splitter, k] { mCtx.settings().setValue(k, splitter->saveState()); });
}

void PageState::keepColumns(QTableView* view) { new Columns(mCtx.settings(), key(view), view, this); }

}  // namespace hv
