#include "ui/importhistorydialog.h"

#include "storage/batchrepository.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace hv {
namespace {

const QString kGeometry = QStringLiteral("importHistory/geometry");
enum { IdColumn, KindColumn, FileColumn, DateColumn, RowsColumn, StateColumn, ColumnCount };
constexpr int kUndoableRole = Qt::UserRole + 1;

}  // namespace

ImportHistoryDialog::ImportHistoryDialog(AppContext& ctx, QWidget* parent) : QDialog(parent), mCtx(ctx)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    mIntro = new QLabel(tr("Every import is recorded. A member import can be taken back as a whole while no "
                           "later work builds on it."),
                        this);
    mIntro->setWordWrap(true);
    mTable = new QTableWidget(0, ColumnCount, this);
    mTable->setObjectName(QStringLiteral("batchTable"));
    mTable->setHorizontalHeaderLabels(
        {tr("No."), tr("Kind"), tr("File"), tr("Imported on"), tr("Rows"), tr("State")});
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    mUndo = new QPushButton(tr("&Undo this import…"), this);
    mUndo->setObjectName(QStringLiteral("undoImportButton"));
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("historyStatus"));
    mStatus->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* row = new QHBoxLayout;
    row->addWidget(mUndo);
    row->addStretch(1);
    row->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mIntro);
    layout->addWidget(mTable, 1);
    layout->addWidget(mStatus);
    layout->addLayout(row);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mUndo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(mTable, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    resize(820, 420);
    restoreGeometry(ctx.settings().value(kGeometry).toByteArray());
    reload();
}

void ImportHistoryDialog::reload()
{
    std::vector<ImportBatch> batches;
    if (!ErrorPresenter::guard(this, [&] { batches = BatchRepository(mCtx.db()).all(); })) return;
    std::sort(batches.begin(), batches.end(),
              [](const ImportBatch& a, const ImportBatch& b) { return a.id > b.id; });
    const QLocale locale;
    mTable->setRowCount(int(batches.size()));
    for (int i = 0; i < int(batches.size()); ++i) {
        const ImportBatch& b = batches[size_t(i)];
        const bool members = b.kind == QLatin1String("members");
        const QString kind = members                                 ? tr("Members")
                             : b.kind == QLatin1String("units")      ? tr("Units")
                             : b.kind == QLatin1String("population") ? tr("Population")
                             : b.kind == QLatin1String("targets")    ? tr("Targets")
                             : b.kind == QLatin1String("demo")       ? tr("Demo data")
                                                                     : b.kind;
        const QString state =
            b.undoneAt.isValid()
                ? tr("Undone on %1").arg(locale.toString(b.undoneAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Standing");
        const QStringList texts = {QString::number(b.id),
                                   kind,
                                   b.source,
                                   locale.toString(b.importedAt.toLocalTime(), QLocale::ShortFormat),
                                   QString::number(b.rowCount),
                                   state};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (c == IdColumn) {
                item->setData(Qt::UserRole, b.id);
                item->setData(kUndoableRole, members && !b.undoneAt.isValid());
            }
            mTable->setItem(i, c, item);
        }
    }
    if (mTable->rowCount() > 0 && mTable->selectedItems().isEmpty()) mTable->selectRow(0);
    updateButtons();
}

bool ImportHistoryDialog::selectBatch(qint64 batchId)
{
    for (int i = 0; i < mTable->rowCount(); ++i)
        if (mTable->item(i, IdColumn)->data(Qt::UserRole).toLongLong() == batchId) {
            mTable->selectRow(i);
            return true;
        }
    return false;
}

void ImportHistoryDialog::updateButtons()
{
    const auto rows = mTable->selectionModel()->selectedRows();
    mUndo->setEnabled(!rows.isEmpty() &&
                      mTable->item(rows.first().row(), IdColumn)->data(kUndoableRole).toBool());
}

void ImportHistoryDialog::undoSelected()
{
    const auto rows = mTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) return;
    const int row = rows.first().row();
    const Id id = mTable->item(row, IdColumn)->data(Qt::UserRole).toLongLong();
    const QString file = mTable->item(row, FileColumn)->text();
    const auto answer = QMessageBox::question(
        this, tr("Undo this import"),
        tr("Undo import no. %1 (%2)? The members it added are removed and those it updated are put back as "
           "they were.")
            .arg(id)
            .arg(file),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) return;
    UndoSummary summary;
    if (!ErrorPresenter::guard(this, [&] { summary = BatchRepository(mCtx.db()).undo(id); })) return;
    mStatus->setText(
        tr("Import no. %1 was undone: %2 member(s) removed, %3 put back as they were, %4 unit(s) removed.")
            .arg(id)
            .arg(summary.membersRemoved)
            .arg(summary.membersRestored)
            .arg(summary.unitsRemoved));
    reload();
    selectBatch(id);
    mCtx.notifyDataChanged();
}

void ImportHistoryDialog::done(int r)
{
    mCtx.settings().setValue(kGeometry, saveGeometry());
    QDialog::done(r);
}

}  // namespace hv
