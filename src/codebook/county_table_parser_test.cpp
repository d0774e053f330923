#include "goalchain/codebook/codebook_parser.h"
#include "goalchain/codebook/county_table.h"
#include "goalchain/util/diagnostic.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace goalchain::codebook {
namespace {

constexpr const char* kHead = R"(goalchain_codebook: 1
name: r
codes:
  - id: pmh
    label: PMH
    keywords: [prostitution]
)";

TEST(CountyTableParserTest, ReadsTheCountiesInOrder) {
  const auto table = parse_county_table(std::string(kHead) + R"(counties:
  - {name: Stockholm, code: AB, slug: stockholm}
  - {name: Västra Götaland, code: O, slug: vastra-gotaland}
)", "r.yaml");
  ASSERT_TRUE(table);
  ASSERT_EQ(table->size(), 2u);
  EXPECT_EQ((*table)[1].name, "Västra Götaland");
  EXPECT_EQ((*table)[1].code, "O");
  EXPECT_EQ((*table)[1].slug, "vastra-gotaland");
}

TEST(CountyTableParserTest, ACodebookWithoutTheSectionHasNoTable) {
  EXPECT_FALSE(parse_county_table(kHead, "r.yaml"));
}

TEST(CountyTableParserTest, EveryMistakeIsReportedWithItsPlace) {
  const std::string text = std::string(kHead) + R"(counties:
  - {name: Stockholm, code: AB, slug: stockholm}
  - {name: Uppsala, code: c, slug: Uppsala}
  - {name: Stockholm, code: AB, slug: stockholm-2}
  - {name: Gotland, slug: gotland, lan: I}
  - Kalmar
)";
  const std::vector<std::pair<int, std::string>> expected = {
      {9, "county code 'c' must be one to three capital letters A-Z"},
      {9, "slug 'Uppsala' must be lower-case letters a-z, digits and '-'"},
      {10, "county name 'Stockholm' is given twice"},
      {10, "county code 'AB' is given twice"},
      {11, "unknown key 'lan' in a county"},
      {11, "a county has no 'code'"},
      {12, "a county must be a map with 'name', 'code' and 'slug'"},
  };
  std::vector<std::pair<int, std::string>> found;
  try {
    parse_county_table(text, "r.yaml");
    ADD_FAILURE() << "no error";
  } catch (const util::DiagnosticError& e) {
    for (const auto& d : e.diagnostics()) found.emplace_back(d.line, d.message);
  }
  EXPECT_EQ(found, expected);
  // The codebook parser reports the same problems, so lint and code do.
  const auto parsed = parse_codebook_with_diagnostics(text, "r.yaml");
  std::vector<std::pair<int, std::string>> from_parser;
  for (const auto& d : parsed.diagnostics) from_parser.emplace_back(d.line, d.message);
  EXPECT_EQ(from_parser.size(), expected.size());
}

// Every reader loads a text through load_checked_yaml, which skips the
// structure check for a text that passed it before (a run reads one codebook
// for several sections): reading it again must find the same.
TEST(CountyTableParserTest, ATextReadAgainGivesTheSameProblemsInTheSamePlaces) {
  const std::string text = std::string(kHead) + R"(counties:
  - {name: Uppsala, code: c, slug: uppsala}
)";
  const auto problems = [&](const std::string& yaml) {
    std::vector<std::pair<int, std::string>> found;
    try {
      parse_county_table(yaml, "r.yaml");
    } catch (const util::DiagnosticError& e) {
      for (const auto& d : e.diagnostics()) found.emplace_back(d.line, d.message);
    }
    return found;
  };
  const auto first = problems(text);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first.front().first, 8);
  EXPECT_EQ(problems(text), first);
  // A text the check refuses (bytes that are not UTF-8) is refused every time.
  const std::string broken = std::string(kHead) + "counties: []\n# \xff\n";
  EXPECT_FALSE(problems(broken).empty());
  EXPECT_EQ(problems(broken), problems(broken));
}

TEST(CountyTableParserTest, ReadsTheUnknownCountysNameAndSlug) {
  const auto unknown =
      parse_unknown_county(std::string(kHead) + "unknown_county: {name: Unknown county, slug: unknown}\n",
                           "r.yaml");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->name, "Unknown county");
  EXPECT_EQ(unknown->slug, "unknown");
  EXPECT_TRUE(unknown->code.empty());
  EXPECT_FALSE(parse_unknown_county(kHead, "r.yaml"));
}

TEST(CountyTableParserTest, TheUnknownCountysMistakesHaveTheirPlace) {
  const std::string text =
      std::string(kHead) + "unknown_county: {name: Okänt län, slug: Okant lan, nmae: x}\n";
  std::vector<std::pair<int, std::string>> found;
  try {
    parse_unknown_county(text, "r.yaml");
    ADD_FAILURE() << "no error";
  } catch (const util::DiagnosticError& e) {
    for (const auto& d : e.diagnostics()) found.emplace_back(d.line, d.message + " / " + d.hint);
  }
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].first, 7);
  EXPECT_NE(found[0].second.find("unknown key 'nmae'"), std::string::npos) << found[0].second;
  EXPECT_NE(found[0].second.find("did you mean 'name'?"), std::string::npos) << found[0].second;
  EXPECT_NE(found[1].second.find("slug 'Okant lan' must be"), std::string::npos) << found[1].second;
  EXPECT_EQ(parse_codebook_with_diagnostics(text, "r.yaml").diagnostics.size(), 2u);
}

}  // namespace
}  // namespace goalchain::codebook
