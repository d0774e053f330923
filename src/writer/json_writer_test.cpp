#include "goalchain/writer/json_writer.h"

#include "goalchain/codebook/hit_sources.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::writer {
namespace {

using codebook::Hit;
using nlohmann::json;

codebook::Codebook test_codebook() {
  codebook::Codebook book;
  book.name = "pmh";
  book.title = "PMH-kodbok";
  book.language = "sv";
  book.path = "codebooks/pmh.yaml";
  auto add = [&](std::string id, std::string label, std::string label_en, std::string parent,
                 std::vector<std::string> keywords) {
    codebook::Code code;
    code.id = std::move(id);
    code.label = std::move(label);
    code.label_en = std::move(label_en);
    code.parent = std::move(parent);
    code.keywords = std::move(keywords);
    book.codes.push_back(std::move(code));
  };
  add("actor", "Aktör", "Actor", "", {"aktör"});
  add("actor.police", "Polisen", "Police", "actor", {"polis*", "polismyndighet*"});
  add("goal.prevention", "Förebyggande", "", "", {"förebygg*"});
  return book;
}

const document::County* county(std::string_view code) {
  for (const auto& c : document::all_counties()) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

Hit hit_on(const std::string& text, std::string_view word, std::uint32_t code,
           std::uint32_t keyword = 0) {
  const auto pos = text.find(word);
  if (pos == std::string::npos) throw std::logic_error("word not in text: " + std::string(word));
  return Hit{code, keyword, static_cast<std::uint32_t>(pos),
             static_cast<std::uint32_t>(pos + word.size())};
}

// "Länsstyrelsen åker Polisen": 14 + 5 characters before "Polisen", but 15 + 6 bytes.
const std::string polis_text = "Länsstyrelsen åker Polisen och ska förebygga.";

report::ReportModel test_model(const codebook::Codebook& book) {
  std::vector<document::Document> docs;

  document::Document known;
  known.id = "stockholm-handlingsplan-2020-2022";
  known.path = "in/stockholm-handlingsplan-2020-2022.txt";
  known.county = county("AB");
  known.type = document::DocumentType::handlingsplan;
  known.period = {2020, 2022};
  known.title = "Handlingsplan mot prostitution";
  known.encoding = "windows-1252";
  document::Segment heading;
  heading.id = known.id + ":1";
  heading.kind = document::SegmentKind::heading;
  heading.line = 1;
  heading.last_line = 1;
  heading.text = "Handlingsplan mot prostitution";
  known.segments.push_back(heading);
  document::Segment para;
  para.id = known.id + ":2";
  para.kind = document::SegmentKind::list_item;
  para.line = 3;
  para.last_line = 4;
  para.section = {"Handlingsplan mot prostitution", "Mål"};
  para.text = polis_text;
  para.hits = {hit_on(polis_text, "Polisen", 1, 0), hit_on(polis_text, "förebygga", 2, 0)};
  known.segments.push_back(para);

  document::Document unknown;
  unknown.id = "okand";
  unknown.path = "in/okand.txt";
  unknown.title = "Okänd plan";
  document::Segment plain;
  plain.id = "okand:1";
  plain.line = 1;
  plain.last_line = 1;
  plain.text = "Ingen kod här.";
  unknown.segments.push_back(plain);

  docs.push_back(std::move(unknown));
  docs.push_back(std::move(known));
  return report::build_report(std::move(docs), book, "1.2.3");
}

TEST(JsonWriterTest, HeaderAndCodebook) {
  const auto book = test_codebook();
  const std::string out = render_json(test_model(book));
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_NE(out.find("\n  \"goalchain\""), std::string::npos) << "expected 2-space indent";

  const json j = json::parse(out);
  EXPECT_EQ(j["goalchain"]["version"], "1.2.3");
  EXPECT_EQ(j["goalchain"]["format"], 3);
  EXPECT_EQ(j["goalchain"]["evidence"], "full");

  const auto& cb = j["codebook"];
  EXPECT_EQ(cb["name"], "pmh");
  EXPECT_EQ(cb["title"], "PMH-kodbok");
  EXPECT_EQ(cb["language"], "sv");
  EXPECT_EQ(cb["path"], "codebooks/pmh.yaml");
  ASSERT_EQ(cb["codes"].size(), 3u);
  EXPECT_EQ(cb["codes"][0]["id"], "actor");
  EXPECT_EQ(cb["codes"][0]["parent"], "");  // docs/results-json.md: "" for a root
  EXPECT_EQ(cb["codes"][1]["id"], "actor.police");
  EXPECT_EQ(cb["codes"][1]["label"], "Polisen");
  EXPECT_EQ(cb["codes"][1]["label_en"], "Police");
  EXPECT_EQ(cb["codes"][1]["parent"], "actor");
  // Every pattern once, in codebook order; hits refer to them by position.
  ASSERT_EQ(cb["patterns"].size(), codebook::HitSources(book).all().size());
  EXPECT_EQ(cb["patterns"][0]["code"], "actor");
  EXPECT_EQ(cb["patterns"][0]["pattern"], "aktör");
  EXPECT_TRUE(cb["patterns"][0]["rule"].is_null());
  EXPECT_EQ(cb["patterns"][0]["weight"], 1.0);

  // Top-level keys in contract order.
  std::vector<std::string> keys;
  const auto ordered = nlohmann::ordered_json::parse(out);
  for (auto it = ordered.begin(); it != ordered.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"goalchain", "codebook", "documents", "counties"}));
}

