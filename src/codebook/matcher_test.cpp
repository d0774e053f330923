#include "goalchain/codebook/matcher.h"

#include <gtest/gtest.h>

#include <string>

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
    out.push_back(book.codes[hit.code].id + ":" +
                  std::string(text.substr(hit.begin, hit.end - hit.begin)));
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

// A codebook of one code `x` from the YAML of its keyword list.
Codebook book_with_keywords(const std::string& keywords, const std::string& top = "") {
  return parse_codebook("goalchain_codebook: 1\nname: t\nlanguage: sv\n" + top +
                        "codes:\n  - id: x\n    label: X\n    keywords: " + keywords + "\n");
}

// The matched text of every hit.
std::vector<std::string> matched(const Codebook& book, std::string_view text) {
  std::vector<std::string> out;
  for (const Hit& hit : Matcher(book).match(text)) {
    out.push_back(std::string(text.substr(hit.begin, hit.end - hit.begin)));
  }
  return out;
}

using Words = std::vector<std::string>;

TEST(MatcherTest, FullUnicodeCaseFolding) {
  const auto book = book_with_keywords("[straße, ελλάδα, ärende, œuvre]");
  EXPECT_EQ(matched(book, "STRASSE Strasse ΕΛΛΆΔΑ ÄRENDE Œuvre"),
            (Words{"STRASSE", "Strasse", "ΕΛΛΆΔΑ", "ÄRENDE", "Œuvre"}));
  EXPECT_TRUE(matched(book, "strase ellada arende oeuvre").empty());
}

TEST(MatcherTest, InnerWildcards) {
  const auto book = book_with_keywords("[\"organi?ation\", \"kvinno*jour\", \"?ttre\"]");
  EXPECT_EQ(
      matched(book, "organisation Organization kvinnojour kvinnofridsjour yttre Öttre"),
      (Words{"organisation", "Organization", "kvinnojour", "kvinnofridsjour", "yttre", "Öttre"}));
  EXPECT_TRUE(matched(book, "organiation organissation kvinnojourer tjejjour ttre ytttre").empty());
}

TEST(MatcherTest, WildcardsInPhrases) {
  const auto book = book_with_keywords("[\"köp* av sexuell* tjänst*\", \"*handel med människor\"]");
  EXPECT_EQ(matched(book, "Köpet av sexuella tjänster; sexhandel med människor."),
            (Words{"Köpet av sexuella tjänster", "sexhandel med människor"}));
  EXPECT_TRUE(matched(book, "köp av tjänster, handel av människor").empty());
}

TEST(MatcherTest, ManyPatternsSharingBeginningsAndEndings) {
  const auto book = book_with_keywords(
      "[polis, polisen, polismyndighet*, \"*polis\", \"*myndighet\", \"po*is\", \"*lism*\"]");
  // Each word once per code even when several patterns match it.
  EXPECT_EQ(
      matched(book, "polis polisen Polismyndigheten gränspolis åklagarmyndighet pommis fatalism"),
      (Words{"polis", "polisen", "Polismyndigheten", "gränspolis", "åklagarmyndighet", "pommis",
             "fatalism"}));
  EXPECT_TRUE(matched(book, "poliser pol myndigheter").empty());
}

TEST(MatcherTest, StemmedPatterns) {
  const auto book =
      book_with_keywords("[{word: utbildning, stem: true}, {word: kvinna, stem: swedish}]");
  EXPECT_EQ(matched(book, "Utbildningar och utbildningen för kvinnor och kvinnorna"),
            (Words{"Utbildningar", "utbildningen", "kvinnor", "kvinnorna"}));
  // Same beginning, other stem.
  EXPECT_TRUE(matched(book, "utbilda kvintett kvinnofrid").empty());
}

