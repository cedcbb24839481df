#include "storage/securebackup.h"

#include "core/error.h"
#include "storage/accessscope.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>
#include <cstdio>
#include <sodium.h>
#include <sqlite3.h>

namespace hv::backup {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::backup", s); }

constexpr qint64 kChunk = 64 * 1024;
// The cost written into new files. Read from the header on decryption, within sane bounds so a crafted
// header cannot make the program allocate gigabytes.
constexpr quint64 kOpsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
constexpr quint64 kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
constexpr quint64 kMaxOpsLimit = 16;
constexpr quint64 kMaxMemLimit = quint64(1) << 30;
// magic 8 + version 1 + opslimit 8 + memlimit 8 + salt 16
constexpr int kFixedHeader = 8 + 1 + 8 + 8 + crypto_pwhash_SALTBYTES;
// The first chunk holds only this marker: when it does not decrypt, the passphrase is wrong (or the
// first bytes are damaged); a later chunk that does not decrypt is damage.
const QByteArray kMarker("HVDB", 4);

void start()
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Database, QStringLiteral("libsodium cannot start"));
}

struct Key {
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

void deriveKey(Key& key, const QString& passphrase, const unsigned char* salt, quint64 ops, quint64 mem)
{
    const QByteArray p = passphrase.toUtf8();
    if (crypto_pwhash(key.bytes, sizeof key.bytes, p.constData(), quint64(p.size()), salt, ops, size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(Error::Kind::Database, tr("Not enough memory to derive the backup key."));
}

void writeAll(QFile& f, const QByteArray& b, const QString& name)
{
    if (f.write(b) != b.size())
        throw Error(Error::Kind::Database, tr("Cannot write %1: %2").arg(name, f.errorString()));
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le64(quint64 v)
{
    QByteArray b(8, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

// integrity_check and application_id of a plain SQLite file; empty when sound, else why not.
QString checkPlain(const QString& file)
{
    sqlite3* db = nullptr;
    QString why;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        why = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW)
            why = QString::fromUtf8(sqlite3_errmsg(db));
        else if (qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok") != 0)
            why = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        if (why.isEmpty()) {
            sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &st, nullptr);
            if (!st || sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int64(st, 0) != Database::kApplicationId)
                why = tr("it is not a HoiVien database");
            sqlite3_finalize(st);
            st = nullptr;
            sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
            if (why.isEmpty() && (!st || sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int(st, 0) > Database::schemaVersion()))
                why = tr("it was written by a newer version of HoiVien");
            sqlite3_finalize(st);
        }
    }
    sqlite3_close(db);
    return why;
}

// Replaces target by file in one step (rename(2) over it).
void replace(const QString& file, const QString& target)
{
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(file).constData(), QFile::encodeName(target).constData()) != 0)
        throw Error(Error::Kind::Database, tr("Cannot rename %1 to %2.").arg(file, target));
}

}  // namespace

bool isEncrypted(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.read(8) == QByteArray(kMagic, 8);
}

void encryptFile(const QString& plain, const QString& encrypted, const QString& passphrase)
{
    start();
    if (passphrase.isEmpty())
        throw Error(Error::Kind::Usage, tr("The backup passphrase is empty."));
    QFile in(plain);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Database, tr("Cannot read %1: %2").arg(plain, in.errorString()));
    QFile out(encrypted);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(Error::Kind::Database, tr("Cannot write %1: %2").arg(encrypted, out.errorString()));

    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    QByteArray header(kMagic, 8);
    header += char(kVersion);
    header += le64(kOpsLimit) + le64(kMemLimit);
    header += QByteArray(reinterpret_cast<const char*>(salt), sizeof salt);
    Key key;
    deriveKey(key, passphrase, salt, kOpsLimit, kMemLimit);
    crypto_secretstream_xchacha20poly1305_state st;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&st, streamHeader, key.bytes);
    writeAll(out, header + QByteArray(reinterpret_cast<const char*>(streamHeader), sizeof streamHeader), encrypted);

    // The fixed header is the associated data of every chunk: changing the cost or salt is detected too.
    const auto* ad = reinterpret_cast<const unsigned char*>(header.constData());
    auto push = [&](const QByteArray& m, unsigned char tag) {
        QByteArray c(m.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long clen = 0;
        crypto_secretstream_xchacha20poly1305_push(&st, reinterpret_cast<unsigned char*>(c.data()), &clen,
                                                   reinterpret_cast<const unsigned char*>(m.constData()),
                                                   quint64(m.size()), ad, quint64(header.size()), tag);
        writeAll(out, le32(quint32(clen)) + c.left(qsizetype(clen)), encrypted);
    };
    push(kMarker, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    QByteArray block = in.read(kChunk);
    for (;;) {
        const QByteArray next = in.read(kChunk);
        const bool last = next.isEmpty();
        push(block, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (last)
            break;
        block = next;
    }
    if (!out.flush())
        throw Error(Error::Kind::Database, tr("Cannot write %1: %2").arg(encrypted, out.errorString()));
}

void decryptFile(const QString& encrypted, const QString& plain, const QString& passphrase)
{
    start();
    QFile in(encrypted);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Input, tr("Cannot read %1: %2").arg(encrypted, in.errorString()));
    auto damaged = [&](const QString& where) {
        QFile::remove(plain);
        return Error(Error::Kind::Input, tr("%1 is damaged (%2); nothing was restored.").arg(encrypted, where));
    };
    const QByteArray header = in.read(kFixedHeader);
    if (header.size() < 9 || header.left(8) != QByteArray(kMagic, 8))
        throw Error(Error::Kind::Input, tr("%1 is not an encrypted HoiVien backup.").arg(encrypted));
    if (int(quint8(header[8])) != kVersion)
        throw Error(Error::Kind::Input,
                    tr("%1 is a backup of format %2, which this version cannot read.").arg(encrypted).arg(int(quint8(header[8]))));
    if (header.size() < kFixedHeader)
        throw damaged(tr("the header is cut short"));
    const quint64 ops = qFromLittleEndian<quint64>(header.constData() + 9);
    const quint64 mem = qFromLittleEndian<quint64>(header.constData() + 17);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN || mem > kMaxMemLimit)
        throw damaged(tr("the key cost in the header is out of range"));
    const QByteArray streamHeader = in.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        throw damaged(tr("the header is cut short"));
    Key key;
    deriveKey(key, passphrase, reinterpret_cast<const unsigned char*>(header.constData() + 25), ops, mem);
    crypto_secretstream_xchacha20poly1305_state st;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&st, reinterpret_cast<const unsigned char*>(streamHeader.constData()), key.bytes) != 0)
        throw damaged(tr("the header is invalid"));

    QFile out(plain);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(Error::Kind::Database, tr("Cannot write %1: %2").arg(plain, out.errorString()));
    const auto* ad = reinterpret_cast<const unsigned char*>(header.constData());
    bool first = true, final = false;
    while (!final) {
        const qint64 offset = in.pos();
        const QByteArray len = in.read(4);
        if (len.size() != 4)
            throw damaged(tr("the file ends before its last part: it was cut"));
        const quint32 clen = qFromLittleEndian<quint32>(len.constData());
        if (clen < crypto_secretstream_xchacha20poly1305_ABYTES || clen > kChunk + crypto_secretstream_xchacha20poly1305_ABYTES)
            throw first ? Error(Error::Kind::Input, tr("Wrong passphrase for %1, or its beginning is damaged; nothing was restored.").arg(encrypted))
                        : damaged(tr("at byte %1").arg(offset));
        const QByteArray c = in.read(clen);
        if (c.size() != qsizetype(clen))
            throw damaged(tr("the file ends before its last part: it was cut"));
        QByteArray m(qsizetype(clen - crypto_secretstream_xchacha20poly1305_ABYTES), Qt::Uninitialized);
        unsigned long long mlen = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&st, reinterpret_cast<unsigned char*>(m.data()), &mlen, &tag,
                                                       reinterpret_cast<const unsigned char*>(c.constData()), clen, ad,
                                                       quint64(header.size())) != 0) {
            out.close();
            if (first) {
                QFile::remove(plain);
                throw Error(Error::Kind::Input,
                            tr("Wrong passphrase for %1, or its beginning is damaged; nothing was restored.").arg(encrypted));
            }
            throw damaged(tr("the part at byte %1 does not authenticate").arg(offset));
        }
        if (first) {
            if (m != kMarker || tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
                throw damaged(tr("the first part is not a backup's"));
            first = false;
            continue;
        }
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        writeAll(out, m.left(qsizetype(mlen)), plain);
    }
    if (!in.atEnd())
        throw damaged(tr("bytes follow its last part"));
    if (!out.flush())
        throw Error(Error::Kind::Database, tr("Cannot write %1: %2").arg(plain, out.errorString()));
}

