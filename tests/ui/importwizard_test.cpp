// The import wizard as an officer uses it, driven by objectName on real workbooks of tests/data/xlsx:
// a column mapped otherwise, a row left out, a duplicate skipped, the import checked in the database; a
// cancel in the middle that leaves nothing; the preview's check on a worker, its Cancel, a date typed as
// a number shown as the date it becomes; the workers signed in as the window; the mapping remembered for
// a file of the same shape; undo from the import history, and its refusal when later work builds on the
// import.
#include "memberfixture.h"

#include "importing/memberimporter.h"
#include "importing/rowsourcefactory.h"
#include "storage/accessscope.h"
#include "ui/importhistorydialog.h"
#include "ui/importpreviewmodel.h"
#include "ui/importwizard.h"
#include "ui/importwizardmapping.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace hv;
using hvtest::onModal;

namespace {

QString xlsx(const char* name) { return hvtest::dataPath(QStringLiteral("xlsx/") + QLatin1String(name)); }

class ImportWizardTest : public hvtest::MemberFixture {
protected:
    void SetUp() override
    {
        MemberFixture::SetUp();
        wizard = std::make_unique<ImportWizard>(*ctx);
        wizard->show();
    }

    template <typename W>
    W* child(const char* name)
    {
        auto* w = wizard->findChild<W*>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    void chooseFile(const QString& path)
    {
        auto* edit = child<QLineEdit>("filePath");
        edit->setFocus();
        hvtest::typeText(edit, path);
    }
    void clickNext()
    {
        QAbstractButton* next = wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                     : QWizard::NextButton);
        ASSERT_TRUE(next->isEnabled()) << "Next is disabled on page " << wizard->currentId();
        QTest::mouseClick(next, Qt::LeftButton);
    }
    // Clicks Next and returns the text of the message box it brings up (then closed).
    QString messageOfNext()
    {
        QString text;
        onModal<QMessageBox>([&](QMessageBox* box) {
            text = box->text();
            box->accept();
        });
        clickNext();
        return text;
    }
    // The view row of a file row, or -1.
    int viewRowOf(ImportPreviewModel* model, int fileRow)
    {
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->rowAt(i)->row == fileRow) return i;
        return -1;
    }
    qint64 memberCount() { return repo->count(); }
    qint64 batchCount()
    {
        Query q(ctx->db(), QStringLiteral("SELECT count(*) FROM import_batches"));
        q.exec();
        return q.next() ? q.integer(0) : -1;
    }
    // Takes the register's write lock with the window's connection (an open transaction that wrote) until
    // the returned guard goes: a worker's dry run waits for it (busy_timeout), so the test can look at
    // the wizard and press Cancel while the check is under way.
    std::unique_ptr<Transaction> holdWriteLock()
    {
        auto lock = std::make_unique<Transaction>(ctx->db());
        ctx->db().setSetting(QStringLiteral("test.lock"), QStringLiteral("held"));
        return lock;
    }
    // A list of three: Hằng (the CCCD of a stored member), Bích (no such day), Mai.
    QString listWithProblems()
    {
        return hvtest::writeFile(dir.path(QStringLiteral("problems.csv")),
                                 "Họ và tên,Ngày sinh,Số CCCD,Cơ sở Hội,Chi hội\n"
                                 "Nguyễn Thị Hằng,15/03/1985,038185000123,15499,15499-01\n"
                                 "Trần Thị Bích,31/02/1988,,15499,15499-01\n"
                                 "Lê Thị Mai,15/03/1980,,15499,15499-01\n");
    }
    QString cellText(ImportPreviewModel* model, int fileRow, int column, int role = Qt::DisplayRole)
    {
        return model->data(model->index(viewRowOf(model, fileRow), column), role).toString();
    }

    std::unique_ptr<ImportWizard> wizard;
};

}  // namespace

