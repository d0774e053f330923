#include "goalchain/codebook/quanteda_dictionary.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

std::vector<util::Diagnostic> errors_of(const std::string& text) {
  std::vector<util::Diagnostic> warnings;
  try {
    import_quanteda_dictionary(text, "test.yml", warnings);
  } catch (const util::DiagnosticError& e) {
    return e.diagnostics();
  }
  return {};
}

Codebook import(const std::string& text, std::vector<util::Diagnostic>* warnings_out = nullptr) {
  std::vector<util::Diagnostic> warnings;
  Codebook book = import_quanteda_dictionary(text, "dir/ordlista.yml", warnings);
  if (warnings_out) *warnings_out = warnings;
  return book;
}

TEST(QuantedaDictionaryTest, ReadsListsAndNestedLevels) {
  const Codebook book = import(
      "ämne: [prostitution*, människohandel*]\n"
      "målgrupper:\n"
      "  barn:\n"
      "    - barn\n"
      "    - ensamkommande barn\n"
      "  kvinnor: [kvinnor, flickor]\n");
  EXPECT_EQ(book.name, "ordlista");
  ASSERT_EQ(book.codes.size(), 4u);
  EXPECT_EQ(book.codes[0].id, "amne");
  EXPECT_EQ(book.codes[0].label, "ämne");
  EXPECT_EQ(book.codes[0].line, 1);
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"prostitution*", "människohandel*"}));
  EXPECT_EQ(book.codes[1].id, "malgrupper");
  EXPECT_TRUE(book.codes[1].keywords.empty());
  EXPECT_EQ(book.codes[2].id, "malgrupper.barn");
  EXPECT_EQ(book.codes[2].parent, "malgrupper");
  EXPECT_EQ(book.codes[2].label, "barn");
  EXPECT_EQ(book.codes[2].line, 3);
  EXPECT_EQ(book.codes[2].keywords, (std::vector<std::string>{"barn", "ensamkommande barn"}));
  EXPECT_EQ(book.codes[3].id, "malgrupper.kvinnor");
  EXPECT_EQ(book.codes[3].keywords, (std::vector<std::string>{"kvinnor", "flickor"}));
}

TEST(QuantedaDictionaryTest, ReadsListsMixingPatternsAndSubKeysScalarsAndEmptyKeys) {
  const Codebook book = import(
      "kedja:\n"
      "  - uppföljning\n"
      "  - mål:\n"
      "      - mål\n"
      "  - indikator: indikator*\n"
      "tom:\n"
      "år: 2020\n");
  ASSERT_EQ(book.codes.size(), 5u);
  EXPECT_EQ(book.codes[0].id, "kedja");
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"uppföljning"}));
  EXPECT_EQ(book.codes[1].id, "kedja.mal");
  EXPECT_EQ(book.codes[1].keywords, (std::vector<std::string>{"mål"}));
  EXPECT_EQ(book.codes[2].id, "kedja.indikator");
  EXPECT_EQ(book.codes[2].keywords, (std::vector<std::string>{"indikator*"}));
  EXPECT_EQ(book.codes[3].id, "tom");
  EXPECT_TRUE(book.codes[3].keywords.empty());
  EXPECT_EQ(book.codes[4].id, "ar");
  EXPECT_EQ(book.codes[4].keywords, (std::vector<std::string>{"2020"}));
}

TEST(QuantedaDictionaryTest, SameKeyInTwoPlacesGetsDistinctIds) {
  const Codebook book = import("a:\n  mål: [mål]\nb:\n  mål: [målet]\nMål: [målen]\nmål: [mål*]\n");
  ASSERT_EQ(book.codes.size(), 6u);
  EXPECT_EQ(book.codes[1].id, "a.mal");
  EXPECT_EQ(book.codes[3].id, "b.mal");
  EXPECT_EQ(book.codes[4].id, "mal");
  EXPECT_EQ(book.codes[5].id, "mal-2");  // "Mål" and "mål" are different keys
}

TEST(QuantedaDictionaryTest, SkipsPatternsWithoutLettersWithAWarning) {
  std::vector<util::Diagnostic> warnings;
  const Codebook book = import("glad: [\":)\", glad*, GLAD*]\n", &warnings);
  EXPECT_EQ(book.codes[0].keywords, (std::vector<std::string>{"glad*"}));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].line, 1);
  EXPECT_EQ(warnings[0].column, 8);
}

TEST(QuantedaDictionaryTest, ReportsEveryProblemWithLineAndColumn) {
  const auto errors = errors_of(
      "ämne: [sexköp*]\n"
      "ämne: [koppleri]\n"  // line 2: key twice
      "mål:\n"
      "  - [a, b]\n"      // line 4: a list inside a list
      "  - \"sex **\"\n"  // line 5: a word of wildcards only
      "? [x]\n"           // line 6: a key that is not text
      ": [y]\n");
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].line, 2);
  EXPECT_EQ(errors[0].column, 1);
  EXPECT_EQ(errors[0].message, "duplicate key 'ämne'");
  EXPECT_EQ(errors[1].line, 4);
  EXPECT_EQ(errors[1].column, 5);
  EXPECT_EQ(errors[2].line, 5);
  EXPECT_EQ(errors[2].column, 5);
  EXPECT_NE(errors[2].message.find("'sex **'"), std::string::npos);
  EXPECT_EQ(errors[3].line, 6);
  for (const auto& e : errors) {
    EXPECT_EQ(e.file, "test.yml");
    EXPECT_FALSE(e.hint.empty());
  }
}

TEST(QuantedaDictionaryTest, InvalidYamlIsAnErrorWithPosition) {
  const auto errors = errors_of("ämne: [sexköp*\nmål: [mål]\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_GT(errors[0].line, 0);
  EXPECT_NE(errors[0].message.find("not valid YAML"), std::string::npos);
}

TEST(QuantedaDictionaryTest, TopLevelMustBeAMap) {
  for (const char* text : {"- a\n- b\n", "just text\n", "", "{}\n"}) {
    SCOPED_TRACE(text);
    const auto errors = errors_of(text);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].message.find("must be a YAML map"), std::string::npos);
  }
}

TEST(QuantedaDictionaryTest, InvalidUtf8IsAnError) {
  // Each invalid byte is named (check_yaml_text reports the first five).
  const auto errors = errors_of("m\xE5l: [m\xE5l]\n");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].line, 1);
  EXPECT_EQ(errors[0].column, 2);
  EXPECT_NE(errors[0].message.find("UTF-8"), std::string::npos);
  EXPECT_EQ(errors[1].column, 8);
}

TEST(QuantedaDictionaryTest, IgnoresAByteOrderMark) {
  const Codebook book = import("\xEF\xBB\xBFmål: [mål]\n");
  ASSERT_EQ(book.codes.size(), 1u);
  EXPECT_EQ(book.codes[0].label, "mål");
}

}  // namespace
}  // namespace goalchain::codebook
