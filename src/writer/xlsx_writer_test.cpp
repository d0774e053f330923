#include "goalchain/writer/xlsx_writer.h"

#include "goalchain/writer/xlsx_table.h"

#include "test_labels.h"

#include "goalchain/util/utf8.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace goalchain::writer {
namespace {

namespace fs = std::filesystem;
using codebook::Hit;

codebook::Codebook test_codebook() {
  codebook::Codebook book;
  book.name = "pmh";
  book.title = "PMH-kodbok";
  book.language = "sv";
  book.path = "codebooks/pmh.yaml";
  book.labels = shipped_label_table();
  auto add = [&](std::string id, std::string label, std::string parent,
                 std::vector<std::string> keywords) {
    codebook::Code code;
    code.id = std::move(id);
    code.label = std::move(label);
    code.parent = std::move(parent);
    code.keywords = std::move(keywords);
    book.codes.push_back(std::move(code));
  };
  add("actor", "Aktör", "", {"aktör"});
  add("actor.police", "Polisen", "actor", {"polis*", "polismyndighet*"});
  add("goal.prevention", "Förebyggande", "", {"förebygg*"});
  add("indicator", "Indikator", "", {"=indikator", "-uppföljning"});
  return book;
}

const document::County* county(std::string_view code) {
  for (const auto& c : document::all_counties()) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

Hit hit_on(const std::string& text, std::string_view word, std::uint32_t code) {
  const auto pos = text.find(word);
  if (pos == std::string::npos) throw std::logic_error("word not in text: " + std::string(word));
  return Hit{code, 0, static_cast<std::uint32_t>(pos),
             static_cast<std::uint32_t>(pos + word.size())};
}

document::Segment segment(std::string id, int line, std::string text, std::vector<Hit> hits,
                          std::vector<std::string> section = {}) {
  document::Segment s;
  s.id = std::move(id);
  s.line = line;
  s.last_line = line + 1;
  s.text = std::move(text);
  s.hits = std::move(hits);
  s.section = std::move(section);
  return s;
}

// Two counties and an unknown one; formula-like strings; optionally a huge segment.
report::ReportModel test_model(const codebook::Codebook& book, bool huge_text = false) {
  std::vector<document::Document> docs;

  document::Document sthlm;
  sthlm.id = "stockholm-handlingsplan-2020-2022";
  sthlm.path = "in/stockholm-handlingsplan-2020-2022.txt";
  sthlm.county = county("AB");
  sthlm.type = document::DocumentType::handlingsplan;
  sthlm.period = {2020, 2022};
  sthlm.title = "=Handlingsplan mot prostitution";
  {
    const std::string t = "Polisen ska förebygga sexköp.";
    sthlm.segments.push_back(segment(sthlm.id + ":1", 1, t,
                                     {hit_on(t, "Polisen", 1), hit_on(t, "förebygga", 2)},
                                     {"Mål", "Delmål 1"}));
  }
  sthlm.segments.push_back(segment(sthlm.id + ":2", 3, "Ett okodat stycke.", {}));
  {
    const std::string t = "=indikator +46 @polis -uppföljning";
    auto s = segment(sthlm.id + ":3", 5, t, {hit_on(t, "=indikator", 3), hit_on(t, "@polis", 1)});
    s.kind = document::SegmentKind::list_item;
    sthlm.segments.push_back(std::move(s));
  }
  if (huge_text) {
    std::string t = "Polisen ";
    while (t.size() < 60000) t += "åäö förebygga ";
    sthlm.segments.push_back(segment(sthlm.id + ":4", 7, t, {hit_on(t, "Polisen", 1)}));
  }

  document::Document varm;
  varm.id = "varmland-handlingsplan-2018-2021";
  varm.path = "in/varmland-handlingsplan-2018-2021.txt";
  varm.county = county("S");
  varm.type = document::DocumentType::slutredovisning;
  varm.period = {2018, 2021};
  varm.title = "Slutredovisning";
  {
    const std::string t = "Rubrik om aktör";
    auto s = segment(varm.id + ":1", 1, t, {hit_on(t, "aktör", 0)});
    s.kind = document::SegmentKind::heading;
    varm.segments.push_back(std::move(s));
  }

  document::Document unknown;
  unknown.id = "okand";
  unknown.path = "in/okand.txt";
  unknown.title = "Okänd";
  unknown.segments.push_back(segment("okand:1", 1, "Inget.", {}));

  docs.push_back(std::move(varm));
  docs.push_back(std::move(unknown));
  docs.push_back(std::move(sthlm));
  return report::build_report(std::move(docs), book, "0.1.0");
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class XlsxWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("goalchain-xlsx-" + std::to_string(::getpid()) + "-" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // GOALCHAIN_KEEP_XLSX=<dir>: keep a copy of a generated workbook for inspection.
  static void keep(const fs::path& file) {
    const char* keep_dir = std::getenv("GOALCHAIN_KEEP_XLSX");
    if (keep_dir == nullptr || *keep_dir == '\0') return;
    fs::create_directories(keep_dir);
    fs::copy_file(file, fs::path(keep_dir) / file.filename(), fs::copy_options::overwrite_existing);
  }

  static void expect_xlsx(const fs::path& file) {
    ASSERT_TRUE(fs::exists(file)) << file;
    const std::string bytes = read_bytes(file);
    ASSERT_GE(bytes.size(), 4u);
    EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4)) << file;
  }

  fs::path dir_;
};

TEST_F(XlsxWriterTest, CountyWorkbookIsAZipFile) {
  const auto book = test_codebook();
  const auto model = test_model(book);
  ASSERT_EQ(model.counties.size(), 3u);
  for (const auto& c : model.counties) {
    const fs::path file = dir_ / (c.slug + ".xlsx");
    ASSERT_NO_THROW(write_county_workbook(model, c, file));
    expect_xlsx(file);
    keep(file);
  }
}

TEST_F(XlsxWriterTest, SummaryWorkbookIsAZipFile) {
  const auto book = test_codebook();
  const auto model = test_model(book);
  const fs::path file = dir_ / "summary.xlsx";
  ASSERT_NO_THROW(write_summary_workbook(model, file));
  expect_xlsx(file);
  keep(file);
}

// One part of a workbook (a zip file), "" when it is not there.
std::string workbook_part(const fs::path& file, const char* name) {
  int error = 0;
  zip_t* archive = zip_open(file.c_str(), ZIP_RDONLY, &error);
  if (archive == nullptr) return {};
  std::string content;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name, 0, &stat) == 0) {
    if (zip_file_t* part = zip_fopen(archive, name, 0)) {
      content.resize(stat.size);
      const auto read = zip_fread(part, content.data(), stat.size);
      content.resize(read < 0 ? 0 : static_cast<std::size_t>(read));
      zip_fclose(part);
    }
  }
  zip_close(archive);
  return content;
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The summary's counts and the chain and segment rows link by relative paths,
// in the normal and the constant-memory mode alike (where a link's cell is
// written twice: the link, then the number over it).
TEST_F(XlsxWriterTest, LinksAreRelativeAndSurviveConstantMemory) {
  const auto book = test_codebook();
  const auto model = test_model(book);
  WorkbookOptions streamed;
  streamed.constant_memory_segments = 0;
  write_summary_workbook(model, dir_ / "summary.xlsx");
  // Sheet 2 is Län × kod (sheet 1 is Rapportens frågor).
  write_summary_workbook(model, dir_ / "streamed.xlsx", streamed);
  const std::string normal = workbook_part(dir_ / "summary.xlsx", "xl/worksheets/sheet2.xml");
  const std::string lean = workbook_part(dir_ / "streamed.xlsx", "xl/worksheets/sheet2.xml");
  ASSERT_FALSE(normal.empty());
  EXPECT_GT(count_of(normal, "<hyperlink "), 3u);
  EXPECT_EQ(count_of(lean, "<hyperlink "), count_of(normal, "<hyperlink "));
  EXPECT_NE(normal.find("location=\"'Segment'!A2\""), std::string::npos);
  const std::string targets =
      workbook_part(dir_ / "summary.xlsx", "xl/worksheets/_rels/sheet2.xml.rels");
  EXPECT_NE(targets.find("Target=\"counties\\stockholm.xlsx\""), std::string::npos) << targets;
  EXPECT_EQ(targets.find("file:"), std::string::npos);

  const auto& stockholm = model.counties.front();
  ASSERT_EQ(stockholm.slug, "stockholm");
  fs::create_directories(dir_ / "counties");
  write_county_workbook(model, stockholm, dir_ / "counties" / "stockholm.xlsx");
  // The Segment sheet (the third) links each row to its source: the model's
  // path in/… is taken from the working directory.
  const std::string sources =
      workbook_part(dir_ / "counties" / "stockholm.xlsx", "xl/worksheets/_rels/sheet3.xml.rels");
  const std::string expected =
      relative_link_path("in/stockholm-handlingsplan-2020-2022.txt", dir_ / "counties");
  ASSERT_FALSE(expected.empty());
  std::string windows = expected;
  std::replace(windows.begin(), windows.end(), '/', '\\');
  EXPECT_NE(sources.find("Target=\"" + windows + "\""), std::string::npos) << sources;
}

