#include "ui/actionregistry.h"

namespace hv {

QAction* ActionRegistry::add(const QString& id, std::function<QString()> textFn, const QKeySequence& shortcut,
                             const QIcon& icon)
{
    auto* a = new QAction(icon, textFn(), this);
    a->setObjectName(QStringLiteral("action_") + id);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
    }
    mActions.insert(id, a);
    mTexts.insert(id, std::move(textFn));
    return a;
}

void ActionRegistry::retranslate()
{
    for (auto it = mTexts.cbegin(); it != mTexts.cend(); ++it)
        mActions.value(it.key())->setText(it.value()());
}

}  // namespace hv
