#include "goalchain/util/utf8.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <stdexcept>

namespace goalchain::util {
namespace {

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8("människohandel"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8(""), std::string_view::npos);
  // "m\xE4n" is "män" in Windows-1252.
  EXPECT_EQ(find_invalid_utf8("m\xE4n"), 1u);
  // A truncated two-byte sequence at the end.
  EXPECT_EQ(find_invalid_utf8("ok\xC3"), 2u);
}

TEST(Utf8Test, SkipsAsciiToTheFirstOtherByteAtEveryOffset) {
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text.insert(at, "é");
    for (std::size_t from = 0; from <= at; ++from) EXPECT_EQ(skip_ascii(text, from), at);
    EXPECT_EQ(skip_ascii(text, at + 2), text.size());
    EXPECT_EQ(find_invalid_utf8(text), std::string_view::npos);
    text[at + 1] = 'x';  // a lead byte without its continuation
    EXPECT_EQ(find_invalid_utf8(text), at);
  }
  EXPECT_EQ(skip_ascii("", 0), 0u);
}

TEST(Utf8Test, FoldsSwedishAndOtherLettersFully) {
  EXPECT_EQ(fold_case("ÅÄÖ åäö"), "åäö åäö");
  EXPECT_EQ(fold_case("ÉTUDE"), "étude");
  EXPECT_EQ(fold_case("Straße"), "strasse");
  EXPECT_EQ(fold_case("MÄNNISKOHANDEL"), "människohandel");
  EXPECT_NE(fold_case("ä"), "a");
}

TEST(Utf8Test, FoldingOfLatin1AgreesWithUtf8procForEveryCodePoint) {
  // Text of U+0001..U+00FF takes a quick path; a trailing U+0100 ("Ā",
  // folded to "ā") sends the same text through utf8proc for comparison.
  for (char32_t cp = 1; cp <= 0xFF; ++cp) {
    std::string text;
    if (cp < 0x80) {
      text += static_cast<char>(cp);
    } else {
      text += static_cast<char>(0xC0 | (cp >> 6));
      text += static_cast<char>(0x80 | (cp & 0x3F));
    }
    const std::string slow = fold_case(text + "\xC4\x80");
    ASSERT_EQ(slow.substr(slow.size() - 2), "\xC4\x81");
    EXPECT_EQ(fold_case(text), slow.substr(0, slow.size() - 2)) << "U+" << std::hex << +cp;
  }
  EXPECT_EQ(fold_case("µ"), "\xCE\xBC");
  EXPECT_EQ(fold_case("×ÞÿA"), "×þÿa");
  // A combining mark after a Latin-1 letter still composes.
  EXPECT_EQ(fold_case("Ä\xCC\x88"), fold_case("Ä") + "\xCC\x88");
  EXPECT_EQ(fold_case("A\xCC\x8A"), "å");
}

TEST(Utf8Test, FoldingOfGeneralPunctuationAgreesWithUtf8proc) {
  // Dashes, quotes and bullets (U+2000..U+206F) beside Latin-1 take the quick
  // path from U+2002 on; U+2000 and U+2001 become U+2002 and U+2003 in NFC.
  for (char32_t cp = 0x2000; cp <= 0x206F; ++cp) {
    std::string text = "Ä";
    text += static_cast<char>(0xE0 | (cp >> 12));
    text += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (cp & 0x3F));
    const std::string slow = fold_case(text + "\xC4\x80");
    ASSERT_EQ(slow.substr(slow.size() - 2), "\xC4\x81");
    EXPECT_EQ(fold_case(text), slow.substr(0, slow.size() - 2)) << "U+" << std::hex << +cp;
  }
  EXPECT_EQ(fold_case("MÅL \xE2\x80\x93 \xE2\x80\xA2 A"), "mål \xE2\x80\x93 \xE2\x80\xA2 a");
}

