#include "goalchain/agreement/agreement_units.h"

#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/yaml_document_reader.h"
#include "goalchain/util/diagnostic.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace goalchain::agreement {
namespace {

using Codes = std::set<std::string>;

constexpr const char* kCodebook = R"(goalchain_codebook: 1
name: test
codes:
  - id: pmh
    label: PMH
    keywords: [prostitution*, människohandel*]
  - id: goal
    label: Mål
    keywords: [målet]
)";

// Line 8: "Prostitution ..." (pmh by both); line 10: two sentences, the second
// with the hit; line 12: coded goal by hand only; line 14: a plain entry the
// person left uncoded, but the engine finds pmh in it. Line 15 opens a second
// section.
constexpr const char* kCoded = R"(goalchain: 1
county: Kronoberg
type: handlingsplan
period: 2021
sections:
  - heading: Läget
    paragraphs:
      - text: Prostitution förekommer.
        codes: [pmh]
      - text: Läget är oklart. Människohandel har upptäckts.
        codes: [pmh]
      - text: Vi vill öka kunskapen.
        codes: [goal]
      - Människohandel nämns här.
  - heading: Mål
    paragraphs:
      - text: Målet är en lägesbild.
        codes: [goal]
)";

codebook::Codebook test_codebook() { return codebook::parse_codebook(kCodebook, "test.yaml"); }

std::vector<document::Document> coded_documents(const codebook::Codebook& book) {
  std::vector<document::Document> documents{
      document::read_yaml_document(kCoded, "kronoberg-handlingsplan-2021.yaml")};
  const codebook::Matcher matcher(book);
  for (auto& d : documents) coding::code_document(d, matcher);
  return documents;
}

TEST(AgreementUnitsTest, UnitKindNames) {
  EXPECT_EQ(to_string(UnitKind::sentence), "sentence");
  EXPECT_EQ(unit_kind_from_string("section"), UnitKind::section);
  EXPECT_EQ(unit_kind_from_string("segment"), UnitKind::segment);
  EXPECT_FALSE(unit_kind_from_string("paragraph").has_value());
}

TEST(AgreementUnitsTest, SegmentsPairManualCodesWithHits) {
  const auto book = test_codebook();
  const auto units = units_person_vs_codebook(coded_documents(book), book, UnitKind::segment);
  // The two headings are not hand-codable: five units, not seven.
  ASSERT_EQ(units.size(), 5u);
  EXPECT_EQ(units[0].text, "Prostitution förekommer.");
  EXPECT_EQ(units[0].line, 8);
  EXPECT_EQ(units[0].document, "kronoberg-handlingsplan-2021.yaml");
  EXPECT_EQ(units[0].codes, (std::vector<Codes>{{"pmh"}, {"pmh"}}));
  EXPECT_EQ(units[0].evidence, (std::vector<std::string>{"pmh: prostitution* → Prostitution"}));
  EXPECT_EQ(units[1].codes, (std::vector<Codes>{{"pmh"}, {"pmh"}}));
  EXPECT_EQ(units[2].codes, (std::vector<Codes>{{"goal"}, {}}));
  EXPECT_TRUE(units[2].evidence.empty());
  // Left uncoded by the person: "none apply", against the engine's pmh.
  EXPECT_EQ(units[3].text, "Människohandel nämns här.");
  EXPECT_EQ(units[3].codes, (std::vector<Codes>{{}, {"pmh"}}));
  EXPECT_EQ(units[3].evidence,
            (std::vector<std::string>{"pmh: människohandel* → Människohandel"}));
  EXPECT_EQ(units[4].codes, (std::vector<Codes>{{"goal"}, {"goal"}}));
}

TEST(AgreementUnitsTest, SentencesInheritManualCodesAndTakeTheHitsThatStartInThem) {
  const auto book = test_codebook();
  const auto units = units_person_vs_codebook(coded_documents(book), book, UnitKind::sentence);
  ASSERT_EQ(units.size(), 6u);
  EXPECT_EQ(units[1].text, "Läget är oklart.");
  EXPECT_EQ(units[1].codes, (std::vector<Codes>{{"pmh"}, {}}));
  EXPECT_TRUE(units[1].evidence.empty());
  EXPECT_EQ(units[2].text, "Människohandel har upptäckts.");
  EXPECT_EQ(units[2].codes, (std::vector<Codes>{{"pmh"}, {"pmh"}}));
  EXPECT_EQ(units[2].id, units[1].id.substr(0, units[1].id.size() - 1) + "2");
  EXPECT_EQ(units[1].line, units[2].line);
}

TEST(AgreementUnitsTest, SectionsTakeTheUnionOfTheirSegments) {
  const auto book = test_codebook();
  const auto units = units_person_vs_codebook(coded_documents(book), book, UnitKind::section);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].text, "Läget");
  EXPECT_EQ(units[0].codes, (std::vector<Codes>{{"pmh", "goal"}, {"pmh"}}));
  // Segments 2 and 4 give the same evidence line; it is listed once.
  EXPECT_EQ(units[0].evidence,
            (std::vector<std::string>{"pmh: prostitution* → Prostitution",
                                      "pmh: människohandel* → Människohandel"}));
  EXPECT_EQ(units[1].text, "Mål");
  EXPECT_EQ(units[1].line, 17);
  EXPECT_EQ(units[1].codes, (std::vector<Codes>{{"goal"}, {"goal"}}));
}

TEST(AgreementUnitsTest, NonYamlSegmentsAreNoUnits) {
  const auto book = test_codebook();
  document::Document plain;
  plain.id = "plain";
  document::Segment segment;
  segment.text = "Prostitution förekommer.";
  plain.segments.push_back(segment);
  EXPECT_TRUE(units_person_vs_codebook({plain}, book, UnitKind::segment).empty());
}

