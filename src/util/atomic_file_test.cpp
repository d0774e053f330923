#include "goalchain/util/atomic_file.h"

#include "goalchain/util/diagnostic.h"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <sstream>
#include <system_error>
#include <unistd.h>

namespace goalchain::util {
namespace {

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("goalchain-atomic-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::size_t file_count() const {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir_),
                                                  std::filesystem::directory_iterator()));
  }

  std::filesystem::path dir_;
};

TEST_F(AtomicFileTest, WritesAndReplaces) {
  const auto target = dir_ / "results.json";
  write_file_atomically(target, "old");
  write_file_atomically(target, "new content");
  EXPECT_EQ(read_file(target), "new content");
  EXPECT_EQ(file_count(), 1u);
}

TEST_F(AtomicFileTest, UncommittedFileLeavesTargetUntouched) {
  const auto target = dir_ / "summary.xlsx";
  write_file_atomically(target, "previous run");
  {
    AtomicFile file(target);
    write_file_atomically(file.temp_path(), "half");
    EXPECT_NE(file.temp_path(), target);
    EXPECT_EQ(file.temp_path().parent_path(), target.parent_path());
  }
  EXPECT_EQ(read_file(target), "previous run");
  EXPECT_EQ(file_count(), 1u);
}

TEST_F(AtomicFileTest, ReadsFilesLargerThanOneBlockByteForByte) {
  std::string content;
  for (int i = 0; i < 300'000; ++i) content += static_cast<char>((i * 131) % 256);
  for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{65536},
                                 std::size_t{65537}, content.size()}) {
    const auto target = dir_ / ("bytes-" + std::to_string(size));
    write_file_atomically(target, content.substr(0, size));
    EXPECT_EQ(read_file(target), content.substr(0, size)) << size;
  }
}

TEST_F(AtomicFileTest, ReadingAMissingFileNamesIt) {
  try {
    read_file(dir_ / "missing.txt");
    FAIL() << "expected an exception";
  } catch (const std::system_error& e) {
    EXPECT_NE(std::string(e.what()).find("missing.txt"), std::string::npos);
    EXPECT_EQ(e.code(), std::errc::no_such_file_or_directory);
  }
}

TEST_F(AtomicFileTest, WritingIntoAMissingFolderThrows) {
  EXPECT_THROW(write_file_atomically(dir_ / "no" / "such" / "file", "x"), std::system_error);
}

std::string limit_message(const std::function<void()>& read) {
  try {
    read();
  } catch (const DiagnosticError& e) {
    return e.diagnostics().at(0).file + ": " + e.diagnostics().at(0).message;
  }
  return "no error";
}

TEST_F(AtomicFileTest, AFileLargerThanTheLimitIsAnErrorNamingIt) {
  const auto target = dir_ / "plan.txt";
  write_file_atomically(target, std::string(2000, 'a'));
  EXPECT_EQ(read_file(target, 2000).size(), 2000u);
  EXPECT_EQ(limit_message([&] { read_file(target, 1999); }),
            target.string() + ": larger than 1999 bytes, the limit on one input file");
}

TEST_F(AtomicFileTest, ADeviceThatNeverEndsStopsAtTheLimit) {
  EXPECT_EQ(limit_message([] { read_file("/dev/zero", 1 << 20); }),
            "/dev/zero: larger than 1 MiB, the limit on one input file");
  std::istringstream pipe(std::string(5000, 'x'));
  EXPECT_EQ(limit_message([&] { read_stream(pipe, "<stdin>", 4096); }),
            "<stdin>: larger than 4096 bytes, the limit on one input file");
}

TEST(DescribeSizeTest, NamesWholeMebibytesAndGibibytes) {
  EXPECT_EQ(describe_size(kDefaultMaxFileSize), "256 MiB");
  EXPECT_EQ(describe_size(2ull << 30), "2 GiB");
  EXPECT_EQ(describe_size(1000), "1000 bytes");
}

TEST_F(AtomicFileTest, StaleTempFilesOfGoneProcessesAreRemoved) {
  // 999999999 is above any pid_max: that process is gone. The parent runs.
  const std::string alive = std::to_string(::getppid());
  const std::vector<std::string> stale = {".results.json.tmp-999999999-0",
                                          ".summary.xlsx.tmp-999999999-12"};
  const std::vector<std::string> kept = {".results.json.tmp-" + alive + "-3", "results.json",
                                         ".results.json.tmp-12x-1", ".tmp-999999999-1",
                                         "notes.tmp-999999999-1"};
  for (const auto& name : stale) write_file_atomically(dir_ / name, "old");
  for (const auto& name : kept) write_file_atomically(dir_ / name, "keep");
  EXPECT_EQ(remove_stale_temp_files(dir_), 2);
  for (const auto& name : stale) EXPECT_FALSE(std::filesystem::exists(dir_ / name)) << name;
  for (const auto& name : kept) EXPECT_TRUE(std::filesystem::exists(dir_ / name)) << name;
}

TEST_F(AtomicFileTest, TheFirstAtomicFileInAFolderClearsStaleTempFiles) {
  std::ofstream(dir_ / ".chains.csv.tmp-999999999-4") << "left by a killed run";
  write_file_atomically(dir_ / "chains.csv", "new");
  EXPECT_EQ(file_count(), 1u);
}

}  // namespace
}  // namespace goalchain::util
