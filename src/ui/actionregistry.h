#pragma once
// The one registry of the window's actions (id, text, icon, shortcut): menus, toolbars and pages take
// their QActions from here, so a shortcut is defined once and texts are retranslated in one place.

#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <functional>

namespace hv {

class ActionRegistry : public QObject {
    Q_OBJECT
public:
    explicit ActionRegistry(QObject* parent = nullptr) : QObject(parent) {}

    // Creates the action. textFn is called again on every language change, so it must call tr().
    QAction* add(const QString& id, std::function<QString()> textFn, const QKeySequence& shortcut = {},
                 const QIcon& icon = {});
    // The action of an id; nullptr when none.
    QAction* action(const QString& id) const { return mActions.value(id); }
    QList<QString> ids() const { return mActions.keys(); }
    // Re-reads every text (after a language switch).
    void retranslate();

private:
    QHash<QString, QAction*> mActions;
    QHash<QString, std::function<QString()>> mTexts;
};

}  // namespace hv