// Another coder's version of kCoded: the same text, other codes.
std::string recoded(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(AgreementUnitsTest, CodersAreAlignedSegmentBySegment) {
  const std::string second = recoded(kCoded, "  codes: [goal]\n      - M", "  codes: [pmh]\n      - M");
  const std::string third = recoded(kCoded, "codes: [pmh]\n      - text: Läget", "codes: []\n      - text: Läget");
  const std::vector<document::Document> versions{
      document::read_yaml_document(kCoded, "a.yaml"), document::read_yaml_document(second, "b.yaml"),
      document::read_yaml_document(third, "c.yaml")};
  const auto units = units_between_coders(versions, UnitKind::segment);
  ASSERT_EQ(units.size(), 5u);
  EXPECT_EQ(units[0].document, "a.yaml");
  EXPECT_EQ(units[0].codes, (std::vector<Codes>{{"pmh"}, {"pmh"}, {}}));
  EXPECT_EQ(units[1].codes, (std::vector<Codes>{{"pmh"}, {"pmh"}, {"pmh"}}));
  EXPECT_EQ(units[2].codes, (std::vector<Codes>{{"goal"}, {"pmh"}, {"goal"}}));
  EXPECT_EQ(units[3].codes, (std::vector<Codes>{{}, {}, {}}));
  EXPECT_TRUE(units[3].evidence.empty());

  const auto sections = units_between_coders(versions, UnitKind::section);
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(sections[0].codes, (std::vector<Codes>{{"pmh", "goal"}, {"pmh"}, {"pmh", "goal"}}));
}

util::DiagnosticError error_between(const std::string& first, const std::string& second) {
  const std::vector<document::Document> versions{document::read_yaml_document(first, "a.yaml"),
                                                 document::read_yaml_document(second, "b.yaml")};
  try {
    units_between_coders(versions, UnitKind::segment, {first, second});
  } catch (const util::DiagnosticError& e) {
    return e;
  }
  ADD_FAILURE() << "no error";
  return util::DiagnosticError(util::Diagnostic{});
}

TEST(AgreementUnitsTest, ACoderFileForAnotherDocumentIsAnErrorAtTheKey) {
  const auto e = error_between(kCoded, recoded(kCoded, "period: 2021", "period: 2020"));
  ASSERT_EQ(e.diagnostics().size(), 1u);
  const auto& d = e.diagnostics()[0];
  EXPECT_EQ(d.file, "b.yaml");
  EXPECT_EQ(d.line, 4);
  EXPECT_EQ(d.column, 1);
  EXPECT_EQ(d.source_line, "period: 2020");
  EXPECT_EQ(d.message,
            "this coder file describes Kronoberg, handlingsplan, 2020, but the first (a.yaml) "
            "describes Kronoberg, handlingsplan, 2021");
  EXPECT_NE(d.hint.find("same document"), std::string::npos);

  const auto county = error_between(kCoded, recoded(kCoded, "Kronoberg", "Kalmar"));
  EXPECT_EQ(county.diagnostics().at(0).line, 2);
}

TEST(AgreementUnitsTest, SegmentsThatDoNotLineUpAreAnErrorAtTheFirstDifference) {
  const auto e = error_between(kCoded, recoded(kCoded, "Vi vill öka", "Vi ska öka"));
  ASSERT_EQ(e.diagnostics().size(), 1u);
  const auto& d = e.diagnostics()[0];
  EXPECT_EQ(d.file, "b.yaml");
  EXPECT_EQ(d.line, 12);
  EXPECT_EQ(d.column, 15);  // "      - text: Vi ska ..."
  EXPECT_EQ(d.message,
            "codable segment 3 does not line up with a.yaml:12, which reads \"Vi vill öka "
            "kunskapen.\"");
  EXPECT_NE(d.hint.find("change only the codes"), std::string::npos);
}

TEST(AgreementUnitsTest, ADifferentNumberOfSegmentsIsAnError) {
  const std::string extra = std::string(kCoded) + "      - En mening till.\n";
  const auto longer = error_between(kCoded, extra);
  EXPECT_EQ(longer.diagnostics().at(0).line, 19);
  EXPECT_NE(longer.diagnostics()[0].message.find("this file has 6 codable segments, but a.yaml has 5"),
            std::string::npos);
  const auto shorter = error_between(extra, kCoded);
  EXPECT_EQ(shorter.diagnostics().at(0).file, "b.yaml");
  EXPECT_NE(shorter.diagnostics()[0].message.find("a.yaml:19 \"En mening till.\" is missing"),
            std::string::npos);
}

TEST(AgreementUnitsTest, EveryMisfitVersionIsReported) {
  const std::vector<std::string> sources{kCoded, recoded(kCoded, "period: 2021", "period: 2019"),
                                         kCoded, recoded(kCoded, "Vi vill", "Vi kan")};
  std::vector<document::Document> versions;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    versions.push_back(document::read_yaml_document(sources[i], fmt::format("v{}.yaml", i)));
  }
  try {
    units_between_coders(versions, UnitKind::segment, sources);
    FAIL() << "no error";
  } catch (const util::DiagnosticError& e) {
    ASSERT_EQ(e.diagnostics().size(), 2u);
    EXPECT_EQ(e.diagnostics()[0].file, "v1.yaml");
    EXPECT_EQ(e.diagnostics()[1].file, "v3.yaml");
  }
  // Without the sources the line is still known, the column is not.
  try {
    units_between_coders(versions, UnitKind::segment);
    FAIL() << "no error";
  } catch (const util::DiagnosticError& e) {
    EXPECT_EQ(e.diagnostics().at(1).line, 12);
    EXPECT_EQ(e.diagnostics()[1].column, 0);
  }
}

}  // namespace
}  // namespace goalchain::agreement
