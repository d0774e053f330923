#include "goalchain/writer/csv_writer.h"

#include <gtest/gtest.h>

namespace goalchain::writer {
namespace {

report::ReportTable small_table() {
  report::ReportTable table;
  table.columns = {"id", "text", "count", "complete", "unknown"};
  table.rows.push_back({std::string("a:1"), std::string("Polisen, åklagare \"m.fl.\""), 3LL,
                        true, std::monostate{}});
  table.rows.push_back({std::string("a:2"), std::string("=HYPERLINK(\"http://x\")"), -1LL,
                        false, std::string("rad 1\nrad 2")});
  return table;
}

TEST(CsvWriterTest, QuotesNeutralisesAndEndsLinesWithCrLf) {
  const std::string csv = render_table_csv(small_table(), false);
  EXPECT_EQ(csv,
            "id,text,count,complete,unknown\r\n"
            "a:1,\"Polisen, åklagare \"\"m.fl.\"\"\",3,true,\r\n"
            "a:2,\"'=HYPERLINK(\"\"http://x\"\")\",-1,false,\"rad 1\nrad 2\"\r\n");
}

TEST(CsvWriterTest, ByteOrderMarkOnlyWhenAskedFor) {
  const std::string with = render_table_csv(small_table(), true);
  ASSERT_GE(with.size(), 3u);
  EXPECT_EQ(with.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(with.substr(3), render_table_csv(small_table(), false));
  report::ReportTable empty;
  empty.columns = {"x"};
  EXPECT_EQ(render_table_csv(empty, false), "x\r\n");
}

TEST(CsvWriterTest, SemicolonSeparatorQuotesSemicolonsNotCommas) {
  report::ReportTable table;
  table.columns = {"id", "text"};
  table.rows.push_back({std::string("a;1"), std::string("Polisen, åklagare")});
  EXPECT_EQ(render_table_csv(table, false, ';'), "id;text\r\n\"a;1\";Polisen, åklagare\r\n");
}

TEST(CsvWriterTest, SharesHaveFourDecimalsAndAPoint) {
  report::ReportTable table;
  table.columns = {"complete_pct"};
  table.rows.push_back({report::TableValue(std::in_place_type<double>, 1.0 / 3.0)});
  table.rows.push_back({report::TableValue(std::in_place_type<double>, 1.0)});
  EXPECT_EQ(render_table_csv(table, false, ';'), "complete_pct\r\n0.3333\r\n1.0000\r\n");
}

}  // namespace
}  // namespace goalchain::writer
