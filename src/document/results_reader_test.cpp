#include "goalchain/document/results_reader.h"

#include "goalchain/codebook/hit_sources.h"
#include "goalchain/report/report_model.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/writer/json_writer.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

codebook::Codebook test_codebook() {
  codebook::Codebook book;
  book.name = "pmh";
  for (const auto& [id, keyword] : std::vector<std::pair<std::string, std::string>>{
           {"actor.police", "polis*"}, {"pmh", "sexköp*"}}) {
    codebook::Code code;
    code.id = id;
    code.label = id;
    code.keywords = {keyword};
    book.codes.push_back(std::move(code));
  }
  return book;
}

codebook::Hit hit_on(const std::string& text, const std::string& word, std::uint32_t code) {
  const auto at = static_cast<std::uint32_t>(text.find(word));
  return codebook::Hit{code, 0, at, at + static_cast<std::uint32_t>(word.size())};
}

// A plan with a heading, a coded paragraph in a section, and a YAML-like
// parent: what format 3 refers to by position.
Document coded_plan() {
  Document doc;
  doc.id = "plan";
  doc.path = "in/plan.txt";
  doc.type = DocumentType::handlingsplan;
  doc.period = {2020, 2022};
  doc.title = "Handlingsplan";
  doc.sha256 = "ab";
  Segment heading;
  heading.id = "plan:1";
  heading.kind = SegmentKind::heading;
  heading.line = 1;
  heading.last_line = 1;
  heading.text = "Åtgärder";
  doc.segments.push_back(heading);
  Segment para;
  para.id = "plan:2";
  para.page = 2;
  para.line = 3;
  para.last_line = 5;
  para.section = {"Åtgärder"};
  para.label = "Aktiviteter";
  para.text = "Både polisen och socialtjänsten ska motverka sexköp.";
  para.hits = {hit_on(para.text, "polisen", 0), hit_on(para.text, "sexköp", 1)};
  para.parent = "plan:1";
  para.manual_codes = {"pmh"};
  doc.segments.push_back(para);
  return doc;
}

std::vector<Document> read_back(const std::string& text, const codebook::Codebook& book) {
  return ResultsReader(text, "results.json").read_documents(book);
}

void expect_same(const Document& got, const Document& want) {
  EXPECT_EQ(got.id, want.id);
  EXPECT_EQ(got.path, want.path);
  EXPECT_EQ(got.period.to, want.period.to);
  ASSERT_EQ(got.segments.size(), want.segments.size());
  for (std::size_t s = 0; s < want.segments.size(); ++s) {
    const Segment& g = got.segments[s];
    const Segment& w = want.segments[s];
    EXPECT_EQ(g.id, w.id);
    EXPECT_EQ(g.kind, w.kind);
    EXPECT_EQ(g.page, w.page);
    EXPECT_EQ(g.line, w.line);
    EXPECT_EQ(g.last_line, w.last_line);
    EXPECT_EQ(g.section, w.section);
    EXPECT_EQ(g.label, w.label);
    EXPECT_EQ(g.text, w.text);
    EXPECT_EQ(g.parent, w.parent);
    EXPECT_EQ(g.manual_codes, w.manual_codes);
    ASSERT_EQ(g.hits.size(), w.hits.size());
    for (std::size_t h = 0; h < w.hits.size(); ++h) {
      EXPECT_EQ(g.hits[h].code, w.hits[h].code);
      EXPECT_EQ(g.hits[h].begin, w.hits[h].begin);  // bytes again, from characters
      EXPECT_EQ(g.hits[h].end, w.hits[h].end);
    }
  }
}

TEST(ResultsReaderTest, Format3ReadsBackWhatWasWritten) {
  const auto book = test_codebook();
  std::vector<Document> docs = {coded_plan()};
  const std::string text =
      writer::render_json(report::build_report(std::move(docs), book, "1.0"));
  ASSERT_NE(text.find("\"format\": 3"), std::string::npos);
  const ResultsReader reader(text, "results.json");
  EXPECT_EQ(reader.tool_version(), "1.0");
  EXPECT_EQ(reader.codebook_name(), "pmh");
  const auto read = reader.read_documents(book);
  ASSERT_EQ(read.size(), 1u);
  expect_same(read[0], coded_plan());
}