TEST(MatcherTest, StemsDoNotUnifyEverySwedishForm) {
  // libstemmer 2.2: indikator -> indikat, indikatorer -> indikator. A wildcard
  // is the right tool here (docs/codebook.md).
  const auto stemmed = book_with_keywords("[{word: indikator, stem: true}]");
  EXPECT_EQ(matched(stemmed, "indikator indikatorer indikatorn"), (Words{"indikator"}));
  const auto wildcard = book_with_keywords("[indikator*]");
  EXPECT_EQ(matched(wildcard, "indikator indikatorer indikatorn"),
            (Words{"indikator", "indikatorer", "indikatorn"}));
}

TEST(MatcherTest, CodebookWideStemmingSparesWildcardWords) {
  const auto book = book_with_keywords("[sexuella tjänster, \"köp*\", {word: målet, stem: false}]",
                                       "stem: true\n");
  EXPECT_EQ(matched(book, "sexuell tjänst, Sexuella tjänsterna, köparna, målet"),
            (Words{"sexuell tjänst", "Sexuella tjänsterna", "köparna", "målet"}));
  // "sexuellt" keeps its t in libstemmer 2.2; "målet" is exact here.
  EXPECT_TRUE(matched(book, "sexuellt tjänstemän, mål, målen").empty());
}

TEST(MatcherTest, EnglishStems) {
  const auto book = parse_codebook(R"(goalchain_codebook: 1
name: en
language: en
stem: true
codes:
  - id: trafficking
    label: Trafficking
    keywords: [trafficking, exploitation]
)");
  EXPECT_EQ(
      matched(book, "Trafficked persons, traffickers? no: trafficking and exploited, exploiting"),
      (Words{"Trafficked", "traffickers", "trafficking", "exploited", "exploiting"}));
  EXPECT_TRUE(matched(book, "traffic exploit").size() == 1u);  // "exploit" stems like exploitation
  EXPECT_TRUE(matched(book, "traffic explorer").empty());
}

TEST(MatcherTest, CompoundHeadIncludesTheLinkingS) {
  const auto book = book_with_keywords("[{word: människohandel, compound: head}]");
  EXPECT_EQ(matched(book, "människohandel människohandelsärenden Människohandelsbrott"),
            (Words{"människohandel", "människohandelsärenden", "Människohandelsbrott"}));
  // Not across a space or hyphen, not an inflection, not inside another word.
  EXPECT_TRUE(
      matched(book, "människohandel s ärenden, människohandeln, barnmänniskohandel").size() == 1u);
  EXPECT_TRUE(matched(book, "människohandeln människohandelns antimänniskohandel").empty());
}

TEST(MatcherTest, CompoundTail) {
  const auto book = book_with_keywords("[{word: prostitution, compound: tail}]");
  EXPECT_EQ(matched(book, "prostitution barnprostitution Gatuprostitution"),
            (Words{"prostitution", "barnprostitution", "Gatuprostitution"}));
  // The tail must end the word; the head needs at least three letters.
  EXPECT_TRUE(matched(book, "prostitutionen prostitutionsärenden xprostitution barn prostitutionx")
                  .empty());
  const auto inflected = book_with_keywords("[{word: prostitution*, compound: tail}]");
  EXPECT_EQ(matched(inflected, "barnprostitutionen prostitutionen xyprostitutionen"),
            (Words{"barnprostitutionen", "prostitutionen"}));
}

TEST(MatcherTest, CompoundAnywhere) {
  const auto book = book_with_keywords("[{word: sexköp, compound: any}]");
  EXPECT_EQ(matched(book, "sexköp antisexköpslagen sexköpare motsexköp"),
            (Words{"sexköp", "antisexköpslagen", "sexköpare", "motsexköp"}));
  EXPECT_TRUE(matched(book, "sexköpen absexköp sex köp").empty());
}

