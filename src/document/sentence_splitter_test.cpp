#include "goalchain/document/sentence_splitter.h"

#include "test_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

// Every unit test splits sentences with the shipped codebook's abbreviations,
// as the program does with pmh-sv.
class ShippedSentenceAbbreviations : public ::testing::Environment {
 public:
  void SetUp() override { use_sentence_abbreviations(shipped_layout().sentence_abbreviations); }
};

[[maybe_unused]] const auto* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new ShippedSentenceAbbreviations);

std::vector<std::string> sentences_with(std::string_view text,
                                        const SentenceAbbreviations& abbreviations) {
  std::vector<std::string> out;
  for (const SentenceSpan& span : split_sentences(text, abbreviations)) {
    out.emplace_back(text.substr(span.begin, span.end - span.begin));
  }
  return out;
}

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const SentenceSpan& span : split_sentences(text)) {
    out.emplace_back(text.substr(span.begin, span.end - span.begin));
  }
  return out;
}

// Every non-space byte in exactly one span, spans in order, no span starting
// or ending with white space.
void expect_exact_cover(std::string_view text) {
  const std::vector<SentenceSpan> spans = split_sentences(text);
  std::vector<int> covered(text.size(), 0);
  std::size_t previous_end = 0;
  for (const SentenceSpan& span : spans) {
    ASSERT_LT(span.begin, span.end) << text;
    ASSERT_LE(span.end, text.size()) << text;
    EXPECT_GE(span.begin, previous_end) << text;
    EXPECT_NE(text[span.begin], ' ') << text;
    EXPECT_NE(text[span.end - 1], ' ') << text;
    for (std::size_t i = span.begin; i < span.end; ++i) ++covered[i];
    previous_end = span.end;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool space = c == ' ' || c == '\t' || c == '\n';
    EXPECT_EQ(covered[i], space ? covered[i] : 1) << "byte " << i << " of: " << text;
  }
}

using Texts = std::vector<std::string>;

TEST(SentenceSplitterTest, EmptyAndBlankTextHaveNoSentences) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences("   \t\n ").empty());
}

TEST(SentenceSplitterTest, SplitsAfterTerminalPunctuation) {
  EXPECT_EQ(sentences("Polisen utreder. Åklagaren väcker åtal! Vem ansvarar? Länsstyrelsen."),
            (Texts{"Polisen utreder.", "Åklagaren väcker åtal!", "Vem ansvarar?", "Länsstyrelsen."}));
  EXPECT_EQ(sentences("Det gick inte\u2026 Nästa år blir bättre."),
            (Texts{"Det gick inte\u2026", "Nästa år blir bättre."}));
  EXPECT_EQ(sentences("Vänta... Sedan kom svaret."), (Texts{"Vänta...", "Sedan kom svaret."}));
}

TEST(SentenceSplitterTest, OffsetsAreBytesAndTrailingSpaceIsExcluded) {
  const std::string text = "  Här börjar det.   Sedan slutar det.  ";
  const auto spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(spans[0].end, 2u + std::string("Här börjar det.").size());
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "Sedan slutar det.");
  EXPECT_EQ(spans[1].end, text.size() - 2);
  expect_exact_cover(text);
}

TEST(SentenceSplitterTest, TextWithoutFinalPunctuationIsOneSentence) {
  EXPECT_EQ(sentences("Mål utan punkt"), Texts{"Mål utan punkt"});
  EXPECT_EQ(sentences("Första. andra"), Texts{"Första. andra"});  // lower case: no new sentence
}

TEST(SentenceSplitterTest, NextSentenceMayStartWithDigitQuoteOrBullet) {
  EXPECT_EQ(sentences("Det var året. 2020 blev annorlunda."),
            (Texts{"Det var året.", "2020 blev annorlunda."}));
  EXPECT_EQ(sentences("Kampanjen hette så. \u201DDu avgör\u201D visades i butiker."),
            (Texts{"Kampanjen hette så.", "\u201DDu avgör\u201D visades i butiker."}));
  EXPECT_EQ(sentences("Följande gäller. \u2022 utbildning"), (Texts{"Följande gäller.", "\u2022 utbildning"}));
}

TEST(SentenceSplitterTest, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_EQ(sentences("En kampanj är \u201DResekurage\u201D. Den återkommer."),
            (Texts{"En kampanj är \u201DResekurage\u201D.", "Den återkommer."}));
  EXPECT_EQ(sentences("Han sa \u201DDet räcker.\u201D Sedan gick han."),
            (Texts{"Han sa \u201DDet räcker.\u201D", "Sedan gick han."}));
  EXPECT_EQ(sentences("(Se bilagan.) Nästa stycke."), (Texts{"(Se bilagan.)", "Nästa stycke."}));
}

TEST(SentenceSplitterTest, FootnoteMarkerAfterThePeriodEndsTheSentence) {
  EXPECT_EQ(sentences("insatser från flera myndighetsområden.1 Regeringens strategi gäller."),
            (Texts{"insatser från flera myndighetsområden.1", "Regeringens strategi gäller."}));
  EXPECT_EQ(sentences("enligt strategin.14 Det framgår."), (Texts{"enligt strategin.14", "Det framgår."}));
}