TEST(JsonWriterTest, DocumentsAndSegments) {
  const auto book = test_codebook();
  const json j = json::parse(render_json(test_model(book)));
  const auto& docs = j["documents"];
  ASSERT_EQ(docs.size(), 2u);

  // Sorted by path: "in/okand.txt" < "in/stockholm-...".
  const auto& unknown = docs[0];
  EXPECT_EQ(unknown["path"], "in/okand.txt");
  EXPECT_TRUE(unknown["county"].is_null());
  EXPECT_TRUE(unknown["county_code"].is_null());
  EXPECT_EQ(unknown["county_slug"], "okant-lan");
  EXPECT_EQ(unknown["type"], "annat");
  EXPECT_TRUE(unknown["period"]["from"].is_null());
  EXPECT_TRUE(unknown["period"]["to"].is_null());
  EXPECT_EQ(unknown["encoding"], "utf-8");
  ASSERT_EQ(unknown["segments"].size(), 1u);
  // What is derivable or empty is left out: the id "okand:1", the kind
  // paragraph, last_line equal to line, no hits, no manual codes.
  EXPECT_EQ(unknown["segments"][0],
            json::parse(R"({"page": 1, "line": 1, "section": 0, "text": "Ingen kod här."})"));
  EXPECT_EQ(unknown["sections"], json::parse("[[]]"));

  const auto& known = docs[1];
  EXPECT_EQ(known["id"], "stockholm-handlingsplan-2020-2022");
  EXPECT_EQ(known["county"], "Stockholm");
  EXPECT_EQ(known["county_code"], "AB");
  EXPECT_EQ(known["county_slug"], "stockholm");
  EXPECT_EQ(known["type"], "handlingsplan");
  EXPECT_EQ(known["period"]["from"], 2020);
  EXPECT_EQ(known["period"]["to"], 2022);
  EXPECT_EQ(known["title"], "Handlingsplan mot prostitution");
  EXPECT_EQ(known["encoding"], "windows-1252");
  // Each heading path once, in the order segments first stand under it.
  EXPECT_EQ(known["sections"],
            json::parse(R"([[], ["Handlingsplan mot prostitution", "Mål"]])"));

  ASSERT_EQ(known["segments"].size(), 2u);
  const auto& heading = known["segments"][0];
  EXPECT_EQ(heading["kind"], "heading");
  EXPECT_EQ(heading["section"], 0);

  const auto& seg = known["segments"][1];
  EXPECT_FALSE(seg.contains("id"));  // "stockholm-handlingsplan-2020-2022:2", derivable
  EXPECT_EQ(seg["kind"], "list_item");
  EXPECT_EQ(seg["line"], 3);
  EXPECT_EQ(seg["last_line"], 4);
  EXPECT_EQ(seg["section"], 1);
  EXPECT_EQ(seg["text"], polis_text);
  EXPECT_FALSE(seg.contains("codes"));  // derivable from the hits
  EXPECT_FALSE(seg.contains("manual_codes"));

  // [pattern, start, end] in text order; codes and terms follow from them.
  ASSERT_EQ(seg["hits"].size(), 2u);
  const auto& patterns = j["codebook"]["patterns"];
  const auto& police_hit = seg["hits"][0];
  ASSERT_EQ(police_hit.size(), 3u);
  EXPECT_EQ(patterns[police_hit[0].get<std::size_t>()]["pattern"], "polis*");
  EXPECT_EQ(patterns[police_hit[0].get<std::size_t>()]["code"], "actor.police");
  EXPECT_EQ(police_hit[1], 19);  // characters, not the byte offset 21
  EXPECT_EQ(police_hit[2], 26);

  const auto& prevention_hit = seg["hits"][1];
  EXPECT_EQ(patterns[prevention_hit[0].get<std::size_t>()]["pattern"], "förebygg*");
  EXPECT_EQ(patterns[prevention_hit[0].get<std::size_t>()]["code"], "goal.prevention");
  const int start = prevention_hit[1];
  const int end = prevention_hit[2];
  EXPECT_EQ(start, 35);
  EXPECT_EQ(end - start, 9);  // "förebygga" is 9 characters, 10 bytes
}

