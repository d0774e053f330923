// Process exit codes, as documented in `goalchain --help` and docs/cli.md.
#pragma once

namespace goalchain::cli {

enum ExitCode : int {
  kSuccess = 0,  // every input was read and every output written
  kError = 1,    // an input, the codebook or an output had an error
  kUsage = 2,    // the command line itself was wrong
};

}  // namespace goalchain::cli
