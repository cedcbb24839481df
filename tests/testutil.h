#pragma once
// Shared test helpers: temporary folders and paths of the test data.

#include <QString>
#include <QTemporaryDir>

namespace hvtest {

// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);

// A temporary folder that lives for the test; path(name) gives a file inside it.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const { return mDir.filePath(name); }
private:
    QTemporaryDir mDir;
};

// Writes text (UTF-8) to a file, creating it; returns the path.
QString writeFile(const QString& path, const QByteArray& content);

}  // namespace hvtest
