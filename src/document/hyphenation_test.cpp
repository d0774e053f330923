#include "goalchain/document/hyphenation.h"

#include "test_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>
#include <vector>

namespace goalchain::document {
namespace {

// The lines joined as in a document `document` read with the shipped
// codebook's layout words.
std::string join(const std::vector<std::string>& lines, std::string_view document = {}) {
  const HyphenationWords words = collect_hyphenation_words(document, shipped_layout());
  std::string text;
  for (const std::string& line : lines) append_wrapped_line(text, line, words);
  return text;
}

TEST(HyphenationTest, LinesJoinWithOneSpace) {
  EXPECT_EQ(join({"Första raden", "andra raden."}), "Första raden andra raden.");
  EXPECT_EQ(join({"", "ensam"}), "ensam");
  EXPECT_EQ(join({"ensam", ""}), "ensam");
}

TEST(HyphenationTest, WordHyphenatedAcrossLinesIsRejoined) {
  EXPECT_EQ(join({"Få människo-", "handelsärenden leder till åtal."}),
            "Få människohandelsärenden leder till åtal.");
  EXPECT_EQ(join({"Polisens och åklagar-", "nas resurser"}), "Polisens och åklagarnas resurser");
  EXPECT_EQ(join({"flera insatsveck-", "or sköts upp"}), "flera insatsveckor sköts upp");
  EXPECT_EQ(join({"en operativ samverkans-", "grupp mot människohandel"}),
            "en operativ samverkansgrupp mot människohandel");
  // Unicode hyphen and soft hyphen.
  EXPECT_EQ(join({"människo\u2010", "handel"}), "människohandel");
  EXPECT_EQ(join({"människo\u00AD", "handel"}), "människohandel");
}

TEST(HyphenationTest, HangingHyphenKeepsItsSpace) {
  EXPECT_EQ(join({"socialtjänst samt hälso-", "och sjukvård"}), "socialtjänst samt hälso- och sjukvård");
  EXPECT_EQ(join({"regionala, kommun-", "och myndighetsgemensamma resurscentra"}),
            "regionala, kommun- och myndighetsgemensamma resurscentra");
  for (const std::string next : {"eller", "samt", "respektive", "resp.", "som", "till", "Och"}) {
    EXPECT_EQ(join({"kvinno-", next + " tjejjourer"}), "kvinno- " + next + " tjejjourer") << next;
  }
  EXPECT_EQ(join({"stöd-", ", skydds- och"}), "stöd- , skydds- och");
}

TEST(HyphenationTest, CapitalOrDigitBeforeTheHyphenKeepsIt) {
  EXPECT_EQ(join({"utsatta EU/EES-", "medborgare"}), "utsatta EU/EES-medborgare");
  EXPECT_EQ(join({"på HVB-", "hem"}), "på HVB-hem");
  EXPECT_EQ(join({"KAST-", "mottagningen"}), "KAST-mottagningen");
  EXPECT_EQ(join({"perioden 2017-", "2020"}), "perioden 2017-2020");
}

TEST(HyphenationTest, KnownHyphenatedWordKeepsItsHyphen) {
  EXPECT_EQ(join({"unga hbtq-", "personer"}), "unga hbtq-personer");  // a known prefix
  EXPECT_EQ(join({"via e-", "post"}), "via e-post");                   // a single letter
  // Evidence from the document: "skidskytte-VM" and "barnrätts-perspektiv"
  // are written with a hyphen elsewhere.
  EXPECT_EQ(join({"ett barnrätts-", "perspektiv"}, "Under barnrätts-perspektiv och skidskytte-VM."),
            "ett barnrätts-perspektiv");
  EXPECT_EQ(join({"ett barnrätts-", "perspektiv"}), "ett barnrättsperspektiv");  // no evidence
}

// The hanging-hyphen words and prefixes are the codebook's: an English
// layout hangs "short-" before "and", keeps "anti-trafficking" whole, and
// knows none of the Swedish words.
TEST(HyphenationTest, HangingWordsAndPrefixesAreTheLayouts) {
  codebook::LayoutRules english;
  english.hanging_hyphen_words = {"and", "or", "to"};
  english.hyphen_prefixes = {"anti", "LGBT"};
  const HyphenationWords words = collect_hyphenation_words("", english);
  const auto join_english = [&](std::vector<std::string> lines) {
    std::string text;
    for (const std::string& line : lines) append_wrapped_line(text, line, words);
    return text;
  };
  EXPECT_EQ(join_english({"both short-", "and long-term support"}), "both short- and long-term support");
  EXPECT_EQ(join_english({"two-", "to three-year plans"}), "two- to three-year plans");
  EXPECT_EQ(join_english({"the anti-", "trafficking unit"}), "the anti-trafficking unit");
  EXPECT_EQ(join_english({"young lgbt-", "people"}), "young lgbt-people");  // folded
  EXPECT_EQ(join_english({"an e-", "mail"}), "an e-mail");                 // a single letter
  EXPECT_EQ(join_english({"traf-", "ficking"}), "trafficking");
  EXPECT_EQ(join_english({"hälso-", "och sjukvård"}), "hälsooch sjukvård");  // not its words
  EXPECT_EQ(join_english({"unga hbtq-", "personer"}), "unga hbtqpersoner");
}

TEST(HyphenationTest, CapitalAfterTheHyphenKeepsIt) {
  EXPECT_EQ(join({"skidskytte-", "VM i Östersund"}), "skidskytte-VM i Östersund");
}

TEST(HyphenationTest, DashesAreNotHyphens) {
  EXPECT_EQ(join({"ord -", "fortsättning"}), "ord - fortsättning");
  EXPECT_EQ(join({"-", "fortsättning"}), "- fortsättning");
  EXPECT_EQ(join({"ord \u2013", "fortsättning"}), "ord \u2013 fortsättning");
  EXPECT_EQ(join({"Under 2016\u2013", "2017 hade"}), "Under 2016\u20132017 hade");
  EXPECT_EQ(join({"Under 2016\u2013", "året efter"}), "Under 2016\u2013 året efter");
}

TEST(HyphenationTest, CollectsWordsWithAnInnerHyphen) {
  const auto words = collect_hyphenated_words(
      "unga hbtq-personer och EU/EES-medborgare, Mika- och KAST-mottagningar;\n"
      "människo-\nhandel -- och -inte en lista, stöd- och skyddsprocess");
  EXPECT_EQ(words.count("hbtq-personer"), 1u);
  EXPECT_EQ(words.count("ees-medborgare"), 1u);  // folded, from the last '/'
  EXPECT_EQ(words.count("kast-mottagningar"), 1u);
  EXPECT_EQ(words.size(), 3u);  // not "mika-", "människo-handel", "-inte" or "stöd-"
}

}  // namespace
}  // namespace goalchain::document
