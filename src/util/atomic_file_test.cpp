#include "goalchain/util/atomic_file.h"

#include <gtest/gtest.h>

#include <system_error>

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

}  // namespace
}  // namespace goalchain::util
