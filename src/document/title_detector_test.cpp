#include "goalchain/document/title_detector.h"

#include "goalchain/document/segmenter.h"

#include <gtest/gtest.h>

namespace goalchain::document {
namespace {

codebook::LayoutRules rules() {
  codebook::LayoutRules r;
  r.title_words = {"handlingsplan", "strategi", "rapport"};
  r.issuer_forms = {"Länsstyrelsen *", "Region *", "* kommun"};
  return r;
}

TEST(TitleDetectorTest, IssuerBeforeTheTitle) {
  auto segments = segment_text(
      "Länsstyrelsen Gävleborg\nRegional strategi mot mäns våld mot\nkvinnor 2021–2026\nRapport 2021:07\n\n"
      "Förord\nStrategin har tagits fram i samverkan.\n", rules());
  const TitleAndIssuer found = detect_title_and_issuer(segments, rules());
  EXPECT_EQ(found.issuer, "Länsstyrelsen Gävleborg");
  EXPECT_EQ(found.title, "Regional strategi mot mäns våld mot kvinnor 2021–2026");
  detach_title_and_issuer(segments, found);
  for (const Segment& s : segments) {
    if (s.text.starts_with("Strategin")) {
      EXPECT_EQ(s.section, std::vector<std::string>{"Förord"});
    }
  }
}

TEST(TitleDetectorTest, TitleBeforeTheIssuerAndSubtitlesAreNoSections) {
  auto segments = segment_text(
      "LÄGESRAPPORT 2021\nArbetet mot prostitution i länet\nLänsstyrelsen i Uppsala län\n\n"
      "1. Bakgrund\nText om bakgrunden.\n", rules());
  const TitleAndIssuer found = detect_title_and_issuer(segments, rules());
  EXPECT_EQ(found.title, "LÄGESRAPPORT 2021");
  EXPECT_EQ(found.issuer, "Länsstyrelsen i Uppsala län");
  detach_title_and_issuer(segments, found);
  for (const Segment& s : segments) {
    if (s.kind == SegmentKind::heading && s.text != "LÄGESRAPPORT 2021") {
      EXPECT_EQ(s.text, "1. Bakgrund");
    }
    if (s.text.starts_with("Text om")) {
      EXPECT_EQ(s.section, std::vector<std::string>{"1. Bakgrund"});
    }
  }
}

TEST(TitleDetectorTest, WithoutLayoutWordsTheLineWithYearsOrInCapitals) {
  auto segments = segment_text("Länsstyrelsen i Stockholms län\nRegional plan 2020–2022\n\n1. Inledning\nText.\n");
  EXPECT_EQ(detect_title_and_issuer(segments, {}).title, "Regional plan 2020–2022");
  EXPECT_EQ(detect_title_and_issuer(segments, {}).issuer, "");
  segments = segment_text("Länsstyrelsen Jämtlands län\nHANDLINGSPLAN\nför länet\n\n1. SYFTE\nText.\n");
  EXPECT_EQ(detect_title_and_issuer(segments, {}).title, "HANDLINGSPLAN");
}

TEST(TitleDetectorTest, NoFrontMatterKeepsTheFirstHeadingASection) {
  auto segments = segment_text("1. Inledning\nPlanen gäller länet.\n\n2. Mål\nText.\n", rules());
  const TitleAndIssuer found = detect_title_and_issuer(segments, rules());
  EXPECT_EQ(found.title, "1. Inledning");
  EXPECT_FALSE(found.title_at.has_value());
  detach_title_and_issuer(segments, found);
  EXPECT_EQ(segments[1].section, std::vector<std::string>{"1. Inledning"});
}

TEST(TitleDetectorTest, LongTitlesAreCutAtAWord) {
  std::string title = "Handlingsplan";
  while (title.size() < 300) title += " mot våld";
  const auto segments = segment_text(title + "\n\nText.\n", rules());
  const std::string found = detect_title_and_issuer(segments, rules()).title;
  EXPECT_LE(found.size(), 220u);
  EXPECT_GT(found.size(), 180u);
  ASSERT_LT(found.size(), title.size());
  EXPECT_EQ(title[found.size()], ' ') << found;  // cut before a word, not in one
}

}  // namespace
}  // namespace goalchain::document
