#include "ui/memberpicker.h"

#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/yearworkwidgets.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>

namespace hv {

MemberPicker::MemberPicker(AppContext& ctx, const UnitTree& tree, QLineEdit* search, QListWidget* results,
                           QAbstractButton* addButton, Add add)
    : QObject(search), mCtx(ctx), mTree(tree), mSearch(search), mResults(results), mAdd(std::move(add))
{
    connect(mSearch, &QLineEdit::textChanged, this, &MemberPicker::search);
    connect(addButton, &QAbstractButton::clicked, this, &MemberPicker::addSelected);
    connect(mResults, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        mResults->clearSelection();
        item->setSelected(true);
        addSelected();
    });
    // Enter in the box adds; it must not press the form's OK.
    mSearch->installEventFilter(this);
}

bool MemberPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == mSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addSelected();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void MemberPicker::search()
{
    ErrorPresenter::guard(mResults, [this] {
        fillMemberResults(mResults, mCtx.db(), mCtx.ref(), mTree, mSearch->text(),
                          mPreferred ? mPreferred() : 0);
    });
    if (mResults->count() > 0 && mResults->selectedItems().isEmpty()) mResults->item(0)->setSelected(true);
}

void MemberPicker::addSelected()
{
    std::vector<PickedMember> picked;
    for (const QListWidgetItem* item : mResults->selectedItems())
        picked.push_back({item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString()});
    int taken = 0;
    if (!picked.empty()) ErrorPresenter::guard(mResults, [&] { taken = mAdd(picked); });
    if (taken > 0) mSearch->clear();
    mSearch->setFocus();
}

}  // namespace hv
