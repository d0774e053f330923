#include "goalchain/document/text_reader.h"

#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"
#include "test_layout.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace goalchain::document {
namespace {

// Typed as the program types documents: with the shipped document types.
ReadOptions typed() {
  ReadOptions options;
  options.layout = &shipped_document_types();
  return options;
}

ReadOptions options_with(Encoding encoding) {
  ReadOptions options;
  options.encoding = encoding;
  return options;
}

std::string county_name(const Document& document) {
  return document.county == nullptr ? std::string("<none>") : std::string(document.county->name);
}

util::Diagnostic diagnostic_of(std::string_view content, const std::string& path) {
  try {
    read_text_document(content, path);
  } catch (const util::DiagnosticError& error) {
    EXPECT_EQ(error.diagnostics().size(), 1u);
    return error.diagnostics().front();
  }
  ADD_FAILURE() << "no DiagnosticError for " << path;
  return {};
}

std::string pdf_fixture(const std::string& name) {
  return util::read_file(std::string(GOALCHAIN_TEST_DATA_DIR) + "/pdf/" + name);
}

const Segment* find_segment(const Document& document, std::string_view text) {
  const auto it = std::find_if(document.segments.begin(), document.segments.end(),
                               [&](const Segment& s) { return s.text == text; });
  return it == document.segments.end() ? nullptr : &*it;
}

const std::string kPlan =
    "Länsstyrelsen i Stockholms län\n"
    "Regional handlingsplan mot mäns våld mot kvinnor 2020–2022\n"
    "\n"
    "1. Inledning\n"
    "\n"
    "Planen bygger på den regionala strategin 2017–2026.\n"
    "\n"
    "2. Mål\n"
    "Mål 1: Efterfrågan på sexuella tjänster ska minska.\n"
    "• En kampanj om sexköpslagen.\n";

TEST(TextReaderTest, ADocumentCarriesTheSha256OfTheBytesRead) {
  const Document doc = read_document_bytes("abc", "<stdin>");
  EXPECT_EQ(doc.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(doc.format, "text");
  // Windows-1252 bytes: the hash is of the bytes, not of the text they decode to.
  const Document latin1 = read_document_bytes("S\xe4xk\xf6p\n", "plan.txt");
  EXPECT_EQ(latin1.encoding, "windows-1252");
  EXPECT_EQ(latin1.sha256, "e33050b4ba30ff453350db928ae943dfec7780959000f2a6532dcf7545c3ff9b");
}

TEST(TextReaderTest, AnExtensionGivenSaysHowToReadBytesWithoutOne) {
  const std::string yaml =
      "goalchain: 1\ncounty: G\ntype: handlingsplan\nperiod: \"2021\"\nsections:\n"
      "  - heading: M\u00e5l\n    text: Ett stycke.\n";
  const Document doc = read_document_bytes(yaml, "<stdin>", {}, ".YAML");
  EXPECT_EQ(doc.format, "yaml");
  EXPECT_EQ(doc.path, "<stdin>");
  EXPECT_EQ(read_document_bytes(yaml, "<stdin>").format, "text");
}

TEST(TextReaderTest, ReadsAPlan) {
  const Document document = read_text_document(kPlan, "input/stockholm-handlingsplan-2020-2022.txt", typed());
  EXPECT_EQ(document.id, "stockholm-handlingsplan-2020-2022");
  EXPECT_EQ(document.path, "input/stockholm-handlingsplan-2020-2022.txt");
  EXPECT_EQ(county_name(document), "Stockholm");
  EXPECT_EQ(document.type, DocumentType::handlingsplan);
  EXPECT_EQ(document.period.from, 2020);
  EXPECT_EQ(document.period.to, 2022);
  EXPECT_EQ(document.encoding, "utf-8");
  // The issuer's line and the title's are two units, not one paragraph.
  ASSERT_EQ(document.segments.size(), 7u);
  EXPECT_EQ(document.segments[0].id, "stockholm-handlingsplan-2020-2022:1");
  EXPECT_EQ(document.segments[0].line, 1);
  EXPECT_EQ(document.segments[0].last_line, 1);
  EXPECT_EQ(document.segments[1].line, 2);
  EXPECT_EQ(document.title, "Regional handlingsplan mot mäns våld mot kvinnor 2020–2022");
  EXPECT_EQ(document.segments[2].text, "1. Inledning");
  EXPECT_EQ(document.segments[5].text, "Mål 1: Efterfrågan på sexuella tjänster ska minska.");
  EXPECT_EQ(document.segments[6].id, "stockholm-handlingsplan-2020-2022:7");
  EXPECT_EQ(document.segments[6].kind, SegmentKind::list_item);
  EXPECT_EQ(document.segments[6].section, std::vector<std::string>{"2. Mål"});
}

TEST(TextReaderTest, TitleIsTheFirstUnnumberedHeadingNearTheTop) {
  EXPECT_EQ(read_text_document("Länsstyrelsen Jämtlands län\nHANDLINGSPLAN 2020\nför länet\n", "a.txt")
                .title,
            "HANDLINGSPLAN 2020");
  EXPECT_EQ(read_text_document("# Regional strategi\n\nText.\n", "a.txt").title, "Regional strategi");
}

TEST(TextReaderTest, TitleFallsBackToTheFirstLine) {
  // "1. Inledning" is a chapter heading, not the title; nor is the issuer's
  // line above the title (issue 13), even without the codebook's title words.
  EXPECT_EQ(read_text_document(kPlan, "plan.txt").title,
            "Regional handlingsplan mot mäns våld mot kvinnor 2020–2022");
  EXPECT_EQ(read_text_document("\n\u00A0\n   Rubrik   med \u00A0mellanrum \nText\n", "a.txt").title,
            "Rubrik med mellanrum");
  // A heading far below the title area does not become the title.
  std::string text;
  for (int i = 0; i < 12; ++i) text += "Rad " + std::to_string(i) + "\n";
  text += "BAKGRUND\n";
  EXPECT_EQ(read_text_document(text, "a.txt").title, "Rad 0");
  EXPECT_EQ(read_text_document("", "a.txt").title, "");
}

TEST(TextReaderTest, TitleIsAtMostTwoHundredCharacters) {
  std::string long_line;
  for (int i = 0; i < 300; ++i) long_line += "å";
  const std::string title = read_text_document(long_line, "a.txt").title;
  EXPECT_EQ(title.size(), 400u);  // 200 two-byte characters, cut between characters
}

TEST(TextReaderTest, ByteOrderMarkIsStripped) {
  const Document document = read_text_document("\xEF\xBB\xBFHANDLINGSPLAN\nText.\n", "a.txt");
  ASSERT_FALSE(document.segments.empty());
  EXPECT_EQ(document.segments[0].text, "HANDLINGSPLAN");
  EXPECT_EQ(document.segments[0].kind, SegmentKind::heading);
  EXPECT_EQ(document.title, "HANDLINGSPLAN");
  EXPECT_EQ(document.encoding, "utf-8-bom");
}

TEST(TextReaderTest, LineEndsAreNormalised) {
  for (const std::string text : {"Ett\r\ntvå\r\n\r\ntre\r\n", "Ett\rtvå\r\rtre\r"}) {
    const Document document = read_text_document(text, "a.txt");
    ASSERT_EQ(document.segments.size(), 2u);
    EXPECT_EQ(document.segments[0].text, "Ett två");
    EXPECT_EQ(document.segments[1].text, "tre");
    EXPECT_EQ(document.segments[1].line, 4);
  }
}

TEST(TextReaderTest, Windows1252IsDecodedAndNamed) {
  const Document document =
      read_text_document("L\xE4nsstyrelsen Sk\xE5ne\nHandlingsplan 2020\n", "skane.txt");
  EXPECT_EQ(document.encoding, "windows-1252");
  EXPECT_EQ(county_name(document), "Skåne");
  ASSERT_FALSE(document.segments.empty());
  EXPECT_TRUE(document.segments[0].text.starts_with("Länsstyrelsen Skåne")) << document.segments[0].text;
}

TEST(TextReaderTest, ForcedUtf8MakesOtherBytesADiagnosticWithPosition) {
  const std::string content = "Rad ett\nHej p\xE5 dig\n";
  try {
    read_text_document(content, "plan.txt", options_with(Encoding::utf8));
    FAIL() << "expected a DiagnosticError";
  } catch (const util::DiagnosticError& error) {
    ASSERT_EQ(error.diagnostics().size(), 1u);
    const util::Diagnostic& d = error.diagnostics().front();
    EXPECT_EQ(d.severity, util::Severity::error);
    EXPECT_EQ(d.file, "plan.txt");
    EXPECT_EQ(d.line, 2);
    EXPECT_EQ(d.column, 6);
    EXPECT_EQ(d.message, "not valid UTF-8 (byte 0xE5)");
    EXPECT_NE(d.hint.find("iconv -f WINDOWS-1252 -t UTF-8"), std::string::npos);
    EXPECT_NE(d.source_line.find("Hej p"), std::string::npos);
  }
  // Two lines without punctuation are two units (a title page's lines).
  EXPECT_EQ(read_text_document(content, "plan.txt", options_with(Encoding::windows1252))
                .segments.back()
                .text,
            "Hej på dig");
}

TEST(TextReaderTest, BinaryContentIsNotAText) {
  const util::Diagnostic d = diagnostic_of(std::string("PK\x03\x04\0\0\0", 7), "plan.txt");
  EXPECT_EQ(d.message, "not a text file (contains NUL bytes)");
  EXPECT_EQ(d.line, 0);
}

TEST(TextReaderTest, FormatFollowsTheExtension) {
  EXPECT_EQ(read_text_document("# Plan\n", "plan.md").format, "markdown");
  EXPECT_EQ(read_text_document("# Plan\n", "PLAN.MD").format, "markdown");
  EXPECT_EQ(read_text_document("# Plan\n", "plan.txt").format, "text");
  EXPECT_EQ(read_text_document("# Plan\n", "<stdin>").format, "text");
  EXPECT_EQ(read_text_document("# Plan\n", "plan.md.txt").format, "text");
}

TEST(TextReaderTest, PagesCountFormFeedsWithTextAfterThem) {
  EXPECT_EQ(read_text_document("Ett\n", "a.txt").pages, 1);
  EXPECT_EQ(read_text_document("Ett\n\fTvå\n\fTre\n", "a.txt").pages, 3);
  EXPECT_EQ(read_text_document("Ett\n\fTvå\n\f\n", "a.txt").pages, 2);
}

TEST(TextReaderTest, StdinIsNamedButDetectsNothingFromItsName) {
  const Document document = read_text_document("Text utan län\n", "<stdin>");
  EXPECT_EQ(document.id, "stdin");
  EXPECT_EQ(document.path, "<stdin>");
  EXPECT_EQ(county_name(document), "<none>");
  EXPECT_EQ(document.type, DocumentType::annat);
  EXPECT_FALSE(document.period.known());
}

TEST(TextReaderTest, ValidUtf8IsNotRejected) {
  const Document document = read_text_document("Västra Götaland – “citat” 😀\n", "a.txt");
  EXPECT_EQ(document.encoding, "utf-8");
  EXPECT_EQ(document.format, "text");
  EXPECT_EQ(document.segments.front().text, "Västra Götaland – “citat” 😀");
}

TEST(TextReaderTest, IdComesFromTheFileStem) {
  EXPECT_EQ(read_text_document("x", "dir/Västra Götaland Lägesrapport 2020.txt").id,
            "vastra-gotaland-lagesrapport-2020");
  EXPECT_EQ(read_text_document("x", "").id, "document");
  EXPECT_EQ(read_text_document("x", "dir/---.txt").id, "document");
}

TEST(TextReaderTest, CountyFromTheFileNameBeatsTheTextWithAWarning) {
  const Document both = read_text_document("Länsstyrelsen Skåne\nText\n", "stockholm.txt");
  EXPECT_EQ(county_name(both), "Stockholm");
  ASSERT_EQ(both.warnings.size(), 1u);
  EXPECT_EQ(both.warnings[0].field, "county");
  EXPECT_NE(both.warnings[0].message.find("Stockholm"), std::string::npos);
  EXPECT_NE(both.warnings[0].message.find("Skåne"), std::string::npos);
  EXPECT_EQ(county_name(read_text_document("Länsstyrelsen Skåne\nText\n", "plan.txt")), "Skåne");
  EXPECT_EQ(county_name(read_text_document("Text utan län\n", "stockholm-plan.txt")), "Stockholm");
  EXPECT_EQ(county_name(read_text_document("Text utan län\n", "plan.txt")), "<none>");
}

TEST(TextReaderTest, TypeFromFileNameThenTitleThenText) {
  const Document both = read_text_document("Regional strategi\n\nHandlingsplanen följer.\n", "handlingsplan.txt", typed());
  EXPECT_EQ(both.type, DocumentType::handlingsplan);
  ASSERT_EQ(both.warnings.size(), 1u);
  EXPECT_EQ(both.warnings[0].field, "type");
  EXPECT_EQ(read_text_document("Regional strategi\n\nHandlingsplanen följer.\n", "plan.txt", typed()).type,
            DocumentType::strategi);
  std::string body_type;
  for (int i = 0; i < 10; ++i) body_type += "Rad\n";
  body_type += "Denna lägesrapport beskriver.\n";
  EXPECT_EQ(read_text_document(body_type, "ab_slutredovisning.txt", typed()).type,
            DocumentType::slutredovisning);
  EXPECT_EQ(read_text_document(body_type, "plan.txt", typed()).type, DocumentType::lagesrapport);
  EXPECT_EQ(read_text_document("Text\n", "plan.txt", typed()).type, DocumentType::annat);
}

TEST(TextReaderTest, PeriodFromFileNameThenTitleThenText) {
  const Document both = read_text_document("Handlingsplan 2018–2021\n", "plan-2020.txt");
  EXPECT_EQ(to_string(both.period), "2020");
  ASSERT_EQ(both.warnings.size(), 1u);
  EXPECT_EQ(both.warnings[0].field, "period");
  EXPECT_EQ(to_string(read_text_document("Handlingsplan 2018–2021\n", "plan.txt").period),
            "2018–2021");
  std::string late_years;
  for (int i = 0; i < 10; ++i) late_years += "Rad\n";
  late_years += "Under 2019 hände något.\n";
  EXPECT_EQ(to_string(read_text_document(late_years, "plan_2018_2021.txt").period), "2018–2021");
  EXPECT_EQ(to_string(read_text_document(late_years, "plan.txt").period), "2019");
  EXPECT_EQ(to_string(read_text_document("Rapport 2021:14\n", "plan.txt").period), "");
}

TEST(TextReaderTest, PdfPagesAreReadLikeTextWithFormFeeds) {
  const Document document = read_pdf_document(pdf_fixture("two-pages.pdf"), "in/uppsala-plan.pdf", typed());
  EXPECT_EQ(document.format, "pdf");
  EXPECT_EQ(document.encoding, "utf-8");
  EXPECT_EQ(document.pages, 2);
  EXPECT_EQ(document.id, "uppsala-plan");
  EXPECT_EQ(county_name(document), "Uppsala");
  EXPECT_EQ(document.type, DocumentType::handlingsplan);
  EXPECT_EQ(to_string(document.period), "2021–2023");
  const Segment* goal = find_segment(document, "Efterfrågan på sexuella tjänster ska minska.");
  ASSERT_NE(goal, nullptr);
  EXPECT_EQ(goal->page, 1);
  const Segment* indicator = find_segment(document, "Indikator: antal anmälda sexköp per år.");
  ASSERT_NE(indicator, nullptr);
  EXPECT_EQ(indicator->page, 2);
}

TEST(TextReaderTest, PdfProblemsAreDiagnostics) {
  EXPECT_THROW(read_pdf_document(pdf_fixture("image-only.pdf"), "scan.pdf"), util::DiagnosticError);
  EXPECT_THROW(read_pdf_document("not a pdf", "x.pdf"), util::DiagnosticError);
}

TEST(TextReaderTest, FilesAreReadByTheirExtension) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("goalchain-text-reader-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  util::write_file_atomically(dir / "uppsala.PDF", pdf_fixture("two-pages.pdf"));
  util::write_file_atomically(dir / "plan.md", "# Handlingsplan\n\nText.\n");
  util::write_file_atomically(dir / "plan.txt", "Handlingsplan f\xF6r l\xE4net\n");
  const Document pdf = read_document_file(dir / "uppsala.PDF");
  const Document markdown = read_document_file(dir / "plan.md");
  const Document text = read_document_file(dir / "plan.txt");
  std::filesystem::remove_all(dir);
  EXPECT_EQ(pdf.format, "pdf");
  EXPECT_EQ(pdf.pages, 2);
  EXPECT_EQ(markdown.format, "markdown");
  EXPECT_EQ(markdown.title, "Handlingsplan");
  EXPECT_EQ(text.format, "text");
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.segments.front().text, "Handlingsplan för länet");
}

TEST(TextReaderTest, MissingFileIsADiagnostic) {
  const std::filesystem::path path = "/nonexistent-goalchain-dir/ingen-plan.txt";
  try {
    read_document_file(path);
    FAIL() << "expected a DiagnosticError";
  } catch (const util::DiagnosticError& error) {
    ASSERT_EQ(error.diagnostics().size(), 1u);
    const util::Diagnostic& d = error.diagnostics().front();
    EXPECT_EQ(d.file, path.string());
    EXPECT_EQ(d.message, "cannot read file: No such file or directory");
    EXPECT_EQ(d.hint, "check that the file exists and is readable");
  }
}

TEST(TextReaderTest, DirectoryIsADiagnostic) {
  const std::filesystem::path directory = std::filesystem::temp_directory_path();
  try {
    read_document_file(directory);
    FAIL() << "expected a DiagnosticError";
  } catch (const util::DiagnosticError& error) {
    ASSERT_EQ(error.diagnostics().size(), 1u);
    EXPECT_EQ(error.diagnostics().front().file, directory.string());
    EXPECT_NE(error.diagnostics().front().message.find("directory"), std::string::npos);
  }
}

std::string limit_error(std::string_view text, const ReadOptions& options) {
  try {
    read_text_document(text, "plans/lang.txt", options);
  } catch (const util::DiagnosticError& e) {
    return e.diagnostics().at(0).file + ": " + e.diagnostics().at(0).message;
  }
  return "no error";
}

TEST(TextReaderTest, LinesAndSegmentsBeyondTheLimitsAreErrorsForTheDocument) {
  const std::string text = "Mål\n\nEtt.\n\nTvå.\n\nTre.\n";
  ReadOptions options;
  options.max_lines = 6;
  EXPECT_EQ(limit_error(text, options), "plans/lang.txt: more than 6 lines, the limit on one document");
  options.max_lines = 7;
  options.max_segments = 3;
  EXPECT_EQ(limit_error(text, options),
            "plans/lang.txt: more than 3 segments, the limit on one document");
  options.max_segments = 4;
  EXPECT_EQ(read_text_document(text, "plans/lang.txt", options).segments.size(), 4u);
}

}  // namespace
}  // namespace goalchain::document
