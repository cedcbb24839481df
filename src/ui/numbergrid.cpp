#include "ui/numbergrid.h"

#include "core/error.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/gridview.h"
#include "ui/yearworkwidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hv {

NumberGrid::NumberGrid(AppContext& ctx, const QString& name, QWidget* parent)
    : QWidget(parent), mCtx(ctx), mModel(new NumberGridModel(this))
{
    setObjectName(name + QStringLiteral("Grid"));
    mView = new GridView(this);
    mView->setObjectName(name + QStringLiteral("View"));
    mView->setModel(mModel);
    mView->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                           QAbstractItemView::EditKeyPressed);
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mView->horizontalHeader()->setDefaultSectionSize(96);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    mView->onPaste = [this] { pasteText(QApplication::clipboard()->text()); };
    mView->onCopy = [this] { copySelection(); };
    mView->onClear = [this] { mModel->clear(mView->selectionModel()->selectedIndexes()); };

    mTitle = new QLabel(this);
    mTitle->setWordWrap(true);
    mMessage = new QLabel(this);
    mMessage->setObjectName(name + QStringLiteral("Message"));
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    mMessage->hide();
    mSave = new QPushButton(this);
    mSave->setObjectName(name + QStringLiteral("SaveButton"));
    mRevert = new QPushButton(this);
    mRevert->setObjectName(name + QStringLiteral("RevertButton"));
    mSave->setEnabled(false);
    mRevert->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(mRevert);
    buttons->addWidget(mSave);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTitle);
    layout->addWidget(mView, 1);
    layout->addWidget(mMessage);
    layout->addLayout(buttons);

    connect(mSave, &QPushButton::clicked, this, &NumberGrid::save);
    connect(mRevert, &QPushButton::clicked, this, &NumberGrid::reload);
    connect(mModel, &NumberGridModel::refused, this, [this](const QString& m) {
        mView->refused = true;
        showMessage(m);
    });
    connect(mModel, &NumberGridModel::changesChanged, this, [this](bool changed) {
        mSave->setEnabled(changed);
        mRevert->setEnabled(changed);
    });
    connect(mModel, &NumberGridModel::dataChanged, this, [this] { showMessage({}); });
}

QTableView* NumberGrid::view() const { return mView; }

void NumberGrid::retranslate()
{
    mTitle->setText(heading());
    mSave->setText(tr("&Save figures"));
    mRevert->setText(tr("&Undo edits"));
}

void NumberGrid::load(Id unitId, int year)
{
    mUnitId = unitId;
    mYear = year;
    ErrorPresenter::guard(this, [&] { read(unitId, year); });
    mView->resizeColumnsToContents();
    showMessage({});
}

bool NumberGrid::save()
{
    if (!hasChanges()) return true;
    try {
        write(mUnitId, mYear);
    } catch (const Error& e) {
        showMessage(e.message());
        return false;
    } catch (const std::exception& e) {
        ErrorPresenter::showUnexpected(this, e);
        return false;
    }
    reload();
    mCtx.notifyDataChanged();
    return true;
}

bool NumberGrid::confirmLeave()
{
    if (!hasChanges()) return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved figures"),
                    tr("Figures were typed and not saved. Save them?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedFigures"));
    switch (box.exec()) {
        case QMessageBox::Save:
            return save();
        case QMessageBox::Discard:
            return true;
        default:
            return false;
    }
}

void NumberGrid::pasteText(const QString& text)
{
    const QModelIndexList selected = mView->selectionModel()->selectedIndexes();
    const QString single = QString(text).remove(QLatin1Char('\r')).trimmed();
    QString why;
    if (selected.size() > 1 && !single.contains(QLatin1Char('\t')) && !single.contains(QLatin1Char('\n'))) {
        for (const QModelIndex& i : selected)  // one value into every selected cell, as Excel fills
            if (why.isEmpty() && mModel->editable(i.row(), i.column())) why = mModel->setText(i, single);
    } else {
        QModelIndex topLeft = mView->currentIndex();
        if (!selected.isEmpty()) {
            int row = selected.front().row(), column = selected.front().column();
            for (const QModelIndex& i : selected) {
                row = std::min(row, i.row());
                column = std::min(column, i.column());
            }
            topLeft = mModel->index(row, column);
        }
        why = mModel->paste(topLeft, text);
    }
    showMessage(why);
}

void NumberGrid::copySelection()
{
    QModelIndexList cells = mView->selectionModel()->selectedIndexes();
    if (cells.isEmpty()) return;
    std::sort(cells.begin(), cells.end());
    QString text;
    int row = cells.front().row();
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0) text += cells[i].row() != row ? QStringLiteral("\n") : QStringLiteral("\t");
        row = cells[i].row();
        text += cells[i].data(Qt::EditRole).toString();
    }
    QApplication::clipboard()->setText(text + QLatin1Char('\n'));
}

QString NumberGrid::message() const { return mMessage->isVisible() ? mMessage->text() : QString(); }

void NumberGrid::showMessage(const QString& message) { showInlineMessage(mMessage, message); }

}  // namespace hv
