// `goalchain code`: documents in, codebook applied, workbooks and JSON out.
#pragma once

#include "goalchain/document/read_options.h"
#include "goalchain/util/atomic_file.h"

#include <cstdint>

#include <iosfwd>
#include <string>
#include <vector>

namespace goalchain::cli {

struct CodeOptions {
  std::vector<std::string> inputs;          // files and directories; "-" reads standard input
  std::string manifest;                     // --manifest: more files, with their metadata
  document::Encoding encoding = document::Encoding::detect;  // of text files
  std::string codebook = "pmh-sv";          // a path, or the name of a shipped codebook
  std::string out_dir = "goalchain-out";
  std::vector<std::string> formats = {"xlsx", "json"};
  std::string language = "sv";              // --lang: of the workbooks' headings and labels
  bool timestamp = false;                   // --timestamp: stamp the run time in the workbooks
  bool csv_bom = false;                     // --csv-bom: CSV files start with a byte-order mark
  bool keep_going = false;                  // write results for the good files when some fail
  bool quiet = false;
  unsigned jobs = 0;                        // threads reading and coding files; 0: one per core
  std::uintmax_t max_file_size = util::kDefaultMaxFileSize;  // --max-file-size: of one input
};

// Runs the command; messages go to `err`, the closing summary to `out`.
// Returns an ExitCode. Outputs are written to temporary files and renamed into
// place only when every one of them was written.
int run_code_command(const CodeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace goalchain::cli
