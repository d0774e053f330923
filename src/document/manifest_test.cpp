#include "goalchain/document/manifest.h"

#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

namespace goalchain::document {
namespace {

namespace fs = std::filesystem;

std::vector<util::Diagnostic> problems_of(std::string_view yaml,
                                          const ManifestFileCheck& check = {}) {
  try {
    parse_manifest(yaml, "lists/manifest.yaml", check);
  } catch (const util::DiagnosticError& error) {
    return error.diagnostics();
  }
  ADD_FAILURE() << "no DiagnosticError for:\n" << yaml;
  return {};
}

TEST(ManifestTest, ReadsEntriesAndResolvesPathsAgainstItsFolder) {
  const auto entries = parse_manifest(
      "- path: norrbotten.pdf\n"
      "  county: Norrbottens län\n"
      "  type: handlingsplan\n"
      "  period: \"2021–2023\"\n"
      "  title: Handlingsplan mot prostitution\n"
      "- path: ../plans/uppsala.txt\n"
      "  period: 2020\n"
      "- path: /srv/plans/skane.md\n"
      "  type: Lägesrapport\n"
      "  period: 2017-20\n",
      "lists/manifest.yaml");
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].path, fs::path("lists/norrbotten.pdf"));
  EXPECT_EQ(entries[0].line, 1);
  ASSERT_NE(entries[0].county, nullptr);
  EXPECT_EQ(entries[0].county->code, "BD");
  EXPECT_EQ(entries[0].type, DocumentType::handlingsplan);
  ASSERT_TRUE(entries[0].period.has_value());
  EXPECT_EQ(to_string(*entries[0].period), "2021–2023");
  EXPECT_EQ(entries[0].title, "Handlingsplan mot prostitution");

  EXPECT_EQ(entries[1].path, fs::path("plans/uppsala.txt"));
  EXPECT_EQ(entries[1].line, 6);
  EXPECT_EQ(entries[1].county, nullptr);
  EXPECT_FALSE(entries[1].type.has_value());
  EXPECT_EQ(to_string(*entries[1].period), "2020");
  EXPECT_FALSE(entries[1].title.has_value());

  EXPECT_EQ(entries[2].path, fs::path("/srv/plans/skane.md"));
  EXPECT_EQ(entries[2].type, DocumentType::lagesrapport);
  EXPECT_EQ(to_string(*entries[2].period), "2017–2020");
}

TEST(ManifestTest, ManifestInTheCurrentFolder) {
  const auto entries = parse_manifest("- path: a.txt\n", "manifest.yaml");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].path, fs::path("a.txt"));
}

TEST(ManifestTest, UnknownKeyWithSuggestion) {
  const auto problems = problems_of("- path: a.txt\n  contry: Uppsala\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "lists/manifest.yaml");
  EXPECT_EQ(problems[0].line, 2);
  EXPECT_EQ(problems[0].column, 3);
  EXPECT_EQ(problems[0].message, "unknown key 'contry' in a manifest entry");
  EXPECT_EQ(problems[0].hint, "did you mean 'county'?");
}

TEST(ManifestTest, UnknownCountyWithSuggestion) {
  const auto problems = problems_of("- path: a.txt\n  county: Norbotten\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 2);
  EXPECT_EQ(problems[0].column, 11);
  EXPECT_EQ(problems[0].message, "unknown county 'Norbotten'");
  EXPECT_EQ(problems[0].hint, "did you mean 'Norrbotten'?");
  EXPECT_EQ(problems[0].source_line, "  county: Norbotten");
}

TEST(ManifestTest, BadTypeAndPeriod) {
  const auto problems = problems_of(
      "- path: a.txt\n"
      "  type: handlingplan\n"
      "  period: 2023-2021\n"
      "- path: b.txt\n"
      "  type: rapport\n"
      "  period: våren 2020\n");
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].line, 2);
  EXPECT_EQ(problems[0].message, "unknown document type 'handlingplan'");
  EXPECT_EQ(problems[0].hint, "did you mean 'handlingsplan'?");
  EXPECT_EQ(problems[1].line, 3);
  EXPECT_EQ(problems[1].column, 11);
  EXPECT_EQ(problems[1].message, "not a period: '2023-2021'");
  EXPECT_EQ(problems[2].line, 5);
  EXPECT_NE(problems[2].hint.find("handlingsplan"), std::string::npos);
  EXPECT_EQ(problems[3].line, 6);
  EXPECT_EQ(problems[3].message, "not a period: 'våren 2020'");
}

TEST(ManifestTest, PeriodsThatAreAccepted) {
  for (const auto& [value, expected] : std::vector<std::pair<std::string, std::string>>{
           {"2020", "2020"},
           {"\"2017–2020\"", "2017–2020"},
           {"2017 - 2020", "2017–2020"},
           {"\"2019—2020\"", "2019–2020"},
           {"2020-22", "2020–2022"},
           {"2020-2020", "2020"}}) {
    SCOPED_TRACE(value);
    const auto entries = parse_manifest("- path: a.txt\n  period: " + value + "\n", "m.yaml");
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(to_string(*entries[0].period), expected);
  }
  for (const std::string value : {"20", "2020-", "2020–2", "1850", "2020 och 2021", "\"\"", "[2020]"}) {
    SCOPED_TRACE(value);
    const auto problems = problems_of("- path: a.txt\n  period: " + value + "\n");
    EXPECT_EQ(problems.size(), 1u);
  }
}

