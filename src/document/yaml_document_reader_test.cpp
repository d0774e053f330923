#include "goalchain/document/yaml_document_reader.h"

#include "goalchain/util/diagnostic.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

using Strings = std::vector<std::string>;

// Every key of format version 1; the line numbers in the tests refer to it.
const std::string kFull =
    "goalchain: 1\n"                                                    // 1
    "county: Västmanland\n"                                             // 2
    "type: handlingsplan\n"                                             // 3
    "period: 2017–2020\n"                                               // 4
    "title: Handlingsplan för länet\n"                                  // 5
    "source: https://example.org/plan.pdf\n"                            // 6
    "language: sv\n"                                                    // 7
    "sections:\n"                                                       // 8
    "  - heading: Prostitution och människohandel\n"                    // 9
    "    problem:\n"                                                    // 10
    "      text: Sexköp sker i länets större orter.\n"                  // 11
    "      codes: [pmh, problem]\n"                                     // 12
    "    text: |\n"                                                     // 13
    "      Länsstyrelsen samordnar arbetet\n"                           // 14
    "      tillsammans med kommunerna.\n"                               // 15
    "\n"                                                                // 16
    "      • Polisen\n"                                                 // 17
    "      • Socialtjänsten\n"                                          // 18
    "    paragraphs:\n"                                                 // 19
    "      - text: Samverkan med polisregion Bergslagen behövs.\n"      // 20
    "        codes: [actor.police]\n"                                   // 21
    "      - Ett stycke utan koder.\n"                                  // 22
    "    goals:\n"                                                      // 23
    "      - goal: Stärka myndighetssamverkan kring människohandel.\n"  // 24
    "        codes: [NS3]\n"                                            // 25
    "        responsible: [Länsstyrelsen]\n"                            // 26
    "        activities:\n"                                             // 27
    "          - activity: Insatsveckor mot sexköp\n"                   // 28
    "              i två kommuner.\n"                                   // 29
    "            codes: [activity_type.action_week]\n"                  // 30
    "            responsible:\n"                                        // 31
    "              - Polismyndigheten\n"                                // 32
    "              - text: Migrationsverket\n"                          // 33
    "                codes: [actor.migration_agency]\n"                 // 34
    "            indicators: [Antal genomförda insatsveckor]\n"         // 35
    "            follow_up: Länsstyrelsen följer upp årligen.\n"        // 36
    "        indicators:\n"                                             // 37
    "          - Antal ärenden\n"                                       // 38
    "        follow_up:\n"                                              // 39
    "          text: |\n"                                               // 40
    "            Uppföljning sker i december.\n"                        // 41
    "          codes: [follow_up]\n"                                    // 42
    "    activities:\n"                                                 // 43
    "      - activity: En aktivitet utan mål.\n"                        // 44
    "    sections:\n"                                                   // 45
    "      - heading: Stöd\n"                                           // 46
    "        problem: Stödet är ojämnt fördelat.\n";                    // 47

// A small valid document; the error tests change one line of it.
const std::string kSmall =
    "goalchain: 1\n"                        // 1
    "county: Västmanland\n"                 // 2
    "type: handlingsplan\n"                 // 3
    "period: 2020\n"                        // 4
    "sections:\n"                           // 5
    "  - heading: Mål\n"                    // 6
    "    goals:\n"                          // 7
    "      - goal: Samverkan ska öka.\n"    // 8
    "        codes: [NS3]\n"                // 9
    "        indicators: [Antal möten]\n";  // 10

