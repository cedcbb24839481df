#pragma once
// The actions of a page (or of a tab inside one) on its toolbar, taken from the registry: each is enabled
// while the widget shows, so that the shortcut of a page that is not on screen does nothing.

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <functional>

class QAction;
class QIcon;
class QToolBar;
class QWidget;

namespace hv {

class ActionRegistry;

class PageActions : public QObject {
public:
    PageActions(ActionRegistry& registry, QWidget* owner, QToolBar* toolBar);
    // Registers the action (once: pages may be built again) and puts it on the toolbar.
    QAction* add(const char* id, std::function<QString()> text, const QKeySequence& key, const QIcon& icon,
                 std::function<void()> slot);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ActionRegistry& mRegistry;
    QWidget* mOwner;
    QToolBar* mToolBar;
    QList<QAction*> mActions;
};

}  // namespace hv
