#include "goalchain/writer/qdpx_writer.h"

#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/codebook/qdc_codebook.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/text_reader.h"
#include "goalchain/document/yaml_document_reader.h"
#include "goalchain/util/utf8.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace goalchain::writer {
namespace {

constexpr const char* kCodebook = R"(goalchain_codebook: 1
name: prov
codes:
  - id: pmh
    label: Prostitution & människohandel
    keywords: [prostitution*, människohandel*]
  - id: actor
    label: Aktörer
  - id: actor.police
    label: Polisen <"lokalt">
    parent: actor
    keywords: [polis*]
  - id: goal
    label: Mål
    keywords: [målet]
)";

// CRLF line ends, a wrapped paragraph, Swedish letters and emoji (one code
// point, four bytes, two UTF-16 units) before the coded words.
constexpr const char* kPlan =
    "Handlingsplan mot prostitution i Kronobergs län 2021\r\n"
    "\r\n"
    "Läget 😀 är oklart; polisen ser fler\r\n"
    "annonser om människohandel.\r\n"
    "\r\n"
    "Inget här.\r\n";

constexpr const char* kCoded = R"(goalchain: 1
county: Kalmar
type: strategi
period: 2022–2025
sections:
  - heading: Lägesbild i länet
    paragraphs:
      - text: Prostitution förekommer 🙂 & <ofta>.
        codes: [pmh, actor.police]
      - text: "Målet är att öka\r\nkunskapen."
        codes: [goal]
)";

class QdpxWriterTest : public ::testing::Test {
 protected:
  QdpxWriterTest() : book_(codebook::parse_codebook(kCodebook, "prov.yaml")) {
    document::ReadOptions options;
    for (const auto& code : book_.codes) options.known_codes.push_back(code.id);
    std::vector<document::Document> documents{
        document::read_text_document(kPlan, "in/kronoberg-handlingsplan-2021.txt", options),
        document::read_yaml_document(kCoded, "in/kalmar-kodad.yaml", options)};
    const codebook::Matcher matcher(book_);
    for (auto& doc : documents) coding::code_document(doc, matcher);
    model_ = report::build_report(std::move(documents), book_, "9.9");
  }

  std::vector<QdpxEntry> render() const {
    return render_qdpx_project(model_, QdpxOptions{"goalchain 9.9", ""});
  }

  codebook::Codebook book_;
  report::ReportModel model_;
};

// name="..." attribute of an XML element text.
std::string attribute(const std::string& element, const std::string& name) {
  std::smatch match;
  if (!std::regex_search(element, match, std::regex(" " + name + "=\"([^\"]*)\""))) return {};
  return match[1];
}

// The text between two code-point positions of a UTF-8 text.
std::string code_points(const std::string& text, std::size_t start, std::size_t end) {
  std::size_t byte = 0;
  std::size_t begin_byte = 0;
  for (std::size_t cp = 0; cp < end; ++cp) {
    if (cp == start) begin_byte = byte;
    util::decode_code_point(text, byte);
  }
  if (start == end) begin_byte = byte;
  return text.substr(begin_byte, byte - begin_byte);
}

TEST_F(QdpxWriterTest, EverySelectionSpansItsSegmentTextInCodePoints) {
  const auto entries = render();
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].name, "project.qde");
  const std::string& qde = entries[0].content;

  std::map<std::string, std::string> sources;  // internal path -> text
  for (std::size_t i = 1; i < entries.size(); ++i) {
    ASSERT_EQ(entries[i].name.rfind("sources/", 0), 0u) << entries[i].name;
    EXPECT_EQ(entries[i].content.find('\r'), std::string::npos) << "CR left in " << entries[i].name;
    sources["internal://" + entries[i].name.substr(8)] = entries[i].content;
  }

  std::map<std::string, const document::Segment*> segments;  // id -> segment
  for (const auto& doc : model_.documents) {
    for (const auto& segment : doc.segments) segments[segment.id] = &segment;
  }

  // Walk the sources and their selections in document order.
  const std::regex element("<(TextSource|PlainTextSelection) [^>]*>");
  std::string current;
  int selections = 0;
  bool saw_emoji = false;
  bool saw_cr = false;
  for (auto it = std::sregex_iterator(qde.begin(), qde.end(), element);
       it != std::sregex_iterator(); ++it) {
    const std::string tag = it->str();
    if ((*it)[1] == "TextSource") {
      current = sources.at(attribute(tag, "plainTextPath"));
      continue;
    }
    const auto start = std::stoul(attribute(tag, "startPosition"));
    const auto end = std::stoul(attribute(tag, "endPosition"));
    ASSERT_LE(end, util::count_code_points(current));
    const auto* segment = segments.at(attribute(tag, "name"));
    std::string expected = segment->text;  // CR is written as LF
    std::replace(expected.begin(), expected.end(), '\r', '\n');
    EXPECT_EQ(code_points(current, start, end), expected) << tag;
    saw_cr |= segment->text.find("\r\n") != std::string::npos;
    saw_emoji |= segment->text.find("😀") != std::string::npos;
    ++selections;
  }
  EXPECT_TRUE(saw_emoji);
  EXPECT_TRUE(saw_cr);
  // The plan: title (pmh), the paragraph (pmh, police); the YAML document: the
  // two paragraphs by the engine (pmh; goal) and both by hand.
  EXPECT_EQ(selections, 6);
}

