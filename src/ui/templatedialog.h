#pragma once
// "Fill the Excel form of the level above": the officer opens the form (.xlsx) the level above sent,
// says where each indicator of the annual summary goes (a cell such as Sheet1!D12 for the figure of
// her unit; a column for the per-unit rows, found by the unit's name in a name column), saves that
// mapping as a JSON file beside the database (hoivien-cli report annual --template reads the same
// file), and writes a filled copy of the form. The filling runs off the GUI thread.

#include "importing/xlsxtemplate.h"
#include "reports/reportrequest.h"
#include "ui/backgroundtask.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace hv {

class AppContext;

class TemplateDialog : public QDialog {
    Q_OBJECT
public:
    TemplateDialog(AppContext& ctx, const ReportRequest& request, QWidget* parent = nullptr);
    ~TemplateDialog() override;

    // The mapping as the dialog shows it / shows a mapping (tests drive the dialog through these and
    // the objectNames).
    TemplateMapping mapping() const;
    void setMapping(const TemplateMapping& m);
    // Where the mapping is saved by default: beside the database, named after the form.
    QString defaultMappingFile() const;
    // Writes the filled copy to file; emits filled() or failed().
    void fillTo(const QString& file);

signals:
    void filled(const QString& file, int cells);
    void failed();

private:
    void openForm();
    void loadMapping();
    void saveMapping();
    void fill();
    void setFormPath(const QString& path);

    AppContext& mCtx;
    ReportRequest mRequest;
    QLineEdit* mForm = nullptr;
    QTableWidget* mCells = nullptr;
    QComboBox* mSheet = nullptr;
    QLineEdit* mNameColumn = nullptr;
    QSpinBox* mFirstRow = nullptr;
    QSpinBox* mLastRow = nullptr;
    QLabel* mStatus = nullptr;
    BackgroundRunner mRunner;  // last member
};

}  // namespace hv
