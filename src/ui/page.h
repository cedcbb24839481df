#pragma once
// A page of the main window (Tổng quan, Hội viên, Đơn vị, ...). Pages follow the AppContext's unit and
// date; the window shows one at a time.

#include <QWidget>

namespace hv {

class AppContext;

class Page : public QWidget {
    Q_OBJECT
public:
    Page(AppContext& ctx, QWidget* parent = nullptr) : QWidget(parent), mCtx(ctx) {}
    // Title for the navigation list, translated.
    virtual QString title() const = 0;
    // Called after a language switch: re-set every visible text.
    virtual void retranslate() {}
    // Called when the page is shown and when data changed while it is visible.
    virtual void refresh() {}

protected:
    AppContext& mCtx;
};

}  // namespace hv
