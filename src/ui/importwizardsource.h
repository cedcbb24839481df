#pragma once
// The wizard's first page: the file, its sheet, and text typed in TCVN3/VNI shown before → after for the
// officer to accept the conversion or not. A file the library refuses (a legacy .xls, a damaged
// workbook, no header row) is told on the page with the library's message.

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hv {

class ImportWizard;

class ImportSourcePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportSourcePage(ImportWizard& wizard);
    void setPath(const QString& path);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void inspect();
    void retranslate();

    ImportWizard& mWizard;
    QLabel* mFileLabel = nullptr;
    QLineEdit* mPath = nullptr;
    QPushButton* mBrowse = nullptr;
    QLabel* mSheetLabel = nullptr;
    QComboBox* mSheet = nullptr;
    QLabel* mStatus = nullptr;
    QGroupBox* mConversionBox = nullptr;
    QLabel* mConversionText = nullptr;
    QTableWidget* mConversions = nullptr;
    QCheckBox* mConvert = nullptr;
    bool mOpened = false;
};

}  // namespace hv
