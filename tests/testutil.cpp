#include "testutil.h"

#include <QFile>
#include <stdexcept>

namespace hvtest {

QString dataPath(const QString& relative)
{
    return QStringLiteral(HOIVIEN_TEST_DATA "/") + relative;
}

TempDir::TempDir()
{
    if (!mDir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    f.write(content);
    return path;
}

}  // namespace hvtest