TEST_F(ImportWizardTest, MappingChangedRowLeftOutDuplicateSkippedThenImported)
{
    // The register has Nguyễn Thị Hằng already (the same CCCD as row 7 of the workbook).
    const Id hang = storeMember(QStringLiteral("Nguyễn Thị Hằng"), QStringLiteral("038185000123"), chapterA);
    chooseFile(xlsx("members.xlsx"));
    auto* sheets = child<QComboBox>("sheetCombo");
    EXPECT_EQ(sheets->count(), 2);  // "Danh sách", "Khu phố 2": the first is taken
    EXPECT_TRUE(sheets->isEnabled());
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);

    // The two-row header under the title rows: row 5. Column E (Dân tộc) is left out.
    EXPECT_TRUE(child<QLabel>("headerRowLabel")->text().contains(QLatin1String("5")));
    QComboBox* ethnicity = child<QComboBox>("mapping_4");
    ASSERT_EQ(ethnicity->currentData().toInt(), int(MemberColumn::Ethnicity));
    ethnicity->setFocus();
    QTest::keyClick(ethnicity, Qt::Key_Home);
    EXPECT_EQ(ethnicity->currentData().toInt(), -1);
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);

    auto* view = child<QTableView>("previewTable");
    auto* model = qobject_cast<ImportPreviewModel*>(view->model());
    ASSERT_EQ(model->rowCount(), 3);  // rows 7, 8, 9; the total line is not a member

    // Only Hằng is a duplicate; all duplicates to update first, then Hằng's row back to skip.
    auto* filter = child<QComboBox>("previewFilter");
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_End);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->rowAt(0)->row, 7);
    EXPECT_TRUE(model->rowAt(0)->duplicateOf.contains(QStringLiteral("Nguyễn Thị Hằng")));
    QTest::mouseClick(child<QPushButton>("allDuplicatesUpdate"), Qt::LeftButton);
    EXPECT_EQ(wizard->plan().decisions.value(7), MemberImportOptions::OnDuplicate::Update);
    view->selectRow(0);
    auto* decision = child<QComboBox>("duplicateDecision");
    decision->setFocus();
    QTest::keyClick(decision, Qt::Key_Home);
    EXPECT_EQ(wizard->plan().decisions.value(7), MemberImportOptions::OnDuplicate::Skip);
    EXPECT_EQ(model->data(model->index(0, ImportPreviewModel::DecisionColumn), Qt::DisplayRole).toString(),
              ImportPreviewModel::decisionText(MemberImportOptions::OnDuplicate::Skip));

    // Trần Thị Lan (row 9) is left out with her tick.
    QTest::keyClick(filter, Qt::Key_Home);
    ASSERT_EQ(model->rowCount(), 3);
    const int lan = viewRowOf(model, 9);
    ASSERT_GE(lan, 0);
    view->setFocus();
    view->setCurrentIndex(model->index(lan, ImportPreviewModel::IncludeColumn));
    QTest::keyClick(view, Qt::Key_Space);
    EXPECT_TRUE(wizard->plan().excludedRows.contains(9));
    EXPECT_EQ(model->data(model->index(lan, 0), Qt::CheckStateRole).toInt(), Qt::Unchecked);

    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::SummaryPage)
        << child<QLabel>("previewNotes")->text().toStdString();
    const ImportResult& r = wizard->result();
    EXPECT_EQ(r.added, 1);
    EXPECT_EQ(r.updated, 0);
    EXPECT_EQ(r.skipped, 2);
    EXPECT_NE(r.batchId, 0);
    EXPECT_TRUE(child<QLabel>("importSummary")->text().contains(QString::number(r.batchId)));

    EXPECT_EQ(memberCount(), 2);
    const auto mai = repo->idByCitizenId(QStringLiteral("038180000456"));
    ASSERT_TRUE(mai.has_value());
    const Member m = *repo->byId(*mai);
    EXPECT_EQ(m.fullName, QStringLiteral("Lê Thị Mai"));
    EXPECT_EQ(m.birth.date, QDate(1980, 3, 15));
    EXPECT_TRUE(m.partyMember);
    EXPECT_TRUE(m.ethnicityCode.isEmpty()) << "column E was mapped to nothing";
    EXPECT_FALSE(repo->byId(hang)->partyMember) << "the duplicate was skipped, not updated";
    EXPECT_TRUE(repo->idsByNameAndBirthYear(QStringLiteral("tran thi lan"), 1989).empty());
}