TEST(SentenceSplitterTest, SwedishAbbreviationsDoNotEndASentence) {
  for (const std::string text :
       {"Grupper som t.ex. Polisen nämner.", "Flera aktörer bl.a. Migrationsverket deltog.",
        "Så kallad s.k. Sugardejting ökar.", "Kommuner m.fl. Aktörer deltog.",
        "Det är dvs. Polisens ansvar.", "Kampanjer osv. Finns också.", "Rutiner o.s.v. Finns också.",
        "Gäller fr.o.m. Januari i år.", "Gäller t.o.m. December i år.", "Se 4 kap. 1 § i lagen.",
        "Se 2 st. Andra meningen.", "Jämför jfr. Rapporten från i fjol.",
        "Det var ca. 350 personer.", "Kvinnor resp. Män deltog.", "Totalt inkl. Moms.",
        "Totalt exkl. Moms.", "Utförs enl. Planen.", "Ärende nr. 4 gäller.", "Se s. 14 i rapporten.",
        "Den f.d. Samordnaren slutade.", "Det gick inte p.g.a. Pandemin.", "Böcker m.m. Köptes in.",
        "Se prop. 2016/17:10 om detta.", "Mötet börjar kl. 14.00 i morgon.", "Se Bet. 2017/18:JuU8 här."}) {
    EXPECT_EQ(sentences(text).size(), 1u) << text;
    expect_exact_cover(text);
  }
}

TEST(SentenceSplitterTest, TheAbbreviationsAreTheCodebooksData) {
  const auto layout = codebook::parse_layout_rules(
      "goalchain_codebook: 1\nname: t\ncodes: []\nlayout:\n"
      "  sentence_abbreviations: [e.g., I.E, \" approx. \"]\n",
      "t.yaml");
  ASSERT_TRUE(layout);
  const auto english = make_sentence_abbreviations(layout->sentence_abbreviations);
  EXPECT_EQ(english.words, (Texts{"approx", "e.g", "i.e"}));
  EXPECT_EQ(sentences_with("Partners, e.g. The police, take part. Next.", english),
            (Texts{"Partners, e.g. The police, take part.", "Next."}));
  EXPECT_EQ(sentences_with("About i.e. Two, Approx. Three.", english),
            Texts{"About i.e. Two, Approx. Three."});
  // Swedish abbreviations are pmh-sv's, not the English codebook's.
  EXPECT_EQ(sentences_with("Grupper som t.ex. Polisen nämner.", english),
            (Texts{"Grupper som t.ex.", "Polisen nämner."}));
  // Without abbreviations only initials and numbers keep a sentence going.
  EXPECT_EQ(sentences_with("Se 4 kap. 1 § och s. 14 i 3.3. Nästa.", SentenceAbbreviations{}),
            (Texts{"Se 4 kap.", "1 § och s. 14 i 3.3. Nästa."}));
}

TEST(SentenceSplitterTest, AbbreviationsAreMatchedRegardlessOfCase) {
  EXPECT_EQ(sentences("Bl.a. Polisen deltog. Nästa mening."),
            (Texts{"Bl.a. Polisen deltog.", "Nästa mening."}));
  EXPECT_EQ(sentences("(t.ex. Skåne) ingår."), Texts{"(t.ex. Skåne) ingår."});
}

TEST(SentenceSplitterTest, InitialsAndNumbersDoNotEndASentence) {
  for (const std::string text :
       {"Se Davis, K. Davis skrev om det.", "Rapport 2021:14 Bilaga 3 gäller.",
        "Det gällde 5,2 miljoner kronor.", "Avsnitt 3.3 FÅ RIKTADE MÅL beskriver.",
        "Avsnitt 3.3. FÅ RIKTADE MÅL beskriver.", "Kapitel 2.1.4. Detalj följer.",
        "Klockan 14.00 Börjar mötet.", "SOU 2010:49 Visar detta.", "Lag (1998:408) Om förbud."}) {
    EXPECT_EQ(sentences(text).size(), 1u) << text;
    expect_exact_cover(text);
  }
}

TEST(SentenceSplitterTest, YearBeforeThePeriodEndsASentence) {
  EXPECT_EQ(sentences("Planen gäller till 2020. Sedan kommer en ny."),
            (Texts{"Planen gäller till 2020.", "Sedan kommer en ny."}));
  EXPECT_EQ(sentences("Se Davis, Kathy 2008. Nästa mening."),
            (Texts{"Se Davis, Kathy 2008.", "Nästa mening."}));
}

TEST(SentenceSplitterTest, WordThatMerelyEndsLikeAnAbbreviationEndsTheSentence) {
  // "vest" ends in "st" and "moms" is no abbreviation: only whole words count.
  EXPECT_EQ(sentences("Han bar en vest. Den var gul."), (Texts{"Han bar en vest.", "Den var gul."}));
  EXPECT_EQ(sentences("Priset var utan moms. Det var billigt."),
            (Texts{"Priset var utan moms.", "Det var billigt."}));
}

TEST(SentenceSplitterTest, CoversAMixedParagraphExactly) {
  const std::string text =
      "Länsstyrelsen Uppsala nådde ca. 60 600 personer per dag med filmen \u201DDu avgör\u201D. "
      "Den visades bl.a. på ICA:s och Willys mataffärer mellan 3 september och 2 november 2018. "
      "Resultatet? Svårt att säga! Se avsnitt 3.3 och rapport 2021:14 s. 14.";
  EXPECT_EQ(sentences(text),
            (Texts{"Länsstyrelsen Uppsala nådde ca. 60 600 personer per dag med filmen \u201DDu avgör\u201D.",
                   "Den visades bl.a. på ICA:s och Willys mataffärer mellan 3 september och 2 november 2018.",
                   "Resultatet?", "Svårt att säga!", "Se avsnitt 3.3 och rapport 2021:14 s. 14."}));
  expect_exact_cover(text);
}

TEST(SentenceSplitterTest, NoBreakSpaceAndNewlinesSeparateSentences) {
  EXPECT_EQ(sentences("Första meningen.\u00A0Andra meningen.\nTredje."),
            (Texts{"Första meningen.", "Andra meningen.", "Tredje."}));
}

}  // namespace
}  // namespace goalchain::document
