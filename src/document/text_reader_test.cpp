#include "goalchain/document/text_reader.h"

#include "goalchain/util/diagnostic.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace goalchain::document {
namespace {

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

TEST(TextReaderTest, ReadsAPlan) {
  const Document document = read_text_document(kPlan, "input/stockholm-handlingsplan-2020-2022.txt");
  EXPECT_EQ(document.id, "stockholm-handlingsplan-2020-2022");
  EXPECT_EQ(document.path, "input/stockholm-handlingsplan-2020-2022.txt");
  EXPECT_EQ(county_name(document), "Stockholm");
  EXPECT_EQ(document.type, DocumentType::handlingsplan);
  EXPECT_EQ(document.period.from, 2020);
  EXPECT_EQ(document.period.to, 2022);
  EXPECT_EQ(document.encoding, "utf-8");
  ASSERT_EQ(document.segments.size(), 6u);
  EXPECT_EQ(document.segments[0].id, "stockholm-handlingsplan-2020-2022:1");
  EXPECT_EQ(document.segments[0].line, 1);
  EXPECT_EQ(document.segments[0].last_line, 2);
  EXPECT_EQ(document.segments[1].text, "1. Inledning");
  EXPECT_EQ(document.segments[4].text, "Mål 1: Efterfrågan på sexuella tjänster ska minska.");
  EXPECT_EQ(document.segments[5].id, "stockholm-handlingsplan-2020-2022:6");
  EXPECT_EQ(document.segments[5].kind, SegmentKind::list_item);
  EXPECT_EQ(document.segments[5].section, std::vector<std::string>{"2. Mål"});
}

TEST(TextReaderTest, TitleIsTheFirstUnnumberedHeadingNearTheTop) {
  EXPECT_EQ(read_text_document("Länsstyrelsen Jämtlands län\nHANDLINGSPLAN 2020\nför länet\n", "a.txt")
                .title,
            "HANDLINGSPLAN 2020");
  EXPECT_EQ(read_text_document("# Regional strategi\n\nText.\n", "a.txt").title, "Regional strategi");
}

TEST(TextReaderTest, TitleFallsBackToTheFirstLine) {
  // "1. Inledning" is a chapter heading, not the title.
  EXPECT_EQ(read_text_document(kPlan, "plan.txt").title, "Länsstyrelsen i Stockholms län");
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

TEST(TextReaderTest, InvalidUtf8IsADiagnosticWithPosition) {
  const util::Diagnostic d = diagnostic_of("Rad ett\nHej p\xE5 dig\n", "plan.txt");
  EXPECT_EQ(d.severity, util::Severity::error);
  EXPECT_EQ(d.file, "plan.txt");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 6);
  EXPECT_EQ(d.message, "not valid UTF-8 (byte 0xE5)");
  EXPECT_NE(d.hint.find("iconv -f WINDOWS-1252 -t UTF-8"), std::string::npos);
  EXPECT_NE(d.source_line.find("Hej p"), std::string::npos);
}

TEST(TextReaderTest, InvalidUtf8AfterBomAndCrLf) {
  const util::Diagnostic d = diagnostic_of("\xEF\xBB\xBF\xC4r\r\n", "b.txt");
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 1);
  EXPECT_EQ(d.message, "not valid UTF-8 (byte 0xC4)");
}

TEST(TextReaderTest, ValidUtf8IsNotRejected) {
  EXPECT_NO_THROW(read_text_document("Västra Götaland – “citat” 😀\n", "a.txt"));
}

TEST(TextReaderTest, IdComesFromTheFileStem) {
  EXPECT_EQ(read_text_document("x", "dir/Västra Götaland Lägesrapport 2020.txt").id,
            "vastra-gotaland-lagesrapport-2020");
  EXPECT_EQ(read_text_document("x", "").id, "document");
  EXPECT_EQ(read_text_document("x", "dir/---.txt").id, "document");
}

TEST(TextReaderTest, CountyFromTextBeatsTheFileName) {
  EXPECT_EQ(county_name(read_text_document("Länsstyrelsen Skåne\nText\n", "stockholm.txt")), "Skåne");
  EXPECT_EQ(county_name(read_text_document("Text utan län\n", "stockholm-plan.txt")), "Stockholm");
  EXPECT_EQ(county_name(read_text_document("Text utan län\n", "plan.txt")), "<none>");
}

TEST(TextReaderTest, TypeFromTitleAreaThenFileNameThenText) {
  EXPECT_EQ(read_text_document("Regional strategi\n\nHandlingsplanen följer.\n", "handlingsplan.txt").type,
            DocumentType::strategi);
  std::string body_type;
  for (int i = 0; i < 10; ++i) body_type += "Rad\n";
  body_type += "Denna lägesrapport beskriver.\n";
  EXPECT_EQ(read_text_document(body_type, "ab_slutredovisning.txt").type,
            DocumentType::slutredovisning);
  EXPECT_EQ(read_text_document(body_type, "plan.txt").type, DocumentType::lagesrapport);
  EXPECT_EQ(read_text_document("Text\n", "plan.txt").type, DocumentType::annat);
}

TEST(TextReaderTest, PeriodFromTitleAreaThenFileNameThenText) {
  EXPECT_EQ(to_string(read_text_document("Handlingsplan 2018–2021\n", "plan-2020.txt").period),
            "2018–2021");
  std::string late_years;
  for (int i = 0; i < 10; ++i) late_years += "Rad\n";
  late_years += "Under 2019 hände något.\n";
  EXPECT_EQ(to_string(read_text_document(late_years, "plan_2018_2021.txt").period), "2018–2021");
  EXPECT_EQ(to_string(read_text_document(late_years, "plan.txt").period), "2019");
  EXPECT_EQ(to_string(read_text_document("Rapport 2021:14\n", "plan.txt").period), "");
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

}  // namespace
}  // namespace goalchain::document
