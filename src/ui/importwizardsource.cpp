#include "ui/importwizardsource.h"

#include "core/error.h"
#include "importing/rowsource.h"
#include "importing/rowsourcefactory.h"
#include "importing/xlsxreader.h"
#include "ui/appcontext.h"
#include "ui/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hv {
namespace {
const QString kLastFolder = QStringLiteral("importWizard/lastFolder");
}  // namespace

ImportSourcePage::ImportSourcePage(ImportWizard& wizard) : mWizard(wizard)
{
    setObjectName(QStringLiteral("sourcePage"));
    mFileLabel = new QLabel(this);
    mPath = new QLineEdit(this);
    mPath->setObjectName(QStringLiteral("filePath"));
    mFileLabel->setBuddy(mPath);
    mBrowse = new QPushButton(this);
    mBrowse->setObjectName(QStringLiteral("browseButton"));
    mSheetLabel = new QLabel(this);
    mSheet = new QComboBox(this);
    mSheet->setObjectName(QStringLiteral("sheetCombo"));
    mSheetLabel->setBuddy(mSheet);
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("fileStatus"));
    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mConversionBox = new QGroupBox(this);
    mConversionBox->setObjectName(QStringLiteral("conversionBox"));
    mConversionText = new QLabel(mConversionBox);
    mConversionText->setWordWrap(true);
    mConversions = new QTableWidget(0, 2, mConversionBox);
    mConversions->setObjectName(QStringLiteral("conversionTable"));
    mConversions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mConversions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mConversions->verticalHeader()->hide();
    mConvert = new QCheckBox(mConversionBox);
    mConvert->setObjectName(QStringLiteral("convertCheck"));
    mConvert->setChecked(true);
    auto* box = new QVBoxLayout(mConversionBox);
    box->addWidget(mConversionText);
    box->addWidget(mConversions, 1);
    box->addWidget(mConvert);
    mConversionBox->hide();

    auto* grid = new QGridLayout;
    grid->addWidget(mFileLabel, 0, 0);
    grid->addWidget(mPath, 0, 1);
    grid->addWidget(mBrowse, 0, 2);
    grid->addWidget(mSheetLabel, 1, 0);
    grid->addWidget(mSheet, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(mStatus);
    layout->addWidget(mConversionBox, 1);
    layout->addStretch();

    connect(mBrowse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(mPath, &QLineEdit::textChanged, this, [this] {
        {
            const QSignalBlocker block(mSheet);
            mSheet->clear();
        }
        inspect();
    });
    connect(mSheet, &QComboBox::currentIndexChanged, this, [this] { inspect(); });
    retranslate();
}

void ImportSourcePage::retranslate()
{
    setTitle(tr("Choose the member list"));
    setSubTitle(tr("An Excel workbook (.xlsx) or a CSV file. Title rows above the header are fine."));
    mFileLabel->setText(tr("&File:"));
    mBrowse->setText(tr("&Browse…"));
    mSheetLabel->setText(tr("&Sheet:"));
    mConversionBox->setTitle(tr("Old Vietnamese font encoding"));
    mConvert->setText(tr("&Convert the text to Unicode"));
    mConversions->setHorizontalHeaderLabels({tr("In the file"), tr("Converted")});
}

void ImportSourcePage::setPath(const QString& path) { mPath->setText(path); }

void ImportSourcePage::browse()
{
    QSettings& settings = mWizard.context().settings();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose the member list"), settings.value(kLastFolder).toString(),
        tr("Member lists (*.xlsx *.csv);;Excel 97–2003 (*.xls);;All files (*)"));
    if (file.isEmpty()) return;
    settings.setValue(kLastFolder, QFileInfo(file).path());
    mPath->setText(file);
}

// Opens the file as the import will, to list its sheets and show a legacy encoding before anything else.
void ImportSourcePage::inspect()
{
    mOpened = false;
    mStatus->clear();
    mConversionBox->hide();
    const QString path = mPath->text().trimmed();
    if (!QFileInfo(path).isFile()) {
        mSheet->setEnabled(false);
        emit completeChanged();
        return;
    }
    try {
        auto source = openRowSource(path, mSheet->currentText());
        if (const auto* workbook = dynamic_cast<const XlsxReader*>(source.get())) {
            if (mSheet->count() == 0) {
                const QSignalBlocker block(mSheet);
                mSheet->addItems(workbook->sheetNames());
                mSheet->setCurrentText(workbook->sheetName());
            }
        }
        mSheet->setEnabled(mSheet->count() > 1);
        const QString from = source->convertedFrom();
        if (!from.isEmpty()) {
            const auto pairs = source->conversions();
            mConversionText->setText(tr("The text of this workbook was typed in the old %1 font encoding. "
                                        "Check that the converted text reads right:")
                                         .arg(from));
            mConversions->setRowCount(int(pairs.size()));
            for (int i = 0; i < int(pairs.size()); ++i) {
                mConversions->setItem(i, 0, new QTableWidgetItem(pairs[size_t(i)].first));
                mConversions->setItem(i, 1, new QTableWidgetItem(pairs[size_t(i)].second));
            }
            mConversionBox->show();
        }
        mOpened = true;
    } catch (const Error& e) {
        mStatus->setText(e.message());
    }
    emit completeChanged();
}

bool ImportSourcePage::isComplete() const { return mOpened; }

bool ImportSourcePage::validatePage()
{
    ImportPlan& plan = mWizard.plan();
    plan.path = mPath->text().trimmed();
    plan.sheet = mSheet->count() > 1 ? mSheet->currentText() : QString();
    plan.convertLegacy = !mConversionBox->isVisible() || mConvert->isChecked();
    try {
        auto source = plan.open();
        plan.convertedFrom = source->convertedFrom();
        plan.conversions = source->conversions();
        plan.date1904 = source->date1904();
        const auto header = findMemberHeader(*source);
        if (!header) {
            mStatus->setText(tr("%1: no header row found in the first 30 rows; the list needs at least a "
                                "\"Họ và tên\" column and one other known column.")
                                 .arg(QFileInfo(plan.path).fileName()));
            return false;
        }
        plan.header = *header;
        plan.columns = header->columnOf;
        plan.columns.resize(size_t(header->headers.size()));
        plan.excludedRows.clear();
        plan.decisions.clear();
        return true;
    } catch (const Error& e) {
        mStatus->setText(e.message());
        return false;
    }
}

}  // namespace hv
