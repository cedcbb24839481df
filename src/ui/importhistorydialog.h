#pragma once
// Lịch sử nhập: the imports recorded in the database (BatchRepository), newest first, and "Undo this
// import" for a member import that still stands. The library refuses when later work builds on the
// import (movements, edits); its message is shown and nothing is changed.

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hv {

class AppContext;

class ImportHistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportHistoryDialog(AppContext& ctx, QWidget* parent = nullptr);

    // Reads the batches again.
    void reload();
    // Selects the row of a batch; false when it is not listed.
    bool selectBatch(qint64 batchId);
    // Asks, then undoes the selected import.
    void undoSelected();

protected:
    void done(int r) override;

private:
    void updateButtons();

    AppContext& mCtx;
    QLabel* mIntro = nullptr;
    QTableWidget* mTable = nullptr;
    QPushButton* mUndo = nullptr;
    QLabel* mStatus = nullptr;
};

}  // namespace hv