// Two writes more than the zip format's 2-second time resolution apart must
// still give identical bytes: nothing in the file may depend on the clock.
TEST_F(XlsxWriterTest, ByteIdenticalAcrossWrites) {
  const auto book = test_codebook();
  const auto model = test_model(book);
  const auto& c = model.counties.front();
  write_county_workbook(model, c, dir_ / "county-a.xlsx");
  write_summary_workbook(model, dir_ / "summary-a.xlsx");
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  write_county_workbook(model, c, dir_ / "county-b.xlsx");
  write_summary_workbook(model, dir_ / "summary-b.xlsx");

  const auto county_a = read_bytes(dir_ / "county-a.xlsx");
  const auto summary_a = read_bytes(dir_ / "summary-a.xlsx");
  ASSERT_FALSE(county_a.empty());
  ASSERT_FALSE(summary_a.empty());
  EXPECT_TRUE(county_a == read_bytes(dir_ / "county-b.xlsx"));
  EXPECT_TRUE(summary_a == read_bytes(dir_ / "summary-b.xlsx"));
  // Not vacuous: different content gives different bytes.
  EXPECT_FALSE(county_a == summary_a);
}

TEST_F(XlsxWriterTest, DifferentCountiesGiveDifferentFiles) {
  const auto book = test_codebook();
  const auto model = test_model(book);
  write_county_workbook(model, model.counties[0], dir_ / "a.xlsx");
  write_county_workbook(model, model.counties[1], dir_ / "b.xlsx");
  EXPECT_FALSE(read_bytes(dir_ / "a.xlsx") == read_bytes(dir_ / "b.xlsx"));
}