TEST_F(ImportWizardTest, CancelInTheMiddleLeavesTheRegisterAsItWas)
{
    storeMember(QStringLiteral("Nguyễn Thị Hằng"), QStringLiteral("038185000123"), chapterA);
    QByteArray csv = "Họ và tên,Ngày sinh,Cơ sở Hội,Chi hội\n";
    for (int i = 1; i <= 4000; ++i)
        csv += QStringLiteral("Hội viên Mẫu %1,01/01/1980,15499,15499-01\n")
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .toUtf8();
    chooseFile(hvtest::writeFile(dir.path(QStringLiteral("big.csv")), csv));
    clickNext();
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    ASSERT_EQ(child<QTableView>("previewTable")->model()->rowCount(), 4000);

    bool cancelled = false;
    onModal<QProgressDialog>([&](QProgressDialog* progress) {
        auto* cancel = progress->findChild<QPushButton*>();
        ASSERT_NE(cancel, nullptr);
        QTest::mouseClick(cancel, Qt::LeftButton);
        cancelled = true;
    });
    clickNext();
    EXPECT_TRUE(cancelled);
    EXPECT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    EXPECT_TRUE(child<QLabel>("previewNotes")->text().contains(QStringLiteral("cancelled")))
        << child<QLabel>("previewNotes")->text().toStdString();
    EXPECT_EQ(memberCount(), 1);
}

TEST_F(ImportWizardTest, PreviewIsCheckedOnAWorkerAndShowsTheRowsProblems)
{
    storeMember(QStringLiteral("Nguyễn Thị Hằng"), QStringLiteral("038185000123"), chapterA);
    chooseFile(listWithProblems());
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    auto* model = qobject_cast<ImportPreviewModel*>(child<QTableView>("previewTable")->model());

    // The window holds the write lock: a check on the GUI thread would wait for it and never come here.
    auto lock = holdWriteLock();
    bool seen = false;
    onModal<QProgressDialog>([&](QProgressDialog* progress) {
        seen = true;
        EXPECT_EQ(progress->objectName(), QStringLiteral("checkProgress"));
        EXPECT_TRUE(progress->labelText().contains(QStringLiteral("problems.csv")))
            << progress->labelText().toStdString();
        EXPECT_EQ(wizard->currentId(), ImportWizard::MappingPage)
            << "the page changes once the rows are checked";
        EXPECT_EQ(model->rowCount(), 0);
        lock.reset();
    });
    clickNext();
    EXPECT_TRUE(seen);
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    ASSERT_EQ(model->rowCount(), 3);

    EXPECT_TRUE(cellText(model, 3, ImportPreviewModel::ProblemColumn).contains(QStringLiteral("Not a date")))
        << cellText(model, 3, ImportPreviewModel::ProblemColumn).toStdString();
    // The duplicate got the safe choice, the check ran again with it, and the worker named her.
    EXPECT_EQ(wizard->plan().decisions.value(2), MemberImportOptions::OnDuplicate::Skip);
    EXPECT_TRUE(cellText(model, 2, ImportPreviewModel::ProblemColumn).contains(QStringLiteral("Skipped")))
        << cellText(model, 2, ImportPreviewModel::ProblemColumn).toStdString();
    EXPECT_TRUE(
        cellText(model, 2, ImportPreviewModel::DuplicateColumn).contains(QStringLiteral("Nguyễn Thị Hằng")))
        << cellText(model, 2, ImportPreviewModel::DuplicateColumn).toStdString();
    EXPECT_TRUE(cellText(model, 4, ImportPreviewModel::ProblemColumn).isEmpty());
    EXPECT_TRUE(child<QLabel>("previewSummary")->text().contains(QStringLiteral("1 with errors")))
        << child<QLabel>("previewSummary")->text().toStdString();
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled()) << "Bích's row must be left out first";
    EXPECT_EQ(memberCount(), 1);
    EXPECT_EQ(batchCount(), 0);
}

