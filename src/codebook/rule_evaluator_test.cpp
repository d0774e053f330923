// Rules, scopes and code conditions, through the Matcher.
#include "goalchain/codebook/rule_evaluator.h"
#include "goalchain/codebook/matcher.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::codebook {
namespace {

using Words = std::vector<std::string>;

Codebook book_from(const std::string& codes) {
  return parse_codebook("goalchain_codebook: 1\nname: t\nlanguage: sv\ncodes:\n" + codes);
}

// "code:matched text" for each hit in one text.
Words hits_in(const Codebook& book, std::string_view text, std::vector<TextRange> sentences = {}) {
  Words out;
  for (const Hit& hit : Matcher(book).match(text, std::move(sentences))) {
    out.push_back(book.codes[hit.code].id + ":" +
                  std::string(text.substr(hit.begin, hit.end - hit.begin)));
  }
  return out;
}

// Sentences of `text` split after each ". ".
std::vector<TextRange> sentences_of(std::string_view text) {
  std::vector<TextRange> out;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find(". ", begin);
    end = end == std::string_view::npos ? text.size() : end + 1;
    out.push_back({begin, end});
    begin = end + 1;
  }
  return out;
}

TEST(RuleEvaluatorTest, AllNeedsEveryPartInTheScope) {
  const auto book = book_from(R"(
  - id: goal
    label: Mål
    rules:
      - all: [mål, "prostitution*"]
)");
  EXPECT_EQ(hits_in(book, "Målet: mål mot prostitutionen."),
            (Words{"goal:mål", "goal:prostitutionen"}));
  EXPECT_TRUE(hits_in(book, "Ett mål utan ämne.").empty());
  EXPECT_TRUE(hits_in(book, "Prostitution utan mål-ord.").size() ==
              2u);  // "mål" after the hyphen counts
  EXPECT_TRUE(hits_in(book, "Prostitution, målet.").empty());
}

TEST(RuleEvaluatorTest, AnyAndNestedRules) {
  const auto book = book_from(R"(
  - id: goal
    label: Mål
    rules:
      - all: [mål, {any: ["prostitution*", "människohandel*", {all: [köp, sex]}]}]
)");
  EXPECT_EQ(hits_in(book, "mål om människohandeln"), (Words{"goal:mål", "goal:människohandeln"}));
  EXPECT_EQ(hits_in(book, "mål: köp av sex"), (Words{"goal:mål", "goal:köp", "goal:sex"}));
  EXPECT_TRUE(hits_in(book, "mål: köp av tjänster").empty());
  EXPECT_TRUE(hits_in(book, "mål: sex").empty());
}

TEST(RuleEvaluatorTest, NearCountsWordsBetweenTheTerms) {
  const auto book = book_from(R"(
  - id: buy
    label: Köp
    rules:
      - near: {terms: ["köp*", "sex*"], within: 3}
)");
  EXPECT_EQ(hits_in(book, "köper de sex"), (Words{"buy:köper", "buy:sex"}));
  EXPECT_EQ(hits_in(book, "sex som de köper"), (Words{"buy:sex", "buy:köper"}));  // any order
  EXPECT_EQ(hits_in(book, "köp av sexuella tjänster").size(), 2u);
  EXPECT_TRUE(hits_in(book, "köper de inte alls sex").empty());  // 4 words apart
  EXPECT_TRUE(hits_in(book, "köp och ännu mer köp").empty());
  // One word cannot stand for both terms.
  EXPECT_TRUE(hits_in(book, "sexköp").empty());
}

TEST(RuleEvaluatorTest, OrderedNearKeepsTheListedOrder) {
  const auto book = book_from(R"(
  - id: buy
    label: Köp
    rules:
      - near: {terms: [köpa, sexuella tjänster], within: 2, ordered: true}
)");
  EXPECT_EQ(hits_in(book, "att köpa sexuella tjänster"),
            (Words{"buy:köpa", "buy:sexuella tjänster"}));
  EXPECT_EQ(hits_in(book, "köpa dessa sexuella tjänster").size(), 2u);
  EXPECT_TRUE(hits_in(book, "sexuella tjänster att köpa").empty());
  EXPECT_TRUE(hits_in(book, "köpa och även sälja sexuella tjänster").empty());
}

