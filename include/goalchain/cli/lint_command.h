// `goalchain lint CODEBOOK`: every problem of a codebook at once.
#pragma once

#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace goalchain::cli {

struct LintOptions {
  std::string codebook;  // a path, or the name of a shipped codebook
};

// Adds the `lint` command to `app`; parsing fills `options`, which must
// outlive the parse.
CLI::App* add_lint_command(CLI::App& app, LintOptions& options);

// Prints every error and warning to `err` and a one-line summary to `out`.
// Returns kError when the codebook has errors (or cannot be read), else kSuccess.
int run_lint_command(const LintOptions& options, std::ostream& out, std::ostream& err);

}  // namespace goalchain::cli
