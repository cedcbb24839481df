#include "importing/csvtext.h"

namespace hv::csvtext {

qsizetype utf8Cut(const uchar* b, qsizetype n)
{
    qsizetype i = n;
    int trailing = 0;
    while (trailing < 3 && i > 0 && (b[i - 1] & 0xC0) == 0x80) {
        --i;
        ++trailing;
    }
    if (i == 0) return n;
    const uchar lead = b[i - 1];
    const int need = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;
    return trailing + 1 < need ? i - 1 : n;
}

qsizetype utf16Cut(const uchar* b, qsizetype n, bool littleEndian)
{
    qsizetype cut = n & ~qsizetype(1);
    if (cut >= 2) {
        const char16_t last = littleEndian ? char16_t(b[cut - 2] | (b[cut - 1] << 8))
                                           : char16_t((b[cut - 2] << 8) | b[cut - 1]);
        if (last >= 0xD800 && last <= 0xDBFF) cut -= 2;
    }
    return cut;
}

char16_t* decodeUtf8(const uchar* src, qsizetype n, char16_t* dst, qsizetype& invalid, qsizetype& nonAscii)
{
    const uchar* const end = src + n;
    auto cont = [](uchar b) { return (b & 0xC0) == 0x80; };
    while (src < end) {
#ifdef __SSE2__
        // 16 bytes widened at once. The stores run ahead of the ASCII bytes; what they write past dst
        // is overwritten next, and never beyond the n chars the caller reserved.
        while (end - src >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src));
            const __m128i zero = _mm_setzero_si128();
            _mm_storeu_si128(reinterpret_cast<__m128i*>(dst), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + 8), _mm_unpackhi_epi8(v, zero));
            const unsigned mask = unsigned(_mm_movemask_epi8(v));
            const int ascii = mask ? __builtin_ctz(mask) : 16;
            src += ascii;
            dst += ascii;
            if (mask) break;
        }
        if (src == end) break;
#endif
        const uchar c = *src;
        if (c < 0x80) {
            *dst++ = c;
            ++src;
            continue;
        }
        ++nonAscii;
        const qsizetype left = end - src;
        if (c >= 0xC2 && c <= 0xDF && left >= 2 && cont(src[1])) {
            *dst++ = char16_t(((c & 0x1F) << 6) | (src[1] & 0x3F));
            src += 2;
            continue;
        }
        if (c >= 0xE0 && c <= 0xEF && left >= 3 && cont(src[1]) && cont(src[2])) {
            const char32_t cp = ((c & 0x0F) << 12) | ((src[1] & 0x3F) << 6) | (src[2] & 0x3F);
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
                *dst++ = char16_t(cp);
                src += 3;
                continue;
            }
        }
        if (c >= 0xF0 && c <= 0xF4 && left >= 4 && cont(src[1]) && cont(src[2]) && cont(src[3])) {
            const char32_t cp =
                ((c & 0x07) << 18) | ((src[1] & 0x3F) << 12) | ((src[2] & 0x3F) << 6) | (src[3] & 0x3F);
            if (cp >= 0x10000 && cp <= 0x10FFFF) {
                *dst++ = QChar::highSurrogate(cp);
                *dst++ = QChar::lowSurrogate(cp);
                src += 4;
                continue;
            }
        }
        // Like Qt: one replacement per byte that starts nothing valid, and go on with the next byte.
        *dst++ = QChar::ReplacementCharacter;
        ++invalid;
        ++src;
    }
    return dst;
}

QStringView trimmedSlow(const char16_t* b, const char16_t* e)
{
    while (b < e && QChar::isSpace(*b)) ++b;
    while (e > b && QChar::isSpace(e[-1])) --e;
    return QStringView(b, e - b);
}

}  // namespace hv::csvtext
