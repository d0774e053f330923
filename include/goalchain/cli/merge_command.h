// `goalchain merge` and `goalchain report`: outputs made again from
// results.json files, without reading a single plan. merge combines the
// outputs of shard runs (code --shard K/N) into what one run over all inputs
// writes; report renders one run's results again (in English, as CSV ...).
#pragma once

#include "goalchain/cli/code_command.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace goalchain::cli {

struct MergeOptions {
  std::vector<std::string> results;  // results.json files, or folders holding one
  CodeOptions output;                // codebook (empty: the one the results name) and outputs
};

// Adds `merge` and `report` to `app`; parsing fills the options, which must
// outlive the parse.
CLI::App* add_merge_command(CLI::App& app, MergeOptions& options);
CLI::App* add_report_command(CLI::App& app, MergeOptions& options);

// Reads every results file, checks that they fit together (one codebook; as
// shards, each of 1..N once; no document twice) and writes the outputs.
// Returns an ExitCode.
int run_merge_command(const MergeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace goalchain::cli
