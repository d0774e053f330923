#include "goalchain/cli/codebook_locator.h"

#include "goalchain/util/atomic_file.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>

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

}  // namespace
}  // namespace goalchain::cli