TEST_F(XlsxWriterTest, TextOverExcelCellLimitIsCutNotRejected) {
  const auto book = test_codebook();
  const auto model = test_model(book, /*huge_text=*/true);
  ASSERT_EQ(model.documents[1].county, county("AB"));
  // Over the limit in characters, not only in bytes.
  ASSERT_GT(util::count_code_points(model.documents[1].segments.back().text), 32767u);
  const fs::path file = dir_ / "huge.xlsx";
  // libxlsxwriter rejects strings over 32,767 characters; the writer must cut them.
  std::vector<std::string> warnings;
  ASSERT_NO_THROW(warnings = write_county_workbook(model, model.counties.front(), file));
  expect_xlsx(file);
  ASSERT_FALSE(warnings.empty());
  EXPECT_NE(warnings.front().find("cut to Excel's limit of 32,767"), std::string::npos)
      << warnings.front();
  keep(file);
}

TEST_F(XlsxWriterTest, UnwritablePathThrowsNamingThePath) {
  const auto book = test_codebook();
  const auto model = test_model(book);
  const fs::path file = dir_ / "no-such-dir" / "summary.xlsx";
  try {
    write_summary_workbook(model, file);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(file.string()), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(file));
}

TEST_F(XlsxWriterTest, ModelWithoutCodebookIsRejected) {
  report::ReportModel model;
  report::CountyReport c;
  EXPECT_THROW(write_county_workbook(model, c, dir_ / "x.xlsx"), std::invalid_argument);
  EXPECT_THROW(write_summary_workbook(model, dir_ / "y.xlsx"), std::invalid_argument);
  EXPECT_FALSE(fs::exists(dir_ / "x.xlsx"));
}

}  // namespace
}  // namespace goalchain::writer
