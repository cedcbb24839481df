#include "ui/templatedialog.h"

#include "importing/xlsxreader.h"
#include "reports/annualreport.h"
#include "reports/indicators.h"
#include "storage/database.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hv {
namespace {

const QString kLastMapping = QStringLiteral("templates/lastMapping");
enum Column { NameColumn, CellColumn, RowsColumn };

}  // namespace

TemplateDialog::TemplateDialog(AppContext& ctx, const ReportRequest& request, QWidget* parent)
    : QDialog(parent), mCtx(ctx), mRequest(request)
{
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(tr("Fill the Excel form of the level above"));
    auto* layout = new QVBoxLayout(this);

    auto* formRow = new QHBoxLayout;
    formRow->addWidget(new QLabel(tr("Form (.xlsx):"), this));
    mForm = new QLineEdit(this);
    mForm->setObjectName(QStringLiteral("templateForm"));
    formRow->addWidget(mForm, 1);
    auto* open = new QPushButton(tr("Open…"), this);
    formRow->addWidget(open);
    layout->addLayout(formRow);

    auto* help = new QLabel(tr("For each figure, write the cell of the form it goes in (for example Sheet1!D12), and "
                               "for the rows of the units below, the column (for example D)."), this);
    help->setWordWrap(true);
    layout->addWidget(help);
    mCells = new QTableWidget(int(annualIndicators().size()), 3, this);
    mCells->setObjectName(QStringLiteral("templateCells"));
    mCells->setHorizontalHeaderLabels({tr("Figure"), tr("Cell for this unit"), tr("Column in the unit rows")});
    mCells->verticalHeader()->setVisible(false);
    mCells->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int i = 0; i < int(annualIndicators().size()); ++i) {
        auto* name = new QTableWidgetItem(annualIndicators()[std::size_t(i)].name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setData(Qt::UserRole, annualIndicators()[std::size_t(i)].key);
        mCells->setItem(i, NameColumn, name);
        mCells->setItem(i, CellColumn, new QTableWidgetItem);
        mCells->setItem(i, RowsColumn, new QTableWidgetItem);
    }
    layout->addWidget(mCells, 1);

    auto* rows = new QGroupBox(tr("Rows of the units below"), this);
    auto* rowsForm = new QFormLayout(rows);
    mSheet = new QComboBox(rows);
    mSheet->setObjectName(QStringLiteral("templateSheet"));
    mSheet->setEditable(true);
    mNameColumn = new QLineEdit(rows);
    mNameColumn->setObjectName(QStringLiteral("templateNameColumn"));
    mNameColumn->setPlaceholderText(QStringLiteral("B"));
    mFirstRow = new QSpinBox(rows);
    mFirstRow->setRange(1, 1048576);
    mLastRow = new QSpinBox(rows);
    mLastRow->setRange(0, 1048576);
    mLastRow->setSpecialValueText(tr("to the end"));
    rowsForm->addRow(tr("Sheet:"), mSheet);
    rowsForm->addRow(tr("Column of the unit names:"), mNameColumn);
    rowsForm->addRow(tr("From row:"), mFirstRow);
    rowsForm->addRow(tr("To row:"), mLastRow);
    layout->addWidget(rows);

    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("templateStatus"));
    mStatus->setWordWrap(true);
    layout->addWidget(mStatus);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* load = buttons->addButton(tr("Load mapping…"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("Save mapping"), QDialogButtonBox::ActionRole);
    QPushButton* fillButton = buttons->addButton(tr("Fill the form…"), QDialogButtonBox::AcceptRole);
    fillButton->setObjectName(QStringLiteral("templateFill"));
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, &TemplateDialog::openForm);
    connect(load, &QPushButton::clicked, this, &TemplateDialog::loadMapping);
    connect(save, &QPushButton::clicked, this, &TemplateDialog::saveMapping);
    connect(fillButton, &QPushButton::clicked, this, &TemplateDialog::fill);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 640);

    const QString last = mCtx.settings().value(kLastMapping).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        ErrorPresenter::guard(this, [&] { setMapping(TemplateMapping::load(last)); });
}

TemplateDialog::~TemplateDialog() = default;

void TemplateDialog::setFormPath(const QString& path)
{
    mForm->setText(path);
    const QString current = mSheet->currentText();
    mSheet->clear();
    mSheet->addItem(QString());
    try {
        mSheet->addItems(XlsxReader(path).sheetNames());
    } catch (const Error&) {
        // Not readable (yet): the filling says why.
    }
    mSheet->setCurrentText(current);
}

