#include "ui/populationgrid.h"

#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/gridview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <functional>

namespace hv {
namespace {

const QString kPresent = QStringLiteral("present");
const QString kEligible = QStringLiteral("eligible");

QString basisName(const QString& code) { return PopulationModel::basisName(code); }

QDate yearEnd(int year) { return QDate(year, 12, 31); }

// The basis row is chosen from a list; figures are typed as text so that letters can be refused.
class BasisDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.row() != 0) return QStyledItemDelegate::createEditor(parent, option, index);
        auto* combo = new QComboBox(parent);
        combo->addItem(basisName(kPresent), kPresent);
        combo->addItem(basisName(kEligible), kEligible);
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            model->setData(index, combo->currentData());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

}  // namespace

PopulationGrid::PopulationGrid(AppContext& ctx, QWidget* parent)
    : QWidget(parent), mCtx(ctx), mModel(new PopulationModel(this))
{
    auto* view = new GridView(this);
    mView = view;
    mView->setObjectName(QStringLiteral("populationView"));
    mView->setModel(mModel);
    mView->setItemDelegate(new BasisDelegate(mView));
    mView->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                           QAbstractItemView::EditKeyPressed);
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mView->horizontalHeader()->setMinimumSectionSize(90);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    view->onPaste = [this] { pasteText(QApplication::clipboard()->text()); };
    view->onCopy = [this] { copySelection(); };
    view->onClear = [this] { mModel->clear(mView->selectionModel()->selectedIndexes()); };

    mTitle = new QLabel(this);
    mTitle->setWordWrap(true);
    mMessage = new QLabel(this);
    mMessage->setObjectName(QStringLiteral("populationMessage"));
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    mMessage->hide();
    mSave = new QPushButton(this);
    mSave->setObjectName(QStringLiteral("savePopulationButton"));
    mRevert = new QPushButton(this);
    mRevert->setObjectName(QStringLiteral("revertPopulationButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(mRevert);
    buttons->addWidget(mSave);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTitle);
    layout->addWidget(mView, 1);
    layout->addWidget(mMessage);
    layout->addLayout(buttons);

    connect(mSave, &QPushButton::clicked, this, &PopulationGrid::save);
    connect(mRevert, &QPushButton::clicked, this, &PopulationGrid::reload);
    connect(mModel, &PopulationModel::refused, this, [this, view](const QString& m) {
        view->refused = true;
        showMessage(m);
    });
    connect(mModel, &PopulationModel::changesChanged, this, [this](bool changed) {
        mSave->setEnabled(changed);
        mRevert->setEnabled(changed);
    });
    connect(mModel, &PopulationModel::dataChanged, this, [this] { showMessage({}); });
    retranslate();
}

void PopulationGrid::retranslate()
{
    mTitle->setText(
        tr("<b>Women aged 18 and over</b> (the denominator of the attraction rate). Type or paste "
           "the figures as in Excel; Delete empties a cell. Empty cells of the whole unit show, in grey, "
           "the sum used by the report."));
    mSave->setText(tr("&Save figures"));
    mRevert->setText(tr("&Undo edits"));
}

void PopulationGrid::reload()
{
    ErrorPresenter::guard(this, [&] {
        const UnitTree tree = UnitRepository(mCtx.db()).tree();
        const OrgUnit* unit = tree.byId(mCtx.unitId());
        const int year = mCtx.date().year();
        std::vector<int> years;
        for (int y = year - 4; y <= year + 1; ++y) years.push_back(y);
        std::vector<OrgUnit> rows;
        QHash<int, QHash<Id, Population>> stored;
        UnitYearRepository figures(mCtx.db());
        for (int y : years) stored.insert(y, figures.populations(y));
        if (unit)
            for (const OrgUnit* c : tree.children(unit->id))
                if (std::any_of(years.begin(), years.end(), [&](int y) { return c->activeAt(yearEnd(y)); }))
                    rows.push_back(*c);
        mModel->load(std::move(rows), unit ? *unit : OrgUnit{}, unit ? years : std::vector<int>{}, stored);
    });
    showMessage({});
}

bool PopulationGrid::save()
{
    if (!hasChanges()) return true;
    const bool ok = ErrorPresenter::guard(
        this, [&] { UnitChanges(mCtx.db(), mCtx.ref()).savePopulations(mModel->edits()); });
    if (ok) {
        reload();
        mCtx.notifyDataChanged();
    }
    return ok;
}

bool PopulationGrid::confirmLeave(bool canCancel)
{
    if (!hasChanges()) return true;
    QMessageBox box(
        QMessageBox::Question, tr("Unsaved figures"),
        tr("The figures of women aged 18 and over were changed. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | (canCancel ? QMessageBox::Cancel : QMessageBox::NoButton),
        this);
    box.setObjectName(QStringLiteral("unsavedPopulation"));
    switch (box.exec()) {
        case QMessageBox::Save:
            return save() || !canCancel;
        case QMessageBox::Discard:
            reload();
            return true;
        default:
            return false;
    }
}

void PopulationGrid::pasteText(const QString& text)
{
    const QModelIndexList selected = mView->selectionModel()->selectedIndexes();
    const QString single =
        QString(text).remove(QLatin1Char('\r')).remove(QRegularExpression(QStringLiteral("\n$")));
    QString why;
    if (selected.size() > 1 && !single.contains(QLatin1Char('\t')) && !single.contains(QLatin1Char('\n'))) {
        for (const QModelIndex& i : selected)  // one value into every selected cell, as Excel fills
            if (why.isEmpty() && (mModel->flags(i) & Qt::ItemIsEditable)) why = mModel->setText(i, single);
    } else {
        // The block starts at the top-left selected cell (or the current one).
        QModelIndex topLeft = mView->currentIndex();
        if (!selected.isEmpty()) {
            int row = selected.front().row(), column = selected.front().column();
            for (const QModelIndex& i : selected) {
                row = std::min(row, i.row());
                column = std::min(column, i.column());
            }
            topLeft = mModel->index(row, column);
        }
        why = mModel->paste(topLeft, text);
    }
    showMessage(why);
}

void PopulationGrid::copySelection()
{
    QModelIndexList cells = mView->selectionModel()->selectedIndexes();
    if (cells.isEmpty()) return;
    std::sort(cells.begin(), cells.end());
    QString text;
    int row = cells.front().row();
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0) text += cells[i].row() != row ? QStringLiteral("\n") : QStringLiteral("\t");
        row = cells[i].row();
        text += cells[i].data(Qt::EditRole).toString();
    }
    QApplication::clipboard()->setText(text + QLatin1Char('\n'));
}

void PopulationGrid::showMessage(const QString& message)
{
    mMessage->setText(message);
    mMessage->setVisible(!message.isEmpty());
}

void PopulationGrid::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (window() != this && window() != mWatchedWindow) {
        mWatchedWindow = window();
        mWatchedWindow->installEventFilter(this);
    }
}

bool PopulationGrid::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == mWatchedWindow && event->type() == QEvent::Close && !confirmLeave(true)) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace hv
