#include "goalchain/document/input_files.h"

#include "goalchain/document/text_reader.h"
#include "test_layout.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace goalchain::document {
namespace {

ReadOptions options_with(Encoding encoding) {
  ReadOptions options;
  options.encoding = encoding;
  return options;
}

namespace fs = std::filesystem;

// A fresh directory under the system temp directory, removed afterwards.
class InputFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = fs::temp_directory_path() /
            ("goalchain-input-files-" + std::to_string(::getpid()) + "-" + info->name() + "-" +
             std::to_string(counter++));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }

  void TearDown() override {
    std::error_code ec;
    fs::permissions(root_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(root_, ec);
  }

  fs::path write(const std::string& relative, const std::string& content = "text\n") {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  std::string str(const std::string& relative) const { return (root_ / relative).string(); }

  fs::path root_;
};

std::vector<std::string> strings(const std::vector<fs::path>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(p.string());
  return out;
}

TEST_F(InputFilesTest, DirectoryIsSearchedRecursivelyInSortedOrder) {
  write("b.txt");
  write("a.txt");
  write("sub/c.TXT");
  write("sub/deeper/d.txt");
  write("notes.md");
  write("plan.PDF");
  write("coded.yml");
  write("sub/coded.Yaml");
  write("table.csv");
  write("report.docx");
  write("report.odt");
  write("report.rtf");
  write("plan.pdf.bak");
  write("txt");
  write("pdf");
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({root_.string()}, problems);
  EXPECT_EQ(strings(files),
            (std::vector<std::string>{str("a.txt"), str("b.txt"), str("coded.yml"), str("notes.md"),
                                      str("plan.PDF"), str("report.docx"), str("report.odt"),
                                      str("sub/c.TXT"), str("sub/coded.Yaml"),
                                      str("sub/deeper/d.txt")}));
  // The other files are not dropped in silence: one warning per extension.
  std::vector<std::string> messages;
  for (const auto& p : problems) {
    EXPECT_EQ(p.severity, util::Severity::warning);
    EXPECT_EQ(p.file, root_.string());
    messages.push_back(p.message);
  }
  EXPECT_EQ(messages,
            (std::vector<std::string>{
                "skipped 2 files without an extension (" + str("pdf") +
                    ", ...): not a document goalchain reads",
                "skipped 1 file ending in .bak (" + str("plan.pdf.bak") +
                    "): not a document goalchain reads",
                "skipped 1 file ending in .csv (" + str("table.csv") +
                    "): not a document goalchain reads",
                "skipped 1 file ending in .rtf (" + str("report.rtf") +
                    "): not a document goalchain reads"}));
}

TEST_F(InputFilesTest, ReadmeFilesInFoldersAreNotDocuments) {
  write("README.md");
  write("sub/readme.txt");
  write("readme-plan.txt");
  write("plan.txt");
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({root_.string()}, problems);
  EXPECT_EQ(strings(files), (std::vector<std::string>{str("plan.txt"), str("readme-plan.txt")}));
  // Named directly, a README is read like any file.
  EXPECT_EQ(strings(collect_input_files({str("README.md")}, problems)),
            std::vector<std::string>{str("README.md")});
  EXPECT_TRUE(problems.empty());
}

TEST_F(InputFilesTest, DashIsStandardInputOnce) {
  write("a.txt");
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({"-", str("a.txt"), "-"}, problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(strings(files), (std::vector<std::string>{"-", str("a.txt")}));
}

TEST_F(InputFilesTest, HiddenFilesAndDirectoriesAreSkipped) {
  write("plan.txt");
  write(".hidden.txt");
  write(".git/objects.txt");
  write("sub/.cache/x.txt");
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({root_.string()}, problems);
  EXPECT_EQ(strings(files), std::vector<std::string>{str("plan.txt")});
}

TEST_F(InputFilesTest, ExplicitFilesKeepTheirOrderAndExtension) {
  write("z.txt");
  write("a.md");
  write("m.TXT");
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({str("z.txt"), str("a.md"), str("m.TXT")}, problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(strings(files), (std::vector<std::string>{str("z.txt"), str("a.md"), str("m.TXT")}));
}

TEST_F(InputFilesTest, DuplicatesAreDropped) {
  write("a.txt");
  write("b.txt");
  const std::string dotted = (root_ / "." / "a.txt").string();
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({str("b.txt"), root_.string(), dotted, str("b.txt")}, problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(strings(files), (std::vector<std::string>{str("b.txt"), str("a.txt")}));
}

TEST_F(InputFilesTest, MissingInputsAreReportedAndSkipped) {
  write("a.txt");
  const std::string missing = str("saknas.txt");
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({missing, str("a.txt")}, problems);
  EXPECT_EQ(strings(files), std::vector<std::string>{str("a.txt")});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].severity, util::Severity::error);
  EXPECT_EQ(problems[0].file, missing);
  EXPECT_EQ(problems[0].message, "no such file or directory");
  EXPECT_EQ(problems[0].hint, "check the path");
}

TEST_F(InputFilesTest, DirectoryWithoutDocumentsIsAWarning) {
  write("empty/readme.md");
  write("empty/table.csv");
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({str("empty")}, problems);
  EXPECT_TRUE(files.empty());
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].severity, util::Severity::warning);
  EXPECT_EQ(problems[0].message, "skipped 1 file ending in .csv (" + str("empty/table.csv") +
                                     "): not a document goalchain reads");
  EXPECT_EQ(problems[1].severity, util::Severity::warning);
  EXPECT_EQ(problems[1].file, str("empty"));
  EXPECT_EQ(problems[1].message, "no documents found (.txt, .md, .pdf, .docx, .odt, .yaml, .yml)");
}