void writeCopy(Database& db, const QString& file, const QString& passphrase)
{
    if (passphrase.isEmpty()) {
        db.backupTo(file);
        return;
    }
    const QString plain = file + QStringLiteral(".plain-part");
    const QString part = file + QStringLiteral(".part");
    const QString check = file + QStringLiteral(".check-part");
    auto cleanup = [&] {
        QFile::remove(plain);
        QFile::remove(part);
        QFile::remove(check);
    };
    try {
        db.backupTo(plain);  // verified there
        encryptFile(plain, part, passphrase);
        QFile::remove(plain);
        decryptFile(part, check, passphrase);
        if (const QString why = checkPlain(check); !why.isEmpty())
            throw Error(Error::Kind::Database, tr("The backup %1 did not pass its check: %2").arg(file, why));
        QFile::remove(check);
        replace(part, file);
    } catch (...) {
        cleanup();
        throw;
    }
}

void write(Database& db, const QString& file, const QString& passphrase)
{
    // A copy holds every member's record: the administrator's to take. The automatic copies
    // (rotatedCopy, dailyIfDue) stay next to the database and are taken for any signed-in officer.
    access::requireAdmin(db);
    writeCopy(db, file, passphrase);
}

void restore(const QString& file, const QString& target, const QString& passphrase)
{
    if (!QFileInfo::exists(file))
        throw Error(Error::Kind::Input, tr("%1 does not exist.").arg(file));
    const QFileInfo t(target);
    if (!t.absoluteDir().exists())
        throw Error(Error::Kind::Input, tr("The folder of %1 does not exist.").arg(target));
    const QString part = t.absoluteFilePath() + QStringLiteral(".restore-part");
    QFile::remove(part);
    try {
        if (isEncrypted(file)) {
            if (passphrase.isEmpty())
                throw Error(Error::Kind::Usage, tr("%1 is encrypted: give its passphrase.").arg(file));
            decryptFile(file, part, passphrase);
        } else if (!QFile::copy(file, part)) {
            throw Error(Error::Kind::Database, tr("Cannot copy %1 to %2.").arg(file, part));
        }
        if (const QString why = checkPlain(part); !why.isEmpty())
            throw Error(Error::Kind::Input, tr("%1 cannot be restored: %2. Nothing was restored.").arg(file, why));
        replace(part, t.absoluteFilePath());
    } catch (...) {
        QFile::remove(part);
        throw;
    }
}

