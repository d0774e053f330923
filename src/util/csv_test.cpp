#include "goalchain/util/csv.h"

#include <gtest/gtest.h>

namespace goalchain::util {
namespace {

TEST(CsvTest, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_text("polisen"), "polisen");
  EXPECT_EQ(csv_text("a, b"), "\"a, b\"");
  EXPECT_EQ(csv_text("säger \"nej\""), "\"säger \"\"nej\"\"\"");
  EXPECT_EQ(csv_text("rad 1\nrad 2"), "\"rad 1\nrad 2\"");
  EXPECT_EQ(csv_text(""), "");
}

TEST(CsvTest, NeutralisesFormulaLookingText) {
  EXPECT_EQ(csv_text("=SUM(A1:A2)"), "'=SUM(A1:A2)");
  EXPECT_EQ(csv_text("+46 8 123"), "'+46 8 123");
  EXPECT_EQ(csv_text("-uppföljning"), "'-uppföljning");
  EXPECT_EQ(csv_text("@polis"), "'@polis");
  EXPECT_EQ(csv_text("=A1,B1"), "\"'=A1,B1\"");
  EXPECT_EQ(csv_text("mål = indikator"), "mål = indikator");
}

TEST(CsvTest, NumbersStayNumbers) {
  EXPECT_EQ(csv_number("-0.750"), "-0.750");
  EXPECT_EQ(csv_row({csv_text("pmh"), csv_number("0.4"), csv_number("")}), "pmh,0.4,\r\n");
}

}  // namespace
}  // namespace goalchain::util
