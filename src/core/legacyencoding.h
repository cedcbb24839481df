#pragma once
// Vietnamese text typed in the pre-Unicode font encodings, still found in offices' old workbooks:
// TCVN3 (ABC, fonts ".VnTime", ".VnArial"...) and VNI (fonts "VNI-Times"...). A cell typed so holds the
// font's bytes as Windows-1252 characters: "NguyÔn ThÞ Hoa" (TCVN3) or "Nguyeãn Thò Hoa" (VNI) for
// "Nguyễn Thị Hoa". Qt Core only; never throws.

#include <QString>
#include <QStringView>

namespace hv::legacy {

enum class Encoding { Unicode, Tcvn3, Vni };

// Conversion of a whole text, NFC. ASCII is left as it is by both.
QString fromTcvn3(QStringView text);
QString fromVni(QStringView text);
QString convert(QStringView text, Encoding from);

// Whether every word is a plausible Vietnamese (or plain ASCII) word: Vietnamese letters only, at most
// one tone mark, and a vowel cluster Vietnamese has ("uyê" in Nguyễn; not "uyea" nor "uyô").
bool looksVietnamese(QStringView text);

// Which legacy reading turns this one text into Vietnamese where the text as it is does not. Unicode
// when the text holds a character beyond Latin-1 (it is Unicode already), is plain ASCII, or no
// reading is better than the text as it is.
Encoding bestReading(QStringView text);

// Whether the text, read in that encoding, becomes other Vietnamese text: it holds nothing beyond
// Latin-1 and the reading changes it into words that look Vietnamese. Used once a file is known to be
// in that encoding, where "Khu phè 1" (Khu phố 1) is TCVN3 though "phè" alone could be Unicode.
bool readsAs(QStringView text, Encoding e);

// The texts of one file are converted only when the file as a whole points one way: counts of texts
// for which each reading won (bestReading), and the decision.
struct Votes {
    int tcvn3 = 0;
    int vni = 0;
    void add(Encoding e) { e == Encoding::Tcvn3 ? ++tcvn3 : e == Encoding::Vni ? ++vni : 0; }
    // The file's encoding: one reading won at least twice and more than three times as often as the other.
    Encoding decision() const;
};

}  // namespace hv::legacy
