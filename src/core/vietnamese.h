#pragma once
// Vietnamese text rules: search folding, name normalisation and sort keys.
// Pure functions, Qt Core only; none of them throws.

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace hv::vn {

// Lower case, tone marks and other diacritics removed, đ/Đ -> d, runs of white space collapsed to one
// ASCII space, trimmed. "  Nguyễn Thị  HẰNG " -> "nguyen thi hang". Accepts composed or decomposed
// input. Used for accent-insensitive search and for duplicate detection.
QString fold(QStringView text);

// A name as people expect to see it: Unicode NFC, stray spaces removed, each word capitalised
// ("NGUYỄN thị  hằng" -> "Nguyễn Thị Hằng"). Hyphenated or apostrophe parts keep their case rule
// per word part ("h'mông" -> "H'Mông").
QString normalizeName(QStringView fullName);

struct NameParts {
    QString surname;  // họ: first word
    QString middle;   // tên đệm: words between (may be empty)
    QString given;    // tên: last word
};
// Splits a full name by words (after normalisation). A one-word name is the given name only.
NameParts splitName(QStringView fullName);

// A key whose byte order (memcmp, shorter prefix first) is the Vietnamese alphabetical order of the
// text: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z and digits placed as in
// QCollator(QLocale("vi_VN"))); letters compare first over the whole text, then tone marks
// (secondary), case ignored. Runs of white space count as one space and outer spaces are ignored;
// letters outside the Latin alphabet sort after z. No byte of the key is 0x00.
QByteArray collationKey(QStringView text);

// The member-list key: the given name first, then the rest of the name (surname, middle), so that a
// list sorted by it reads as Vietnamese registers are read. Built from collationKey of the parts.
QByteArray nameSortKey(QStringView fullName);

}  // namespace hv::vn
