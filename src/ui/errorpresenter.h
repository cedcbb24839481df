#pragma once
// The one place where errors become messages for the officer (ARCHITECTURE.md "Errors"): slots catch
// hv::Error and call show(); the message is in her language and says what to do.

#include "core/error.h"

#include <QWidget>

namespace hv {

class ErrorPresenter {
public:
    // A modal message box over parent with the error's message; the detail (SQL statement) goes to the
    // log only.
    static void show(QWidget* parent, const Error& error);
    // For unexpected exceptions: a generic message; nothing is lost because every write is a transaction.
    static void showUnexpected(QWidget* parent, const std::exception& e);
    // Runs fn and presents any error; returns false when it failed.
    template <typename F>
    static bool guard(QWidget* parent, F&& fn)
    {
        try {
            fn();
            return true;
        } catch (const Error& e) {
            show(parent, e);
        } catch (const std::exception& e) {
            showUnexpected(parent, e);
        }
        return false;
    }
};

}  // namespace hv
