#pragma once
// Reading the parts of an .xlsx package (a zip archive) with bounded memory: small parts whole, the
// worksheet as a stream of blocks. Every failure is an hv::Error(Kind::Input) that names the file.

#include <QByteArray>
#include <QString>
#include <memory>

struct zip;
struct zip_file;

namespace hv {

class ZipPartStream;

class ZipPackage {
public:
    // Throws Error(Input) when the file is missing, unreadable or not a zip archive.
    explicit ZipPackage(const QString& path);
    // The same over bytes in memory (kept alive by the package); name is for messages.
    ZipPackage(const QByteArray& data, const QString& name);
    ~ZipPackage();
    ZipPackage(const ZipPackage&) = delete;
    ZipPackage& operator=(const ZipPackage&) = delete;

    bool has(const QString& part) const;
    // The whole part; throws Error(Input) when it is missing (unless optional: empty result), damaged,
    // or larger than maxBytes once inflated (a zip bomb, or no spreadsheet part at all).
    QByteArray read(const QString& part, qint64 maxBytes, bool optional = false) const;
    // The part as a stream; the same errors, checked as the blocks come.
    std::unique_ptr<ZipPartStream> open(const QString& part, qint64 maxBytes) const;
    const QString& name() const { return mName; }

private:
    [[noreturn]] void fail(const QString& why) const;
    QByteArray mData;  // in-memory archive, referenced by libzip
    QString mName;
    zip* mZip = nullptr;
};

class ZipPartStream {
public:
    ZipPartStream(zip_file* file, const QString& fileName, const QString& part, qint64 declaredSize, qint64 maxBytes);
    ~ZipPartStream();
    // Up to maxLen bytes into buf; 0 at the end. Throws Error(Input) on damage or when the part inflates
    // past its declared size or the cap.
    qint64 read(char* buf, qint64 maxLen);
    qint64 declaredSize() const { return mDeclared; }
    qint64 bytesRead() const { return mRead; }

private:
    zip_file* mFile;
    QString mFileName, mPart;
    qint64 mDeclared, mMax, mRead = 0;
};

}  // namespace hv
