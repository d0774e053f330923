#include "goalchain/report/summary_tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::report {
namespace {

// Codes pmh, actor, actor.police, target.women; a profile whose questions ask
// whether PMH is mentioned, about the internet (a code) and the street (none),
// prevalence mapping (a code the codebook lacks) and complete chains.
codebook::Codebook test_codebook() {
  codebook::Codebook book;
  book.name = "test";
  for (const char* id : {"pmh", "actor", "actor.police", "target.women"}) {
    codebook::Code code;
    code.id = id;
    code.label = std::string("label of ") + id;
    if (std::string(id) == "actor.police") code.parent = "actor";
    book.codes.push_back(std::move(code));
  }
  codebook::ProfileRules profile;
  profile.topic = "pmh";
  profile.actors = "actor";
  profile.prevalence_mapping = "activity_type.prevalence_mapping";
  profile.places = {{"internet", "pmh"}, {"street", ""}};
  for (const char* answer : {"pmh_mentioned", "place.internet", "place.street",
                             "prevalence_mapping", "actors", "complete_chains"}) {
    profile.questions.push_back({answer, answer, "", 0, 0});
  }
  book.profile = profile;
  return book;
}

document::Document make_document(std::string path, std::string_view county_code, int from,
                                  int to) {
  document::Document doc;
  doc.path = path;
  doc.id = path;
  doc.period = {from, to};
  for (const auto& c : document::all_counties()) {
    if (c.code == county_code) doc.county = &c;
  }
  document::Segment plain;
  plain.id = path + ":1";
  plain.text = "Inledning.";
  document::Segment coded;
  coded.id = path + ":2";
  coded.text = "Polisen ska motverka sexköp.";
  coded.hits = {codebook::Hit{2, 0, 0, 7}, codebook::Hit{0, 0, 21, 28}};
  doc.segments = {plain, coded};
  return doc;
}

chain::Chain make_chain(bool complete, bool indicator) {
  chain::Chain chain;
  chain.id = "c";
  chain.complete = complete;
  chain.elements.goal = true;
  chain.elements.indicator = indicator;
  chain.elements.responsibility = true;
  chain.national_goals = {3};
  return chain;
}

// Two Stockholm plans of different periods and one Skåne plan; chains put
// in by hand, the profiles recomputed from them.
ReportModel test_model(const codebook::Codebook& book) {
  std::vector<document::Document> docs;
  docs.push_back(make_document("a-stockholm-2017.txt", "AB", 2017, 2019));
  docs.push_back(make_document("b-stockholm-2020.txt", "AB", 2020, 2022));
  docs.push_back(make_document("c-skane-2020.txt", "M", 2020, 2022));
  ReportModel model = build_report(std::move(docs), book, "1.0");
  model.chains = {{make_chain(true, true)}, {make_chain(false, false), make_chain(false, true)}, {}};
  for (std::size_t d = 0; d < model.documents.size(); ++d) {
    model.document_facts[d] =
        summarize_document(model.documents[d], model.segment_codes[d], model.chains[d]);
  }
  for (auto& county : model.counties) {
    county.profile = build_county_profile(model.documents, model.chains, county.documents, book,
                                          *book.profile);
  }
  return model;
}

std::size_t column(const ReportTable& table, const std::string& id) {
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i] == id) return i;
  }
  ADD_FAILURE() << "no column " << id;
  return 0;
}

const std::vector<TableValue>& row_of(const ReportTable& table, const std::string& county_code) {
  const std::size_t code = column(table, "county_code");
  for (const auto& row : table.rows) {
    if (const auto* s = std::get_if<std::string>(&row[code]); s && *s == county_code) return row;
  }
  ADD_FAILURE() << "no row " << county_code;
  return table.rows.front();
}

