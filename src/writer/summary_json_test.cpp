#include "goalchain/writer/summary_json.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace goalchain::writer {
namespace {

// A codebook asking two questions, and one Gotland document that names PMH.
struct Fixture {
  codebook::Codebook book;
  report::ReportModel model;
  Fixture() {
    book.name = "t";
    codebook::Code pmh;
    pmh.id = "pmh";
    pmh.label = "PMH";
    book.codes.push_back(pmh);
    codebook::ProfileRules profile;
    profile.topic = "pmh";
    profile.questions = {{"pmh_mentioned", "PMH nämns", "", 0, 0},
                         {"intersectional", "Intersektionell", "", 0, 0}};
    book.profile = profile;
    document::Document doc;
    doc.path = "gotland.txt";
    doc.id = "gotland";
    for (const auto& c : document::all_counties()) {
      if (c.code == "I") doc.county = &c;
    }
    document::Segment segment;
    segment.id = "gotland:1";
    segment.text = "Prostitution";
    segment.hits = {codebook::Hit{0, 0, 0, 12}};
    doc.segments = {segment};
    std::vector<document::Document> docs;
    docs.push_back(std::move(doc));
    model = report::build_report(std::move(docs), book, "9.9");
  }
};

TEST(SummaryJsonTest, QuestionsForEveryCountyWithNullWhereUnknown) {
  const Fixture f;
  const std::string json = render_summary_json(f.model);
  EXPECT_TRUE(json.starts_with("{\n  \"goalchain\": {\"version\": \"9.9\", \"summary_format\": 1},\n"))
      << json.substr(0, 200);
  EXPECT_NE(json.find("{\"county_code\": \"I\", \"county\": \"Gotland\", \"slug\": \"gotland\", "
                      "\"documents\": 1, \"has_plan\": true, \"pmh_mentioned\": true, "
                      "\"intersectional\": null}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("{\"county_code\": \"C\", \"county\": \"Uppsala\", \"slug\": \"uppsala\", "
                      "\"documents\": 0, \"has_plan\": false, \"pmh_mentioned\": null, "
                      "\"intersectional\": null}"),
            std::string::npos);
  EXPECT_NE(json.find("\"pmh_mentioned\": {\"county\": \"gotland\", \"sheet\": \"codes\", "
                      "\"code\": \"pmh\"}"),
            std::string::npos);
  for (const char* table : {"\"county_codes\"", "\"national_goals\"", "\"completeness\"",
                            "\"cooccurrence\"", "\"trend\"", "\"documents\""}) {
    EXPECT_NE(json.find(table), std::string::npos) << table;
  }
  EXPECT_EQ(json.back(), '\n');
  EXPECT_EQ(json, render_summary_json(f.model));
}

TEST(SummaryJsonTest, ModelWithoutCodebookIsRejected) {
  report::ReportModel model;
  EXPECT_THROW(render_summary_json(model), std::invalid_argument);
}

}  // namespace
}  // namespace goalchain::writer
