#include "goalchain/util/name_uuid.h"

#include <gtest/gtest.h>

namespace goalchain::util {
namespace {

TEST(NameUuidTest, MatchesPythonUuid5InTheUrlNamespace) {
  // uuid.uuid5(uuid.NAMESPACE_URL, "python.org") and ("goalchain:pmh-sv/pmh").
  EXPECT_EQ(derive_name_uuid("python.org"), "7af94e2b-4dd9-50f0-9c9a-8a48519bdef0");
  EXPECT_EQ(derive_name_uuid("goalchain:pmh-sv/pmh"), "df5f6d59-08e6-54bd-93b4-a11400228f10");
  EXPECT_NE(derive_name_uuid("a"), derive_name_uuid("b"));
}

}  // namespace
}  // namespace goalchain::util