TEST_F(ImportWizardTest, CancelOfTheCheckLeavesThePageBeforeAndNothingWritten)
{
    chooseFile(listWithProblems());
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    auto* model = qobject_cast<ImportPreviewModel*>(child<QTableView>("previewTable")->model());

    auto lock = holdWriteLock();
    const auto pressCancel = [&] {
        onModal<QProgressDialog>([&](QProgressDialog* progress) {
            auto* cancel = progress->findChild<QPushButton*>();
            ASSERT_NE(cancel, nullptr);
            QTest::mouseClick(cancel, Qt::LeftButton);
            // The wizard stays blocked until the worker has stopped.
            EXPECT_TRUE(progress->isVisible());
            EXPECT_FALSE(cancel->isEnabled());
            lock.reset();
        });
    };
    pressCancel();
    clickNext();
    EXPECT_EQ(lock, nullptr) << "the progress dialog did not come";
    EXPECT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(batchCount(), 0);
    EXPECT_EQ(memberCount(), 0);

    // The wizard goes on as before.
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    ASSERT_EQ(model->rowCount(), 3);
    const QString bich = cellText(model, 3, ImportPreviewModel::ProblemColumn);
    EXPECT_FALSE(bich.isEmpty());

    // A check again cancelled (here: after ticking "create the missing chapters") keeps the rows of the
    // last check, and the box as they were checked.
    auto* createUnits = child<QCheckBox>("createUnits");
    ASSERT_FALSE(createUnits->isChecked());
    lock = holdWriteLock();
    pressCancel();
    QTest::mouseClick(createUnits, Qt::LeftButton);
    EXPECT_EQ(lock, nullptr) << "the progress dialog did not come";
    EXPECT_FALSE(createUnits->isChecked());
    EXPECT_FALSE(wizard->plan().createUnits);
    EXPECT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(cellText(model, 3, ImportPreviewModel::ProblemColumn), bich);
    EXPECT_TRUE(child<QLabel>("previewNotes")->text().contains(QStringLiteral("not finished")))
        << child<QLabel>("previewNotes")->text().toStdString();
    EXPECT_EQ(batchCount(), 0);

    // Bích left out, the list goes in.
    auto* view = child<QTableView>("previewTable");
    view->setFocus();
    view->setCurrentIndex(model->index(viewRowOf(model, 3), ImportPreviewModel::IncludeColumn));
    QTest::keyClick(view, Qt::Key_Space);
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::SummaryPage);
    EXPECT_EQ(memberCount(), 2);
}

TEST_F(ImportWizardTest, DateTypedAsANumberShowsAsTheDateItBecomes)
{
    chooseFile(xlsx("members.xlsx"));
    clickNext();
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    auto* model = qobject_cast<ImportPreviewModel*>(child<QTableView>("previewTable")->model());
    ASSERT_EQ(model->rowCount(), 3);
    // Row 9 holds 32753 in a cell without a date style; row 7 a date cell (yyyy-mm-dd from the reader);
    // row 8 the text 15/3/1980.
    EXPECT_EQ(cellText(model, 9, ImportPreviewModel::BirthColumn), QStringLiteral("02/09/1989"));
    EXPECT_TRUE(cellText(model, 9, ImportPreviewModel::BirthColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("32753")))
        << cellText(model, 9, ImportPreviewModel::BirthColumn, Qt::ToolTipRole).toStdString();
    EXPECT_EQ(cellText(model, 7, ImportPreviewModel::BirthColumn), QStringLiteral("15/03/1985"));
    EXPECT_EQ(cellText(model, 8, ImportPreviewModel::BirthColumn), QStringLiteral("15/03/1980"));

    // What the preview showed is what the register holds.
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::SummaryPage)
        << child<QLabel>("previewNotes")->text().toStdString();
    const auto lan = repo->idsByNameAndBirthYear(QStringLiteral("tran thi lan"), 1989);
    ASSERT_EQ(lan.size(), 1u);
    EXPECT_EQ(repo->byId(lan.front())->birth.date, QDate(1989, 9, 2));
}