TEST(SummaryTablesTest, QuestionsHaveARowForEveryCountyWithOrWithoutAPlan) {
  const auto book = test_codebook();
  const auto table = tabulate_questions(test_model(book));
  ASSERT_EQ(table.rows.size(), document::all_counties().size());
  ASSERT_EQ(table.sources.size(), table.rows.size());
  EXPECT_EQ(table.columns,
            (std::vector<std::string>{"county_code", "county", "slug", "documents", "has_plan",
                                      "pmh_mentioned", "place.internet", "place.street",
                                      "prevalence_mapping", "actors", "actors_labels",
                                      "complete_chains"}));
  const auto& stockholm = row_of(table, "AB");
  EXPECT_EQ(std::get<bool>(stockholm[column(table, "has_plan")]), true);
  EXPECT_EQ(std::get<long long>(stockholm[column(table, "documents")]), 2);
  EXPECT_EQ(std::get<bool>(stockholm[column(table, "pmh_mentioned")]), true);
  EXPECT_EQ(std::get<bool>(stockholm[column(table, "place.internet")]), true);
  // No code for the street, and a code the codebook lacks: unknown.
  EXPECT_TRUE(std::holds_alternative<std::monostate>(stockholm[column(table, "place.street")]));
  EXPECT_TRUE(
      std::holds_alternative<std::monostate>(stockholm[column(table, "prevalence_mapping")]));
  EXPECT_EQ(std::get<std::string>(stockholm[column(table, "actors")]), "actor.police");
  EXPECT_EQ(std::get<std::string>(stockholm[column(table, "actors_labels")]),
            "label of actor.police");
  EXPECT_EQ(std::get<long long>(stockholm[column(table, "complete_chains")]), 1);

  const auto& uppsala = row_of(table, "C");
  EXPECT_EQ(std::get<bool>(uppsala[column(table, "has_plan")]), false);
  EXPECT_EQ(std::get<long long>(uppsala[column(table, "documents")]), 0);
  for (std::size_t c = column(table, "pmh_mentioned"); c < uppsala.size(); ++c) {
    EXPECT_TRUE(std::holds_alternative<std::monostate>(uppsala[c])) << table.columns[c];
  }
}

TEST(SummaryTablesTest, EveryAnswerAQuestionCanNameHasAValue) {
  auto book = test_codebook();
  book.profile->questions.clear();
  for (const auto& answer : codebook::profile_answer_names(*book.profile)) {
    book.profile->questions.push_back({answer, answer, "", 0, 0});
  }
  ReportModel model = test_model(book);
  CountyProfile& p = model.counties.at(0).profile;
  p.problem_covers_sex_buyers = p.intersectional = p.prevalence_mapping = true;
  p.cooperation_local = p.cooperation_regional = p.cooperation_between_counties = true;
  p.target_groups = {"target.women"};
  p.places = {{"internet", true}, {"street", false}};
  const auto table = tabulate_questions(model);
  const auto& stockholm = row_of(table, "AB");
  for (const auto& question : book.profile->questions) {
    EXPECT_FALSE(std::holds_alternative<std::monostate>(stockholm[column(table, question.answer)]))
        << question.answer;
  }
}

TEST(SummaryTablesTest, QuestionSourcesNameTheSheetAndRowThatListWhatWasCounted) {
  const auto book = test_codebook();
  const auto table = tabulate_questions(test_model(book));
  const auto& row = table.sources.at(0);  // Stockholm, first in letter-code order
  ASSERT_EQ(row.size(), table.columns.size());
  EXPECT_EQ(row[column(table, "pmh_mentioned")], (CountSource{"stockholm", "codes", "pmh"}));
  EXPECT_EQ(row[column(table, "complete_chains")], (CountSource{"stockholm", "chains", ""}));
  EXPECT_FALSE(row[column(table, "place.street")].has_value());
  EXPECT_FALSE(row[column(table, "county")].has_value());
  // A county without a document has no workbook to point at.
  for (const auto& source : table.sources.at(1)) EXPECT_FALSE(source.has_value());
}

TEST(SummaryTablesTest, CountyCodesCountSegmentsWithTheCodeOrBelow) {
  const auto book = test_codebook();
  const auto table = tabulate_county_codes(test_model(book));
  ASSERT_EQ(table.rows.size(), 2u);
  ASSERT_EQ(table.column_codes.size(), table.columns.size());
  EXPECT_EQ(table.column_codes[column(table, "actor")], 1u);
  EXPECT_FALSE(table.column_codes[column(table, "segments")].has_value());
  const auto& stockholm = table.rows[0];
  EXPECT_EQ(std::get<long long>(stockholm[column(table, "documents")]), 2);
  EXPECT_EQ(std::get<long long>(stockholm[column(table, "actor")]), 2);  // via actor.police
  EXPECT_EQ(std::get<long long>(stockholm[column(table, "target.women")]), 0);
  EXPECT_EQ(table.sources[0][column(table, "actor")], (CountSource{"stockholm", "codes", "actor"}));
  const auto subcodes = tabulate_county_subcodes(test_model(book), "actor");
  EXPECT_EQ(subcodes.columns, (std::vector<std::string>{"county", "county_code", "actor.police"}));
}

