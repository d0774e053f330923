#include "goalchain/document/layout_words.h"

#include <gtest/gtest.h>

namespace goalchain::document {
namespace {

codebook::LayoutRules rules() {
  codebook::LayoutRules r;
  r.section_words = {"Bakgrund", "Syfte", "Mål", "Fortsatt arbete"};
  r.title_words = {"plan", "strategi", "rapport"};
  r.issuer_forms = {"Länsstyrelsen *", "Region *", "* kommun", "*departementet"};
  r.reference_abbreviations = {"skr.", "dnr", "SOU"};
  r.contents_headings = {"Innehåll", "Innehållsförteckning"};
  return r;
}

TEST(LayoutWordsTest, SectionWordsOpenTheLine) {
  EXPECT_TRUE(starts_with_section_word("Bakgrund", rules()));
  EXPECT_TRUE(starts_with_section_word("Syfte och mål", rules()));
  EXPECT_TRUE(starts_with_section_word("MÅL 2", rules()));
  EXPECT_TRUE(starts_with_section_word("Fortsatt arbete i länet", rules()));
  EXPECT_FALSE(starts_with_section_word("Målgrupper", rules()));
  EXPECT_FALSE(starts_with_section_word("Fortsatt", rules()));
  EXPECT_FALSE(starts_with_section_word("Bakgrund", codebook::LayoutRules{}));
}

TEST(LayoutWordsTest, TitleWordsAlsoInflectedAndInCompounds) {
  EXPECT_TRUE(names_document_kind("Handlingsplan mot prostitution", rules()));
  EXPECT_TRUE(names_document_kind("LÄNSSTRATEGI 2017", rules()));
  EXPECT_TRUE(names_document_kind("Handlingsplanen", rules()));
  EXPECT_FALSE(names_document_kind("Planering av arbetet", rules()));  // "planering": not an ending
  EXPECT_FALSE(names_document_kind("Länsstyrelsen Gävleborg", rules()));
}

TEST(LayoutWordsTest, IssuerForms) {
  EXPECT_TRUE(matches_issuer_form("Länsstyrelsen i Dalarnas län", rules()));
  EXPECT_TRUE(matches_issuer_form("Region Gävleborg", rules()));
  EXPECT_TRUE(matches_issuer_form("Falu kommun", rules()));
  EXPECT_TRUE(matches_issuer_form("Arbetsmarknadsdepartementet", rules()));
  EXPECT_FALSE(matches_issuer_form("Länsstyrelsen", rules()));  // '*' is one word or more
  EXPECT_FALSE(matches_issuer_form("Kommun", rules()));
  EXPECT_FALSE(matches_issuer_form("Länsstyrelsen har under perioden arbetat med frågorna i länet",
                                   rules()));  // too long for a name
}

TEST(LayoutWordsTest, ContentsHeadingsAreWholeLines) {
  EXPECT_TRUE(is_contents_heading("INNEHÅLL", rules()));
  EXPECT_TRUE(is_contents_heading("Innehållsförteckning", rules()));
  EXPECT_FALSE(is_contents_heading("Innehåll och syfte", rules()));
}

TEST(LayoutWordsTest, NumbersAfterAReferenceAbbreviation) {
  const std::string text = "strategi (skr. 2016/17:10) och dnr KS 2021 samt år 2020";
  EXPECT_TRUE(follows_reference_abbreviation(text, text.find("2016"), rules()));
  EXPECT_TRUE(follows_reference_abbreviation(text, text.find("2021"), rules()));
  EXPECT_FALSE(follows_reference_abbreviation(text, text.find("2020"), rules()));
  EXPECT_FALSE(follows_reference_abbreviation(text, text.find("2016"), codebook::LayoutRules{}));
}

}  // namespace
}  // namespace goalchain::document