std::string replace(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::vector<util::Diagnostic> errors_of(const std::string& yaml, const ReadOptions& options = {}) {
  try {
    read_yaml_document(yaml, "plans/test.yaml", options);
  } catch (const util::DiagnosticError& error) {
    return error.diagnostics();
  }
  ADD_FAILURE() << "no DiagnosticError";
  return {};
}

// The one diagnostic `yaml` gives.
util::Diagnostic error_of(const std::string& yaml, const ReadOptions& options = {}) {
  const auto errors = errors_of(yaml, options);
  EXPECT_EQ(errors.size(), 1u);
  if (errors.size() > 1) {
    for (const auto& e : errors) ADD_FAILURE() << "got: " << e.message;
  }
  return errors.empty() ? util::Diagnostic{} : errors.front();
}

void expect_error(const util::Diagnostic& d, int line, int column, const std::string& message,
                  const std::string& hint = {}) {
  EXPECT_EQ(d.file, "plans/test.yaml");
  EXPECT_EQ(d.line, line) << d.message;
  EXPECT_EQ(d.column, column) << d.message;
  EXPECT_EQ(d.message, message);
  if (!hint.empty()) {
    EXPECT_EQ(d.hint, hint);
  }
}

ReadOptions with_codes(Strings codes) {
  ReadOptions options;
  options.known_codes = std::move(codes);
  return options;
}

TEST(YamlDocumentReaderTest, ReadsTheDocumentHead) {
  const Document doc = read_yaml_document(kFull, "plans/Västmanland kodad.yaml");
  EXPECT_EQ(doc.id, "vastmanland-kodad");
  EXPECT_EQ(doc.path, "plans/Västmanland kodad.yaml");
  EXPECT_EQ(doc.format, "yaml");
  EXPECT_EQ(doc.encoding, "utf-8");
  ASSERT_NE(doc.county, nullptr);
  EXPECT_EQ(doc.county->code, "U");
  EXPECT_EQ(doc.type, DocumentType::handlingsplan);
  EXPECT_EQ(doc.period.from, 2017);
  EXPECT_EQ(doc.period.to, 2020);
  EXPECT_EQ(doc.title, "Handlingsplan för länet");
  EXPECT_EQ(doc.source, "https://example.org/plan.pdf");
  EXPECT_EQ(doc.language, "sv");
  EXPECT_EQ(doc.pages, 1);
}

TEST(YamlDocumentReaderTest, EveryElementBecomesASegmentInDocumentOrder) {
  const Document doc = read_yaml_document(kFull, "plans/vastmanland.yaml");
  struct Expected {
    SegmentKind kind;
    int line;
    int last_line;
    std::string text;
    std::string parent;
    Strings manual_codes;
  };
  const std::string p = "vastmanland:";
  const std::vector<Expected> expected = {
      {SegmentKind::heading, 9, 9, "Prostitution och människohandel", "", {}},
      {SegmentKind::problem, 11, 11, "Sexköp sker i länets större orter.", "", {"pmh", "problem"}},
      {SegmentKind::paragraph,
       14,
       15,
       "Länsstyrelsen samordnar arbetet tillsammans med kommunerna.",
       "",
       {}},
      {SegmentKind::list_item, 17, 17, "Polisen", "", {}},
      {SegmentKind::list_item, 18, 18, "Socialtjänsten", "", {}},
      {SegmentKind::paragraph,
       20,
       20,
       "Samverkan med polisregion Bergslagen behövs.",
       "",
       {"actor.police"}},
      {SegmentKind::paragraph, 22, 22, "Ett stycke utan koder.", "", {}},
      {SegmentKind::goal, 24, 24, "Stärka myndighetssamverkan kring människohandel.", "", {"NS3"}},
      {SegmentKind::responsible, 26, 26, "Länsstyrelsen", p + "8", {}},
      {SegmentKind::activity,
       28,
       29,
       "Insatsveckor mot sexköp i två kommuner.",
       p + "8",
       {"activity_type.action_week"}},
      {SegmentKind::responsible, 32, 32, "Polismyndigheten", p + "10", {}},
      {SegmentKind::responsible, 33, 33, "Migrationsverket", p + "10", {"actor.migration_agency"}},
      {SegmentKind::indicator, 35, 35, "Antal genomförda insatsveckor", p + "10", {}},
      {SegmentKind::follow_up, 36, 36, "Länsstyrelsen följer upp årligen.", p + "10", {}},
      {SegmentKind::indicator, 38, 38, "Antal ärenden", p + "8", {}},
      {SegmentKind::follow_up, 41, 41, "Uppföljning sker i december.", p + "8", {"follow_up"}},
      {SegmentKind::activity, 44, 44, "En aktivitet utan mål.", "", {}},
      {SegmentKind::heading, 46, 46, "Stöd", "", {}},
      {SegmentKind::problem, 47, 47, "Stödet är ojämnt fördelat.", "", {}},
  };
  ASSERT_EQ(doc.segments.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Segment& s = doc.segments[i];
    SCOPED_TRACE("segment " + std::to_string(i + 1) + ": " + s.text);
    EXPECT_EQ(s.id, p + std::to_string(i + 1));
    EXPECT_EQ(s.kind, expected[i].kind);
    EXPECT_EQ(s.page, 1);
    EXPECT_EQ(s.line, expected[i].line);
    EXPECT_EQ(s.last_line, expected[i].last_line);
    EXPECT_EQ(s.text, expected[i].text);
    EXPECT_EQ(s.parent, expected[i].parent);
    EXPECT_EQ(s.manual_codes, expected[i].manual_codes);
    EXPECT_TRUE(s.hits.empty());
  }
}

TEST(YamlDocumentReaderTest, SectionsAreTheEnclosingHeadingsOutermostFirst) {
  const Document doc = read_yaml_document(kFull, "plans/vastmanland.yaml");
  const Strings outer = {"Prostitution och människohandel"};
  EXPECT_EQ(doc.segments[0].section, Strings{});
  for (std::size_t i = 1; i <= 16; ++i) EXPECT_EQ(doc.segments[i].section, outer) << i;
  EXPECT_EQ(doc.segments[17].section, outer);  // the heading "Stöd" itself
  EXPECT_EQ(doc.segments[18].section, (Strings{"Prostitution och människohandel", "Stöd"}));
}

TEST(YamlDocumentReaderTest, BlockScalarTextIsKeptExactlyWithoutTheFinalLineBreak) {
  const std::string yaml = replace(kSmall, "      - goal: Samverkan ska öka.\n",
                                   "      - goal: |\n"
                                   "          Samverkan  ska öka\n"
                                   "          i hela länet.\n");
  const Document doc = read_yaml_document(yaml, "x.yaml");
  ASSERT_EQ(doc.segments.size(), 3u);
  EXPECT_EQ(doc.segments[1].text, "Samverkan  ska öka\ni hela länet.");
  EXPECT_EQ(doc.segments[1].line, 9);
  EXPECT_EQ(doc.segments[1].last_line, 10);
  EXPECT_EQ(doc.segments[2].kind, SegmentKind::indicator);
  EXPECT_EQ(doc.segments[2].parent, "x:2");
}

TEST(YamlDocumentReaderTest, PlainAndFoldedProseIsSegmentedAtItsSourceLines) {
  const std::string head = "goalchain: 1\ncounty: U\ntype: strategi\nperiod: 2020\nsections:\n";
  const Document plain = read_yaml_document(head +
                                                "  - heading: A\n"            // 6
                                                "    text: Första stycket\n"  // 7
                                                "      fortsätter här.\n"     // 8
                                                "\n"                          // 9
                                                "      Andra stycket.\n",     // 10
                                            "x.yaml");
  ASSERT_EQ(plain.segments.size(), 3u);
  EXPECT_EQ(plain.segments[1].text, "Första stycket fortsätter här.");
  EXPECT_EQ(plain.segments[1].line, 7);
  EXPECT_EQ(plain.segments[1].last_line, 8);
  EXPECT_EQ(plain.segments[2].text, "Andra stycket.");
  EXPECT_EQ(plain.segments[2].line, 10);
  EXPECT_EQ(plain.segments[2].section, Strings{"A"});

  const Document folded = read_yaml_document(head +
                                                 "  - heading: A\n"   // 6
                                                 "    text: >\n"      // 7
                                                 "      Ett\n"        // 8
                                                 "      två.\n"       // 9
                                                 "\n"                 // 10
                                                 "      Tre.\n"       // 11
                                                 "    problem: P\n",  // 12
                                             "x.yaml");
  ASSERT_EQ(folded.segments.size(), 4u);
  EXPECT_EQ(folded.segments[1].text, "Ett två.");
  EXPECT_EQ(folded.segments[1].line, 8);
  EXPECT_EQ(folded.segments[1].last_line, 9);
  EXPECT_EQ(folded.segments[2].text, "Tre.");
  EXPECT_EQ(folded.segments[2].line, 11);
  EXPECT_EQ(folded.segments[3].kind, SegmentKind::problem);
  EXPECT_EQ(folded.segments[3].line, 12);
}

TEST(YamlDocumentReaderTest, QuotedProseGetsTheLinesOfTheWholeScalar) {
  const Document doc = read_yaml_document(
      "goalchain: 1\ncounty: U\ntype: strategi\nperiod: 2020\nsections:\n"
      "  - heading: A\n"                  // 6
      "    text: \"Ett \\\"citat\\\".\n"  // 7
      "\n"                                // 8
      "      Nästa.\"\n",                 // 9
      "x.yaml");
  ASSERT_EQ(doc.segments.size(), 3u);
  EXPECT_EQ(doc.segments[1].text, "Ett \"citat\".");
  EXPECT_EQ(doc.segments[2].text, "Nästa.");
  for (std::size_t i = 1; i < 3; ++i) {
    EXPECT_EQ(doc.segments[i].line, 7);
    EXPECT_EQ(doc.segments[i].last_line, 9);
  }
}

TEST(YamlDocumentReaderTest, ProseHeadingsNestUnderTheYamlHeading) {
  const Document doc = read_yaml_document(
      "goalchain: 1\ncounty: U\ntype: strategi\nperiod: 2020\nsections:\n"
      "  - heading: Bakgrund\n"
      "    text: |\n"
      "      # Läget\n"
      "      Ett stycke.\n",
      "x.yaml");
  ASSERT_EQ(doc.segments.size(), 3u);
  EXPECT_EQ(doc.segments[1].kind, SegmentKind::heading);
  EXPECT_EQ(doc.segments[1].line, 8);
  EXPECT_EQ(doc.segments[1].section, Strings{"Bakgrund"});
  EXPECT_EQ(doc.segments[2].section, (Strings{"Bakgrund", "Läget"}));
}

TEST(YamlDocumentReaderTest, TitleDefaultsToTheFirstHeading) {
  const Document doc = read_yaml_document(kSmall, "x.yaml");
  EXPECT_EQ(doc.title, "Mål");
  EXPECT_EQ(doc.source, "");
  EXPECT_EQ(doc.language, "");
}

TEST(YamlDocumentReaderTest, AcceptsOtherSpellingsOfCountyTypeAndPeriod) {
  struct Case {
    std::string county, type, period;
    std::string_view county_code;
    DocumentType doc_type;
    int from, to;
  };
  const std::vector<Case> cases = {
      {"U", "Lägesrapport", "2017-2020", "U", DocumentType::lagesrapport, 2017, 2020},
      {"Västmanlands län", "lagesrapport", "\"2018 – 2021\"", "U", DocumentType::lagesrapport, 2018,
       2021},
      {"Länsstyrelsen i Stockholms län", "SLUTREDOVISNING", "2019", "AB",
       DocumentType::slutredovisning, 2019, 2019},
      {"kronoberg", "annat", "2021–2021", "G", DocumentType::annat, 2021, 2021},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.county + " " + c.type + " " + c.period);
    std::string yaml = replace(kSmall, "county: Västmanland", "county: " + c.county);
    yaml = replace(yaml, "type: handlingsplan", "type: " + c.type);
    yaml = replace(yaml, "period: 2020", "period: " + c.period);
    const Document doc = read_yaml_document(yaml, "x.yaml");
    ASSERT_NE(doc.county, nullptr);
    EXPECT_EQ(doc.county->code, c.county_code);
    EXPECT_EQ(doc.type, c.doc_type);
    EXPECT_EQ(doc.period.from, c.from);
    EXPECT_EQ(doc.period.to, c.to);
  }
}

