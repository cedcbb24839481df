#pragma once
// The character-level inner loops of CsvReader, apart so that they can be tested on their own (the UTF-8
// decoder against Qt's): cutting read blocks between characters, decoding, finding where a cell ends,
// trimming. Internal to the importing library.

#include <QChar>
#include <QStringView>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace hv::csvtext {

// Where to cut n bytes of UTF-8 so that no character is split: the bytes from the cut on wait for the
// next read. n when the block ends on a whole character (or on bytes that are invalid anyway).
qsizetype utf8Cut(const uchar* bytes, qsizetype n);
// The same for UTF-16: whole code units, never between the halves of a surrogate pair.
qsizetype utf16Cut(const uchar* bytes, qsizetype n, bool littleEndian);

// UTF-8 to UTF-16 with the result of QString::fromUtf8, about twice as fast on Vietnamese text, where
// a tone mark every few letters keeps Qt off its ASCII fast path. A byte that starts no valid sequence
// (stray, overlong, surrogate, beyond U+10FFFF, cut short) becomes one U+FFFD, counted in invalid;
// nonAscii counts the characters and invalid bytes at or above 0x80. dst must have room for n chars:
// that many may be written, even when fewer are returned. Returns the end of the text written.
char16_t* decodeUtf8(const uchar* src, qsizetype n, char16_t* dst, qsizetype& invalid, qsizetype& nonAscii);

// The first of x, '\n', '\r' or NUL at or after p. No bounds test: the text must end with a NUL
// sentinel followed by 7 readable chars, as eight chars are compared at once where SSE2 exists.
inline const char16_t* findStop(const char16_t* p, char16_t x)
{
#ifdef __SSE2__
    const __m128i vx = _mm_set1_epi16(short(x)), lf = _mm_set1_epi16('\n'), cr = _mm_set1_epi16('\r');
    const __m128i zero = _mm_setzero_si128();
    for (;; p += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, vx), _mm_cmpeq_epi16(v, lf)),
                                         _mm_or_si128(_mm_cmpeq_epi16(v, cr), _mm_cmpeq_epi16(v, zero)));
        if (const unsigned mask = unsigned(_mm_movemask_epi8(hit))) return p + (__builtin_ctz(mask) >> 1);
    }
#else
    const quint64 stops = (quint64(1) << x) | (quint64(1) << '\n') | (quint64(1) << '\r') | 1u;
    while (!(*p < 64 && ((stops >> *p) & 1))) ++p;
    return p;
#endif
}

QStringView trimmedSlow(const char16_t* b, const char16_t* e);

// [b, e) without the white space (QChar::isSpace) at either end. Almost every cell starts and ends
// with a letter or digit, and no white space lies in U+0021..U+0084 or U+00A1..U+167F (where the
// letters with tone marks are): one range test per end settles it without a call.
inline QStringView trimmedView(const char16_t* b, const char16_t* e)
{
    auto surelyNotSpace = [](char16_t c) { return char16_t(c - 0x21) < 0x64 || char16_t(c - 0xA1) < 0x15DF; };
    if (b == e || (surelyNotSpace(*b) && surelyNotSpace(e[-1]))) return QStringView(b, e - b);
    return trimmedSlow(b, e);
}

}  // namespace hv::csvtext
