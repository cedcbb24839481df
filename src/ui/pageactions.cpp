#include "ui/pageactions.h"

#include "ui/actionregistry.h"

#include <QEvent>
#include <QToolBar>
#include <QWidget>

namespace hv {

PageActions::PageActions(ActionRegistry& registry, QWidget* owner, QToolBar* toolBar)
    : QObject(owner), mRegistry(registry), mOwner(owner), mToolBar(toolBar)
{
    owner->installEventFilter(this);
}

QAction* PageActions::add(const char* id, std::function<QString()> text, const QKeySequence& key,
                          const QIcon& icon, std::function<void()> slot)
{
    QAction* a = mRegistry.action(QString::fromLatin1(id));
    if (!a) a = mRegistry.add(QString::fromLatin1(id), std::move(text), key, icon);
    connect(a, &QAction::triggered, this, [this, slot = std::move(slot)] {
        if (mOwner->isVisible()) slot();
    });
    a->setEnabled(mOwner->isVisible());
    mToolBar->addAction(a);
    mActions << a;
    return a;
}

bool PageActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == mOwner && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        for (QAction* a : std::as_const(mActions)) a->setEnabled(event->type() == QEvent::Show);
    return QObject::eventFilter(watched, event);
}

}  // namespace hv
