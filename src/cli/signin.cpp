#include "cli/signin.h"

#include "core/error.h"
#include "storage/database.h"
#include "storage/session.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace hv::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::cli", s); }

QString readHidden(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.c_str());
}

}  // namespace

QString secret(const char* envVariable, const QString& prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(envVariable))
        return qEnvironmentVariable(envVariable);
    if (!isatty(STDIN_FILENO))
        throw UsageError(tr("Set %1, or run the command on a terminal to type it.").arg(QString::fromLatin1(envVariable)));
    const QString first = readHidden(prompt);
    if (confirm && readHidden(tr("Again: ")) != first)
        throw UsageError(tr("The two entries differ."));
    return first;
}

void signIn(Database& db, const Args& a)
{
    Session session(db);
    if (!session.loginRequired())
        return;
    const QString user = a.value(QStringLiteral("--user"));
    if (user.isEmpty())
        throw Error(Error::Kind::Denied,
                    tr("This database has accounts: sign in with --user NAME (the password from HOIVIEN_PASSWORD or typed)."));
    session.login(user, secret("HOIVIEN_PASSWORD", tr("Password of %1: ").arg(user)));
}

}  // namespace hv::cli