QStringList rotatedCopies(const QString& folder, const QString& stem)
{
    QDir dir(folder);
    const QRegularExpression name(QStringLiteral("^%1-\\d{8}-\\d{6}\\.(sqlite|hvbackup)$").arg(QRegularExpression::escape(stem)));
    QStringList files;
    // The time stamp in the name orders them: newest first.
    for (const QString& f : dir.entryList({stem + QStringLiteral("-*")}, QDir::Files, QDir::Name | QDir::Reversed))
        if (name.match(f).hasMatch())
            files << dir.filePath(f);
    return files;
}

QString rotatedCopy(Database& db, const QString& folder, const QString& stem, int keep, const QString& passphrase,
                    const QDateTime& now)
{
    QDir().mkpath(folder);
    const QString name = QStringLiteral("%1-%2.%3").arg(stem, now.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                                        passphrase.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("hvbackup"));
    const QString file = QDir(folder).filePath(name);
    writeCopy(db, file, passphrase);
    const QStringList copies = rotatedCopies(folder, stem);
    for (qsizetype i = keep; i < copies.size(); ++i)
        QFile::remove(copies[i]);
    return file;
}

QString dailyIfDue(Database& db, const QString& folder, const QString& passphrase, const QDateTime& now)
{
    const QString stem = QStringLiteral("daily");
    const QStringList copies = rotatedCopies(folder, stem);
    if (!copies.isEmpty()) {
        const QString base = QFileInfo(copies.first()).completeBaseName();
        const QDateTime last = QDateTime::fromString(base.mid(stem.size() + 1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (last.isValid() && last.secsTo(now) < 24 * 3600 && last <= now)
            return {};
    }
    return rotatedCopy(db, folder, stem, kDailyKeep, passphrase, now);
}

}  // namespace hv::backup
