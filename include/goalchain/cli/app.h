// The command line: parses arguments and runs a subcommand.
#pragma once

#include <iosfwd>

namespace goalchain::cli {

// Runs goalchain with these arguments; returns the process exit code.
int run_app(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace goalchain::cli