TEST(YamlDocumentReaderTest, CodesAreCheckedOnlyAgainstAGivenCodebook) {
  EXPECT_EQ(read_yaml_document(kSmall, "x.yaml").segments[1].manual_codes, Strings{"NS3"});
  const Document doc = read_yaml_document(kSmall, "x.yaml", with_codes({"NS1", "NS3"}));
  EXPECT_EQ(doc.segments[1].manual_codes, Strings{"NS3"});
}

TEST(YamlDocumentReaderTest, CrlfLineEndsAndAByteOrderMarkKeepLinesAndColumns) {
  std::string yaml = "\xEF\xBB\xBF";
  for (const char c : replace(kSmall, "county: Västmanland", "county: Västmanlnad")) {
    if (c == '\n') yaml += '\r';
    yaml += c;
  }
  expect_error(error_of(yaml), 2, 9, "unknown county 'Västmanlnad'", "did you mean 'Västmanland'?");
  const Document doc = read_yaml_document(replace(yaml, "Västmanlnad", "Västmanland"), "x.yaml");
  ASSERT_EQ(doc.segments.size(), 3u);
  EXPECT_EQ(doc.segments[1].line, 8);
  EXPECT_EQ(doc.segments[1].text, "Samverkan ska öka.");
}

// ---- errors ----------------------------------------------------------------

