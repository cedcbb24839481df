#pragma once
// The member form (DOMAIN.md "Members"): every field of a member record in tabs, checked by
// validateMember as the officer types, with the messages next to the fields. A CCCD whose structure
// disagrees with the record is a warning the officer can accept after checking the card; the acceptance
// is kept in Member::citizenIdOverride. The dialog does not save: the caller reads member() and saves.

#include "core/membervalidation.h"
#include "core/types.h"
#include "core/unittree.h"

#include <QDialog>
#include <QSet>
#include <QStringList>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace Ui {
class MemberDialog;
}

namespace hv {

class AppContext;

class MemberDialog : public QDialog {
    Q_OBJECT
public:
    // Without setMember() the dialog enters a new member: it also asks her chapter (the units below
    // the office) and the date and kind of her joining, which become her first event.
    explicit MemberDialog(AppContext& ctx, QWidget* parent = nullptr);
    ~MemberDialog() override;

    // An existing member: her fields to edit, her history and positions shown read-only.
    void setMember(const Member& m, const std::vector<MembershipEvent>& history,
                   const std::vector<PositionHolding>& positions);
    // The record as typed (id and version are those given to setMember). Only meaningful while
    // isAcceptable().
    Member member() const;
    // New member: the chapter picked (0 when none). Existing member: her unit now (0 when she left).
    Id unitId() const;
    // Preselects the chapter of a new member (ignored when the unit cannot be picked).
    void setUnitId(Id unitId);
    // The date she joined as typed (null when empty or not a date).
    QDate joinDate() const;

    // True when there is no error and every CCCD warning is confirmed: OK is enabled then.
    bool isAcceptable() const { return mAcceptable; }
    // The messages shown now, "field: message" (for the tests and the log).
    QStringList problems() const { return mProblemTexts; }

private:
    struct FieldUi {
        const char* field;  // canonical field name (membervalidation.h) or a form-only one
        QWidget* input;
        QLabel* error;
        QString name;  // for the summary ("full name")
    };

    void setUpChoices();
    static void addChoices(QComboBox* combo, const std::vector<std::pair<QString, QString>>& valueAndText);
    static void showValue(QComboBox* combo, const QString& value);
    static QString valueOf(const QComboBox* combo);
    static QString formatDate(const QDate& d);
    void setUpFields();
    void showHistory(const std::vector<MembershipEvent>& history,
                     const std::vector<PositionHolding>& positions);
    void showHistoryTables(bool show);
    // Her trainings and awards (DOMAIN.md "The year's work") in a tab of their own.
    void showYearWork(Id memberId);
    // Reads the fields; problems of the form itself (dates that are not dates, the chapter) go to problems.
    Member readFields(std::vector<FieldProblem>* problems) const;
    QStringList citizenIdWarnings(const Member& m) const;
    void validate();
    void showProblems(const std::vector<FieldProblem>& problems, const QStringList& warnings);
    void markTouched(const char* field);
    void updateTypeDependentFields();

    AppContext& mCtx;
    std::unique_ptr<Ui::MemberDialog> mUi;
    UnitTree mTree;
    Member mOriginal;
    bool mNew = true;
    Id mCurrentUnit = 0;
    std::vector<FieldUi> mFields;
    QSet<QString> mTouched;
    // The warnings the officer confirmed by ticking the box; the tick is cleared when they change.
    QStringList mConfirmedWarnings;
    // The override text of an existing member, kept while her number and its warnings stay the same.
    QString mKeptOverride;
    bool mAcceptable = false;
    QStringList mProblemTexts;
};

}  // namespace hv
