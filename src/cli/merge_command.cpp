#include "goalchain/cli/merge_command.h"

#include "goalchain/cli/codebook_locator.h"
#include "goalchain/cli/corpus_input.h"
#include "goalchain/cli/exit_code.h"
#include "goalchain/document/results_reader.h"
#include "goalchain/report/report_model.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <filesystem>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <system_error>

#ifndef GOALCHAIN_VERSION
#define GOALCHAIN_VERSION "0.0.0"
#endif

namespace goalchain::cli {
namespace {

constexpr const char* kMergeFooter =
    "\nExamples:\n"
    "  goalchain code --shard 1/2 -o part1 examples/\n"
    "  goalchain code --shard 2/2 -o part2 examples/\n"
    "  goalchain merge part1 part2 -o merged   what one run over examples/ writes\n"
    "\n"
    "Each RESULTS is a results.json or a folder holding one, written with --evidence full.\n"
    "Shards must all be there, each once. See docs/batch.md.\n"
    "\n";

constexpr const char* kReportFooter =
    "\nExamples:\n"
    "  goalchain code -f json -o run examples/\n"
    "  goalchain report run -o run-en --lang en -f xlsx,csv   the workbooks again, in English\n"
    "\n"
    "The documents are not read again: everything comes from results.json.\n"
    "\n";

void print(std::ostream& err, const std::vector<util::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) err << util::format_diagnostic(d);
}

std::filesystem::path results_file(const std::string& given) {
  std::error_code ec;
  if (std::filesystem::is_directory(given, ec)) return std::filesystem::path(given) / "results.json";
  return given;
}

struct LoadedResults {
  std::string path;
  std::unique_ptr<document::ResultsReader> reader;
};

// The shards' "K/N" checked: all of one N, each K once, none missing.
bool check_shards(const std::vector<LoadedResults>& loaded, std::ostream& err) {
  std::map<std::size_t, std::string> seen;  // K -> file
  std::optional<std::size_t> count;
  bool ok = true;
  for (const auto& results : loaded) {
    const auto shard = parse_shard(results.reader->shard());
    if (!shard) {
      if (loaded.size() > 1) {
        fmt::print(err, "{}: error: not a shard's results (written without --shard)\n"
                        "  hint: merge the outputs of code --shard 1/N ... N/N\n", results.path);
        ok = false;
      }
      continue;
    }
    if (count && *count != shard->second) {
      fmt::print(err, "{}: error: shard {} of {}, where the others are of {}\n", results.path,
                 shard->first, shard->second, *count);
      ok = false;
    }
    count = shard->second;
    if (const auto [it, added] = seen.emplace(shard->first, results.path); !added) {
      fmt::print(err, "{}: error: shard {}/{} is given twice (also {})\n", results.path,
                 shard->first, shard->second, it->second);
      ok = false;
    }
  }
  if (ok && count) {
    for (std::size_t k = 1; k <= *count; ++k) {
      if (!seen.contains(k)) {
        fmt::print(err, "goalchain merge: error: shard {}/{} is missing\n"
                        "  hint: give the outputs of all {} shards\n", k, *count, *count);
        ok = false;
      }
    }
  }
  return ok;
}

CLI::App* add_results_command(CLI::App& app, MergeOptions& options, const char* name,
                              const char* description, const char* footer) {
  CLI::App* command = app.add_subcommand(name, description);
  command->add_option("RESULTS", options.results,
                      "results.json files of earlier runs, or the folders they were written to")
      ->required();
  command->add_option("-c,--codebook", options.output.codebook,
                      "Codebook the results were coded with (default: the one they name)");
  add_output_options(*command, options.output);
  command->footer(std::string(footer) +
                  "Exit codes:\n"
                  "  0  success: every results file read, every output written\n"
                  "  1  error: a results file is not readable, does not fit the others or the "
                  "codebook, or an output could not be written\n"
                  "  2  usage error: the command line was wrong\n");
  return command;
}

}  // namespace

CLI::App* add_merge_command(CLI::App& app, MergeOptions& options) {
  return add_results_command(app, options, "merge",
                             "Combine the outputs of shard runs into what one run writes",
                             kMergeFooter);
}

CLI::App* add_report_command(CLI::App& app, MergeOptions& options) {
  return add_results_command(app, options, "report",
                             "Write workbooks, CSV and JSON again from a run's results.json",
                             kReportFooter);
}

int run_merge_command(const MergeOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<LoadedResults> loaded;
  for (const auto& given : options.results) {
    const std::filesystem::path path = results_file(given);
    try {
      std::string text;
      try {
        text = util::read_file(path);
      } catch (const std::system_error& e) {
        util::Diagnostic d;
        d.file = path.string();
        d.message = "cannot read: " + e.code().message();
        d.hint = "give a results.json, or the --out folder of goalchain code";
        throw util::DiagnosticError(std::move(d));
      }
      loaded.push_back({path.string(), std::make_unique<document::ResultsReader>(text, path.string())});
    } catch (const util::DiagnosticError& e) {
      print(err, e.diagnostics());
      return kError;
    }
  }
  if (!check_shards(loaded, err)) return kError;

  // One codebook for all: the one asked for, else the one the results name.
  std::string codebook = options.output.codebook;
  if (codebook.empty()) {
    const std::string& path = loaded.front().reader->codebook_path();
    std::error_code ec;
    codebook = std::filesystem::exists(path, ec) ? path : loaded.front().reader->codebook_name();
  }
  const auto book = load_named_codebook(codebook, err, "goalchain merge");
  if (!book) return kError;
  if (!check_workbook_language(options.output, *book, err, "goalchain merge")) return kUsage;

  std::vector<document::Document> documents;
  std::map<std::string, std::string> found_in;  // document path -> results file
  for (const auto& results : loaded) {
    try {
      for (auto& doc : results.reader->read_documents(*book)) {
        if (const auto [it, added] = found_in.emplace(doc.path, results.path); !added) {
          fmt::print(err, "{}: error: document {} is also in {}\n", results.path, doc.path,
                     it->second);
          return kError;
        }
        documents.push_back(std::move(doc));
      }
    } catch (const util::DiagnosticError& e) {
      print(err, e.diagnostics());
      return kError;
    }
  }
  if (documents.empty()) {
    fmt::print(err, "goalchain merge: error: the results hold no documents\n");
    return kError;
  }
  CodeOptions output = options.output;
  // The run sheet names the codebook as a command line would: by its name
  // when the results chose it, as given when -c did.
  if (output.codebook.empty()) output.codebook = loaded.front().reader->codebook_name();
  const report::ReportModel model =
      report::build_report(std::move(documents), *book, GOALCHAIN_VERSION, 0);
  return write_run_outputs(output, model, out, err);
}

}  // namespace goalchain::cli