TEST(YamlDocumentReaderTest, InvalidYamlGivesTheParserPosition) {
  const auto d = error_of(replace(kSmall, "codes: [NS3]", "codes: [NS3"));
  EXPECT_EQ(d.message, "not valid YAML: end of sequence flow not found");
  EXPECT_EQ(d.line, 10);
  EXPECT_EQ(d.column, 19);
  EXPECT_EQ(d.source_line, "        indicators: [Antal möten]");
}

TEST(YamlDocumentReaderTest, BadIndentationIsNotValidYaml) {
  const auto d = error_of(replace(kSmall, "        indicators:", "       indicators:"));
  expect_error(d, 10, 8, "not valid YAML: end of sequence not found");
}

TEST(YamlDocumentReaderTest, InvalidUtf8IsReportedAtItsByte) {
  const auto d = error_of(replace(kSmall, "Samverkan", "Samverkan \xE4r"));
  expect_error(d, 8, 25, "not valid UTF-8 (byte 0xE4)");
}

TEST(YamlDocumentReaderTest, UnknownKeySuggestsTheClosestOne) {
  const auto d = error_of(replace(kSmall, "indicators:", "indikators:"));
  expect_error(d, 10, 9, "unknown key 'indikators' in a goal", "did you mean 'indicators'?");
  EXPECT_EQ(d.source_line, "        indikators: [Antal möten]");
}

