#include "goalchain/codebook/liwc_dictionary.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

std::vector<util::Diagnostic> errors_of(const std::string& text) {
  std::vector<util::Diagnostic> warnings;
  try {
    import_liwc_dictionary(text, "test.dic", warnings);
  } catch (const util::DiagnosticError& e) {
    return e.diagnostics();
  }
  return {};
}

TEST(LiwcDictionaryTest, ReadsLiwc2015LegendAndEntries) {
  std::vector<util::Diagnostic> warnings;
  const Codebook book = import_liwc_dictionary(
      "%\n1\tämne\n2\tmålgrupp\n%\nmänniskohandel*\t1\nbarn\t2\nsexköpare\t1\t2\n",
      "dir/liwc-sv.dic", warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(book.name, "liwc-sv");
  ASSERT_EQ(book.codes.size(), 2u);
  EXPECT_EQ(book.codes[0].id, "amne");
  EXPECT_EQ(book.codes[0].label, "ämne");
  EXPECT_EQ(book.codes[0].parent, "");
  EXPECT_EQ(book.codes[0].line, 2);
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"människohandel*", "sexköpare"}));
  EXPECT_EQ(book.codes[1].id, "malgrupp");
  EXPECT_EQ(book.codes[1].keywords, (std::vector<std::string>{"barn", "sexköpare"}));
}

TEST(LiwcDictionaryTest, ReadsLiwc2007NumbersCrLfAndSkipsConditionalEntriesWithAWarning) {
  // LIWC2007 numbers categories with leading zeros and writes "like" and
  // "kind" with conditions; the plain numbers of such an entry are kept.
  std::vector<util::Diagnostic> warnings;
  const Codebook book = import_liwc_dictionary(
      "%\r\n01\tfunct\r\n02\tpronoun\r\n464\tfiller\r\n%\r\nhan\t01\t02\r\n"
      "like\t02 134/125/464 (02 134)126 253/466\r\n",
      "liwc2007.dic", warnings);
  ASSERT_EQ(book.codes.size(), 3u);
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"han"}));
  EXPECT_EQ(book.codes[1].keywords, (std::vector<std::string>{"han", "like"}));
  EXPECT_TRUE(book.codes[2].keywords.empty());  // only reachable through a condition
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].severity, util::Severity::warning);
  EXPECT_EQ(warnings[0].line, 7);
  EXPECT_EQ(warnings[0].column, 6);
  EXPECT_NE(warnings[0].message.find("'like'"), std::string::npos);
}

TEST(LiwcDictionaryTest, ReadsPhrasesDescriptionsAndSpaceSeparatedEntries) {
  std::vector<util::Diagnostic> warnings;
  const Codebook book = import_liwc_dictionary(
      "\n%\n1\tämne\tOrd om PMH\n2 aktör\n%\nköp av sexuella tjänster\t1\npolisen 2\nsocial tjänst "
      "1 2\n\n",
      "a.dic", warnings);
  ASSERT_EQ(book.codes.size(), 2u);
  EXPECT_EQ(book.codes[0].label, "ämne");
  EXPECT_EQ(book.codes[0].description, "Ord om PMH");
  EXPECT_EQ(book.codes[1].label, "aktör");
  EXPECT_EQ(book.codes[0].keywords,
            (std::vector<std::string>{"köp av sexuella tjänster", "social tjänst"}));
  EXPECT_EQ(book.codes[1].keywords, (std::vector<std::string>{"polisen", "social tjänst"}));
}

TEST(LiwcDictionaryTest, SkipsEntriesWithoutLettersAndDropsRepeats) {
  std::vector<util::Diagnostic> warnings;
  const Codebook book =
      import_liwc_dictionary("%\n1\tposemo\n%\n:)\t1\nbra\t1\nBra\t1\nbra\t1\n", "a.dic", warnings);
  ASSERT_EQ(book.codes.size(), 1u);
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"bra"}));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].line, 4);
  EXPECT_NE(warnings[0].message.find("':)'"), std::string::npos);
}