TEST(ManifestTest, EveryProblemIsReported) {
  const auto problems = problems_of(
      "- county: Uppsala\n"
      "- path: a.txt\n"
      "  titel: x\n"
      "- just a path.txt\n"
      "- path: a.txt\n");
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].message, "manifest entry without 'path'");
  EXPECT_EQ(problems[0].line, 1);
  EXPECT_EQ(problems[1].message, "unknown key 'titel' in a manifest entry");
  EXPECT_EQ(problems[1].hint, "did you mean 'title'?");
  EXPECT_EQ(problems[2].message, "a manifest entry must be a map with at least 'path'");
  EXPECT_EQ(problems[2].line, 4);
  EXPECT_EQ(problems[3].message, "'a.txt' is listed twice");
  EXPECT_EQ(problems[3].line, 5);
  EXPECT_NE(problems[3].hint.find("line 2"), std::string::npos);
}

TEST(ManifestTest, NotAListOrNotYaml) {
  auto problems = problems_of("path: a.txt\ncounty: Uppsala\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message, "a manifest must be a YAML list of entries");
  problems = problems_of("");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message, "a manifest must be a YAML list of entries");
  problems = problems_of("- path: [a.txt\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(problems[0].message.starts_with("not valid YAML")) << problems[0].message;
  EXPECT_GT(problems[0].line, 0);
}

TEST(ManifestTest, FileCheckAnswersBecomeProblemsAtThePath) {
  const auto problems = problems_of("- path: here.txt\n- path: gone.txt\n",
                                    [](const fs::path& file) -> std::optional<std::string> {
                                      if (file == fs::path("lists/gone.txt")) return "no such file";
                                      return std::nullopt;
                                    });
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 2);
  EXPECT_EQ(problems[0].column, 9);
  EXPECT_EQ(problems[0].message, "lists/gone.txt: no such file");
}

TEST(ManifestTest, LoadChecksThatFilesExist) {
  const fs::path dir =
      fs::temp_directory_path() / ("goalchain-manifest-" + std::to_string(::getpid()));
  fs::create_directories(dir / "sub");
  util::write_file_atomically(dir / "a.txt", "text\n");
  util::write_file_atomically(dir / "manifest.yaml",
                              "- path: a.txt\n  county: C\n- path: b.txt\n- path: sub\n");
  std::vector<util::Diagnostic> problems;
  try {
    load_manifest(dir / "manifest.yaml");
  } catch (const util::DiagnosticError& error) {
    problems = error.diagnostics();
  }
  util::write_file_atomically(dir / "manifest.yaml", "- path: a.txt\n  county: C\n");
  const auto entries = load_manifest(dir / "manifest.yaml");
  fs::remove_all(dir);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].line, 3);
  EXPECT_EQ(problems[0].message, (dir / "b.txt").string() + ": no such file");
  EXPECT_EQ(problems[1].line, 4);
  EXPECT_NE(problems[1].message.find("is a directory"), std::string::npos);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].path, dir / "a.txt");
  EXPECT_EQ(entries[0].county->name, "Uppsala");
}

TEST(ManifestTest, MissingManifestIsADiagnostic) {
  try {
    load_manifest("/nonexistent-goalchain-dir/manifest.yaml");
    FAIL() << "expected a DiagnosticError";
  } catch (const util::DiagnosticError& error) {
    ASSERT_EQ(error.diagnostics().size(), 1u);
    EXPECT_EQ(error.diagnostics()[0].message, "cannot read manifest: No such file or directory");
  }
}

TEST(ManifestTest, EntryOverridesOnlyWhatItGives) {
  Document document;
  document.county = find_county("Skåne");
  document.type = DocumentType::strategi;
  document.period = Period{2017, 2020};
  document.title = "Strategi";
  ManifestEntry entry;
  entry.type = DocumentType::handlingsplan;
  entry.title = "Ny titel";
  apply_manifest_entry(entry, document);
  EXPECT_EQ(document.county->name, "Skåne");
  EXPECT_EQ(document.type, DocumentType::handlingsplan);
  EXPECT_EQ(to_string(document.period), "2017–2020");
  EXPECT_EQ(document.title, "Ny titel");
  entry.county = find_county("Norrbotten");
  entry.period = Period{2021, 2023};
  apply_manifest_entry(entry, document);
  EXPECT_EQ(document.county->name, "Norrbotten");
  EXPECT_EQ(to_string(document.period), "2021–2023");
}

TEST(ManifestTest, DuplicateKeysAndLaterDocumentsAreReported) {
  const auto problems = problems_of(
      "- path: a.txt\n  county: Uppsala\n  county: Kalmar\n---\n- path: b.txt\n");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].line, 3);
  EXPECT_EQ(problems[0].column, 3);
  EXPECT_EQ(problems[0].message, "duplicate key 'county'");
  EXPECT_EQ(problems[1].line, 4);
  EXPECT_NE(problems[1].message.find("second YAML document"), std::string::npos);
}

TEST(ManifestTest, ASelfReferencingAliasIsAnErrorNotARecursion) {
  const auto problems = problems_of("- &e {path: a.txt, title: *e}\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 1);
  EXPECT_EQ(problems[0].column, 27);
  EXPECT_EQ(problems[0].message, "alias '*e' lies inside the node '&e' it refers to");
}

TEST(ManifestTest, AManifestThatNeverEndsStopsAtTheSizeLimit) {
  try {
    load_manifest("/dev/zero", 1 << 20);
    FAIL() << "expected an error";
  } catch (const util::DiagnosticError& e) {
    EXPECT_EQ(e.diagnostics().at(0).file, "/dev/zero");
    EXPECT_EQ(e.diagnostics().at(0).message, "larger than 1 MiB, the limit on one input file");
  }
}

}  // namespace
}  // namespace goalchain::document