TEST(Utf8Test, ComposesDecomposedText) {
  // "a" + COMBINING DIAERESIS becomes the single code point "ä".
  EXPECT_EQ(to_nfc("a\xCC\x88"), "ä");
  EXPECT_EQ(fold_case("A\xCC\x88"), "ä");
}

TEST(Utf8Test, NfcLeavesPrecomposedTextAndStillNormalisesTheRest) {
  // Text below U+0300 takes the quick path and must come back unchanged.
  EXPECT_EQ(to_nfc("Länsstyrelsen i Västra Götalands län: ÅÄÖ éü ß ©"),
            "Länsstyrelsen i Västra Götalands län: ÅÄÖ éü ß ©");
  EXPECT_EQ(to_nfc(""), "");
  EXPECT_EQ(to_nfc("2017–2020: ”citat” • punkt … slut\n"), "2017–2020: ”citat” • punkt … slut\n");
  // U+2000 and U+2001 are singletons (EN QUAD becomes EN SPACE), so they are not left alone.
  EXPECT_EQ(to_nfc("a\xE2\x80\x80" "b"), "a\xE2\x80\x82" "b");
  // Lines are normalised one by one: only the second needs it.
  EXPECT_EQ(to_nfc("rad ett\nmo\xCC\x88te\n\nslut"), "rad ett\nmöte\n\nslut");
  // A combining mark late in otherwise plain text is still composed.
  EXPECT_EQ(to_nfc("sexköp och o\xCC\x88vrigt"), "sexköp och övrigt");
  // Singletons above U+0300: ANGSTROM SIGN and OHM SIGN become Å and Ω.
  EXPECT_EQ(to_nfc("\xE2\x84\xAB \xE2\x84\xA6"), "Å Ω");
  // Invalid UTF-8 is still refused, quick path or not.
  EXPECT_THROW(to_nfc("abc\xC3"), std::invalid_argument);
  EXPECT_THROW(to_nfc("\xC1\xBF"), std::invalid_argument);
}

TEST(Utf8Test, MakesAsciiSlugs) {
  EXPECT_EQ(to_ascii_slug("Stockholm"), "stockholm");
  EXPECT_EQ(to_ascii_slug("Västra Götaland"), "vastra-gotaland");
  EXPECT_EQ(to_ascii_slug("Örebro"), "orebro");
  EXPECT_EQ(to_ascii_slug("  Handlingsplan 2020–2022.txt "), "handlingsplan-2020-2022-txt");
  EXPECT_EQ(to_ascii_slug("--"), "");
}

TEST(Utf8Test, CountsCodePoints) {
  EXPECT_EQ(count_code_points("åäö"), 3u);
  EXPECT_EQ(count_code_points("abc"), 3u);
  EXPECT_EQ(count_code_points(""), 0u);
  // Counted eight bytes at a time: every length and position of multi-byte
  // characters, and every byte value, must count as decoding does.
  const std::string mixed = "Mål – ”å” \xF0\x9F\x98\x80 x\u2026\xFF\x80\xC3";
  for (std::size_t from = 0; from < mixed.size(); ++from) {
    for (std::size_t length = 0; from + length <= mixed.size(); ++length) {
      const std::string_view part = std::string_view(mixed).substr(from, length);
      const auto naive = static_cast<std::size_t>(std::count_if(part.begin(), part.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      }));
      ASSERT_EQ(count_code_points(part), naive) << from << " " << length;
    }
  }
  std::string every_byte;
  for (int b = 0; b < 256; ++b) every_byte += static_cast<char>(b);
  EXPECT_EQ(count_code_points(every_byte), 256u - 64u);
}