TEST(LiwcDictionaryTest, MakesDuplicateCategoryNamesUniqueIds) {
  std::vector<util::Diagnostic> warnings;
  const Codebook book = import_liwc_dictionary("%\n1\tMål\n2\tmål\n%\nmål\t1\n", "a.dic", warnings);
  ASSERT_EQ(book.codes.size(), 2u);
  EXPECT_EQ(book.codes[0].id, "mal");
  EXPECT_EQ(book.codes[1].id, "mal-2");
}

TEST(LiwcDictionaryTest, MissingLegendIsAnError) {
  const auto errors = errors_of("\nmänniskohandel*\t1\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 2);
  EXPECT_EQ(errors[0].column, 1);
  EXPECT_NE(errors[0].message.find("'%'"), std::string::npos);
  EXPECT_FALSE(errors[0].hint.empty());
}

TEST(LiwcDictionaryTest, UnclosedLegendIsAnError) {
  const auto errors = errors_of("%\n1\tfunct\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("not closed"), std::string::npos);
}

TEST(LiwcDictionaryTest, ReportsEveryMalformedLineWithLineAndColumn) {
  const auto errors = errors_of(
      "%\n"
      "1\tämne\n"    // line 2
      "x\tbad\n"     // line 3: not a number
      "1\tdubbel\n"  // line 4: number used twice
      "%\n"
      "prostitution*\t1\n"
      "sexköp*\t7\n"    // line 7: category not in the legend
      "polis\tett\n"    // line 8: not a number
      "kvinnor\n"       // line 9: no categories
      "sex*köp\t1\n");  // line 10: fine: '*' inside a word
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_EQ(errors[0].column, 1);
  EXPECT_EQ(errors[1].line, 4);
  EXPECT_NE(errors[1].message.find("used twice"), std::string::npos);
  EXPECT_NE(errors[1].hint.find("'ämne'"), std::string::npos);
  EXPECT_EQ(errors[2].line, 7);
  EXPECT_EQ(errors[2].column, 9);
  EXPECT_NE(errors[2].message.find("category 7 is not in the legend"), std::string::npos);
  EXPECT_EQ(errors[3].line, 8);
  EXPECT_EQ(errors[3].column, 7);
  EXPECT_NE(errors[3].message.find("'ett' is not a category number"), std::string::npos);
  EXPECT_EQ(errors[4].line, 9);
  EXPECT_NE(errors[4].message.find("'kvinnor' has no category numbers"), std::string::npos);
  for (const auto& e : errors) {
    EXPECT_EQ(e.file, "test.dic");
    EXPECT_EQ(e.severity, util::Severity::error);
    EXPECT_FALSE(e.source_line.empty());
  }
}

TEST(LiwcDictionaryTest, InvalidPatternIsAnError) {
  const auto errors = errors_of("%\n1\ta\n%\nbra\t1\nbra **\t1\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 5);
  EXPECT_NE(errors[0].message.find("not a valid pattern"), std::string::npos);
}

TEST(LiwcDictionaryTest, ReadsWindows1252) {
  std::vector<util::Diagnostic> warnings;
  const Codebook book = import_liwc_dictionary("%\n1\tm\xE5l\n%\nm\xE5let\t1\n", "a.dic", warnings);
  ASSERT_EQ(book.codes.size(), 1u);
  EXPECT_EQ(book.codes[0].label, "m\xC3\xA5l");
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"m\xC3\xA5let"}));
  EXPECT_EQ(warnings.size(), 1u);
}

TEST(LiwcDictionaryTest, AHugeCategoryNumberIsReadWithoutOverflow) {
  // Twenty digits: more than any int; the number saturates instead.
  std::vector<util::Diagnostic> warnings;
  const Codebook book = import_liwc_dictionary(
      "%\n99999999999999999999\tämne\n%\nsexköp*\t99999999999999999999\n", "t.dic", warnings);
  ASSERT_EQ(book.codes.size(), 1u);
  EXPECT_EQ(book.codes[0].label, "ämne");
  EXPECT_EQ(book.codes[0].keywords, std::vector<std::string>{"sexköp*"});
}

}  // namespace
}  // namespace goalchain::codebook