TEST(SummaryTablesTest, CompletenessSharesAreOfGoalsAndChains) {
  const auto book = test_codebook();
  const auto table = tabulate_completeness(test_model(book));
  const auto& stockholm = table.rows[0];
  EXPECT_EQ(std::get<long long>(stockholm[column(table, "chains")]), 3);
  EXPECT_EQ(std::get<long long>(stockholm[column(table, "goals")]), 3);
  EXPECT_DOUBLE_EQ(std::get<double>(stockholm[column(table, "with_indicator_pct")]), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(std::get<double>(stockholm[column(table, "complete_pct")]), 1.0 / 3.0);
  EXPECT_EQ(std::get<long long>(stockholm[column(table, "incomplete_chains")]), 2);
  const auto& skane = table.rows[1];  // no chains: 0 %, not a division by zero
  EXPECT_DOUBLE_EQ(std::get<double>(skane[column(table, "complete_pct")]), 0.0);
  const auto goals = tabulate_national_goals(test_model(book));
  EXPECT_EQ(std::get<long long>(goals.rows[0][column(goals, "national_goal_3")]), 3);
}

TEST(SummaryTablesTest, CooccurrenceCountsSegmentsWithBothCodes) {
  const auto book = test_codebook();
  const auto table = tabulate_cooccurrence(test_model(book));
  // pmh and actor.police occur (once per document); actor and target.women never.
  EXPECT_EQ(table.columns,
            (std::vector<std::string>{"code", "label", "pmh", "actor.police"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(std::get<std::string>(table.rows[0][1]), "label of pmh");
  EXPECT_EQ(std::get<long long>(table.rows[0][2]), 3);
  EXPECT_EQ(std::get<long long>(table.rows[0][3]), 3);
  EXPECT_EQ(table.row_codes, (std::vector<std::optional<std::size_t>>{0u, 2u}));
}

TEST(SummaryTablesTest, TrendListsCountiesWithTwoPeriods) {
  const auto book = test_codebook();
  const auto table = tabulate_trend(test_model(book));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(std::get<std::string>(table.rows[0][column(table, "period")]), "2017–2019");
  EXPECT_EQ(std::get<long long>(table.rows[1][column(table, "chains")]), 2);
  const auto documents = tabulate_documents(test_model(book));
  ASSERT_EQ(documents.rows.size(), 3u);
  EXPECT_EQ(std::get<long long>(documents.rows[1][column(documents, "coded_segments")]), 1);
}

TEST(SummaryTablesTest, SummaryListsEveryTableByItsName) {
  const auto book = test_codebook();
  const auto model = test_model(book);
  std::vector<std::string> names;
  for (const auto& named : tabulate_summary(model)) names.push_back(named.name);
  EXPECT_EQ(names, (std::vector<std::string>{"questions", "county_codes", "national_goals",
                                             "completeness", "cooccurrence", "trend",
                                             "documents"}));
  EXPECT_EQ(tabulate_summary(model).front().table.columns, tabulate_questions(model).columns);
}

TEST(SummaryTablesTest, CodesOfACountyPerDocument) {
  const auto book = test_codebook();
  const auto model = test_model(book);
  const auto table = tabulate_county_code_counts(model, model.counties[0]);
  EXPECT_EQ(table.columns,
            (std::vector<std::string>{"code", "label", "a-stockholm-2017.txt",
                                      "b-stockholm-2020.txt", "total", "hits",
                                      "segments_with_children"}));
  ASSERT_EQ(table.rows.size(), 4u);
  EXPECT_EQ(std::get<long long>(table.rows[1][column(table, "segments_with_children")]), 2);
  EXPECT_EQ(std::get<long long>(table.rows[2][column(table, "total")]), 2);
}

}  // namespace
}  // namespace goalchain::report