TEST_F(InputFilesTest, UnreadableDirectoryIsADiagnosticNotAnException) {
  write("locked/a.txt");
  const fs::path locked = root_ / "locked";
  fs::permissions(locked, fs::perms::none);
  std::error_code probe;
  fs::directory_iterator it(locked, probe);
  if (!probe) {
    fs::permissions(locked, fs::perms::owner_all);
    GTEST_SKIP() << "permissions are not enforced for this user (root?)";
  }
  std::vector<util::Diagnostic> problems;
  std::vector<fs::path> files;
  EXPECT_NO_THROW(files = collect_input_files({locked.string()}, problems));
  fs::permissions(locked, fs::perms::owner_all);
  EXPECT_TRUE(files.empty());
  ASSERT_EQ(problems.size(), 1u);  // the error, and no "no documents found" warning on top
  EXPECT_EQ(problems[0].severity, util::Severity::error);
  EXPECT_EQ(problems[0].file, locked.string());
}

TEST_F(InputFilesTest, SymlinkedDirectoriesAreNotFollowed) {
  write("real/a.txt");
  std::error_code ec;
  fs::create_directory_symlink(root_ / "real", root_ / "real" / "loop", ec);
  if (ec) GTEST_SKIP() << "cannot create symlinks here: " << ec.message();
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({str("real")}, problems);
  EXPECT_EQ(strings(files), std::vector<std::string>{str("real/a.txt")});
}

TEST_F(InputFilesTest, BrokenLinksAreListedSoReadingReportsThem) {
  write("plans/a.txt");
  std::error_code ec;
  fs::create_symlink(root_ / "plans" / "gone.txt", root_ / "plans" / "broken.txt", ec);
  if (ec) GTEST_SKIP() << "cannot create symlinks here: " << ec.message();
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({str("plans")}, problems);
  EXPECT_EQ(strings(files), (std::vector<std::string>{str("plans/a.txt"), str("plans/broken.txt")}));
  EXPECT_TRUE(problems.empty());
  EXPECT_THROW(read_document_file(files[1]), util::DiagnosticError);
}

TEST_F(InputFilesTest, CollectedFilesReadAsDocuments) {
  write("stockholm-handlingsplan-2020-2022.txt",
        "\xEF\xBB\xBFLänsstyrelsen i Stockholms län\r\nHandlingsplan 2020–2022\r\n");
  write("latin1.txt", "Handlingsplan f\xF6r l\xE4net\n");
  std::vector<util::Diagnostic> problems;
  const auto files = collect_input_files({root_.string()}, problems);
  ASSERT_EQ(files.size(), 2u);
  const Document latin1 = read_document_file(files[0]);
  EXPECT_EQ(latin1.encoding, "windows-1252");
  EXPECT_EQ(latin1.title, "Handlingsplan för länet");
  EXPECT_THROW(read_document_file(files[0], options_with(Encoding::utf8)), util::DiagnosticError);
  ReadOptions typed;
  typed.layout = &shipped_document_types();
  const Document document = read_document_file(files[1], typed);
  EXPECT_EQ(document.id, "stockholm-handlingsplan-2020-2022");
  EXPECT_EQ(document.path, files[1].string());
  ASSERT_NE(document.county, nullptr);
  EXPECT_EQ(document.county->code, "AB");
  EXPECT_EQ(document.type, DocumentType::handlingsplan);
  EXPECT_EQ(to_string(document.period), "2020–2022");
}

}  // namespace
}  // namespace goalchain::document
