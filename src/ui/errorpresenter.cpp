#include "ui/errorpresenter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QtDebug>

namespace hv {

void ErrorPresenter::show(QWidget* parent, const Error& error)
{
    if (!error.detail().isEmpty())
        qWarning().noquote() << "error:" << error.message() << "statement:" << error.detail();
    if (error.kind() == Error::Kind::Cancelled)
        return;
    QString title;
    QMessageBox::Icon icon = QMessageBox::Warning;
    switch (error.kind()) {
    case Error::Kind::Input: title = QCoreApplication::translate("hv::ErrorPresenter", "The data was not accepted"); break;
    case Error::Kind::Conflict: title = QCoreApplication::translate("hv::ErrorPresenter", "Changed by someone else"); break;
    case Error::Kind::Database:
    case Error::Kind::Damaged:
        title = QCoreApplication::translate("hv::ErrorPresenter", "Database problem");
        icon = QMessageBox::Critical;
        break;
    default: title = QCoreApplication::translate("hv::ErrorPresenter", "HoiVien"); break;
    }
    QMessageBox box(icon, title, error.message(), QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.exec();
}

void ErrorPresenter::showUnexpected(QWidget* parent, const std::exception& e)
{
    qWarning() << "unexpected error:" << e.what();
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("hv::ErrorPresenter", "Unexpected error"),
                    QCoreApplication::translate("hv::ErrorPresenter",
                                                "Something went wrong: %1\nNothing was half-saved; try again, and "
                                                "if it happens again, make a backup and report it.")
                        .arg(QString::fromLocal8Bit(e.what())),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.exec();
}

}  // namespace hv