TEST(JsonWriterTest, HitsAreWrittenCompactOnTheSegmentsLine) {
  const auto book = test_codebook();
  const std::string text = render_json(test_model(book));
  const codebook::HitSources sources(book);
  const auto police = sources.index_of(hit_on(polis_text, "Polisen", 1, 0));
  const auto prevention = sources.index_of(hit_on(polis_text, "förebygga", 2, 0));
  EXPECT_NE(text.find(fmt::format("\"hits\":[[{},19,26],[{},35,44]]}}\n", police, prevention)),
            std::string::npos)
      << text;
}

TEST(JsonWriterTest, EvidenceCodesKeepsCodesAndTermsWithoutHits) {
  const auto book = test_codebook();
  const json full = json::parse(render_json(test_model(book), Evidence::full));
  const json codes = json::parse(render_json(test_model(book), Evidence::codes));
  EXPECT_EQ(codes["goalchain"]["evidence"], "codes");
  const auto& doc = codes["documents"][1];
  EXPECT_EQ(doc["terms"], json::array({"Polisen", "förebygga"}));
  const auto& seg = doc["segments"][1];
  EXPECT_FALSE(seg.contains("hits"));
  // [code, term, ...]: positions in codebook.codes and in the document's terms.
  EXPECT_EQ(seg["codes"], json::parse("[[1, 0], [2, 1]]"));
  EXPECT_EQ(codes["documents"][0]["terms"], json::array());
  EXPECT_FALSE(codes["documents"][0]["segments"][0].contains("codes"));
  EXPECT_EQ(codes["counties"], full["counties"]);
  EXPECT_EQ(codes["documents"][1]["chains"], full["documents"][1]["chains"]);
  EXPECT_FALSE(full["documents"][1].contains("terms"));
}

TEST(JsonWriterTest, YamlParentsAreSegmentPositionsAndOddIdsAreKept) {
  const auto book = test_codebook();
  document::Document doc;
  doc.id = "plan";
  doc.path = "plan.yaml";
  for (int i = 1; i <= 3; ++i) {
    document::Segment segment;
    segment.id = i == 3 ? "elsewhere:9" : "plan:" + std::to_string(i);
    segment.kind = document::SegmentKind::goal;
    segment.line = i;
    segment.last_line = i;
    segment.text = "Mål " + std::to_string(i);
    segment.manual_codes = {"goal"};
    if (i == 2) segment.parent = "plan:1";
    if (i == 3) segment.parent = "nowhere:1";
    doc.segments.push_back(segment);
  }
  std::vector<document::Document> docs;
  docs.push_back(std::move(doc));
  const json j = json::parse(render_json(report::build_report(std::move(docs), book, "1")));
  const auto& segments = j["documents"][0]["segments"];
  EXPECT_FALSE(segments[0].contains("parent"));
  EXPECT_EQ(segments[0]["manual_codes"], json::array({"goal"}));
  EXPECT_EQ(segments[1]["parent"], 0);
  EXPECT_FALSE(segments[1].contains("id"));
  EXPECT_EQ(segments[2]["id"], "elsewhere:9");   // not "<document id>:<n>": written
  EXPECT_EQ(segments[2]["parent"], "nowhere:1");  // a parent it lacks: by its id
}

