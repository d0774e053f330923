#include "area_responsibility.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

TEST(AreaResponsibilityTest, ALabelNamesTheAreaByTheHeadingsWordAndShortName) {
  EXPECT_TRUE(label_names_area("Ansvariga för område D", "Område D Prostitution och människohandel"));
  EXPECT_TRUE(label_names_area("Ansvar för insatsområde 2", "4.2 Insatsområde 2 Stöd och skydd"));
  EXPECT_TRUE(label_names_area("Ansvariga för målområdet", "Målområdet"));
  // Another area of the same kind, or a label that names none.
  EXPECT_FALSE(label_names_area("Ansvariga för område D", "Område C Våld i nära relationer"));
  EXPECT_FALSE(label_names_area("Ansvar", "Område D Prostitution"));
  EXPECT_FALSE(label_names_area("Ansvariga aktörer", "Område D Prostitution"));
  EXPECT_FALSE(label_names_area("Område", "Område D Prostitution"));
}

}  // namespace
}  // namespace goalchain::chain