TEST(RuleEvaluatorTest, NotExcludesWithinTheRuleScope) {
  const auto book = book_from(R"(
  - id: indicator
    label: Indikator
    rules:
      - any: ["indikator*", "uppföljning*"]
        not: [saknas, inte]
        scope: sentence
)");
  const std::string text = "Indikatorer saknas. Uppföljning sker årligen. Uppföljning sker inte.";
  EXPECT_EQ(hits_in(book, text, sentences_of(text)), (Words{"indicator:Uppföljning"}));
  // As one sentence, the exclusions block everything.
  EXPECT_TRUE(hits_in(book, text).empty());
}

TEST(RuleEvaluatorTest, CodeLevelNotExcludesPhrases) {
  const auto book = book_from(R"(
  - id: pmh
    label: PMH
    keywords: ["människohandel*"]
    not: [människohandel för arbetskraftsexploatering]
)");
  EXPECT_EQ(hits_in(book, "Människohandel för sexuella ändamål."), (Words{"pmh:Människohandel"}));
  EXPECT_TRUE(
      hits_in(book, "Människohandel för arbetskraftsexploatering och människohandeln.").empty());
  // Only the whole phrase excludes.
  EXPECT_EQ(hits_in(book, "Människohandel för arbete.").size(), 1u);
}

TEST(RuleEvaluatorTest, SectionScopeSpansParagraphsUnderTheSameHeadings) {
  const auto book = book_from(R"(
  - id: goal
    label: Mål
    rules:
      - all: [mål, "prostitution*"]
        scope: section
)");
  const std::vector<Passage> passages = {
      {"Mål för arbetet", 0, {}},
      {"Insatser mot prostitution.", 0, {}},
      {"Ett annat mål.", 1, {}},
      {"Inget om ämnet.", 1, {}},
  };
  EXPECT_TRUE(Matcher(book).uses_sections());
  EXPECT_FALSE(Matcher(book).uses_sentences());
  const auto hits = Matcher(book).match_passages(passages);
  ASSERT_EQ(hits.size(), 4u);
  EXPECT_EQ(hits[0].size(), 1u);
  EXPECT_EQ(hits[1].size(), 1u);
  EXPECT_TRUE(hits[2].empty());
  EXPECT_TRUE(hits[3].empty());
  // In paragraph scope the same texts give nothing.
  const auto paragraph = book_from(R"(
  - id: goal
    label: Mål
    rules:
      - all: [mål, "prostitution*"]
)");
  for (const auto& list : Matcher(paragraph).match_passages(passages)) EXPECT_TRUE(list.empty());
}

TEST(RuleEvaluatorTest, SentenceScopeNeedsThePartsInOneSentence) {
  const auto book = book_from(R"(
  - id: goal
    label: Mål
    scope: sentence
    rules:
      - all: [mål, "prostitution*"]
)");
  const Matcher matcher(book);
  EXPECT_TRUE(matcher.uses_sentences());
  EXPECT_FALSE(matcher.uses_sections());
  const std::string text = "Vi har ett mål. Det gäller prostitution. Målet: mål mot prostitution.";
  EXPECT_EQ(hits_in(book, text, sentences_of(text)), (Words{"goal:mål", "goal:prostitution"}));
  EXPECT_EQ(hits_in(book, text).size(), 4u);  // one sentence: every part counts
  EXPECT_FALSE(Matcher(book_from("  - id: x\n    label: X\n    keywords: [a]\n")).uses_sentences());
}

