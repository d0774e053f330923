#include "goalchain/cli/app.h"

#include "goalchain/cli/exit_code.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

namespace goalchain::cli {
namespace {

struct Run {
  int status;
  std::string out;
  std::string err;
};

Run run(std::vector<const char*> args) {
  args.insert(args.begin(), "goalchain");
  std::ostringstream out;
  std::ostringstream err;
  const int status = run_app(static_cast<int>(args.size()), args.data(), out, err);
  return {status, out.str(), err.str()};
}

TEST(AppTest, VersionAndHelpSucceed) {
  const auto version = run({"--version"});
  EXPECT_EQ(version.status, kSuccess);
  EXPECT_EQ(version.out.rfind("goalchain ", 0), 0u);
  const auto help = run({"--help"});
  EXPECT_EQ(help.status, kSuccess);
  EXPECT_NE(help.out.find("Exit codes:"), std::string::npos);
}

TEST(AppTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run({}).status, kUsage);
  EXPECT_EQ(run({"code"}).status, kUsage);
  EXPECT_EQ(run({"code", "--format", "docx", "x.txt"}).status, kUsage);
  const auto unknown = run({"cod"});
  EXPECT_EQ(unknown.status, kUsage);
  EXPECT_FALSE(unknown.err.empty());
}

TEST(AppTest, MissingInputIsAnErrorNotAUsageError) {
  const auto result = run({"code", "--out", "/nonexistent-goalchain-out", "/nonexistent/plan.txt"});
  EXPECT_EQ(result.status, kError);
  EXPECT_NE(result.err.find("/nonexistent/plan.txt"), std::string::npos);
}

}  // namespace
}  // namespace goalchain::cli
