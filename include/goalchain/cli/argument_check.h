// Usage errors CLI11 does not explain well: an unknown command word ("kod") and
// options no subcommand knows ("--fromat"), each with the nearest known name.
#pragma once

#include <iosfwd>

namespace CLI {
class App;
}

namespace goalchain::cli {

// Checks the first argument that is not an option before parsing: when it names
// no subcommand of `app`, writes "unknown command 'kod'" with a "did you mean"
// to `err` and returns false.
bool check_command_word(const CLI::App& app, int argc, const char* const* argv, std::ostream& err);

// Lets `app` and every subcommand below it keep arguments they do not know, so
// that report_unknown_arguments can name them after parsing.
void keep_unknown_arguments(CLI::App& app);

// After parsing: writes one message per argument that no option or positional
// took (with the nearest option name of the command it was given to) and
// returns false when there was any.
bool report_unknown_arguments(const CLI::App& app, std::ostream& err);

}  // namespace goalchain::cli
