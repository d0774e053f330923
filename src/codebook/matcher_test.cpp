#include "goalchain/codebook/matcher.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

Codebook make_codebook(std::vector<std::pair<std::string, std::vector<std::string>>> codes) {
  Codebook book;
  book.name = "test";
  for (auto& [id, keywords] : codes) {
    Code code;
    code.id = id;
    code.label = id;
    code.keywords = std::move(keywords);
    book.codes.push_back(std::move(code));
  }
  return book;
}

// "code:matched text" for every hit, in order.
std::vector<std::string> describe(const Codebook& book, std::string_view text) {
  const Matcher matcher(book);
  std::vector<std::string> out;
  for (const Hit& hit : matcher.match(text)) {
    out.push_back(book.codes[hit.code].id + ":" + std::string(text.substr(hit.begin, hit.end - hit.begin)));
  }
  return out;
}

TEST(MatcherTest, MatchesWholeWordsCaseInsensitively) {
  const auto book = make_codebook({{"police", {"polisen"}}});
  EXPECT_EQ(describe(book, "POLISEN och Polisen, polisens"),
            (std::vector<std::string>{"police:POLISEN", "police:Polisen"}));
  EXPECT_TRUE(describe(book, "polis").empty());
}

TEST(MatcherTest, FoldsSwedishLettersAndAccents) {
  const auto book = make_codebook({{"x", {"åtgärd", "idé"}}});
  EXPECT_EQ(describe(book, "ÅTGÄRD IDÉ Åtgärd"),
            (std::vector<std::string>{"x:ÅTGÄRD", "x:IDÉ", "x:Åtgärd"}));
  // å, ä and ö are letters of their own, not a, a and o.
  EXPECT_TRUE(describe(book, "atgard ide").empty());
}

TEST(MatcherTest, PrefixWildcardMatchesCompoundsAndInflections) {
  const auto book = make_codebook({{"pmh", {"människohandel*"}}});
  EXPECT_EQ(describe(book, "Människohandel och människohandelsärenden ökar"),
            (std::vector<std::string>{"pmh:Människohandel", "pmh:människohandelsärenden"}));
  EXPECT_TRUE(describe(book, "människo handel").empty());
}

TEST(MatcherTest, SuffixAndInfixWildcards) {
  const auto book = make_codebook({{"tail", {"*prostitution"}}, {"mid", {"*sexköp*"}}});
  EXPECT_EQ(describe(book, "barnprostitution prostitutionen antisexköpslagen"),
            (std::vector<std::string>{"tail:barnprostitution", "mid:antisexköpslagen"}));
}

TEST(MatcherTest, PhrasesNeedConsecutiveWords) {
  const auto book = make_codebook({{"pmh", {"köp av sexuella tjänster"}}});
  EXPECT_EQ(describe(book, "Förbud mot köp av sexuella tjänster infördes."),
            (std::vector<std::string>{"pmh:köp av sexuella tjänster"}));
  EXPECT_TRUE(describe(book, "köp av tjänster").empty());
  EXPECT_TRUE(describe(book, "köp av sexuella").empty());
  // Line breaks and double spaces in the source do not break a phrase.
  EXPECT_EQ(describe(book, "köp  av\nsexuella tjänster").size(), 1u);
}

TEST(MatcherTest, HyphenatedPatternsAreWordPhrases) {
  const auto book = make_codebook({{"lgbtq", {"hbtq-person*"}}});
  EXPECT_EQ(describe(book, "unga hbtq-personer och HBTQ personer"),
            (std::vector<std::string>{"lgbtq:hbtq-personer", "lgbtq:HBTQ personer"}));
}

TEST(MatcherTest, OneCodeMatchingTheSameWordsTwiceCountsOnce) {
  const auto book = make_codebook({{"pmh", {"prostitution*", "*prostitution*", "prostitution"}}});
  const Matcher matcher(book);
  const auto hits = matcher.match("prostitution");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].keyword, 0u);
}

TEST(MatcherTest, DifferentCodesOnTheSameWordsAreAllReported) {
  const auto book = make_codebook({{"a", {"sexköp"}}, {"b", {"sexköp*"}}});
  EXPECT_EQ(describe(book, "sexköp"), (std::vector<std::string>{"a:sexköp", "b:sexköp"}));
}

TEST(MatcherTest, HitsCarryByteSpansAndKeywordIndex) {
  const auto book = make_codebook({{"pmh", {"sexköp", "koppleri"}}});
  const Matcher matcher(book);
  const std::string text = "Åtgärder mot koppleri";
  const auto hits = matcher.match(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].keyword, 1u);
  EXPECT_EQ(text.substr(hits[0].begin, hits[0].end - hits[0].begin), "koppleri");
}

TEST(MatcherTest, ParsesPatterns) {
  std::string error;
  const auto words = parse_pattern("*Barn prostitution*", error);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_TRUE(words[0].any_prefix);
  EXPECT_FALSE(words[0].any_suffix);
  EXPECT_EQ(words[0].text, "barn");
  EXPECT_TRUE(words[1].any_suffix);
  EXPECT_TRUE(error.empty());
  EXPECT_TRUE(parse_pattern("", error).empty());
  EXPECT_EQ(error, "the pattern has no words");
  EXPECT_TRUE(parse_pattern("a*b", error).empty());
  EXPECT_TRUE(parse_pattern("**", error).empty());
}

}  // namespace
}  // namespace goalchain::codebook
