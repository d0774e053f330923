#include "goalchain/cli/app.h"

#include "goalchain/cli/agree_command.h"
#include "goalchain/cli/argument_check.h"
#include "goalchain/cli/code_command.h"
#include "goalchain/cli/corpus_input.h"
#include "goalchain/cli/codebook_command.h"
#include "goalchain/cli/exit_code.h"
#include "goalchain/cli/kwic_command.h"
#include "goalchain/cli/lint_command.h"
#include "goalchain/cli/merge_command.h"
#include "goalchain/cli/codebook_locator.h"
#include "goalchain/document/county_table.h"
#include "goalchain/document/sentence_splitter.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/interrupt.h"

#include <CLI/CLI.hpp>

#include <map>
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
    "  2  usage error: the command line was wrong\n"
    "  130  interrupted by SIGINT (Ctrl-C): temporary files removed, previous outputs unchanged\n"
    "  143  stopped by SIGTERM: the same\n";

constexpr const char* kMainFooter =
    "\nExample:\n"
    "  goalchain code examples/            code every document under examples/ with the shipped\n"
    "                                      codebook pmh-sv; writes goalchain-out/\n"
    "\n";

constexpr const char* kCodeFooter =
    "\nExamples:\n"
    "  goalchain code examples/\n"
    "  goalchain code -c my-codebook.yaml -o out --format json plans/*.txt\n"
    "  goalchain code -f jsonl -j 2 plans/   a line per document as each is done, memory flat\n"
    "  goalchain code --keep-going plans/      write results even if some files fail\n"
    "  goalchain code --manifest plans.yaml    files listed with their county, type and period\n"
    "  cat plan.txt | goalchain code -         read text from standard input\n"
    "  cat plan.txt | goalchain code --county Uppsala --type handlingsplan --period 2021-2023 -\n"
    "\n"
    "Inputs: .txt and .md (UTF-8, UTF-16 with byte-order mark or Windows-1252, detected),\n"
    ".pdf (the text layer), .yaml/.yml (YAML-coded documents). Folders are searched for them.\n"
    "\n"
    "Outputs in --out: summary.xlsx (all counties), counties/<county>.xlsx (one per county),\n"
    "results.json; with --format csv also chains.csv, segments.csv and counties.csv;\n"
    "with --format qdpx project.qdpx (REFI-QDA, for NVivo, MAXQDA, ATLAS.ti, QualCoder); with\n"
    "--format jsonl results.jsonl (one document a line, in input order, written as documents are\n"
    "done) and counties.json. jsonl alone keeps no documents in memory; with the other formats\n"
    "the run holds them all for those outputs.\n"
    "Nothing is written when an input fails, unless --keep-going is given.\n"
    "\n";

}  // namespace

int run_app(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  util::remove_temp_files_on_interrupt();
  CLI::App app{"goalchain " GOALCHAIN_VERSION
               " - codes policy documents with a keyword codebook and writes Excel workbooks\n"
               "(per county and a summary) and JSON showing which words led to each code.",
               "goalchain"};
  app.set_version_flag("--version", "goalchain " GOALCHAIN_VERSION);
  app.footer(std::string(kMainFooter) + kExitCodes);
  app.require_subcommand(1);

  CodeOptions code_options;
  CLI::App* code = app.add_subcommand("code", "Code documents and write workbooks and JSON");
  add_corpus_options(*code, code_options.corpus);
  code->add_option("-c,--codebook", code_options.codebook,
                   "Codebook YAML file, or the name of a shipped codebook")
      ->capture_default_str();
  add_output_options(*code, code_options);
  code->add_flag("-k,--keep-going", code_options.keep_going,
                 "Write results for the good inputs even when others fail (still exits 1)");
  code->footer(std::string(kCodeFooter) + kExitCodes);

  KwicOptions kwic_options;
  CLI::App* kwic = add_kwic_command(app, kwic_options);
  CodebookOptions codebook_options;
  CLI::App* codebook = add_codebook_command(app, codebook_options);
  LintOptions lint_options;
  CLI::App* lint = add_lint_command(app, lint_options);
  AgreeOptions agree_options;
  CLI::App* agree = add_agree_command(app, agree_options);
  MergeOptions merge_options;
  merge_options.output.codebook.clear();  // default: the codebook the results name
  CLI::App* merge = add_merge_command(app, merge_options);
  MergeOptions report_options;
  report_options.output.codebook.clear();
  CLI::App* report = add_report_command(app, report_options);

  if (!check_command_word(app, argc, argv, err)) return kUsage;
  keep_unknown_arguments(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e, out, err);
    return status == 0 ? kSuccess : kUsage;
  }
  if (!report_unknown_arguments(app, err)) {
    err << "Run with --help for more information.\n";
    return kUsage;
  }
  // Documents read without a codebook (kwic --pattern, agree --coders) know
  // the shipped county table and sentence abbreviations; load_named_codebook
  // puts a codebook's own.
  try {
    document::use_county_table(shipped_county_table(), shipped_county_forms(),
                               shipped_unknown_county());
    document::use_sentence_abbreviations(shipped_layout_rules().sentence_abbreviations);
  } catch (const util::DiagnosticError& e) {
    for (const auto& d : e.diagnostics()) err << util::format_diagnostic(d);
    return kError;
  }
  if (code->parsed()) {
    if (code_options.corpus.inputs.empty() && code_options.corpus.manifest.empty()) {
      err << "INPUT is required: give files, folders, - for standard input, or --manifest FILE\n"
             "Run with --help for more information.\n";
      return kUsage;
    }
    return run_code_command(code_options, out, err);
  }
  if (kwic->parsed()) return run_kwic_command(kwic_options, out, err);
  if (codebook->parsed()) return run_codebook_command(codebook_options, out, err);
  if (lint->parsed()) return run_lint_command(lint_options, out, err);
  if (agree->parsed()) return run_agree_command(agree_options, out, err);
  if (merge->parsed()) return run_merge_command(merge_options, out, err);
  if (report->parsed()) {
    if (report_options.results.size() != 1) {
      err << "goalchain report: error: give one results.json (or folder); to combine several, "
             "use goalchain merge\n";
      return kUsage;
    }
    return run_merge_command(report_options, out, err);
  }
  return kUsage;
}

}  // namespace goalchain::cli
