// `goalchain code`: documents in, codebook applied, workbooks and JSON out.
#pragma once

#include "goalchain/cli/corpus_input.h"

#include <iosfwd>
#include <string>
#include <vector>

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

// Runs the command; messages go to `err`, the closing summary to `out`.
// Returns an ExitCode. Outputs are written to temporary files and renamed into
// place only when every one of them was written.
int run_code_command(const CodeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace goalchain::cli