TemplateMapping TemplateDialog::mapping() const
{
    TemplateMapping m;
    m.templatePath = mForm->text().trimmed();
    TemplateUnitRows rows;
    rows.sheet = mSheet->currentText().trimmed();
    rows.nameColumn = mNameColumn->text().trimmed().toUpper();
    rows.firstRow = mFirstRow->value();
    rows.lastRow = mLastRow->value();
    for (int i = 0; i < mCells->rowCount(); ++i) {
        const QString key = mCells->item(i, NameColumn)->data(Qt::UserRole).toString();
        const QString cell = mCells->item(i, CellColumn)->text().trimmed();
        const QString column = mCells->item(i, RowsColumn)->text().trimmed().toUpper();
        if (!cell.isEmpty())
            m.cells.push_back({key, cell});
        if (!column.isEmpty())
            rows.columns.emplace_back(key, column);
    }
    if (!rows.columns.empty() || !rows.nameColumn.isEmpty())
        m.unitRows = rows;
    return m;
}

void TemplateDialog::setMapping(const TemplateMapping& m)
{
    setFormPath(m.templatePath);
    for (int i = 0; i < mCells->rowCount(); ++i) {
        const QString key = mCells->item(i, NameColumn)->data(Qt::UserRole).toString();
        QString cell, column;
        for (const TemplateCell& c : m.cells)
            if (c.indicator == key) cell = c.cell;
        if (m.unitRows)
            for (const auto& [k, col] : m.unitRows->columns)
                if (k == key) column = col;
        mCells->item(i, CellColumn)->setText(cell);
        mCells->item(i, RowsColumn)->setText(column);
    }
    if (m.unitRows) {
        mSheet->setCurrentText(m.unitRows->sheet);
        mNameColumn->setText(m.unitRows->nameColumn);
        mFirstRow->setValue(m.unitRows->firstRow);
        mLastRow->setValue(m.unitRows->lastRow);
    }
}

QString TemplateDialog::defaultMappingFile() const
{
    const QFileInfo db(mCtx.db().location());
    const QString form = QFileInfo(mForm->text()).completeBaseName();
    return db.absolutePath() + QLatin1Char('/') + (form.isEmpty() ? QStringLiteral("mau-bao-cao") : form) + QStringLiteral(".mapping.json");
}

void TemplateDialog::openForm()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open the form"), QFileInfo(mCtx.db().location()).absolutePath(),
                                                      tr("Excel workbook (*.xlsx)"));
    if (file.isEmpty()) return;
    setFormPath(file);
    const QString beside = defaultMappingFile();
    if (QFileInfo::exists(beside))
        ErrorPresenter::guard(this, [&] { setMapping(TemplateMapping::load(beside)); });
}

void TemplateDialog::loadMapping()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Load mapping"), QFileInfo(mCtx.db().location()).absolutePath(),
                                                      tr("Mapping (*.json)"));
    if (!file.isEmpty())
        ErrorPresenter::guard(this, [&] { setMapping(TemplateMapping::load(file)); });
}

void TemplateDialog::saveMapping()
{
    const QString file = defaultMappingFile();
    if (ErrorPresenter::guard(this, [&] { mapping().save(file); })) {
        mCtx.settings().setValue(kLastMapping, file);
        mStatus->setText(tr("Mapping saved as %1.").arg(file));
    }
}

void TemplateDialog::fill()
{
    const QString suggested = QFileInfo(mForm->text()).absolutePath() + QLatin1Char('/') + QFileInfo(mForm->text()).completeBaseName()
                              + QStringLiteral("-%1.xlsx").arg(mRequest.year);
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the filled form"), suggested, tr("Excel workbook (*.xlsx)"));
    if (!file.isEmpty()) fillTo(file);
}

void TemplateDialog::fillTo(const QString& file)
{
    const TemplateMapping m = mapping();
    AnnualReportOptions o;
    o.year = mRequest.year;
    o.unitCode = mRequest.unitCode;
    if (mRequest.date.isValid() && mRequest.date.year() == mRequest.year) o.cutoff = mRequest.date;
    o.depth = std::max(1, mRequest.depth);
    mStatus->setText(tr("Filling the form…"));
    mRunner.run(
        [location = mCtx.db().location(), scope = mCtx.db().scope(), m, o, file] {
            Database db(location, scope);
            const AnnualReport report = buildAnnualReport(db, o);
            const TemplateSource source{[&report](const QString& u) { return findReportRow(report, u) != nullptr; },
                                        [&report](const QString& u, const QString& key) -> std::optional<double> {
                                            const AnnualRow* r = findReportRow(report, u);
                                            return r ? annualIndicator(*r, key) : std::nullopt;
                                        }};
            return fillXlsxTemplate(m, source, file);
        },
        [this, file](TaskResult<TemplateFillResult> result) {
            const bool ok = ErrorPresenter::guard(this, [&] { result.rethrowIfFailed(); });
            if (!ok) {
                mStatus->setText(tr("The form was not filled."));
                emit failed();
                return;
            }
            QString text = tr("%1 cell(s) filled in %2.").arg(result.value->cellsFilled).arg(QFileInfo(file).fileName());
            if (!result.value->unmatchedRows.isEmpty())
                text += QLatin1Char(' ') + tr("Not units of this report, left as they were: %1.")
                                               .arg(result.value->unmatchedRows.join(QStringLiteral("; ")));
            mStatus->setText(text);
            emit filled(file, result.value->cellsFilled);
        });
}

}  // namespace hv
