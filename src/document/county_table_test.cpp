#include "goalchain/document/county_table.h"

#include "goalchain/document/county.h"
#include "goalchain/util/atomic_file.h"
#include "test_paths.h"

#include <gtest/gtest.h>

namespace goalchain::document {
namespace {

std::vector<codebook::CountyEntry> shipped_table() {
  const std::string path = GOALCHAIN_SOURCE_DIR "/codebooks/pmh-sv.yaml";
  return codebook::parse_county_table(util::read_file(path), path).value();
}

std::vector<std::string> shipped_forms() {
  const std::string path = GOALCHAIN_SOURCE_DIR "/codebooks/pmh-sv.yaml";
  return codebook::parse_county_forms(util::read_file(path), path).value();
}

codebook::CountyEntry shipped_unknown() {
  const std::string path = GOALCHAIN_SOURCE_DIR "/codebooks/pmh-sv.yaml";
  return codebook::parse_unknown_county(util::read_file(path), path).value();
}

// Every unit test reads documents with the shipped county table, as the
// program does with pmh-sv.
class ShippedCountyTable : public ::testing::Environment {
 public:
  void SetUp() override {
    use_county_table(shipped_table(), shipped_forms(), shipped_unknown());
  }
};

[[maybe_unused]] const auto* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new ShippedCountyTable);

TEST(CountyTableTest, TheShippedTableHasTheTwentyOneCounties) {
  const auto counties = all_counties();
  ASSERT_EQ(counties.size(), 21u);
  EXPECT_EQ(counties.front().code, "AB");
  EXPECT_EQ(counties[11].name, "Västra Götaland");
  EXPECT_EQ(counties.back().slug, "norrbotten");
}

TEST(CountyTableTest, AnotherTableIsDetectedByItsNames) {
  use_county_table({{"Åland", "AX", "aland"}, {"Nyland", "NY", "nyland"}}, {"* län"},
                   {"Okänd region", "", "okand-region"});
  EXPECT_EQ(unknown_county().name, "Okänd region");
  EXPECT_EQ(unknown_county().slug, "okand-region");
  EXPECT_TRUE(unknown_county().code.empty());
  EXPECT_EQ(all_counties().size(), 2u);
  const County* found = detect_county_in_text("Landskapsregeringen på Åland\n\nÅlands län\n");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->code, "AX");
  EXPECT_EQ(find_county("Nylands län"), &all_counties()[1]);
  EXPECT_EQ(detect_county_in_file_name("nyland-plan.txt"), &all_counties()[1]);
  EXPECT_EQ(find_county("Stockholm"), nullptr);
  use_county_table(shipped_table(), shipped_forms(), shipped_unknown());
  EXPECT_NE(find_county("Stockholm"), nullptr);
  EXPECT_EQ(unknown_county().slug, "okant-lan");
}

TEST(CountyTableTest, TheFormsAreDataThatDecideStrongMentionsAndSpellings) {
  const std::string text = "Vi arbetar i Uppsala och Uppsala.\n\nThe Regional Board of Gotland\n";
  use_county_table(shipped_table(), {}, shipped_unknown());
  EXPECT_EQ(find_county("Länsstyrelsen i Gotlands län"), nullptr) << "no forms: names alone";
  EXPECT_EQ(detect_county_in_text(text)->name, "Uppsala") << "named most often";
  use_county_table(shipped_table(), {"The Regional Board of *", "* County"}, shipped_unknown());
  EXPECT_EQ(detect_county_in_text(text)->name, "Gotland") << "a strong mention decides";
  ASSERT_NE(find_county("Gotland County"), nullptr);
  EXPECT_EQ(find_county("gotland-county")->code, "I");
  EXPECT_EQ(find_county("The Regional Board of Gotland")->code, "I");
  use_county_table(shipped_table(), shipped_forms(), shipped_unknown());
  EXPECT_EQ(find_county("Länsstyrelsen i Gotlands län")->code, "I");
  EXPECT_EQ(find_county("lansstyrelsen-i-gotlands-lan")->code, "I");
  EXPECT_EQ(describe_county_choices(),
            "one of the 21 counties of the codebook (e.g. Stockholm) or its letter code (e.g. AB)");
}

TEST(CountyTableTest, TheSameTableKeepsItsCounties) {
  const County* before = find_county("Skåne");
  use_county_table(shipped_table(), shipped_forms(), shipped_unknown());
  EXPECT_EQ(find_county("Skåne"), before);
}

}  // namespace
}  // namespace goalchain::document
