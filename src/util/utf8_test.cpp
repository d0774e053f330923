#include "goalchain/util/utf8.h"

#include <gtest/gtest.h>

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

TEST(Utf8Test, FoldsSwedishAndOtherLettersFully) {
  EXPECT_EQ(fold_case("ÅÄÖ åäö"), "åäö åäö");
  EXPECT_EQ(fold_case("ÉTUDE"), "étude");
  EXPECT_EQ(fold_case("Straße"), "strasse");
  EXPECT_EQ(fold_case("MÄNNISKOHANDEL"), "människohandel");
  EXPECT_NE(fold_case("ä"), "a");
}

TEST(Utf8Test, ComposesDecomposedText) {
  // "a" + COMBINING DIAERESIS becomes the single code point "ä".
  EXPECT_EQ(to_nfc("a\xCC\x88"), "ä");
  EXPECT_EQ(fold_case("A\xCC\x88"), "ä");
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

}  // namespace
}  // namespace goalchain::util
