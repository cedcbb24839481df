#include "ui/importwizardmapping.h"

#include "core/error.h"
#include "importing/rowsource.h"
#include "ui/appcontext.h"
#include "ui/importwizard.h"
#include "ui/importwizardpreview.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hv {
namespace {

enum { LetterColumn, HeaderColumn, SampleColumn, FieldColumn };

// "A", "B", ..., "Z", "AA": the column as the spreadsheet names it.
QString columnLetter(int i)
{
    QString s;
    for (++i; i > 0; i = (i - 1) / 26) s.prepend(QChar(u'A' + (i - 1) % 26));
    return s;
}

}  // namespace

ImportMappingPage::ImportMappingPage(ImportWizard& wizard) : mWizard(wizard)
{
    setObjectName(QStringLiteral("mappingPage"));
    mHeaderLabel = new QLabel(this);
    mHeaderLabel->setObjectName(QStringLiteral("headerRowLabel"));
    mHeaderLabel->setWordWrap(true);
    mRemembered = new QLabel(this);
    mRemembered->setObjectName(QStringLiteral("mappingRemembered"));
    mRemembered->setWordWrap(true);
    mTable = new QTableWidget(0, 4, this);
    mTable->setObjectName(QStringLiteral("mappingTable"));
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionMode(QAbstractItemView::NoSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(LetterColumn, QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::Stretch);
    mTable->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    mTable->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    mProblem = new QLabel(this);
    mProblem->setObjectName(QStringLiteral("mappingProblem"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mHeaderLabel);
    layout->addWidget(mRemembered);
    layout->addWidget(mTable, 1);
    layout->addWidget(mProblem);
}

std::vector<std::optional<MemberColumn>> ImportMappingPage::remembered(QSettings& settings,
                                                                       const QStringList& headers)
{
    const QStringList codes = settings.value(ImportWizard::mappingKey(headers)).toStringList();
    if (codes.size() != headers.size()) return {};
    std::vector<std::optional<MemberColumn>> out;
    for (const QString& code : codes) out.push_back(columnFromCode(code));
    return out;
}

void ImportMappingPage::initializePage()
{
    ImportPlan& plan = mWizard.plan();
    const HeaderMap& header = plan.header;
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose, for each column of the file, the field of the register it holds."));
    mHeaderLabel->setText(tr("The header was found on row %1 of %2.")
                              .arg(header.headerRow)
                              .arg(QFileInfo(plan.path).fileName()));
    const auto memory = remembered(mWizard.context().settings(), header.headers);
    if (!memory.empty()) plan.columns = memory;
    mRemembered->setText(memory.empty() ? QString()
                                        : tr("The columns are matched as you chose last time for a file with "
                                             "the same headers."));
    mRemembered->setVisible(!memory.empty());

    // The first member's cells show what each column holds.
    QStringList sample;
    try {
        auto source = plan.open();
        if (auto map = findMemberHeader(*source)) {
            while (nextDataRow(*source, *map))
                if (!isBlankOrSubtotal(*source, *map)) {
                    for (int i = 0; i < source->cellCount(); ++i) sample << source->cell(i).toString();
                    break;
                }
        }
    } catch (const Error&) {
        // The samples are a help only; the file was read once already.
    }

    const int n = int(header.headers.size());
    mTable->setRowCount(n);
    mTable->setHorizontalHeaderLabels(
        {tr("Column"), tr("Header in the file"), tr("First member"), tr("Field")});
    for (int i = 0; i < n; ++i) {
        mTable->setItem(i, LetterColumn, new QTableWidgetItem(columnLetter(i)));
        mTable->setItem(i, HeaderColumn, new QTableWidgetItem(header.headers.value(i)));
        mTable->setItem(i, SampleColumn, new QTableWidgetItem(sample.value(i)));
        auto* combo = new QComboBox(mTable);
        combo->setObjectName(QStringLiteral("mapping_%1").arg(i));
        combo->addItem(tr("— ignore"), -1);
        for (int c = 0; c < kMemberColumnCount; ++c) {
            const auto column = MemberColumn(c);
            combo->addItem(isIgnoredColumn(column) ? tr("%1 (not imported)").arg(columnHeader(column))
                                                   : columnHeader(column),
                           c);
            combo->setItemData(combo->count() - 1, columnCode(column), Qt::ToolTipRole);
        }
        const auto chosen = size_t(i) < plan.columns.size() ? plan.columns[size_t(i)] : std::nullopt;
        combo->setCurrentIndex(chosen ? combo->findData(int(*chosen)) : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::check);
        mTable->setCellWidget(i, FieldColumn, combo);
    }
    check();
}

QComboBox* ImportMappingPage::combo(int column) const
{
    return qobject_cast<QComboBox*>(mTable->cellWidget(column, FieldColumn));
}

std::vector<std::optional<MemberColumn>> ImportMappingPage::columns() const
{
    std::vector<std::optional<MemberColumn>> out;
    for (int i = 0; i < mTable->rowCount(); ++i) {
        const int c = combo(i)->currentData().toInt();
        out.push_back(c >= 0 ? std::optional<MemberColumn>(MemberColumn(c)) : std::nullopt);
    }
    return out;
}

void ImportMappingPage::check()
{
    const auto chosen = columns();
    QStringList problems;
    bool name = false;
    for (size_t i = 0; i < chosen.size(); ++i) {
        if (!chosen[i]) continue;
        name = name || *chosen[i] == MemberColumn::FullName;
        for (size_t j = 0; j < i; ++j)
            if (chosen[j] == chosen[i])
                problems << tr("Columns %1 and %2 are both %3; choose one.")
                                .arg(columnLetter(int(j)), columnLetter(int(i)), columnHeader(*chosen[i]));
    }
    if (!name)
        problems << tr("Choose the column that holds \"%1\".").arg(columnHeader(MemberColumn::FullName));
    mProblem->setText(problems.join(QLatin1Char('\n')));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const { return mProblem->text().isEmpty() && mTable->rowCount() > 0; }

bool ImportMappingPage::validatePage()
{
    // Remembered once the list is imported with it (ImportWizard::runImport), not for a mapping tried only.
    mWizard.plan().columns = columns();
    // The preview's rows are checked before it is shown: a Cancel stays here.
    return static_cast<ImportPreviewPage*>(mWizard.page(ImportWizard::PreviewPage))->checkFile();
}

}  // namespace hv