TEST(YamlDocumentReaderTest, UnknownKeyWithoutACloseOneListsTheAllowedKeys) {
  const auto d = error_of(replace(kSmall, "period: 2020\n", "period: 2020\nauthor: Anna\n"));
  expect_error(d, 5, 1, "unknown key 'author' at the top of the document",
               "the keys allowed at the top of the document are: goalchain, county, type, "
               "period, title, source, language, sections");
}

TEST(YamlDocumentReaderTest, DuplicateKeyIsReported) {
  const auto d = error_of(
      replace(kSmall, "        codes: [NS3]\n", "        codes: [NS3]\n        codes: [NS4]\n"));
  expect_error(d, 10, 9, "duplicate key 'codes'",
               "'codes' is already given on line 9; give each key once");
}

TEST(YamlDocumentReaderTest, WrongTypesAreNamed) {
  expect_error(error_of(replace(kSmall, "indicators: [Antal möten]", "indicators: Antal möten")),
               10, 21, "'indicators' must be a list");
  expect_error(error_of(replace(kSmall, "codes: [NS3]", "codes: NS3")), 9, 16,
               "'codes' must be a list", "write codes: [NS3, actor.police]");
  expect_error(error_of(replace(kSmall, "heading: Mål", "heading: [Mål]")), 6, 14,
               "'heading' must be text");
  expect_error(error_of(replace(kSmall,
                                "- goal: Samverkan ska öka.\n        codes: [NS3]\n"
                                "        indicators: [Antal möten]\n",
                                "- Samverkan ska öka.\n")),
               8, 9, "each entry of 'goals' must be a map with 'goal'");
  expect_error(error_of(replace(kSmall, "[Antal möten]", "[[Antal, möten]]")), 10, 22,
               "an entry of 'indicators' must be text or a map with 'text' and 'codes'");
  expect_error(error_of(kSmall.substr(0, kSmall.find("sections:")) + "sections: alla\n"), 5, 11,
               "'sections' must be a list");
}

