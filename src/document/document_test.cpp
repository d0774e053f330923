#include "goalchain/document/document.h"

#include <gtest/gtest.h>

namespace goalchain::document {
namespace {

TEST(DocumentTest, SegmentKindNames) {
  EXPECT_EQ(to_string(SegmentKind::heading), "heading");
  EXPECT_EQ(to_string(SegmentKind::paragraph), "paragraph");
  EXPECT_EQ(to_string(SegmentKind::list_item), "list_item");
}

TEST(DocumentTest, DocumentTypeNames) {
  EXPECT_EQ(to_string(DocumentType::strategi), "strategi");
  EXPECT_EQ(to_string(DocumentType::handlingsplan), "handlingsplan");
  EXPECT_EQ(to_string(DocumentType::slutredovisning), "slutredovisning");
  EXPECT_EQ(to_string(DocumentType::lagesrapport), "lägesrapport");
  EXPECT_EQ(to_string(DocumentType::annat), "annat");
}

TEST(DocumentTest, PeriodUsesAnEnDash) {
  EXPECT_EQ(to_string(Period{2017, 2020}), "2017\u20132020");
  EXPECT_NE(to_string(Period{2017, 2020}), "2017-2020");
}

TEST(DocumentTest, SingleYearAndUnknownPeriods) {
  EXPECT_EQ(to_string(Period{2020, 2020}), "2020");
  EXPECT_EQ(to_string(Period{}), "");
  EXPECT_FALSE(Period{}.known());
  EXPECT_TRUE((Period{2020, 2020}.known()));
}

TEST(DocumentTest, DefaultsAreUnknown) {
  const Document document;
  EXPECT_EQ(document.county, nullptr);
  EXPECT_EQ(document.type, DocumentType::annat);
  EXPECT_EQ(document.encoding, "utf-8");
  EXPECT_FALSE(document.period.known());
}

}  // namespace
}  // namespace goalchain::document
