#include "goalchain/document/county_table.h"

#include "goalchain/document/county.h"
#include "goalchain/util/atomic_file.h"

#include <gtest/gtest.h>

namespace goalchain::document {
namespace {

std::vector<codebook::CountyEntry> shipped_table() {
  const std::string path = GOALCHAIN_SOURCE_DIR "/codebooks/pmh-sv.yaml";
  return codebook::parse_county_table(util::read_file(path), path).value();
}

// Every unit test reads documents with the shipped county table, as the
// program does with pmh-sv.
class ShippedCountyTable : public ::testing::Environment {
 public:
  void SetUp() override { use_county_table(shipped_table()); }
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
  use_county_table({{"Åland", "AX", "aland"}, {"Nyland", "NY", "nyland"}});
  EXPECT_EQ(all_counties().size(), 2u);
  const County* found = detect_county_in_text("Landskapsregeringen på Åland\n\nÅlands län\n");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->code, "AX");
  EXPECT_EQ(find_county("Nylands län"), &all_counties()[1]);
  EXPECT_EQ(detect_county_in_file_name("nyland-plan.txt"), &all_counties()[1]);
  EXPECT_EQ(find_county("Stockholm"), nullptr);
  use_county_table(shipped_table());
  EXPECT_NE(find_county("Stockholm"), nullptr);
}

TEST(CountyTableTest, TheSameTableKeepsItsCounties) {
  const County* before = find_county("Skåne");
  use_county_table(shipped_table());
  EXPECT_EQ(find_county("Skåne"), before);
}

}  // namespace
}  // namespace goalchain::document