TEST(RuleEvaluatorTest, MinHitsCountsDistinctMatchesInTheScope) {
  const auto book = book_from(R"(
  - id: pmh
    label: PMH
    keywords: ["prostitution*", "sexköp*"]
    min_hits: 2
  - id: goal
    label: Mål
    rules:
      - any: [mål, målet]
        min_hits: 3
)");
  EXPECT_EQ(hits_in(book, "prostitution och sexköp"), (Words{"pmh:prostitution", "pmh:sexköp"}));
  EXPECT_TRUE(hits_in(book, "bara prostitution").empty());
  EXPECT_EQ(hits_in(book, "mål, målet och mål").size(), 3u);
  EXPECT_TRUE(hits_in(book, "mål och målet").empty());
}

TEST(RuleEvaluatorTest, WeightsMultiply) {
  const auto book = book_from(R"(
  - id: goal
    label: Mål
    weight: 2
    keywords: [mål]
    rules:
      - all: [målet, "prostitution*"]
        weight: 1.5
)");
  const auto hits = Matcher(book).match("mål: målet mot prostitution");
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_FALSE(hits[0].from_rule());
  EXPECT_FLOAT_EQ(hits[0].weight, 2.0f);
  EXPECT_TRUE(hits[1].from_rule());
  EXPECT_FLOAT_EQ(hits[1].weight, 3.0f);
  EXPECT_FLOAT_EQ(hits[2].weight, 3.0f);
}

TEST(RuleEvaluatorTest, RequiresAnotherCodeInTheSameScope) {
  const auto book = book_from(R"(
  - id: goal
    label: Mål
    keywords: [mål, målet]
    requires: pmh
    scope: sentence
  - id: pmh
    label: PMH
    keywords: ["prostitution*"]
  - id: police
    label: Polisen
    rules:
      - any: [polisen]
        requires: [pmh, goal]
)");
  const std::string text = "Målet gäller våld. Målet gäller prostitution. Polisen ska nå målet.";
  EXPECT_EQ(hits_in(book, text, sentences_of(text)),
            (Words{"goal:Målet", "pmh:prostitution", "police:Polisen"}));
  EXPECT_TRUE(
      hits_in(book, "Målet gäller våld. Polisen.", sentences_of("Målet gäller våld. Polisen."))
          .empty());
}

TEST(RuleEvaluatorTest, RuleHitsNameTheirRuleAndPattern) {
  const auto book = book_from(R"(
  - id: goal
    label: Mål
    keywords: [mål]
    rules:
      - all: [målet, {any: ["prostitution*", sexköp]}]
        not: [saknas]
        scope: sentence
)");
  const auto hits = Matcher(book).match("målet är sexköp");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].rule, 0u);
  EXPECT_EQ(hits[0].keyword, 0u);
  EXPECT_EQ(hits[1].keyword, 2u);
  EXPECT_EQ(describe_hit_pattern(book, hits[1]), "sexköp");
  EXPECT_EQ(describe_hit_rule(book, hits[1]),
            "all(målet, any(prostitution*, sexköp)) not(saknas) in sentence");
}

TEST(RuleEvaluatorTest, SameWordsThroughKeywordAndRuleCountOnce) {
  const auto book = book_from(R"(
  - id: pmh
    label: PMH
    keywords: ["prostitution*"]
    rules:
      - all: ["prostitution*", mål]
)");
  const auto hits = Matcher(book).match("mål mot prostitution");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_TRUE(hits[0].from_rule());   // "mål" only through the rule
  EXPECT_FALSE(hits[1].from_rule());  // "prostitution" credited to the keyword
}

TEST(RuleEvaluatorTest, CodesInARequiresCycleNeverFire) {
  // parse_codebook rejects the cycle; a codebook built in code can still hold one.
  Codebook book;
  for (const char* id : {"a", "b"}) {
    Code code;
    code.id = id;
    code.label = id;
    code.keywords = {"ord"};
    code.required_codes = {std::string(id) == "a" ? "b" : "a"};
    book.codes.push_back(code);
  }
  Code free;
  free.id = "c";
  free.label = "c";
  free.keywords = {"ord"};
  free.required_codes = {"missing"};
  book.codes.push_back(free);
  EXPECT_TRUE(Matcher(book).match("ord").empty());
}

}  // namespace
}  // namespace goalchain::codebook