TEST(JsonWriterTest, Counties) {
  const auto book = test_codebook();
  const auto out = render_json(test_model(book));
  const json j = json::parse(out);
  const auto& counties = j["counties"];
  ASSERT_EQ(counties.size(), 2u);

  const auto& sthlm = counties[0];
  EXPECT_EQ(sthlm["county"], "Stockholm");
  EXPECT_EQ(sthlm["county_code"], "AB");
  EXPECT_EQ(sthlm["slug"], "stockholm");
  EXPECT_EQ(sthlm["documents"], json::array({"in/stockholm-handlingsplan-2020-2022.txt"}));
  EXPECT_EQ(sthlm["segments"], 2);
  EXPECT_EQ(sthlm["coded_segments"], 1);
  EXPECT_EQ(sthlm["code_counts"]["actor"], 0);
  EXPECT_EQ(sthlm["code_counts"]["actor.police"], 1);
  EXPECT_EQ(sthlm["code_counts"]["goal.prevention"], 1);
  EXPECT_EQ(sthlm["code_hits"]["actor.police"], 1);
  EXPECT_EQ(sthlm["code_segments_with_children"]["actor"], 1);

  // Every code, zeros included, in codebook order.
  std::vector<std::string> keys;
  const auto ordered = nlohmann::ordered_json::parse(out);
  for (const auto& [key, value] : ordered["counties"][0]["code_counts"].items()) {
    keys.push_back(key);
  }
  EXPECT_EQ(keys, (std::vector<std::string>{"actor", "actor.police", "goal.prevention"}));

  const auto& unknown = counties[1];
  EXPECT_EQ(unknown["county"], "Okänt län");
  EXPECT_TRUE(unknown["county_code"].is_null());
  EXPECT_EQ(unknown["slug"], "okant-lan");
  EXPECT_EQ(unknown["segments"], 1);
  EXPECT_EQ(unknown["coded_segments"], 0);
  EXPECT_EQ(unknown["code_counts"].size(), 3u);
  EXPECT_EQ(unknown["code_hits"]["goal.prevention"], 0);
}

TEST(JsonWriterTest, DeterministicAndUtf8) {
  const auto book = test_codebook();
  const auto a = render_json(test_model(book));
  const auto b = render_json(test_model(book));
  EXPECT_EQ(a, b);
  // Non-ASCII stays as UTF-8, not \u escapes.
  EXPECT_NE(a.find("Okänt län"), std::string::npos);
  EXPECT_EQ(a.find("\\u00e4"), std::string::npos);
}

// Seventy documents: more than one batch of the threads that render them.
report::ReportModel many_documents_model(const codebook::Codebook& book) {
  std::vector<document::Document> docs;
  const report::ReportModel two = test_model(book);
  for (int copy = 0; copy < 35; ++copy) {
    for (const auto& doc : two.documents) {
      document::Document again = doc;
      again.id = fmt::format("{}-{}", doc.id, copy);
      again.path = fmt::format("in/{}/{}", copy, doc.path);
      for (std::size_t s = 0; s < again.segments.size(); ++s) {
        again.segments[s].id = fmt::format("{}:{}", again.id, s + 1);
      }
      docs.push_back(std::move(again));
    }
  }
  return report::build_report(std::move(docs), book, "1.2.3");
}

