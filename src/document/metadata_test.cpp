#include "goalchain/document/metadata.h"

#include "test_layout.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::document {
namespace {

std::string type_in(std::string_view text, const codebook::LayoutRules& rules) {
  const auto type = detect_document_type(text, rules);
  return type ? std::string(to_string(*type)) : std::string("<none>");
}

// With the shipped codebook's document types (pmh-sv's layout).
std::string type_of(std::string_view text) { return type_in(text, shipped_layout()); }

codebook::LayoutRules layout_of(const std::string& layout) {
  return codebook::parse_layout_rules("goalchain_codebook: 1\nname: t\ncodes: []\nlayout:\n" + layout,
                                      "t.yaml")
      .value();
}

std::string period_of(std::string_view text) {
  const auto period = detect_period(text);
  return period ? to_string(*period) : std::string("<none>");
}

TEST(MetadataTest, StrategyWordsAndCompounds) {
  EXPECT_EQ(type_of("Regional strategi för att förebygga våld"), "strategi");
  EXPECT_EQ(type_of("REGIONAL STRATEGI"), "strategi");
  EXPECT_EQ(type_of("Strategin gäller 2017–2020"), "strategi");
  EXPECT_EQ(type_of("Länsstrategin mot mäns våld"), "strategi");
  EXPECT_EQ(type_of("Regionala strategier"), "strategi");
  EXPECT_EQ(type_of("en länsstrategi"), "strategi");
}

TEST(MetadataTest, StrategicIsNotStrategy) {
  EXPECT_EQ(type_of("Strategisk plan för länet"), "<none>");
  EXPECT_EQ(type_of("strategiska mål och strategiarbete"), "<none>");
  EXPECT_EQ(type_of("Strategiska mål. Handlingsplan 2020"), "handlingsplan");
}

TEST(MetadataTest, PlanWords) {
  EXPECT_EQ(type_of("Handlingsplan 2020"), "handlingsplan");
  EXPECT_EQ(type_of("Handlingsplanen gäller"), "handlingsplan");
  EXPECT_EQ(type_of("flera handlingsplaner"), "handlingsplan");
  EXPECT_EQ(type_of("Regional åtgärdsplan"), "handlingsplan");
  EXPECT_EQ(type_of("stockholm handlingsplan 2020 2022.txt"), "handlingsplan");
  EXPECT_EQ(type_of("Åtgärdsplanering och uppföljning"), "<none>");
}

TEST(MetadataTest, ReportWords) {
  EXPECT_EQ(type_of("Slutredovisning av regeringsuppdraget"), "slutredovisning");
  EXPECT_EQ(type_of("I slutredovisningen framgår"), "slutredovisning");
  EXPECT_EQ(type_of("Lägesrapport 2020"), "lägesrapport");
  EXPECT_EQ(type_of("LÄGESRAPPORTEN"), "lägesrapport");
  EXPECT_EQ(type_of("vastra gotaland lagesrapport 2020"), "lägesrapport");
  EXPECT_EQ(type_of("Rapport 2021:14 om arbetet"), "<none>");
  EXPECT_EQ(type_of("redovisning av läget"), "<none>");
  EXPECT_EQ(type_of(""), "<none>");
}

TEST(MetadataTest, TheTypeWordsAreTheCodebooksData) {
  const auto english = layout_of(
      "  document_types:\n"
      "    strategi: {words: [strategy, strategies]}\n"
      "    handlingsplan: {words: [action plan], endings: [\"\", s]}\n"
      "    lägesrapport: {words: [progress report]}\n");
  EXPECT_EQ(type_in("National Action Plans against trafficking", english), "handlingsplan");
  EXPECT_EQ(type_in("a plan of action", english), "<none>") << "the parts in a row";
  EXPECT_EQ(type_in("Regional strategy 2020", english), "strategi");
  EXPECT_EQ(type_in("strategic aims", english), "<none>");
  EXPECT_EQ(type_in("Annual progress report", english), "lägesrapport");
  EXPECT_EQ(type_in("progress reports", english), "<none>") << "no endings given: the word alone";
  EXPECT_EQ(type_in("Handlingsplan 2020", english), "<none>") << "Swedish words are pmh-sv's";
  EXPECT_EQ(type_in("Handlingsplan 2020", codebook::LayoutRules{}), "<none>")
      << "without document types no type is found";
}

TEST(MetadataTest, TheFirstTypeWordWins) {
  EXPECT_EQ(type_of("Handlingsplan enligt den regionala strategin"), "handlingsplan");
  EXPECT_EQ(type_of("Strategi och handlingsplan"), "strategi");
  EXPECT_EQ(type_of("Lägesrapport om handlingsplanen"), "lägesrapport");
}

TEST(MetadataTest, YearRanges) {
  EXPECT_EQ(period_of("Handlingsplan 2017–2020"), "2017–2020");
  EXPECT_EQ(period_of("plan 2017-2020.txt"), "2017–2020");
  EXPECT_EQ(period_of("2017 — 2020"), "2017–2020");
  EXPECT_EQ(period_of("för åren 2018 - 2021 i länet"), "2018–2021");
  EXPECT_EQ(period_of("stockholm-handlingsplan-2020-2022"), "2020–2022");
}

TEST(MetadataTest, TwoDigitSecondYear) {
  const auto period = detect_period("Handlingsplan 2020–22");
  ASSERT_TRUE(period);
  EXPECT_EQ(period->from, 2020);
  EXPECT_EQ(period->to, 2022);
  EXPECT_EQ(period_of("2019 – 21"), "2019–2021");
  EXPECT_EQ(period_of("2099–05"), "2099");  // 2005 is before 2099: no range
}

TEST(MetadataTest, ARangeBeatsAnEarlierLoneYear) {
  EXPECT_EQ(period_of("Beslutad den 12 mars 2019. Gäller 2020–2022."), "2020–2022");
}

TEST(MetadataTest, ReversedRangeIsNotARange) {
  EXPECT_EQ(period_of("2020–2019"), "2020");
  EXPECT_EQ(period_of("2020-01-15"), "2020");
}

TEST(MetadataTest, LoneYears) {
  const auto period = detect_period("Handlingsplan för år 2020");
  ASSERT_TRUE(period);
  EXPECT_EQ(period->from, 2020);
  EXPECT_EQ(period->to, 2020);
  EXPECT_EQ(period_of("1990 och 2099"), "1990");
  EXPECT_EQ(period_of("Rapport 2021:14 om året 2019"), "2019");
}

TEST(MetadataTest, NumbersThatAreNotYears) {
  EXPECT_EQ(period_of("Rapport 2021:14"), "<none>");
  EXPECT_EQ(period_of("lagen (1998:408)"), "<none>");
  EXPECT_EQ(period_of("SOU 1995:15"), "<none>");
  EXPECT_EQ(period_of("förordning (2010:2020)"), "<none>");
  EXPECT_EQ(period_of("20 200 kronor"), "<none>");
  EXPECT_EQ(period_of("120 000 kronor, 12345 personer, 20201"), "<none>");
  EXPECT_EQ(period_of("1989 och 2100"), "<none>");
  EXPECT_EQ(period_of("Diarienummer: 851-20417-2019"), "<none>");
  EXPECT_EQ(period_of("under 1990-talet"), "<none>");
  EXPECT_EQ(period_of("andel 3,2020 procent"), "<none>");
  EXPECT_EQ(period_of(""), "<none>");
}

}  // namespace
}  // namespace goalchain::document
