#pragma once
// Encrypted backups, restoring, and the rotated automatic copies (docs/backup-format.md).
//
// An encrypted backup is the SQLite online backup of the database, encrypted with libsodium's
// crypto_secretstream_xchacha20poly1305 under a key derived from the passphrase by crypto_pwhash
// (argon2id; salt and cost in the file's header). Every chunk is authenticated, the last one is marked
// final, so a wrong passphrase, a flipped byte or a cut file is refused; restore writes the database
// under a temporary name, checks it, and only then renames it over the target.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hv {

class Database;

namespace backup {

// "HVBACKUP" then version 1 (docs/backup-format.md).
inline constexpr char kMagic[8] = {'H', 'V', 'B', 'A', 'C', 'K', 'U', 'P'};
inline constexpr int kVersion = 1;

// Whether the file starts with the magic of an encrypted backup.
bool isEncrypted(const QString& file);

// Online backup of db to file, encrypted when passphrase is not empty; verified after writing (an
// encrypted file is decrypted to a temporary file that must pass integrity_check). The file takes its
// name only when verified. Administrator only (Error(Kind::Denied)). Throws Error(Kind::Database) on
// failure.
void write(Database& db, const QString& file, const QString& passphrase);

// Encrypts / decrypts whole files. decryptFile throws Error(Kind::Input) with a message saying whether
// the passphrase is wrong or the file is damaged (and where), and removes its partial output.
void encryptFile(const QString& plain, const QString& encrypted, const QString& passphrase);
void decryptFile(const QString& encrypted, const QString& plain, const QString& passphrase);

// Restores a backup (encrypted or a plain SQLite copy) to target: decrypted to a temporary file next to
// target, checked (integrity_check, a HoiVien database of a schema this program knows), then renamed over
// target in one step; target is never half-written. Throws Error(Kind::Input) for a wrong passphrase or a
// damaged or foreign file (target untouched). The target must not be open.
void restore(const QString& file, const QString& target, const QString& passphrase);

// A copy named <folder>/<stem>-yyyyMMdd-HHmmss.sqlite (".hvbackup" when encrypted), then removes the
// oldest of that stem beyond keep. Returns the new file.
QString rotatedCopy(Database& db, const QString& folder, const QString& stem, int keep, const QString& passphrase,
                    const QDateTime& now = QDateTime::currentDateTime());
// The copies of a stem in the folder, newest first.
QStringList rotatedCopies(const QString& folder, const QString& stem);
// The daily backup the desktop asks for at start and every 24 hours: a rotated copy (keep the last
// kDailyKeep) unless the newest is less than 24 hours old. Returns the new file, or empty when none was
// due.
QString dailyIfDue(Database& db, const QString& folder, const QString& passphrase,
                   const QDateTime& now = QDateTime::currentDateTime());
inline constexpr int kDailyKeep = 7;

}  // namespace backup
}  // namespace hv