TEST_F(QdpxWriterTest, EngineAndManualCodesAreTwoUsersWithTheCodebooksGuids) {
  const std::string qde = render()[0].content;
  const auto guids = codebook::derive_code_guids(book_);
  ASSERT_EQ(guids.size(), 4u);
  EXPECT_EQ(guids[2], codebook::derive_code_guid("prov", "actor/actor.police"));

  // The codebook as the .qdc holds it, escaped.
  EXPECT_NE(qde.find("<CodeBook>\n" + codebook::render_qda_codes(book_, 2) + "  </CodeBook>"),
            std::string::npos);
  EXPECT_NE(qde.find("name=\"Polisen &lt;&quot;lokalt&quot;&gt;\""), std::string::npos);
  // Text goes to the sources as it is, not into the XML.
  const auto entries = render();
  EXPECT_EQ(qde.find("förekommer 🙂"), std::string::npos);
  EXPECT_NE(entries[1].content.find("Prostitution förekommer 🙂 & <ofta>."), std::string::npos);

  const std::regex user("<User guid=\"([^\"]+)\" name=\"([^\"]+)\"/>");
  std::vector<std::string> users;
  for (auto it = std::sregex_iterator(qde.begin(), qde.end(), user); it != std::sregex_iterator();
       ++it) {
    users.push_back((*it)[1]);
  }
  ASSERT_EQ(users.size(), 2u);
  EXPECT_NE(users[0], users[1]);

  // Which codes each user gave the hand-coded paragraph.
  const std::regex selection(
      "<PlainTextSelection [^>]*name=\"kalmar-kodad:[0-9]+\"[^>]*creatingUser=\"([^\"]+)\""
      "[^>]*>\n((?:        <Coding [^\n]*\n)*)");
  std::map<std::string, std::multiset<std::string>> coded;  // user -> code guids
  for (auto it = std::sregex_iterator(qde.begin(), qde.end(), selection);
       it != std::sregex_iterator(); ++it) {
    const std::string codings = (*it)[2];
    const std::regex ref("creatingUser=\"([^\"]+)\"[^>]*><CodeRef targetGUID=\"([^\"]+)\"");
    for (auto c = std::sregex_iterator(codings.begin(), codings.end(), ref);
         c != std::sregex_iterator(); ++c) {
      EXPECT_EQ((*c)[1], (*it)[1]) << "a coding is by its selection's user";
      coded[(*it)[1]].insert((*c)[2]);
    }
  }
  EXPECT_EQ(coded[users[0]], (std::multiset<std::string>{guids[0], guids[3]}));
  EXPECT_EQ(coded[users[1]], (std::multiset<std::string>{guids[0], guids[2], guids[3]}));
}

TEST_F(QdpxWriterTest, RunsGiveTheSameGuidsAndBytes) {
  const auto first = render();
  const auto second = render();
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].name, second[i].name);
    EXPECT_EQ(first[i].content, second[i].content);
  }
  EXPECT_EQ(zip_qdpx_project(first), zip_qdpx_project(second));
  EXPECT_NE(first[0].content.find("creationDateTime=\"1980-01-01T00:00:00Z\""), std::string::npos);

  // Another path is another source; the run time, when asked for, is stated.
  model_.documents[0].path = "other/kalmar-kodad.yaml";
  const auto moved =
      render_qdpx_project(model_, QdpxOptions{"goalchain 9.9", "2026-12-04T21:00:00Z"});
  EXPECT_NE(moved[1].name, first[1].name);
  EXPECT_EQ(moved[2].name, first[2].name);
  EXPECT_NE(moved[0].content.find("creationDateTime=\"2026-12-04T21:00:00Z\""), std::string::npos);
}

TEST_F(QdpxWriterTest, ZipHoldsTheEntriesInOrderWithFixedTimes) {
  const auto entries = render();
  const std::string bytes = zip_qdpx_project(entries);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  ASSERT_NE(source, nullptr);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  ASSERT_NE(archive, nullptr) << zip_error_strerror(&error);
  ASSERT_EQ(zip_get_num_entries(archive, 0), static_cast<zip_int64_t>(entries.size()));
  for (std::size_t i = 0; i < entries.size(); ++i) {
    zip_stat_t stat;
    ASSERT_EQ(zip_stat_index(archive, i, 0, &stat), 0);
    EXPECT_EQ(std::string(stat.name), entries[i].name);
    EXPECT_EQ(stat.comp_method, ZIP_CM_DEFLATE);
    std::string content(stat.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, i, 0);
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(zip_fread(file, content.data(), content.size()),
              static_cast<zip_int64_t>(content.size()));
    zip_fclose(file);
    EXPECT_EQ(content, entries[i].content);
  }
  zip_close(archive);
  zip_error_fini(&error);
}

TEST_F(QdpxWriterTest, ManualCodeOutsideTheCodebookIsAnError) {
  ASSERT_EQ(model_.documents[0].format, "yaml");
  model_.documents[0].segments.back().manual_codes.push_back("nowhere");
  EXPECT_THROW(render(), std::invalid_argument);
}

}  // namespace
}  // namespace goalchain::writer