TEST_F(ImportWizardTest, WorkersAreSignedInAsTheWindow)
{
    // An officer of chapter 1: the check lets a row of chapter 2 through (it writes nothing), the import
    // refuses the whole list.
    const QString list = hvtest::writeFile(dir.path(QStringLiteral("two.csv")),
                                           "Họ và tên,Năm sinh,Cơ sở Hội,Chi hội\n"
                                           "Trần Thị Lan,1989,15499,15499-01\n"
                                           "Đỗ Thị Thu,1970,15499,15499-02\n");
    ctx->db().setScope({QStringLiteral("hoa"), Role::Officer, chapterA, false});
    chooseFile(list);
    clickNext();
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    QString refusal = messageOfNext();
    EXPECT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    EXPECT_TRUE(refusal.contains(QStringLiteral("hoa"))) << refusal.toStdString();

    // A viewer's check is refused as her own edits are.
    ctx->db().setScope({QStringLiteral("xem"), Role::Viewer, 0, false});
    wizard = std::make_unique<ImportWizard>(*ctx);
    wizard->show();
    chooseFile(list);
    clickNext();
    refusal = messageOfNext();
    EXPECT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_TRUE(refusal.contains(QStringLiteral("xem"))) << refusal.toStdString();

    ctx->db().setScope({});
    EXPECT_EQ(memberCount(), 0);
    EXPECT_EQ(batchCount(), 0);
}

TEST_F(ImportWizardTest, MappingIsRememberedForAFileOfTheSameShape)
{
    const QByteArray header = "Họ và tên,Năm sinh,Ghi chép,Cơ sở Hội,Chi hội\n";
    const QString first = hvtest::writeFile(dir.path(QStringLiteral("a.csv")),
                                            header + "Trần Thị Lan,1989,hay đi họp,15499,15499-01\n");
    const QString second = hvtest::writeFile(dir.path(QStringLiteral("b.csv")),
                                             header + "Đỗ Thị Thu,1970,tổ trưởng cũ,15499,15499-02\n");
    chooseFile(first);
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    QComboBox* notes = child<QComboBox>("mapping_2");
    EXPECT_EQ(notes->currentData().toInt(), -1) << "an unknown header starts as ignored";
    EXPECT_FALSE(child<QLabel>("mappingRemembered")->isVisible());
    notes->setFocus();
    hvtest::typeText(notes, QStringLiteral("Ghi chú"));
    ASSERT_EQ(notes->currentData().toInt(), int(MemberColumn::Notes));
    clickNext();
    clickNext();  // remembered once a list is imported with it
    ASSERT_EQ(wizard->currentId(), ImportWizard::SummaryPage);
    wizard.reset();

    wizard = std::make_unique<ImportWizard>(*ctx);
    wizard->show();
    chooseFile(second);
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_EQ(child<QComboBox>("mapping_2")->currentData().toInt(), int(MemberColumn::Notes));
    EXPECT_TRUE(child<QLabel>("mappingRemembered")->isVisible());
    clickNext();
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::SummaryPage);
    const auto ids = repo->idsByNameAndBirthYear(QStringLiteral("do thi thu"), 1970);
    ASSERT_EQ(ids.size(), 1u);
    EXPECT_EQ(repo->byId(ids.front())->notes, QStringLiteral("tổ trưởng cũ"));

    // Another shape (one header more) starts from the headers again.
    wizard = std::make_unique<ImportWizard>(*ctx);
    wizard->show();
    chooseFile(hvtest::writeFile(
        dir.path(QStringLiteral("c.csv")),
        "Họ và tên,Năm sinh,Ghi chép,Cơ sở Hội,Chi hội,Điện thoại\nA,1970,x,15499,15499-02,1\n"));
    clickNext();
    EXPECT_EQ(child<QComboBox>("mapping_2")->currentData().toInt(), -1);
}

TEST_F(ImportWizardTest, LegacyXlsIsRefusedWithTheLibrarysMessage)
{
    chooseFile(hvtest::writeFile(dir.path(QStringLiteral("old.xls")),
                                 QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)));
    EXPECT_TRUE(child<QLabel>("fileStatus")->text().contains(QStringLiteral("save it as .xlsx")))
        << child<QLabel>("fileStatus")->text().toStdString();
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
}

