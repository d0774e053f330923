#include "goalchain/util/diagnostic.h"

#include "goalchain/util/utf8.h"

#include <gtest/gtest.h>

namespace goalchain::util {
namespace {

TEST(DiagnosticTest, FormatsFileLineColumnCaretAndHint) {
  Diagnostic d;
  d.file = "plan.yaml";
  d.line = 3;
  d.column = 5;
  d.message = "unknown county 'Västmanlnad'";
  d.hint = "did you mean 'Västmanland'?";
  d.source_line = "ån: Västmanlnad";
  EXPECT_EQ(format_diagnostic(d),
            "plan.yaml:3:5: error: unknown county 'Västmanlnad'\n"
            "  ån: Västmanlnad\n"
            "      ^\n"
            "  hint: did you mean 'Västmanland'?\n");
}

TEST(DiagnosticTest, ALongLineIsShownAroundTheColumn) {
  Diagnostic d;
  d.file = "deep.yaml";
  d.line = 1;
  d.column = 252;
  d.message = "nested too deep";
  d.source_line = "a: " + std::string(250, '[') + std::string(250, ']');
  const std::string text = format_diagnostic(d);
  const std::string shown = "  …" + std::string(42, '[') + "]";
  EXPECT_NE(text.find(shown), std::string::npos) << text;
  EXPECT_LT(text.size(), 400u) << text;
  // The caret stands under the 252nd character, now the 42nd shown.
  EXPECT_NE(text.find("\n  " + std::string(41, ' ') + "^\n"), std::string::npos) << text;
}

TEST(DiagnosticTest, WholeFileMessagesHaveNoPosition) {
  Diagnostic d;
  d.severity = Severity::warning;
  d.file = "a.txt";
  d.message = "no county found";
  EXPECT_EQ(format_diagnostic(d), "a.txt: warning: no county found\n");
}

TEST(DiagnosticTest, ErrorCarriesEveryDiagnostic) {
  Diagnostic a{Severity::error, "x", 1, 1, "first", "", ""};
  Diagnostic b{Severity::error, "x", 2, 1, "second", "", ""};
  const DiagnosticError error({a, b});
  ASSERT_EQ(error.diagnostics().size(), 2u);
  EXPECT_NE(std::string(error.what()).find("x:2:1: error: second"), std::string::npos);
}

TEST(DiagnosticTest, LocatesOffsetsInCharacters) {
  const std::string text = "rad ett\nåäö x\n";
  const auto where = locate_offset(text, text.find('x'));
  EXPECT_EQ(where.line, 2);
  EXPECT_EQ(where.column, 5);
  EXPECT_EQ(where.line_text, "åäö x");
  const auto start = locate_offset(text, 0);
  EXPECT_EQ(start.line, 1);
  EXPECT_EQ(start.column, 1);
}

TEST(DiagnosticTest, ShowsInvalidBytesAsReplacementCharacter) {
  const std::string text = "ok\nm\xE4n\n";
  const auto where = locate_offset(text, 4);
  EXPECT_EQ(where.line, 2);
  EXPECT_EQ(where.column, 2);
  EXPECT_EQ(where.line_text, "m\xEF\xBF\xBDn");
}

TEST(DiagnosticTest, ALocatorFindsEveryOffsetOfAText) {
  const std::string text = "första\r\nandra åäö\n\nfjärde \xff rad\nsista";
  const TextLocator locator(text);
  for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
    // By hand: lines counted from the start, characters from the line's start.
    const std::size_t stop = std::min(offset, text.size());
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < stop; ++i) {
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    int column = 1;
    for (std::size_t pos = line_start; pos < stop;) {
      decode_code_point(text, pos);
      ++column;
    }
    const TextPosition where = locator.locate(offset);
    EXPECT_EQ(where.line, line) << offset;
    EXPECT_EQ(where.column, column) << offset;
  }
  EXPECT_EQ(locator.locate(text.find("åäö")).column, 7);      // å, after "andra "
  EXPECT_EQ(locator.locate(text.find("åäö") + 2).column, 8);  // ä: å is two bytes, one character
  EXPECT_EQ(locator.locate(0).line_text, "första");          // without the \r
  EXPECT_EQ(locator.locate(text.find("rad")).line_text, "fjärde \xEF\xBF\xBD rad");
  EXPECT_EQ(locator.locate(text.size()).line_text, "sista");
}

}  // namespace
}  // namespace goalchain::util