TEST(YamlDocumentReaderTest, EmptyTextIsReportedAtItsKey) {
  expect_error(error_of(replace(kSmall, "goal: Samverkan ska öka.", "goal:")), 8, 9,
               "'goal' is empty");
  expect_error(error_of(replace(kSmall, "[Antal möten]", "[\"  \"]")), 10, 22,
               "an entry of 'indicators' is empty");
}

TEST(YamlDocumentReaderTest, MissingRequiredKeysAreAllReported) {
  const auto errors = errors_of("goalchain: 1\nsections:\n  - goals:\n      - codes: [NS1]\n");
  ASSERT_EQ(errors.size(), 5u);
  expect_error(errors[0], 1, 1, "missing 'county'",
               "name the county: one of the 21 counties of the codebook (e.g. Stockholm) or its "
               "letter code (e.g. AB)");
  expect_error(errors[1], 1, 1, "missing 'type'");
  expect_error(errors[2], 1, 1, "missing 'period'");
  expect_error(errors[3], 3, 5, "missing 'heading' in a section");
  expect_error(errors[4], 4, 9, "missing 'goal'");
}

TEST(YamlDocumentReaderTest, MissingTextInAnItemMap) {
  expect_error(error_of(replace(kSmall, "[Antal möten]", "[{codes: [NS1]}]")), 10, 22,
               "missing 'text' in an entry of 'indicators'");
}

TEST(YamlDocumentReaderTest, EmptySectionsAndANonMapDocument) {
  expect_error(error_of(kSmall.substr(0, kSmall.find("sections:")) + "sections: []\n"), 5, 11,
               "'sections' is empty");
  const auto list = error_of("- goalchain: 1\n");
  EXPECT_EQ(list.line, 1);
  EXPECT_EQ(list.column, 1);
  EXPECT_EQ(list.message,
            "a YAML-coded document must be a map with 'goalchain', 'county', 'type', 'period' "
            "and 'sections'");
  const auto empty = error_of("");
  EXPECT_EQ(empty.line, 0);
  EXPECT_EQ(empty.message, list.message);
}

TEST(YamlDocumentReaderTest, VersionMustBeOneAndIsCheckedFirst) {
  // Other problems are not reported against a format this reader does not know.
  const auto errors = errors_of(
      replace(replace(kSmall, "goalchain: 1", "goalchain: 2"), "indicators:", "indikators:"));
  ASSERT_EQ(errors.size(), 1u);
  expect_error(errors[0], 1, 12, "unsupported format version '2'",
               "this goalchain reads goalchain: 1");
  expect_error(error_of(replace(kSmall, "goalchain: 1\n", "")), 1, 1, "missing 'goalchain'",
               "start the file with goalchain: 1, the format version");
}

TEST(YamlDocumentReaderTest, ACodebookGivenAsADocumentIsNamedAsSuch) {
  const auto d = error_of("# kodbok\ngoalchain_codebook: 1\nname: pmh-sv\ncodes: []\n");
  expect_error(d, 2, 1, "this is a codebook, not a YAML-coded document",
               "give a codebook with -c/--codebook, not as an input");
}

TEST(YamlDocumentReaderTest, UnknownCountySuggestsACountyName) {
  expect_error(error_of(replace(kSmall, "Västmanland", "Västmanlnad")), 2, 9,
               "unknown county 'Västmanlnad'", "did you mean 'Västmanland'?");
  expect_error(error_of(replace(kSmall, "Västmanland", "Atlantis")), 2, 9,
               "unknown county 'Atlantis'",
               "name one of the 21 counties of the codebook (e.g. Stockholm) or its letter code "
               "(e.g. AB)");
}