TEST(ResultsReaderTest, Format2FilesAreStillRead) {
  const auto book = test_codebook();
  // What goalchain 0.2 wrote for the plan above (hits grouped by code).
  const std::string text = R"({
  "goalchain": {"version": "0.1.0", "format": 2},
  "codebook": {"name": "pmh", "path": "", "codes": [],
    "patterns": [{"code": "actor.police", "pattern": "polis*", "rule": null, "weight": 1.0},
                 {"code": "pmh", "pattern": "sexköp*", "rule": null, "weight": 1.0}]},
  "documents": [{"id": "plan", "path": "in/plan.txt", "county": null, "type": "handlingsplan",
    "period": {"from": 2020, "to": 2022}, "title": "Handlingsplan", "sha256": "ab",
    "segments": [
      {"id": "plan:1", "kind": "heading", "page": 1, "line": 1, "last_line": 1, "section": [],
       "text": "Åtgärder", "codes": [], "manual_codes": []},
      {"id": "plan:2", "kind": "paragraph", "page": 2, "line": 3, "last_line": 5,
       "section": ["Åtgärder"], "label": "Aktiviteter",
       "text": "Både polisen och socialtjänsten ska motverka sexköp.",
       "codes": [{"code": "pmh", "terms": ["sexköp"], "hits": [[1, 45, 51]]},
                 {"code": "actor.police", "terms": ["polisen"], "hits": [[0, 5, 12]]}],
       "manual_codes": ["pmh"], "parent": "plan:1"}],
    "chains": []}],
  "counties": []
})";
  const auto read = read_back(text, book);
  ASSERT_EQ(read.size(), 1u);
  expect_same(read[0], coded_plan());
}

TEST(ResultsReaderTest, EvidenceCodesHasNoHitsToReadBack) {
  const auto book = test_codebook();
  std::vector<Document> docs = {coded_plan()};
  const std::string text = writer::render_json(report::build_report(std::move(docs), book, "1.0"),
                                               writer::Evidence::codes);
  try {
    read_back(text, book);
    FAIL() << "read a file without hits";
  } catch (const util::DiagnosticError& e) {
    EXPECT_NE(std::string(e.what()).find("--evidence codes"), std::string::npos) << e.what();
  }
}

TEST(ResultsReaderTest, ANumberBeyondRangeIsADiagnosticNotACrash) {
  // Found by fuzz_results: nlohmann throws out_of_range, not parse_error, here.
  try {
    ResultsReader reader("{\"goalchain\": {\"format\": 33E33333333}}", "big.json");
    FAIL() << "no error";
  } catch (const util::DiagnosticError& e) {
    EXPECT_NE(std::string(e.what()).find("big.json"), std::string::npos) << e.what();
  }
}

TEST(ResultsReaderTest, DamagedReferencesAndUnknownFormatsAreErrors) {
  const auto book = test_codebook();
  const std::string header = R"({"goalchain": {"version": "1", "format": 3, "evidence": "full"},
    "codebook": {"name": "pmh", "patterns": [
      {"code": "actor.police", "pattern": "polis*"}, {"code": "pmh", "pattern": "sexköp*"}]},
    "documents": [{"id": "plan", "sections": [[]], "segments": [)";
  for (const std::string segment : {R"({"line": 1, "section": 1, "text": "x"})",
                                    R"({"line": 1, "section": 0, "text": "x", "parent": 4})",
                                    R"({"line": 1, "section": 0, "text": "x", "hits": [[9, 0, 1]]})",
                                    R"({"line": 1, "section": 0, "text": "x", "hits": [[0, 1, 0]]})"}) {
    EXPECT_THROW(read_back(header + segment + "]}]}", book), util::DiagnosticError) << segment;
  }
  EXPECT_EQ(read_back(header + R"({"line": 4, "section": 0, "text": "x"})" + "]}]}", book)
                .at(0).segments.at(0).last_line, 4);
  EXPECT_THROW(ResultsReader(R"({"goalchain": {"format": 4}, "codebook": {}, "documents": []})",
                             "results.json"),
               util::DiagnosticError);
}

}  // namespace
}  // namespace goalchain::document