TEST(MatcherTest, RegexesAreCaseInsensitiveWithByteSpans) {
  const auto book =
      book_with_keywords(R"([{regex: "köp(er|te|a)? sex"}, {regex: "\\d{4}–\\d{4}"}])");
  const std::string text = "Hon KÖPTE SEX. Planen 2017–2020 gäller.";
  const auto hits = Matcher(book).match(text);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(text.substr(hits[0].begin, hits[0].end - hits[0].begin), "KÖPTE SEX");
  EXPECT_EQ(hits[0].keyword, 0u);
  EXPECT_EQ(text.substr(hits[1].begin, hits[1].end - hits[1].begin), "2017–2020");
  EXPECT_EQ(hits[1].keyword, 1u);
  EXPECT_TRUE(Matcher(book).match("köper mat, 2017-2020").empty());
}

TEST(MatcherTest, WholeWordRegexesNeedWordEdgesAroundTheMatch) {
  // RE2's \\b knows only ASCII letters; whole_words uses the tokenizer's notion.
  const auto book = book_with_keywords(R"([{regex: "åtgärd(er)?|mål", whole_words: true}])");
  EXPECT_EQ(matched(book, "Åtgärder, mål. Målgrupp åtgärdsplan måla mål"),
            (Words{"Åtgärder", "mål", "mål"}));
  const auto raw = book_with_keywords(R"([{regex: "mål"}])");
  EXPECT_EQ(matched(raw, "Målgrupp mål").size(), 2u);
}

TEST(MatcherTest, WholeWordRegexesTryEveryAlternativeThatFitsTheEdges) {
  // Leftmost-first "fem" fits the start of "femton" but not its end; the
  // alternative "femton" must still be found, and neither inside a longer word.
  const auto book = book_with_keywords(R"([{regex: "fem|femton", whole_words: true}])");
  EXPECT_EQ(matched(book, "femton kvinnor, fem män"), (Words{"femton", "fem"}));
  EXPECT_TRUE(matched(book, "femtonåriga femkamp").empty());
  // Matches next to each other share the space between them.
  EXPECT_EQ(matched(book, "fem fem"), (Words{"fem", "fem"}));
  const auto repeat = book_with_keywords(R"([{regex: "fråg(a|or)?", whole_words: true}])");
  EXPECT_EQ(matched(repeat, "Frågor och en fråga; frågorna nej"), (Words{"Frågor", "fråga"}));
}

TEST(MatcherTest, RegexesThatCanMatchEmptyTextOnlyCountRealMatches) {
  const auto book = book_with_keywords(R"([{regex: "x*"}])");
  EXPECT_EQ(matched(book, "axxb å x"), (Words{"xx", "x"}));
}

TEST(MatcherTest, HitsDescribeThePatternTheyCameFrom) {
  const auto book = book_with_keywords(
      R"([polis*, {word: prostitution, compound: tail}, {word: kvinna, stem: true}, {regex: "köpte? sex"}])");
  const Matcher matcher(book);
  std::vector<std::string> described;
  for (const Hit& hit : matcher.match("polisen barnprostitution kvinnor köpte sex")) {
    described.push_back(describe_hit_pattern(book, hit));
    EXPECT_EQ(describe_hit_rule(book, hit), "");
  }
  EXPECT_EQ(described, (Words{"polis*", "prostitution (compound tail)", "kvinna (stem swedish)",
                              "regex: köpte? sex"}));
}

TEST(MatcherTest, CostDoesNotDependOnPatternOrder) {
  // The same patterns in two orders give the same hits (with their own keyword indexes).
  const auto a = book_with_keywords("[\"*handel\", människo*, \"*sexköp*\", mål]");
  const auto b = book_with_keywords("[mål, \"*sexköp*\", människo*, \"*handel\"]");
  const std::string text = "Människohandel och sexköpslagen, målet och mål.";
  EXPECT_EQ(matched(a, text), matched(b, text));
  EXPECT_EQ(matched(a, text), (Words{"Människohandel", "sexköpslagen", "mål"}));
}

}  // namespace
}  // namespace goalchain::codebook