TEST(YamlDocumentReaderTest, UnknownTypeSuggestsATypeName) {
  expect_error(error_of(replace(kSmall, "type: handlingsplan", "type: handlingplan")), 3, 7,
               "unknown document type 'handlingplan'", "did you mean 'handlingsplan'?");
  expect_error(error_of(replace(kSmall, "type: handlingsplan", "type: protokoll")), 3, 7,
               "unknown document type 'protokoll'",
               "use one of strategi, handlingsplan, slutredovisning, lägesrapport, annat");
}

TEST(YamlDocumentReaderTest, BadPeriods) {
  for (const std::string period : {"20201", "2020/2021", "våren 2020", "1850", "2017–"}) {
    SCOPED_TRACE(period);
    expect_error(error_of(replace(kSmall, "period: 2020", "period: " + period)), 4, 9,
                 "invalid period '" + period + "'",
                 "write one year (2020) or a range of years (2017–2020), years 1990–2099");
  }
  expect_error(error_of(replace(kSmall, "period: 2020", "period: 2020–2017")), 4, 9,
               "invalid period '2020–2017'",
               "the period ends before it starts: write the earlier year first");
}

TEST(YamlDocumentReaderTest, CodesMissingFromTheCodebookSuggestAKnownCode) {
  const ReadOptions options = with_codes({"pmh", "NS1", "NS2", "NS3", "NS4", "actor.police"});
  expect_error(error_of(replace(kSmall, "[NS3]", "[NS3, NS5]"), options), 9, 22,
               "unknown code 'NS5'", "did you mean 'NS1'?");
  expect_error(error_of(replace(kSmall, "[NS3]", "[actor.polis]"), options), 9, 17,
               "unknown code 'actor.polis'", "did you mean 'actor.police'?");
  expect_error(error_of(replace(kSmall, "[NS3]", "[målgrupp]"), options), 9, 17,
               "unknown code 'målgrupp'", "use the id of a code in the codebook");
  expect_error(error_of(replace(kSmall, "[NS3]", "[NS3, NS3]"), options), 9, 22,
               "code 'NS3' is given twice");
}

TEST(YamlDocumentReaderTest, CollectsEveryProblemInFileOrder) {
  std::string yaml = replace(kSmall, "Västmanland", "Västmanlnad");
  yaml = replace(yaml, "period: 2020", "period: 2O20");
  yaml = replace(yaml, "goals:", "gaols:");
  yaml += "  - heading: Två\n    paragraphs:\n      - text: Ett stycke.\n        codes: [NS9]\n";
  const auto errors = errors_of(yaml, with_codes({"NS3", "NS1"}));
  ASSERT_EQ(errors.size(), 4u);
  expect_error(errors[0], 2, 9, "unknown county 'Västmanlnad'");
  expect_error(errors[1], 4, 9, "invalid period '2O20'");
  expect_error(errors[2], 7, 5, "unknown key 'gaols' in a section", "did you mean 'goals'?");
  expect_error(errors[3], 14, 17, "unknown code 'NS9'");
}

TEST(YamlDocumentReaderTest, EntriesButNotHeadingsOrProseAreHandCodable) {
  const Document doc = read_yaml_document(kFull, "plan.yaml");
  ASSERT_FALSE(doc.segments.empty());
  int codable = 0;
  for (const Segment& segment : doc.segments) {
    const bool entry = segment.kind != SegmentKind::heading && segment.kind != SegmentKind::list_item &&
                       !(segment.kind == SegmentKind::paragraph && segment.line >= 14 && segment.line <= 15);
    EXPECT_EQ(segment.hand_codable, entry) << segment.id << " " << segment.text;
    codable += segment.hand_codable;
  }
  EXPECT_GT(codable, 3);
}

}  // namespace
}  // namespace goalchain::document