TEST(JsonWriterTest, AnyNumberOfJobsWritesTheSameBytes) {
  const auto book = test_codebook();
  const report::ReportModel model = many_documents_model(book);
  ASSERT_EQ(model.documents.size(), 70u);
  std::ostringstream one;
  write_json(model, one, Evidence::full, 1);
  for (const unsigned jobs : {2u, 3u, 0u}) {
    std::ostringstream several;
    write_json(model, several, Evidence::full, jobs);
    EXPECT_EQ(several.str(), one.str()) << jobs << " jobs";
  }
  EXPECT_NE(one.str().find("\n      \"id\": \"okand-34\""), std::string::npos);
}

// results.json of `model`'s documents as a run streams it: each added to a
// JsonResultsWriter and a ReportBuilder in the order `order` gives.
std::string stream_results(const codebook::Codebook& book, const report::ReportModel& model,
                           const std::vector<std::size_t>& order, Evidence evidence) {
  const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                     fmt::format("goalchain-results-{}.json", ::getpid());
  {
    JsonResultsWriter results(file, book, model.tool_version, model.shard, evidence);
    report::ReportBuilder builder(book, model.tool_version, false);
    for (const std::size_t d : order) {
      report::DocumentReport report{model.documents[d], model.segment_codes[d], model.chains[d]};
      const std::string entry = results.render(report);
      results.add(report.document.path, entry);
      builder.add(std::move(report));
    }
    const report::ReportModel streamed = builder.finish();
    EXPECT_TRUE(streamed.documents.empty());
    results.finish(streamed);
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::filesystem::remove(file);
  return std::move(text).str();
}

TEST(JsonWriterTest, StreamedResultsAreWriteJsonsBytesInAnyOrderTheDocumentsCome) {
  const auto book = test_codebook();
  const report::ReportModel model = many_documents_model(book);
  std::vector<std::size_t> in_order(model.documents.size());
  std::iota(in_order.begin(), in_order.end(), std::size_t{0});
  std::vector<std::size_t> reversed(in_order.rbegin(), in_order.rend());
  std::vector<std::size_t> shuffled = in_order;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(15));
  for (const Evidence evidence : {Evidence::full, Evidence::codes}) {
    const std::string expected = render_json(model, evidence);
    for (const auto* order : {&in_order, &reversed, &shuffled}) {
      EXPECT_EQ(stream_results(book, model, *order, evidence), expected)
          << (order == &in_order ? "in order" : order == &reversed ? "reversed" : "shuffled");
    }
  }
}

TEST(JsonWriterTest, JsonLinesHoldEachDocumentOfResultsJsonOnItsOwnLine) {
  const auto book = test_codebook();
  const auto model = test_model(book);
  const json results = json::parse(render_json(model));
  std::ostringstream out;
  write_json_lines(model, out);
  const std::string text = out.str();
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  std::istringstream lines(text);
  std::string line;
  std::size_t d = 0;
  while (std::getline(lines, line)) {
    ASSERT_LT(d, results["documents"].size());
    EXPECT_EQ(json::parse(line), results["documents"][d]) << "line " << d + 1;
    ++d;
  }
  EXPECT_EQ(d, model.documents.size());
}

TEST(JsonWriterTest, CountiesJsonIsResultsJsonWithoutDocuments) {
  const auto book = test_codebook();
  const auto model = test_model(book);
  json results = json::parse(render_json(model));
  std::ostringstream out;
  write_counties_json(book, model.counties, model.tool_version, model.shard, out);
  const json counties = json::parse(out.str());
  EXPECT_FALSE(counties.contains("documents"));
  EXPECT_EQ(counties["goalchain"], results["goalchain"]);
  EXPECT_EQ(counties["codebook"], results["codebook"]);
  ASSERT_EQ(counties["counties"].size(), results["counties"].size());
  for (std::size_t c = 0; c < results["counties"].size(); ++c) {
    json expected = results["counties"][c];
    const std::size_t documents = expected["documents"].size();
    expected.erase("documents");
    expected["document_count"] = documents;
    EXPECT_EQ(counties["counties"][c], expected);
  }
}

TEST(JsonWriterTest, ModelWithoutCodebookIsRejected) {
  report::ReportModel model;
  EXPECT_THROW(render_json(model), std::invalid_argument);
}

}  // namespace
}  // namespace goalchain::writer
