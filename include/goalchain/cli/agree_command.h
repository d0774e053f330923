// `goalchain agree`: agreement between the codebook and hand coding, between
// coders, or between the chains found in plans and hand readings of them. docs/agreement.md describes the figures and outputs.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace goalchain::cli {

struct AgreeOptions {
  std::vector<std::string> inputs;  // YAML-coded documents, and folders searched for them
  std::vector<std::string> coders;  // --coders: two or more versions of one document
  std::vector<std::string> chains;  // --chains: HAND DOC, HAND DOC ...: hand readings and plans
  std::string codebook;             // -c: a path or a shipped codebook's name; empty: none
  std::string unit = "segment";     // segment, sentence, section
  std::string format = "table";     // table, json, csv (to standard output)
  std::string xlsx;                 // --xlsx: workbook to write; empty: none
  std::string language = "sv";      // --lang: the workbook's words, sv or en
};

// Adds the `agree` command to `app`; parsing fills `options`, which must
// outlive the parse.
CLI::App* add_agree_command(CLI::App& app, AgreeOptions& options);

// Runs the command: the figures to `out`, messages to `err`. Returns an
// ExitCode: kError when an input, the codebook or the workbook has a problem
// (nothing is then printed or written), kUsage for a wrong command line.
int run_agree_command(const AgreeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace goalchain::cli
