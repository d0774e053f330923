#include "goalchain/cli/codebook_locator.h"

#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <sstream>

namespace goalchain::cli {
namespace {

class CodebookLocatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // ctest runs each test in its own process, two at a time: the folder
    // must be this process's own (gtest's random seed is the same for
    // processes started in the same millisecond).
    dir_ = std::filesystem::temp_directory_path() /
           ("goalchain-locator-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    util::write_file_atomically(dir_ / "mine.yaml", "goalchain_codebook: 1\n");
    ::setenv("GOALCHAIN_CODEBOOK_DIR", dir_.c_str(), 1);
  }
  void TearDown() override {
    ::unsetenv("GOALCHAIN_CODEBOOK_DIR");
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
};

TEST_F(CodebookLocatorTest, EnvironmentFolderComesFirst) {
  ASSERT_FALSE(codebook_search_dirs().empty());
  EXPECT_EQ(codebook_search_dirs().front(), dir_);
  EXPECT_EQ(find_codebook("mine"), dir_ / "mine.yaml");
  EXPECT_EQ(find_codebook("mine.yaml"), dir_ / "mine.yaml");
}

TEST_F(CodebookLocatorTest, AnExistingPathIsTakenAsItIs) {
  const auto path = (dir_ / "mine.yaml").string();
  EXPECT_EQ(find_codebook(path), std::filesystem::path(path));
}

TEST_F(CodebookLocatorTest, PathsAreNotLookedUpAmongShippedCodebooks) {
  EXPECT_EQ(find_codebook("elsewhere/mine.yaml"), std::nullopt);
  EXPECT_EQ(find_codebook("no-such-codebook"), std::nullopt);
  EXPECT_EQ(find_codebook(""), std::nullopt);
}

TEST_F(CodebookLocatorTest, FindsTheShippedCodebookFromTheSourceTree) {
  const auto found = find_codebook("pmh-sv");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->filename(), "pmh-sv.yaml");
  EXPECT_TRUE(std::filesystem::exists(*found));
}

constexpr const char* kMinimal = R"(goalchain_codebook: 1
name: own
codes:
  - {id: pmh, label: PMH, keywords: [prostitution]}
)";

TEST_F(CodebookLocatorTest, TheShippedCodebookGivesEveryLabelAndTheCountyForms) {
  const codebook::LabelTable labels = shipped_label_table();
  EXPECT_TRUE(codebook::missing_label_keys(labels).empty());
  EXPECT_EQ(labels.languages, (std::vector<std::string>{"sv", "en"}));
  EXPECT_EQ(shipped_county_forms(),
            (std::vector<std::string>{"Länsstyrelsen i *", "Länsstyrelsen *", "* län"}));
  std::ostringstream err;
  EXPECT_TRUE(check_workbook_labels(labels, "en", err, "goalchain code"));
  EXPECT_FALSE(check_workbook_labels(labels, "de", err, "goalchain code"));
  EXPECT_NE(err.str().find("goalchain code: error: --lang de: the codebook's labels are in sv, en"),
            std::string::npos)
      << err.str();
}

TEST_F(CodebookLocatorTest, ACodebooksOwnLabelsLieOverTheShippedOnes) {
  util::write_file_atomically(
      dir_ / "own.yaml",
      std::string(kMinimal) + "labels:\n  pmh_mentioned: {en: Trafficking mentioned}\n");
  std::ostringstream err;
  const auto book = load_named_codebook((dir_ / "own.yaml").string(), err);
  ASSERT_TRUE(book.has_value()) << err.str();
  EXPECT_EQ(book->labels.find("pmh_mentioned", "en"), "Trafficking mentioned");
  EXPECT_EQ(book->labels.find("pmh_mentioned", "sv"), "PMH nämns");
  EXPECT_EQ(book->labels.find("sheet.chains", "en"), "Chains");
}

TEST_F(CodebookLocatorTest, CountyFormsGoWithTheCountiesTheyDescribe) {
  util::write_file_atomically(dir_ / "no-counties.yaml", kMinimal);
  EXPECT_EQ(county_forms_for(dir_ / "no-counties.yaml"), shipped_county_forms());
  util::write_file_atomically(
      dir_ / "own-counties.yaml",
      std::string(kMinimal) + "counties: [{name: Nyland, code: NY, slug: nyland}]\n");
  EXPECT_TRUE(county_forms_for(dir_ / "own-counties.yaml").empty());
}

TEST_F(CodebookLocatorTest, BrokenShippedLabelsAreAnErrorWithTheirPlace) {
  // A pmh-sv.yaml in GOALCHAIN_CODEBOOK_DIR is found before the shipped one.
  util::write_file_atomically(dir_ / "pmh-sv.yaml",
                              std::string(kMinimal) + "labels:\n  sheet.chains: Kedjor\n");
  try {
    shipped_label_table();
    FAIL() << "expected an error";
  } catch (const util::DiagnosticError& e) {
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].file, (dir_ / "pmh-sv.yaml").string());
    EXPECT_EQ(e.diagnostics()[0].line, 6);
    EXPECT_GT(e.diagnostics()[0].column, 0);
  }
}

TEST_F(CodebookLocatorTest, MissingLabelsAreAnErrorNamingWhereTheyWereLookedFor) {
  // A pmh-sv.yaml without labels: stands for a shipped codebook that is not found.
  util::write_file_atomically(dir_ / "pmh-sv.yaml", kMinimal);
  const codebook::LabelTable labels = shipped_label_table();
  EXPECT_TRUE(labels.empty());
  std::ostringstream err;
  EXPECT_FALSE(check_workbook_labels(labels, "sv", err, "goalchain code"));
  EXPECT_NE(err.str().find("goalchain code: error: the workbooks have no label for"),
            std::string::npos)
      << err.str();
  EXPECT_NE(err.str().find(dir_.string()), std::string::npos) << "names the folders searched";
}

}  // namespace
}  // namespace goalchain::cli
