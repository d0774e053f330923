#include "goalchain/cli/lint_command.h"

#include "goalchain/cli/codebook_locator.h"
#include "goalchain/cli/exit_code.h"
#include "goalchain/codebook/lint.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <ostream>
#include <system_error>

namespace goalchain::cli {
namespace {

constexpr const char* kLintFooter =
    "\nExamples:\n"
    "  goalchain lint my-codebook.yaml\n"
    "  goalchain lint pmh-sv                 the shipped codebook\n"
    "\n"
    "Errors (exit 1): YAML syntax, unknown keys (with a suggestion), missing or duplicate ids,\n"
    "unknown parents and required codes, cycles, invalid colours, patterns and regexes, and\n"
    "patterns shadowed by another pattern of the same code. Warnings (exit 0): patterns that\n"
    "cannot match. Each names file:line:column and says what to do.\n"
    "\n";

}  // namespace

CLI::App* add_lint_command(CLI::App& app, LintOptions& options) {
  CLI::App* lint = app.add_subcommand("lint", "Check a codebook and report every problem at once");
  lint->add_option("CODEBOOK", options.codebook,
                   "Codebook YAML file, or the name of a shipped codebook")
      ->required();
  lint->footer(kLintFooter);
  return lint;
}

int run_lint_command(const LintOptions& options, std::ostream& out, std::ostream& err) {
  const auto path = find_codebook(options.codebook);
  if (!path) {
    fmt::print(err, "goalchain: error: codebook '{}' not found\n", options.codebook);
    fmt::print(err,
               "  hint: give a path to a codebook YAML file, or the name of a shipped codebook\n");
    return kError;
  }
  std::string text;
  try {
    text = util::read_file(*path);
  } catch (const std::system_error& e) {
    fmt::print(err, "goalchain: error: cannot read {}: {}\n", path->string(), e.code().message());
    return kError;
  }
  const auto diagnostics = codebook::lint_codebook(text, path->string());
  for (const auto& d : diagnostics) err << util::format_diagnostic(d);
  const auto errors = std::count_if(diagnostics.begin(), diagnostics.end(), [](const auto& d) {
    return d.severity == util::Severity::error;
  });
  const auto warnings = static_cast<long>(diagnostics.size()) - errors;
  fmt::print(out, "goalchain: {}: {} error{}, {} warning{}\n", path->string(), errors,
             errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
  return errors > 0 ? kError : kSuccess;
}

}  // namespace goalchain::cli
