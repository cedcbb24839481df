#include "ui/auditdialog.h"

#include "core/error.h"
#include "reports/audittable.h"
#include "reports/tablewriters.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "ui/errorpresenter.h"
#include "ui_auditdialog.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QSaveFile>

namespace hv {

AuditDialog::AuditDialog(Database& db, QWidget* parent)
    : QDialog(parent), mUi(std::make_unique<Ui::AuditDialog>()), mDb(db)
{
    mUi->setupUi(this);
    mUi->entriesTable->setColumnCount(6);
    mUi->entriesTable->verticalHeader()->hide();  // the entry's number is a column of its own
    mUi->entriesTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    mUi->entriesTable->setHorizontalHeaderLabels({tr("No."), tr("Time"), tr("Account"), tr("Action"), tr("Record"), tr("Detail")});
    connect(mUi->verifyButton, &QPushButton::clicked, this, [this] { ErrorPresenter::guard(this, [this] { verify(); }); });
    connect(mUi->exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QStringLiteral("audit.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            ErrorPresenter::guard(this, [&] { exportTo(file); });
    });
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

AuditDialog::~AuditDialog() = default;

void AuditDialog::reload()
{
    AuditLog log(mDb);
    const AuditVerification v = log.verify();  // also the count; refuses a non-administrator
    const std::vector<AuditEntry> entries = log.list(std::max<qint64>(0, v.entries - kShown));
    QTableWidget* t = mUi->entriesTable;
    t->setRowCount(int(entries.size()));
    for (int i = 0; i < int(entries.size()); ++i) {
        const AuditEntry& e = entries[entries.size() - 1 - size_t(i)];  // newest first
        const QStringList cells{QString::number(e.id), e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                                e.userName, e.action, e.target, e.detail};
        for (int c = 0; c < cells.size(); ++c)
            t->setItem(i, c, new QTableWidgetItem(cells[c]));
        t->item(i, 5)->setToolTip(e.detail);
    }
    t->resizeColumnsToContents();
    // A long detail (an update's before and after) is read in its tooltip, not in a huge column.
    t->setColumnWidth(5, std::min(t->columnWidth(5), 420));
    mUi->resultLabel->setText(tr("%1 entries.").arg(v.entries));
}

bool AuditDialog::verify()
{
    const AuditVerification v = AuditLog(mDb).verify();
    if (v.ok())
        mUi->resultLabel->setText(tr("The chain is whole: %1 entries. Last hash %2 (write it down to detect "
                                     "entries removed from the end).").arg(v.entries).arg(v.lastHash));
    else
        mUi->resultLabel->setText(tr("The audit log was altered: entry %1 is the first bad one (%2).").arg(v.firstBad).arg(v.reason));
    return v.ok();
}

void AuditDialog::exportTo(const QString& file)
{
    AuditLog log(mDb);
    const std::vector<AuditEntry> entries = log.list();
    QSaveFile f(file);
    const QByteArray csv = tableCsv(auditLogTable(entries));
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit())
        throw Error(Error::Kind::Input, tr("Cannot write %1: %2").arg(file, f.errorString()));
    log.append(QStringLiteral("export"), QStringLiteral("audit csv"), {{QStringLiteral("rows"), qint64(entries.size())}});
    mUi->resultLabel->setText(tr("%1 entries exported to %2.").arg(entries.size()).arg(file));
}

}  // namespace hv