TEST(Utf8Test, WordCharactersInAsciiAndLatin1) {
  // These take quick paths; letters and digits are word characters, the rest not.
  for (char32_t cp = 0; cp < 0x100; ++cp) {
    const bool ascii_alnum = (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') ||
                             (cp >= U'0' && cp <= U'9');
    const bool latin1_letter = (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7) || cp == 0xAA ||
                               cp == 0xB5 || cp == 0xBA;  // ª µ º are letters too
    EXPECT_EQ(is_word_character(cp), ascii_alnum || latin1_letter) << static_cast<int>(cp);
  }
  EXPECT_TRUE(is_word_character(U'ŋ'));
  EXPECT_TRUE(is_word_character(U'\u0301'));  // combining acute accent: part of its word
  EXPECT_FALSE(is_word_character(U'–'));
  std::size_t pos = 3;
  EXPECT_EQ(decode_code_point("abc", pos), U'\uFFFD');  // past the end
  EXPECT_EQ(pos, 4u);
}

TEST(Utf8Test, DecodesTheCodePointBeforeAPosition) {
  const std::string text = "aå–";  // 1, 2 and 3 bytes
  std::size_t start = 99;
  EXPECT_EQ(decode_code_point_before(text, text.size(), start), U'–');
  EXPECT_EQ(start, 3u);
  EXPECT_EQ(decode_code_point_before(text, 3, start), U'å');
  EXPECT_EQ(start, 1u);
  EXPECT_EQ(decode_code_point_before(text, 1, start), U'a');
  EXPECT_EQ(start, 0u);
  EXPECT_EQ(decode_code_point_before(text, 0, start), U'\0');
  EXPECT_EQ(start, 0u);
  // A lone continuation byte at the start is one invalid character.
  EXPECT_EQ(decode_code_point_before("\x80", 1, start), U'\uFFFD');
  EXPECT_EQ(start, 0u);
}

TEST(Utf8Test, DecodesAndClassifies) {
  const std::string text = "Å1-";
  std::size_t pos = 0;
  const char32_t a_ring = decode_code_point(text, pos);
  EXPECT_EQ(a_ring, U'Å');
  EXPECT_EQ(pos, 2u);
  EXPECT_TRUE(is_upper_case(a_ring));
  EXPECT_TRUE(is_letter(a_ring));
  EXPECT_TRUE(is_word_character(decode_code_point(text, pos)));
  const char32_t dash = decode_code_point(text, pos);
  EXPECT_FALSE(is_word_character(dash));
  EXPECT_FALSE(is_letter(U'1'));
  EXPECT_FALSE(is_upper_case(U'å'));
  std::size_t bad = 0;
  EXPECT_EQ(decode_code_point("\xFF", bad), U'\uFFFD');
  EXPECT_EQ(bad, 1u);
}

TEST(Utf8Test, ClassifiesLatin1LettersAsUnicodeDoes) {
  // Below U+0100 is_letter answers without utf8proc; is_word_character asks
  // utf8proc for U+0080..U+00BF, and the block has no marks or decimal digits.
  for (char32_t cp = 0; cp < 0x100; ++cp) {
    const bool digit = cp >= U'0' && cp <= U'9';
    EXPECT_EQ(is_letter(cp), is_word_character(cp) && !digit) << "U+" << std::hex << +cp;
  }
  EXPECT_TRUE(is_letter(U'\u00AA'));
  EXPECT_TRUE(is_letter(U'\u00B5'));
  EXPECT_FALSE(is_letter(U'\u00D7'));
  EXPECT_FALSE(is_letter(U'\u00B2'));
}

TEST(Utf8Test, FoldCaseNeverThrowsAndFoldsInvalidBytesAsReplacementCharacters) {
  EXPECT_EQ(fold_case("P\xF6LIS"), "p\uFFFDlis");
  EXPECT_EQ(fold_case("\xED\xA0\x80Å"), "\uFFFD\uFFFD\uFFFDå");
  EXPECT_EQ(replace_invalid_utf8("a\xC3"), "a\uFFFD");
  EXPECT_EQ(replace_invalid_utf8("Län"), "Län");
}

}  // namespace
}  // namespace goalchain::util
