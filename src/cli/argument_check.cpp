#include "goalchain/cli/argument_check.h"

#include "goalchain/util/spelling.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace goalchain::cli {
namespace {

std::string command_path(const CLI::App& app) {
  std::string path = app.get_name();
  for (const CLI::App* parent = app.get_parent(); parent != nullptr; parent = parent->get_parent()) {
    path = parent->get_name() + " " + path;
  }
  return path;
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    for (const auto& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  return names;
}

// Commands are few and short, so a word two edits away ("kod" for "code") is
// still a likely slip, where suggest_closest would allow one.
std::optional<std::string> nearest_command(const std::string& word,
                                           const std::vector<std::string>& names) {
  std::optional<std::string> nearest;
  std::size_t best = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const auto& name : names) {
    const std::size_t distance = util::edit_distance(word, name);
    if (distance < best) {
      best = distance;
      nearest = name;
    }
  }
  return nearest;
}

bool report_unknown_of(const CLI::App& app, std::ostream& err) {
  bool clean = true;
  for (const std::string& argument : app.remaining(false)) {
    if (argument == "--") continue;
    clean = false;
    if (argument.size() > 1 && argument[0] == '-') {
      const std::string name = argument.substr(0, argument.find('='));
      fmt::print(err, "{}: error: unknown option '{}'\n", command_path(app), name);
      if (const auto nearest = util::suggest_closest(name, option_names(app))) {
        fmt::print(err, "  hint: did you mean '{}'?\n", *nearest);
      }
    } else {
      fmt::print(err, "{}: error: unexpected argument '{}'\n", command_path(app), argument);
    }
  }
  return clean;
}

}  // namespace

bool check_command_word(const CLI::App& app, int argc, const char* const* argv, std::ostream& err) {
  const CLI::App* command = &app;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--") return true;
    if (!word.empty() && word[0] == '-') continue;
    const auto names = subcommand_names(*command);
    if (names.empty()) return true;
    const auto known = std::find(names.begin(), names.end(), word);
    if (known != names.end()) {
      command = command->get_subcommand(word);
      continue;
    }
    fmt::print(err, "{}: error: unknown command '{}'\n", command_path(*command), word);
    if (const auto nearest = nearest_command(word, names)) {
      fmt::print(err, "  hint: did you mean '{}'? (the commands are {})\n", *nearest,
                 fmt::join(names, ", "));
    } else {
      fmt::print(err, "  hint: the commands are {}\n", fmt::join(names, ", "));
    }
    return false;
  }
  return true;
}

void keep_unknown_arguments(CLI::App& app) {
  app.allow_extras();
  for (CLI::App* sub : app.get_subcommands({})) keep_unknown_arguments(*sub);
}

bool report_unknown_arguments(const CLI::App& app, std::ostream& err) {
  bool clean = report_unknown_of(app, err);
  for (const CLI::App* sub : app.get_subcommands()) {
    clean = report_unknown_arguments(*sub, err) && clean;
  }
  return clean;
}

}  // namespace goalchain::cli