TEST_F(ImportWizardTest, Tcvn3TextIsShownBeforeAndAfter)
{
    chooseFile(xlsx("tcvn3.xlsx"));
    EXPECT_TRUE(child<QGroupBox>("conversionBox")->isVisible());
    auto* pairs = child<QTableWidget>("conversionTable");
    QStringList after;
    for (int i = 0; i < pairs->rowCount(); ++i) after << pairs->item(i, 1)->text();
    EXPECT_TRUE(after.contains(QStringLiteral("Nguyễn Thị Hoa")))
        << after.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(child<QCheckBox>("convertCheck")->isChecked());
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_EQ(wizard->plan().header.headers.value(1), QStringLiteral("Họ và tên"));
    clickNext();
    clickNext();
    ASSERT_EQ(wizard->currentId(), ImportWizard::SummaryPage);
    EXPECT_EQ(repo->idsByNameAndBirthYear(QStringLiteral("nguyen thi hoa"), 1970).size(), 1u);
}

TEST_F(ImportWizardTest, UndoFromTheHistoryRemovesTheBatchsMembers)
{
    storeMember(QStringLiteral("Nguyễn Thị Hằng"), QStringLiteral("038185000123"), chapterA);
    const auto importSheet = [&](const QString& sheet) {
        MemberImportOptions options;
        options.onDuplicate = MemberImportOptions::OnDuplicate::Skip;
        auto source = openRowSource(xlsx("members.xlsx"), sheet);
        return MemberImporter(ctx->db(), ctx->ref()).run(*source, options).batchId;
    };
    const Id first = importSheet(QString());                     // Lê Thị Mai, Trần Thị Lan
    const Id second = importSheet(QStringLiteral("Khu phố 2"));  // Phạm Thị Hoa
    ASSERT_NE(first, 0);
    ASSERT_NE(second, 0);
    ASSERT_EQ(memberCount(), 4);

    ImportHistoryDialog history(*ctx);
    history.show();
    auto* undo = history.findChild<QPushButton*>(QStringLiteral("undoImportButton"));
    ASSERT_NE(undo, nullptr);

    // A movement recorded later for a member of the first import: the library refuses and says why.
    const Id mai = *repo->idByCitizenId(QStringLiteral("038180000456"));
    repo->addEvent(mai, {0, 0, EventKind::Moved, QDate::currentDate(), chapterA});
    ASSERT_TRUE(history.selectBatch(first));
    ASSERT_TRUE(undo->isEnabled());
    QString refusal;
    onModal<QMessageBox>([&](QMessageBox* ask) {
        onModal<QMessageBox>([&](QMessageBox* error) {
            refusal = error->text();
            error->accept();
        });
        QTest::mouseClick(ask->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_TRUE(refusal.contains(QStringLiteral("cannot be undone"))) << refusal.toStdString();
    EXPECT_EQ(memberCount(), 4);

    // The second import is taken back: its member is gone, the others stay.
    ASSERT_TRUE(history.selectBatch(second));
    onModal<QMessageBox>(
        [](QMessageBox* ask) { QTest::mouseClick(ask->button(QMessageBox::Yes), Qt::LeftButton); });
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_EQ(memberCount(), 3);
    EXPECT_FALSE(repo->idByCitizenId(QStringLiteral("038192000789")).has_value());
    EXPECT_TRUE(repo->idByCitizenId(QStringLiteral("038180000456")).has_value());
    EXPECT_TRUE(history.findChild<QLabel*>(QStringLiteral("historyStatus"))
                    ->text()
                    .contains(QString::number(second)));
    EXPECT_FALSE(undo->isEnabled()) << "an undone import cannot be undone again";
}

TEST_F(ImportWizardTest, FileMenuHasTheImportAndItsHistory)
{
    wizard.reset();
    LanguageManager languages(settings);
    MainWindow window(*ctx, languages);
    window.show();
    QAction* import = window.actions().action(QStringLiteral("file.importMembers"));
    ASSERT_NE(import, nullptr);
    EXPECT_EQ(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QMenu* file = window.findChild<QMenu*>(QStringLiteral("menu_file"));
    ASSERT_NE(file, nullptr);
    EXPECT_TRUE(file->actions().contains(import));
    EXPECT_TRUE(file->actions().contains(window.actions().action(QStringLiteral("file.importHistory"))));
    import->trigger();
    auto* opened = window.findChild<ImportWizard*>();
    ASSERT_NE(opened, nullptr);
    EXPECT_TRUE(opened->isVisible());
    opened->reject();
}
