#include "goalchain/writer/kwic_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace goalchain::writer {
namespace {

report::KwicRow row(std::string document, std::string pre, std::string keyword, std::string post) {
  report::KwicRow r;
  r.document = std::move(document);
  r.path = "plans/" + r.document + ".txt";
  r.segment = r.document + ":4";
  r.page = 2;
  r.line = 31;
  r.from = 7;
  r.to = 8;
  r.pre = std::move(pre);
  r.keyword = std::move(keyword);
  r.post = std::move(post);
  r.code = "pmh";
  r.pattern = "människohandel*";
  return r;
}

TEST(KwicWriterTest, TableAlignsTheKeywordColumn) {
  const std::vector<report::KwicRow> rows = {
      row("gotland", "arbetet mot", "människohandel", "för sexuella ändamål"),
      row("örebro-län", "", "Sexköp", "")};
  EXPECT_EQ(
      render_kwic_table(rows),
      "document    page  line  from  to          pre | keyword        | post\n"
      "gotland        2    31     7   8  arbetet mot | människohandel | för sexuella ändamål\n"
      "örebro-län     2    31     7   8              | Sexköp         |\n");
}

TEST(KwicWriterTest, TableCutsLongContextButNeverDocumentNames) {
  const std::string long_pre =
      "ett två tre fyra fem sex sju åtta nio tio elva tolv";  // 51 characters
  const std::string long_post =
      "alfa beta gamma delta epsilon zeta eta theta iota kappa";  // 55 characters
  const auto table = render_kwic_table(
      {row("vastra-gotaland-regional-strategi-2017", long_pre, "mål", long_post)});
  EXPECT_NE(table.find("\nvastra-gotaland-regional-strategi-2017  "), std::string::npos);
  EXPECT_EQ(table.find("st…"), std::string::npos);
  EXPECT_NE(table.find("  …fyra fem sex sju åtta nio tio elva tolv | mål     | alfa beta gamma "
                       "delta epsilon zeta eta…\n"),
            std::string::npos);
}

TEST(KwicWriterTest, TableOfNoRowsIsTheHeader) {
  EXPECT_EQ(render_kwic_table({}), "document  page  line  from  to  pre | keyword | post\n");
}

TEST(KwicWriterTest, CsvQuotesWhereNeeded) {
  const auto csv = render_kwic_csv({row("gotland", "sa \"nej\", sen", "mål", " x")});
  EXPECT_EQ(csv,
            "document,path,segment,page,line,from,to,pre,keyword,post,code,pattern\n"
            "gotland,plans/gotland.txt,gotland:4,2,31,7,8,\"sa \"\"nej\"\", sen\",mål,\" "
            "x\",pmh,människohandel*\n");
}

TEST(KwicWriterTest, JsonHasTheQueryAndEveryField) {
  const auto text =
      render_kwic_json({row("gotland", "mot", "människohandel", "för")}, {"pmh-sv", "pmh", "", 5});
  const auto json = nlohmann::json::parse(text);
  EXPECT_EQ(json["codebook"], "pmh-sv");
  EXPECT_EQ(json["code"], "pmh");
  EXPECT_FALSE(json.contains("pattern"));
  EXPECT_EQ(json["window"], 5);
  ASSERT_EQ(json["hits"].size(), 1u);
  const auto& hit = json["hits"][0];
  EXPECT_EQ(hit["document"], "gotland");
  EXPECT_EQ(hit["path"], "plans/gotland.txt");
  EXPECT_EQ(hit["segment"], "gotland:4");
  EXPECT_EQ(hit["page"], 2);
  EXPECT_EQ(hit["line"], 31);
  EXPECT_EQ(hit["from"], 7);
  EXPECT_EQ(hit["to"], 8);
  EXPECT_EQ(hit["pre"], "mot");
  EXPECT_EQ(hit["keyword"], "människohandel");
  EXPECT_EQ(hit["post"], "för");
  EXPECT_EQ(hit["code"], "pmh");
  EXPECT_EQ(hit["pattern"], "människohandel*");
  EXPECT_EQ(text.back(), '\n');
  const auto by_pattern =
      nlohmann::json::parse(render_kwic_json({}, {"pattern", "", "sexköp*", 3}));
  EXPECT_EQ(by_pattern["pattern"], "sexköp*");
  EXPECT_FALSE(by_pattern.contains("code"));
  EXPECT_TRUE(by_pattern["hits"].empty());
}

TEST(KwicWriterTest, TermTotalsAsTableCsvAndJson) {
  const std::vector<report::KwicTermTotal> totals = {{"sexköp", "pmh", 12, 3, 1},
                                                     {"människohandel", "pmh", 4, 2, 2}};
  EXPECT_EQ(render_kwic_term_totals(totals, "table"),
            "term            code  hits  documents  rank\n"
            "sexköp          pmh     12          3     1\n"
            "människohandel  pmh      4          2     2\n");
  EXPECT_EQ(render_kwic_term_totals(totals, "csv"),
            "term,code,hits,documents,rank\nsexköp,pmh,12,3,1\nmänniskohandel,pmh,4,2,2\n");
  const auto json = nlohmann::json::parse(render_kwic_term_totals(totals, "json"));
  ASSERT_EQ(json.size(), 2u);
  EXPECT_EQ(json[1]["term"], "människohandel");
  EXPECT_EQ(json[1]["hits"], 4);
  EXPECT_EQ(json[1]["rank"], 2);
}

TEST(KwicWriterTest, DocumentTotalsKeepWholeNames) {
  const std::vector<report::KwicDocumentTotal> totals = {
      {"vastra-gotaland-regional-strategi-2017-2020", "plans/vg.txt", 7, 2}};
  EXPECT_EQ(render_kwic_document_totals(totals, "table"),
            "document                                     path          hits  terms\n"
            "vastra-gotaland-regional-strategi-2017-2020  plans/vg.txt     7      2\n");
}

}  // namespace
}  // namespace goalchain::writer
