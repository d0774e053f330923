#include "goalchain/codebook/wordstat_dictionary.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

std::vector<util::Diagnostic> errors_of(const std::string& text) {
  std::vector<util::Diagnostic> warnings;
  try {
    import_wordstat_dictionary(text, "test.cat", warnings);
  } catch (const util::DiagnosticError& e) {
    return e.diagnostics();
  }
  return {};
}

TEST(WordstatDictionaryTest, ReadsNestedCategoriesAsChildCodes) {
  std::vector<util::Diagnostic> warnings;
  const Codebook book = import_wordstat_dictionary(
      "MÅLGRUPPER\n"
      "\tBARN\n"
      "\t\tBARN (1)\n"
      "\t\tENSAMKOMMANDE_BARN (1)\n"
      "\tKVINNOR (1)\n"  // back at level 1: an entry of MÅLGRUPPER
      "\tSEXKÖPARE\n"
      "\t\tSEXKÖPARE* (1)\n"
      "AKTÖRER\n"
      "\tPOLISEN (1)\n",
      "dir/ordlista.cat", warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(book.name, "ordlista");
  ASSERT_EQ(book.codes.size(), 4u);
  EXPECT_EQ(book.codes[0].id, "malgrupper");
  EXPECT_EQ(book.codes[0].label, "MÅLGRUPPER");
  EXPECT_EQ(book.codes[0].parent, "");
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"kvinnor"}));
  EXPECT_EQ(book.codes[1].id, "malgrupper.barn");
  EXPECT_EQ(book.codes[1].parent, "malgrupper");
  EXPECT_EQ(book.codes[1].line, 2);
  EXPECT_EQ(book.codes[1].keywords, (std::vector<std::string>{"barn", "ensamkommande barn"}));
  EXPECT_EQ(book.codes[2].id, "malgrupper.sexkopare");
  EXPECT_EQ(book.codes[2].keywords, (std::vector<std::string>{"sexköpare*"}));
  EXPECT_EQ(book.codes[3].id, "aktorer");
  EXPECT_EQ(book.codes[3].parent, "");
  EXPECT_EQ(book.codes[3].keywords, (std::vector<std::string>{"polisen"}));
}

TEST(WordstatDictionaryTest, ReadsCrLfAndWindows1252) {
  std::vector<util::Diagnostic> warnings;
  const Codebook book =
      import_wordstat_dictionary("\xC4MNE\r\n\tM\xC4NNISKOHANDEL* (1)\r\n", "a.cat", warnings);
  ASSERT_EQ(book.codes.size(), 1u);
  EXPECT_EQ(book.codes[0].label, "\xC3\x84MNE");
  EXPECT_EQ(book.codes[0].id, "amne");
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"m\xC3\xA4nniskohandel*"}));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message.find("Windows-1252"), std::string::npos);
}

TEST(WordstatDictionaryTest, WarnsOnceAboutWeightsAndSkipsRulesAndPunctuation) {
  std::vector<util::Diagnostic> warnings;
  const Codebook book = import_wordstat_dictionary(
      "ÄMNE\n\tSEXKÖP* (2)\n\tKOPPLERI (3)\n\t@SEXKÖP NEAR POLIS (1)\n\t:-) (1)\n\tHALLICK (1)\n",
      "a.cat", warnings);
  ASSERT_EQ(book.codes.size(), 1u);
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"sexköp*", "koppleri", "hallick"}));
  ASSERT_EQ(warnings.size(), 3u);
  EXPECT_EQ(warnings[0].line, 2);
  EXPECT_NE(warnings[0].message.find("weight (2)"), std::string::npos);
  EXPECT_EQ(warnings[1].line, 4);
  EXPECT_NE(warnings[1].message.find("rule"), std::string::npos);
  EXPECT_EQ(warnings[2].line, 5);
  EXPECT_NE(warnings[2].message.find("no letters"), std::string::npos);
}

TEST(WordstatDictionaryTest, ACategoryNameEndingInParenthesesIsStillACategory) {
  std::vector<util::Diagnostic> warnings;
  const Codebook book =
      import_wordstat_dictionary("MÅL (STRATEGI)\n\tMÅL (1)\nMÅL(2)\n", "a.cat", warnings);
  ASSERT_EQ(book.codes.size(), 2u);
  EXPECT_EQ(book.codes[0].label, "MÅL (STRATEGI)");
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"mål"}));
  EXPECT_EQ(book.codes[1].label, "MÅL(2)");  // no space before the number: a name
}

TEST(WordstatDictionaryTest, ReportsEveryMalformedLineWithLineAndColumn) {
  const auto errors = errors_of(
      "SEXKÖP (1)\n"  // line 1: an entry outside any category
      "ÄMNE\n"
      "\t\tPROSTITUTION (1)\n"  // line 3: two tabs below a top category
      "\tBARN\n"
      "\t\t\tFLICKOR\n"   // line 5: a category three levels deep under a level-1 one
      "  POJKAR (1)\n"    // line 6: spaces
      "\tPOLIS (1)\n"     // fine
      "\tSEX ** (1)\n");  // line 8: a word of wildcards only
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_EQ(errors[0].line, 1);
  EXPECT_EQ(errors[0].column, 1);
  EXPECT_NE(errors[0].message.find("not inside a category"), std::string::npos);
  EXPECT_EQ(errors[1].line, 3);
  EXPECT_EQ(errors[1].column, 3);
  EXPECT_EQ(errors[2].line, 5);
  EXPECT_EQ(errors[2].column, 4);
  EXPECT_NE(errors[2].message.find("category 'FLICKOR'"), std::string::npos);
  EXPECT_EQ(errors[3].line, 6);
  EXPECT_NE(errors[3].message.find("spaces"), std::string::npos);
  EXPECT_EQ(errors[4].line, 8);
  EXPECT_EQ(errors[4].column, 2);
  for (const auto& e : errors) {
    EXPECT_EQ(e.file, "test.cat");
    EXPECT_FALSE(e.hint.empty());
  }
}

TEST(WordstatDictionaryTest, EmptyFileHasNoCodes) {
  std::vector<util::Diagnostic> warnings;
  EXPECT_TRUE(import_wordstat_dictionary("\n\n", "a.cat", warnings).codes.empty());
}

}  // namespace
}  // namespace goalchain::codebook
