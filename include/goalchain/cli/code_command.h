// `goalchain code`: documents in, codebook applied, workbooks and JSON out.
#pragma once

#include "goalchain/cli/corpus_input.h"
#include "goalchain/codebook/codebook.h"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace goalchain::report {
struct ReportModel;
}

namespace goalchain::cli {

struct CodeOptions {
  CorpusInput corpus;                       // the documents to read, and how
  std::string codebook = "pmh-sv";          // a path, or the name of a shipped codebook
  std::string out_dir = "goalchain-out";
  std::vector<std::string> formats = {"xlsx", "json"};
  std::string language = "sv";              // --lang: of the workbooks' headings and labels
  bool timestamp = false;                   // --timestamp: stamp the run time in the workbooks
  bool csv_bom = false;                     // --csv-bom: CSV files start with a byte-order mark
  std::string csv_separator = ",";          // --csv-sep: "," or ";"
  std::string evidence = "full";            // --evidence: "full" or "codes" in results.json
  bool keep_going = false;                  // write results for the good files when some fail
  bool quiet = false;
};

// Adds the options that say what to write and where (-o, -f, --lang,
// --timestamp, --csv-bom, --csv-sep, --evidence, -q) to `command`: code,
// merge and report share them.
void add_output_options(CLI::App& command, CodeOptions& options);

// True unless `options` asks for workbooks that `book`'s labels cannot give in
// --lang (check_workbook_labels, which says why on `err`).
bool check_workbook_language(const CodeOptions& options, const codebook::Codebook& book,
                             std::ostream& err, std::string_view command);

// Writes every output `options` asks for from `model` (atomically: all or
// none), then warnings to `err` and what was written to `out`. Returns an
// ExitCode.
int write_run_outputs(const CodeOptions& options, const report::ReportModel& model,
                      std::ostream& out, std::ostream& err);

// Runs the command; messages go to `err`, the closing summary to `out`.
// Returns an ExitCode. Outputs are written to temporary files and renamed into
// place only when every one of them was written.
int run_code_command(const CodeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace goalchain::cli
