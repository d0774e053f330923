#include "goalchain/document/document_metadata.h"

#include "test_layout.h"

#include <gtest/gtest.h>

namespace goalchain::document {
namespace {

codebook::LayoutRules rules() {
  codebook::LayoutRules r;
  r.reference_abbreviations = {"skr.", "dnr"};
  r.document_types = shipped_layout().document_types;
  return r;
}

Document detect(std::string_view stem, std::string_view title, std::string body) {
  Document document;
  MetadataSources sources;
  sources.file_stem = stem;
  sources.title = title;
  sources.body = std::move(body);
  detect_document_metadata(document, sources, rules());
  return document;
}

std::string county_of(const Document& d) { return d.county ? std::string(d.county->name) : "-"; }

TEST(DocumentMetadataTest, FileNameFirstWithAWarningNamingBoth) {
  const Document d = detect("vastmanland-handlingsplan-2019", "Handlingsplan 2019",
                            "Länsstyrelsen Gävleborg och Länsstyrelsen Gävleborg samarbetar.\n");
  EXPECT_EQ(county_of(d), "Västmanland");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].field, "county");
  EXPECT_NE(d.warnings[0].message.find("Västmanland"), std::string::npos);
  EXPECT_NE(d.warnings[0].message.find("Gävleborg"), std::string::npos);
}

TEST(DocumentMetadataTest, TitleBeforeTheRestOfTheText) {
  const Document d = detect("plan", "Handlingsplan för Dalarnas län 2017–2026",
                            "Länsstyrelsen i Uppsala län och Uppsala län nämns 2019.\n");
  EXPECT_EQ(county_of(d), "Dalarna");
  EXPECT_EQ(to_string(d.period), "2017–2026");
  EXPECT_EQ(d.type, DocumentType::handlingsplan);
  EXPECT_TRUE(d.warnings.empty());
}

TEST(DocumentMetadataTest, SeveralCountiesAboutEquallyAreNoCounty) {
  const Document d = detect("nationell-plan", "Nationell plan",
                            "Stockholms län, Skåne län och Västra Götalands län har mottagningar. "
                            "I Stockholms län finns fler.\n");
  EXPECT_EQ(county_of(d), "-");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].message.find("Skåne"), std::string::npos);
  // One county named far more often than any other is the county.
  const Document one = detect("plan", "Plan",
                              "Jämtlands län, Jämtlands län och Jämtlands län, samt Norrbottens län.\n");
  EXPECT_EQ(county_of(one), "Jämtland");
}

TEST(DocumentMetadataTest, ReferencesAreNoPeriods) {
  const Document d = detect("plan", "Plan", "Enligt skr. 2007/08:167 och dnr 2019-1234 gäller planen 2021.\n");
  EXPECT_EQ(to_string(d.period), "2021");
}

TEST(DocumentMetadataTest, LanguageWarning) {
  Document d;
  std::string english;
  for (int i = 0; i < 30; ++i) english += "The plan and the work of the police. ";
  check_document_language(d, english, "sv", {"och", "att", "som", "för"});
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].field, "language");
  Document swedish;
  std::string text;
  for (int i = 0; i < 30; ++i) text += "Planen och arbetet som polisen gör. ";
  check_document_language(swedish, text, "sv", {"och", "att", "som", "för"});
  EXPECT_TRUE(swedish.warnings.empty());
  check_document_language(swedish, english, "", {"och"});  // no language: no check
  EXPECT_TRUE(swedish.warnings.empty());
}

}  // namespace
}  // namespace goalchain::document
