#include "goalchain/writer/json_writer.h"

#include "goalchain/codebook/hit_sources.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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
  EXPECT_EQ(j["goalchain"]["format"], 2);

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
  EXPECT_EQ(unknown["segments"][0]["kind"], "paragraph");
  EXPECT_TRUE(unknown["segments"][0]["codes"].is_array());
  EXPECT_TRUE(unknown["segments"][0]["codes"].empty());

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

  ASSERT_EQ(known["segments"].size(), 2u);
  const auto& heading = known["segments"][0];
  EXPECT_EQ(heading["kind"], "heading");
  EXPECT_TRUE(heading["section"].is_array());
  EXPECT_TRUE(heading["section"].empty());

  const auto& seg = known["segments"][1];
  EXPECT_EQ(seg["id"], "stockholm-handlingsplan-2020-2022:2");
  EXPECT_EQ(seg["kind"], "list_item");
  EXPECT_EQ(seg["line"], 3);
  EXPECT_EQ(seg["last_line"], 4);
  EXPECT_EQ(seg["section"], json::array({"Handlingsplan mot prostitution", "Mål"}));
  EXPECT_EQ(seg["text"], polis_text);

  ASSERT_EQ(seg["codes"].size(), 2u);
  const auto& police = seg["codes"][0];
  EXPECT_EQ(police["code"], "actor.police");
  EXPECT_EQ(police["terms"], json::array({"Polisen"}));
  ASSERT_EQ(police["hits"].size(), 1u);
  const auto& patterns = j["codebook"]["patterns"];
  const auto& police_hit = police["hits"][0];  // [pattern, start, end]
  ASSERT_EQ(police_hit.size(), 3u);
  EXPECT_EQ(patterns[police_hit[0].get<std::size_t>()]["pattern"], "polis*");
  EXPECT_EQ(police_hit[1], 19);  // characters, not the byte offset 21
  EXPECT_EQ(police_hit[2], 26);

  const auto& prevention = seg["codes"][1];
  EXPECT_EQ(prevention["code"], "goal.prevention");
  const auto& prevention_hit = prevention["hits"][0];
  EXPECT_EQ(patterns[prevention_hit[0].get<std::size_t>()]["pattern"], "förebygg*");
  EXPECT_EQ(patterns[prevention_hit[0].get<std::size_t>()]["code"], "goal.prevention");
  const int start = prevention_hit[1];
  const int end = prevention_hit[2];
  EXPECT_EQ(start, 35);
  EXPECT_EQ(end - start, 9);  // "förebygga" is 9 characters, 10 bytes
}

TEST(JsonWriterTest, EvidenceCodesKeepsCodesAndTermsWithoutHits) {
  const auto book = test_codebook();
  const json full = json::parse(render_json(test_model(book), Evidence::full));
  const json codes = json::parse(render_json(test_model(book), Evidence::codes));
  const auto& seg = codes["documents"][1]["segments"][1];
  ASSERT_EQ(seg["codes"].size(), 2u);
  EXPECT_EQ(seg["codes"][0]["code"], "actor.police");
  EXPECT_EQ(seg["codes"][0]["terms"], json::array({"Polisen"}));
  EXPECT_FALSE(seg["codes"][0].contains("hits"));
  EXPECT_EQ(codes["counties"], full["counties"]);
  EXPECT_EQ(codes["documents"][1]["chains"], full["documents"][1]["chains"]);
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
