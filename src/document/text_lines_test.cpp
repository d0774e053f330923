#include "goalchain/document/text_lines.h"

#include "goalchain/util/utf8.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

namespace goalchain::document {
namespace {

// collapse_white_space the slow way: code point by code point.
std::string collapse_slowly(std::string_view s) {
  std::string out;
  bool pending = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t start = pos;
    if (is_white_space(util::decode_code_point(s, pos))) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out.append(s.substr(start, pos - start));
  }
  return out;
}

TEST(TextLinesTest, CollapsingAgreesWithTheSlowWayOnManyLines) {
  // Lines long enough for the sixteen-byte steps, with every kind of piece at
  // every offset.
  const std::string pieces[] = {"a", "b", " ", " ", "å", "Ö", "\t", "–", "“", "\u00A0", "\u2003", "\n", "7", "."};
  std::uint32_t state = 12345;
  for (int line = 0; line < 3000; ++line) {
    std::string text;
    const int length = line % 70;
    for (int k = 0; k < length; ++k) {
      state = state * 1103515245u + 12345u;
      text += pieces[(state >> 16) % std::size(pieces)];
    }
    EXPECT_EQ(collapse_white_space(text), collapse_slowly(text)) << text;
  }
}

TEST(TextLinesTest, NormalizesEveryKindOfLineEnd) {
  EXPECT_EQ(normalize_line_ends("a\r\nb\rc\n\r\r\nd"), "a\nb\nc\n\n\nd");
  EXPECT_EQ(normalize_line_ends("\r"), "\n");
  EXPECT_EQ(normalize_line_ends("no line end"), "no line end");
  EXPECT_EQ(normalize_line_ends(""), "");
}

TEST(TextLinesTest, TrimsAndCollapsesWhiteSpace) {
  EXPECT_EQ(trim_white_space("  \u00A0ord \t\u202F"), "ord");
  EXPECT_EQ(trim_white_space("\f\r\n"), "");
  EXPECT_EQ(collapse_white_space("  Ett\t\t ord \u00A0 till  "), "Ett ord till");
  // Lines already collapsed come back as they are; any other white space is
  // still collapsed around them.
  EXPECT_EQ(collapse_white_space("Mål – åtgärd “citat” • punkt…"), "Mål – åtgärd “citat” • punkt…");
  EXPECT_EQ(collapse_white_space("Mål  åtgärd"), "Mål åtgärd");
  EXPECT_EQ(collapse_white_space("Mål\u00A0åtgärd"), "Mål åtgärd");
  EXPECT_EQ(collapse_white_space("Mål\u2003åtgärd\u3000"), "Mål åtgärd");
  EXPECT_EQ(collapse_white_space("Mål\tåtgärd"), "Mål åtgärd");
  EXPECT_EQ(collapse_white_space("ÅÄÖ \xC3"), "ÅÄÖ \xC3");
  EXPECT_EQ(collapse_white_space(" x"), "x");
  EXPECT_EQ(collapse_white_space("x "), "x");
  EXPECT_EQ(collapse_white_space(""), "");
  EXPECT_TRUE(is_white_space(U'\u2003'));
  EXPECT_FALSE(is_white_space(U'x'));
  EXPECT_EQ(white_space_length("\u00A0x", 0), 2u);
  EXPECT_EQ(white_space_length("x ", 0), 0u);
}

TEST(TextLinesTest, SplitsLinesWithNumbersAndIndent) {
  const std::vector<TextLine> lines = split_text_lines(" 1.1. RUBRIK \r\n\ntext");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "1.1. RUBRIK");
  EXPECT_EQ(lines[0].indent, 1u);
  EXPECT_EQ(lines[0].number, 1);
  EXPECT_TRUE(lines[1].text.empty());
  EXPECT_FALSE(lines[1].page_break);
  EXPECT_EQ(lines[2].text, "text");
  EXPECT_EQ(lines[2].number, 3);
  EXPECT_EQ(lines[2].page, 1);
}

TEST(TextLinesTest, FormFeedStartsANewPage) {
  const std::vector<TextLine> lines = split_text_lines("sida ett\n\fsida två\nmer\fsida tre");
  ASSERT_EQ(lines.size(), 7u);
  EXPECT_EQ(lines[0].page, 1);
  EXPECT_TRUE(lines[1].text.empty());  // the part before the form feed
  EXPECT_TRUE(lines[2].page_break);
  EXPECT_EQ(lines[3].text, "sida två");
  EXPECT_EQ(lines[3].page, 2);
  EXPECT_EQ(lines[3].number, 2);
  EXPECT_EQ(lines[4].text, "mer");
  EXPECT_TRUE(lines[5].page_break);
  EXPECT_EQ(lines[6].text, "sida tre");
  EXPECT_EQ(lines[6].page, 3);
  EXPECT_EQ(lines[6].number, 3);
}

TEST(TextLinesTest, CountsPagesThatHoldText) {
  EXPECT_EQ(count_pages(""), 1);
  EXPECT_EQ(count_pages("en sida utan sidbrytning\n"), 1);
  EXPECT_EQ(count_pages("ett\ftvå\fthree"), 3);
  EXPECT_EQ(count_pages("ett\ftvå\n\f"), 2);       // pdftotext ends with a form feed
  EXPECT_EQ(count_pages("ett\ftvå\n\f  \n\f\n"), 2);
  EXPECT_EQ(count_pages("ett\f\ftre"), 3);         // an empty page between
}

}  // namespace
}  // namespace goalchain::document
