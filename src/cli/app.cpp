#include "goalchain/cli/app.h"

#include "goalchain/cli/code_command.h"
#include "goalchain/cli/exit_code.h"

#include <CLI/CLI.hpp>

#include <ostream>

#ifndef GOALCHAIN_VERSION
#define GOALCHAIN_VERSION "0.0.0"
#endif

namespace goalchain::cli {
namespace {

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  success: every input read, every output written\n"
    "  1  error: an input, the codebook or an output had a problem (messages name file:line:column)\n"
    "  2  usage error: the command line was wrong\n";

constexpr const char* kMainFooter =
    "\nExample:\n"
    "  goalchain code examples/            code every .txt under examples/ with the shipped\n"
    "                                      codebook pmh-sv; writes goalchain-out/\n"
    "\n";

constexpr const char* kCodeFooter =
    "\nExamples:\n"
    "  goalchain code examples/\n"
    "  goalchain code -c my-codebook.yaml -o out --format json plans/*.txt\n"
    "  goalchain code --keep-going plans/      write results even if some files fail\n"
    "\n"
    "Outputs in --out: summary.xlsx (all counties), counties/<county>.xlsx (one per county),\n"
    "results.json. Nothing is written when an input fails, unless --keep-going is given.\n"
    "\n";

}  // namespace

int run_app(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"goalchain " GOALCHAIN_VERSION
               " - codes policy documents with a keyword codebook and writes Excel workbooks\n"
               "(per county and a summary) and JSON showing which words led to each code.",
               "goalchain"};
  app.set_version_flag("--version", "goalchain " GOALCHAIN_VERSION);
  app.footer(std::string(kMainFooter) + kExitCodes);
  app.require_subcommand(1);

  CodeOptions code_options;
  CLI::App* code = app.add_subcommand("code", "Code documents and write workbooks and JSON");
  code->add_option("INPUT", code_options.inputs, "Text files (UTF-8) and folders (searched for *.txt)")
      ->required();
  code->add_option("-c,--codebook", code_options.codebook,
                   "Codebook YAML file, or the name of a shipped codebook")
      ->capture_default_str();
  code->add_option("-o,--out", code_options.out_dir, "Output folder")->capture_default_str();
  code->add_option("-f,--format", code_options.formats, "Outputs to write: xlsx, json (comma-separated)")
      ->delimiter(',')
      ->check(CLI::IsMember({"xlsx", "json"}))
      ->default_str("xlsx,json");
  code->add_flag("-k,--keep-going", code_options.keep_going,
                 "Write results for the good inputs even when others fail (still exits 1)");
  code->add_flag("-q,--quiet", code_options.quiet, "Print only errors");
  code->footer(std::string(kCodeFooter) + kExitCodes);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e, out, err);
    return status == 0 ? kSuccess : kUsage;
  }
  if (code->parsed()) return run_code_command(code_options, out, err);
  return kUsage;
}

}  // namespace goalchain::cli
