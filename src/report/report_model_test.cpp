#include "goalchain/report/report_model.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::report {
namespace {

using codebook::Hit;
using document::Document;
using document::Segment;

// goal, goal.prevention, goal.knowledge, actor, actor.police
codebook::Codebook test_codebook() {
  codebook::Codebook book;
  book.name = "test";
  book.title = "Testkodbok";
  book.language = "sv";
  book.path = "codebooks/test.yaml";
  auto add = [&](std::string id, std::string parent, std::vector<std::string> keywords) {
    codebook::Code code;
    code.id = std::move(id);
    code.label = code.id + " (sv)";
    code.parent = std::move(parent);
    code.keywords = std::move(keywords);
    book.codes.push_back(std::move(code));
  };
  add("goal", "", {"mål"});
  add("goal.prevention", "goal", {"förebygga"});
  add("goal.knowledge", "goal", {"kunskap", "kartläggning"});
  add("actor", "", {"aktör"});
  add("actor.police", "actor", {"polis*"});
  return book;
}

constexpr std::uint32_t goal = 0, prevention = 1, knowledge = 2, actor = 3, police = 4;

const document::County* county(std::string_view code) {
  for (const auto& c : document::all_counties()) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

// A hit on the first occurrence (at or after `from`) of `word` in `text`.
Hit hit_on(const std::string& text, std::string_view word, std::uint32_t code,
           std::size_t from = 0) {
  const auto pos = text.find(word, from);
  if (pos == std::string::npos) throw std::logic_error("word not in text: " + std::string(word));
  return Hit{code, 0, static_cast<std::uint32_t>(pos),
             static_cast<std::uint32_t>(pos + word.size())};
}

Segment segment(std::string id, std::string text, std::vector<Hit> hits = {}) {
  Segment s;
  s.id = std::move(id);
  s.text = std::move(text);
  s.hits = std::move(hits);
  return s;
}

Document doc(std::string path, const document::County* c) {
  Document d;
  d.path = std::move(path);
  d.id = d.path;
  d.county = c;
  return d;
}

TEST(ReportModelTest, SortsDocumentsByPathAndGroupsByCountyCodeOrder) {
  const auto book = test_codebook();
  std::vector<Document> docs;
  docs.push_back(doc("z/okand.txt", nullptr));
  docs.push_back(doc("b/varmland.txt", county("S")));
  docs.push_back(doc("c/stockholm-2.txt", county("AB")));
  docs.push_back(doc("a/stockholm-1.txt", county("AB")));
  docs.push_back(doc("a/uppsala.txt", county("C")));
  ASSERT_NE(county("AB"), nullptr);
  ASSERT_NE(county("C"), nullptr);
  ASSERT_NE(county("S"), nullptr);

  const auto model = build_report(std::move(docs), book, "9.9.9");
  EXPECT_EQ(model.tool_version, "9.9.9");
  EXPECT_EQ(model.codebook, &book);

  ASSERT_EQ(model.documents.size(), 5u);
  EXPECT_EQ(model.documents[0].path, "a/stockholm-1.txt");
  EXPECT_EQ(model.documents[1].path, "a/uppsala.txt");
  EXPECT_EQ(model.documents[2].path, "b/varmland.txt");
  EXPECT_EQ(model.documents[3].path, "c/stockholm-2.txt");
  EXPECT_EQ(model.documents[4].path, "z/okand.txt");
  EXPECT_EQ(model.segment_codes.size(), 5u);

  ASSERT_EQ(model.counties.size(), 4u);  // only counties with documents
  EXPECT_EQ(model.counties[0].code, "AB");
  EXPECT_EQ(model.counties[0].name, "Stockholm");
  EXPECT_EQ(model.counties[0].slug, "stockholm");
  EXPECT_EQ(model.counties[0].county, county("AB"));
  EXPECT_EQ(model.counties[0].documents, (std::vector<std::size_t>{0, 3}));
  EXPECT_EQ(model.counties[1].code, "C");
  EXPECT_EQ(model.counties[1].documents, (std::vector<std::size_t>{1}));
  EXPECT_EQ(model.counties[2].code, "S");
  EXPECT_EQ(model.counties[2].name, "Värmland");
  EXPECT_EQ(model.counties[2].documents, (std::vector<std::size_t>{2}));

  const auto& unknown = model.counties[3];
  EXPECT_EQ(unknown.county, nullptr);
  EXPECT_EQ(unknown.name, "Okänt län");
  EXPECT_EQ(unknown.code, "");
  EXPECT_EQ(unknown.slug, "okant-lan");
  EXPECT_EQ(unknown.documents, (std::vector<std::size_t>{4}));
  for (const auto& c : model.counties) EXPECT_EQ(c.code_counts.size(), book.codes.size());
}

TEST(ReportModelTest, NoUnknownGroupWhenEveryCountyIsKnown) {
  const auto book = test_codebook();
  std::vector<Document> docs;
  docs.push_back(doc("gotland.txt", county("I")));
  const auto model = build_report(std::move(docs), book, "1");
  ASSERT_EQ(model.counties.size(), 1u);
  EXPECT_EQ(model.counties[0].code, "I");
  EXPECT_NE(model.counties[0].slug, "okant-lan");
}

TEST(ReportModelTest, EmptyInputGivesNoCounties) {
  const auto book = test_codebook();
  const auto model = build_report({}, book, "1");
  EXPECT_TRUE(model.documents.empty());
  EXPECT_TRUE(model.counties.empty());
  EXPECT_TRUE(model.segment_codes.empty());
}

TEST(ReportModelTest, SegmentCodesOrderedByFirstHitThenCodeIndexWithDistinctTerms) {
  const auto book = test_codebook();
  const std::string text =
      "Polisen ska förebygga sexköp och öka kunskap; polisen och Polisen samverkar.";
  std::vector<Hit> hits;
  // Two codes on the same words: the lower code index comes first.
  hits.push_back(hit_on(text, "Polisen", police));
  hits.push_back(hit_on(text, "Polisen", actor));
  hits.push_back(hit_on(text, "förebygga", prevention));
  hits.push_back(hit_on(text, "kunskap", knowledge));
  hits.push_back(hit_on(text, "polisen", police));
  hits.push_back(hit_on(text, "Polisen", police, 10));

  Document d = doc("a.txt", county("AB"));
  d.segments.push_back(segment("a:1", text, hits));
  d.segments.push_back(segment("a:2", "Inget här."));
  std::vector<Document> docs;
  docs.push_back(std::move(d));
  const auto model = build_report(std::move(docs), book, "1");

  ASSERT_EQ(model.segment_codes.size(), 1u);
  ASSERT_EQ(model.segment_codes[0].size(), 2u);
  EXPECT_TRUE(model.segment_codes[0][1].empty());

  const auto& codes = model.segment_codes[0][0];
  ASSERT_EQ(codes.size(), 4u);
  EXPECT_EQ(codes[0].code, actor);
  EXPECT_EQ(codes[0].terms, (std::vector<std::string>{"Polisen"}));
  EXPECT_EQ(codes[1].code, police);
  // Distinct as written, first occurrence first: "Polisen" twice is one term.
  EXPECT_EQ(codes[1].terms, (std::vector<std::string>{"Polisen", "polisen"}));
  EXPECT_EQ(codes[2].code, prevention);
  EXPECT_EQ(codes[2].terms, (std::vector<std::string>{"förebygga"}));
  EXPECT_EQ(codes[3].code, knowledge);
  EXPECT_EQ(codes[3].terms, (std::vector<std::string>{"kunskap"}));
}

TEST(ReportModelTest, CountsSegmentsHitsAndSegmentsWithChildren) {
  const auto book = test_codebook();
  Document d = doc("stockholm.txt", county("AB"));
  {
    const std::string t = "Förebygga och kunskap, förebygga igen.";
    d.segments.push_back(
        segment("s:1", t,
                {hit_on(t, "Förebygga", prevention), hit_on(t, "kunskap", knowledge),
                 hit_on(t, "förebygga", prevention)}));
  }
  {
    const std::string t = "Målet är kunskap.";
    d.segments.push_back(
        segment("s:2", t, {hit_on(t, "Mål", goal), hit_on(t, "kunskap", knowledge)}));
  }
  d.segments.push_back(segment("s:3", "Okodat stycke."));
  {
    const std::string t = "Polisen.";
    d.segments.push_back(segment("s:4", t, {hit_on(t, "Polisen", police)}));
  }
  Document other = doc("stockholm-2.txt", county("AB"));
  {
    const std::string t = "Kunskap om kartläggning.";
    other.segments.push_back(
        segment("t:1", t, {hit_on(t, "Kunskap", knowledge), hit_on(t, "kartläggning", knowledge)}));
  }
  other.segments.push_back(segment("t:2", "Okodat."));
  Document elsewhere = doc("uppsala.txt", county("C"));
  {
    const std::string t = "Polisen.";
    elsewhere.segments.push_back(segment("u:1", t, {hit_on(t, "Polisen", police)}));
  }

  std::vector<Document> docs;
  docs.push_back(std::move(d));
  docs.push_back(std::move(other));
  docs.push_back(std::move(elsewhere));
  const auto model = build_report(std::move(docs), book, "1");

  ASSERT_EQ(model.counties.size(), 2u);
  const auto& sthlm = model.counties[0];
  EXPECT_EQ(sthlm.code, "AB");
  EXPECT_EQ(sthlm.segments, 6);
  EXPECT_EQ(sthlm.coded_segments, 4);

  const auto& cc = sthlm.code_counts;
  ASSERT_EQ(cc.size(), 5u);
  EXPECT_EQ(cc[goal].segments, 1);
  EXPECT_EQ(cc[goal].hits, 1);
  // goal itself in s:2; children in s:1, s:2 (once), t:1.
  EXPECT_EQ(cc[goal].segments_with_children, 3);
  EXPECT_EQ(cc[prevention].segments, 1);
  EXPECT_EQ(cc[prevention].hits, 2);
  EXPECT_EQ(cc[prevention].segments_with_children, 1);
  EXPECT_EQ(cc[knowledge].segments, 3);
  EXPECT_EQ(cc[knowledge].hits, 4);
  EXPECT_EQ(cc[knowledge].segments_with_children, 3);
  EXPECT_EQ(cc[actor].segments, 0);
  EXPECT_EQ(cc[actor].hits, 0);
  EXPECT_EQ(cc[actor].segments_with_children, 1);
  EXPECT_EQ(cc[police].segments, 1);
  EXPECT_EQ(cc[police].hits, 1);
  EXPECT_EQ(cc[police].segments_with_children, 1);

  const auto& upps = model.counties[1];
  EXPECT_EQ(upps.code, "C");
  EXPECT_EQ(upps.segments, 1);
  EXPECT_EQ(upps.coded_segments, 1);
  EXPECT_EQ(upps.code_counts[police].hits, 1);
  EXPECT_EQ(upps.code_counts[actor].segments_with_children, 1);
  EXPECT_EQ(upps.code_counts[goal].segments_with_children, 0);
}

// Three Stockholm and Uppsala plans with codes, named out of path order.
std::vector<DocumentReport> coded_reports(const codebook::Codebook& book) {
  std::vector<Document> docs;
  docs.push_back(doc("c/uppsala.txt", county("C")));
  docs.push_back(doc("a/stockholm.txt", county("AB")));
  docs.push_back(doc("b/stockholm.txt", county("AB")));
  const std::string t = "Polisen ska förebygga och öka kunskap.";
  for (auto& d : docs) {
    d.segments.push_back(segment(d.id + ":1", t,
                                 {hit_on(t, "Polisen", police), hit_on(t, "förebygga", prevention),
                                  hit_on(t, "kunskap", knowledge)}));
    d.segments.push_back(segment(d.id + ":2", "Okodat."));
  }
  docs[1].segments.push_back(segment("a:3", t, {hit_on(t, "Polisen", police)}));
  docs[2].period = {2020, 2022};
  std::vector<DocumentReport> reports;
  for (auto& d : docs) reports.push_back(analyze_document(std::move(d), book));
  return reports;
}

TEST(ReportModelTest, BuilderFoldsDocumentsInAnyOrderIntoTheModelOfAllOfThem) {
  const auto book = test_codebook();
  const ReportModel whole = assemble_report(coded_reports(book), book, "1");
  ASSERT_EQ(whole.documents.size(), 3u);
  EXPECT_EQ(whole.document_facts[0].path, "a/stockholm.txt");
  EXPECT_EQ(whole.document_facts[0].segments, 3);
  EXPECT_EQ(whole.document_facts[0].coded_segments, 2);
  EXPECT_EQ(whole.document_facts[1].period.from, 2020);
  const std::size_t n = book.codes.size();
  EXPECT_EQ(whole.cooccurrence[police * n + police], 4);
  EXPECT_EQ(whole.cooccurrence[police * n + prevention], 3);
  EXPECT_EQ(whole.cooccurrence[prevention * n + police], 3);
  EXPECT_EQ(whole.cooccurrence[goal * n + goal], 0);

  for (const bool keep : {false, true}) {
    auto reports = coded_reports(book);
    ReportBuilder builder(book, "1", keep);
    for (auto it = reports.rbegin(); it != reports.rend(); ++it) builder.add(std::move(*it));
    const ReportModel model = builder.finish();
    EXPECT_EQ(model.documents.size(), keep ? 3u : 0u);
    if (keep) {
      for (std::size_t d = 0; d < 3; ++d) EXPECT_EQ(model.documents[d].path, whole.documents[d].path);
      EXPECT_EQ(model.segment_codes.size(), 3u);
      EXPECT_EQ(model.chains.size(), 3u);
    }
    ASSERT_EQ(model.document_facts.size(), 3u);
    for (std::size_t d = 0; d < 3; ++d) {
      EXPECT_EQ(model.document_facts[d].path, whole.document_facts[d].path);
      EXPECT_EQ(model.document_facts[d].coded_segments, whole.document_facts[d].coded_segments);
    }
    EXPECT_EQ(model.cooccurrence, whole.cooccurrence);
    ASSERT_EQ(model.counties.size(), whole.counties.size());
    for (std::size_t c = 0; c < model.counties.size(); ++c) {
      EXPECT_EQ(model.counties[c].slug, whole.counties[c].slug);
      EXPECT_EQ(model.counties[c].documents, whole.counties[c].documents) << keep;
      EXPECT_EQ(model.counties[c].segments, whole.counties[c].segments);
      EXPECT_EQ(model.counties[c].coded_segments, whole.counties[c].coded_segments);
      EXPECT_EQ(model.counties[c].profile.pmh_segments, whole.counties[c].profile.pmh_segments);
      for (std::size_t k = 0; k < n; ++k) {
        EXPECT_EQ(model.counties[c].code_counts[k].hits, whole.counties[c].code_counts[k].hits);
        EXPECT_EQ(model.counties[c].code_counts[k].segments_with_children,
                  whole.counties[c].code_counts[k].segments_with_children);
      }
    }
  }
  EXPECT_EQ(whole.counties[0].documents, (std::vector<std::size_t>{0, 1}));  // Stockholm
}

TEST(ReportModelTest, RejectsHitsOutsideTextOrCodebook) {
  const auto book = test_codebook();
  {
    Document d = doc("a.txt", nullptr);
    d.segments.push_back(segment("a:1", "kort", {Hit{police, 0, 2, 99}}));
    std::vector<Document> docs;
    docs.push_back(std::move(d));
    EXPECT_THROW(build_report(std::move(docs), book, "1"), std::invalid_argument);
  }
  {
    Document d = doc("a.txt", nullptr);
    d.segments.push_back(segment("a:1", "kort", {Hit{99, 0, 0, 2}}));
    std::vector<Document> docs;
    docs.push_back(std::move(d));
    EXPECT_THROW(build_report(std::move(docs), book, "1"), std::invalid_argument);
  }
}

}  // namespace
}  // namespace goalchain::report
