#include "goalchain/codebook/hit_sources.h"

#include "goalchain/codebook/matcher.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

const char* const kBook = R"(goalchain_codebook: 1
name: prov
codes:
  - id: pmh
    label: PMH
    weight: 2
    keywords: [prostitution*, sexköp]
    rules:
      - all: [mål, any: [människohandel*, koppleri]]
        weight: 1.5
  - id: actor
    label: Aktör
    keywords: [polisen]
)";

TEST(HitSourcesTest, NumbersKeywordsThenRulePatternsInCodebookOrder) {
  const Codebook book = parse_codebook(kBook, "prov.yaml");
  const HitSources sources(book);
  ASSERT_EQ(sources.all().size(), 6u);  // 2 keywords, 3 rule patterns, 1 keyword
  std::vector<std::string> described;
  for (const auto& source : sources.all()) {
    Hit hit;
    hit.code = source.code;
    hit.rule = source.rule;
    hit.keyword = source.keyword;
    described.push_back(describe_hit_pattern(book, hit));
    EXPECT_EQ(sources.index_of(hit), described.size() - 1);
  }
  EXPECT_EQ(described, (std::vector<std::string>{"prostitution*", "sexköp", "mål",
                                                 "människohandel*", "koppleri", "polisen"}));
  EXPECT_EQ(sources.all()[1].weight, 2.0f);
  EXPECT_EQ(sources.all()[2].weight, 3.0f);
  EXPECT_EQ(sources.all()[5].weight, 1.0f);
}

TEST(HitSourcesTest, EveryHitOfTheMatcherHasItsSourceAndWeight) {
  const Codebook book = parse_codebook(kBook, "prov.yaml");
  const HitSources sources(book);
  const auto hits = Matcher(book).match("Mål: att motverka människohandel. Polisen och sexköp.");
  ASSERT_FALSE(hits.empty());
  for (const Hit& hit : hits) {
    const HitSource& source = sources.all().at(sources.index_of(hit));
    EXPECT_EQ(source.code, hit.code);
    EXPECT_EQ(source.rule, hit.rule);
    EXPECT_EQ(source.keyword, hit.keyword);
    EXPECT_EQ(source.weight, hit.weight);
  }
}

}  // namespace
}  // namespace goalchain::codebook
