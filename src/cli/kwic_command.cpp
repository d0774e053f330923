#include "goalchain/cli/kwic_command.h"

#include "goalchain/cli/codebook_locator.h"
#include "goalchain/cli/exit_code.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/codebook_yaml_writer.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/input_files.h"
#include "goalchain/document/text_reader.h"
#include "goalchain/report/kwic.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/spelling.h"
#include "goalchain/writer/kwic_writer.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <optional>
#include <ostream>

namespace goalchain::cli {
namespace {

constexpr const char* kKwicFooter =
    "\nExamples:\n"
    "  goalchain kwic --code pmh examples/                   every hit of the code pmh (and "
    "codes below it)\n"
    "  goalchain kwic --pattern 'människohandel*' examples/   try a pattern before adding it\n"
    "  cat plan.txt | goalchain kwic --code pmh -            text from standard input\n"
    "  goalchain kwic -c my-codebook.yaml --code goal --window 8 --format csv plans/ > goal.csv\n"
    "  goalchain kwic --code actor --sort term examples/     the hits grouped by keyword\n"
    "  goalchain kwic --code actor --totals term examples/   hits, documents and rank per term\n"
    "\n"
    "Columns: document, page, line (first line of the paragraph), from and to (positions of the\n"
    "hit's first and last word in the paragraph, counting from 1), pre, keyword, post.\n"
    "CSV and JSON add path, segment, code and pattern. See docs/kwic.md.\n"
    "\n"
    "Exit codes:\n"
    "  0  success: every input was read (also when nothing matched)\n"
    "  1  error: an input or the codebook had a problem (rows are still shown for the other "
    "inputs)\n"
    "  2  usage error: the command line was wrong (also an unknown --code or an invalid "
    "--pattern)\n";

// A codebook of one code, "pattern", whose one keyword is `pattern`. Problems
// with the pattern are printed; nullopt then.
std::optional<codebook::Codebook> compile_pattern_codebook(const std::string& pattern,
                                                           std::ostream& err) {
  codebook::Codebook book;
  book.name = "pattern";
  codebook::Code code;
  code.id = "pattern";
  code.label = pattern;
  code.keywords = {pattern};
  book.codes.push_back(std::move(code));
  try {
    return codebook::parse_codebook(codebook::render_codebook_yaml(book), "--pattern");
  } catch (const util::DiagnosticError& e) {
    for (const auto& d : e.diagnostics()) {
      fmt::print(err, "goalchain kwic: error: --pattern '{}': {}\n", pattern, d.message);
      if (!d.hint.empty()) fmt::print(err, "  hint: {}\n", d.hint);
    }
    return std::nullopt;
  }
}

}  // namespace

CLI::App* add_kwic_command(CLI::App& app, KwicOptions& options) {
  CLI::App* kwic = app.add_subcommand(
      "kwic", "Show each hit of a code or pattern in context (keyword in context)");
  add_corpus_options(*kwic, options.corpus);
  kwic->add_option("-c,--codebook", options.codebook,
                   "Codebook YAML file, or the name of a shipped codebook")
      ->capture_default_str();
  auto* code = kwic->add_option("--code", options.code,
                                "Show the hits of this code and of the codes below it");
  auto* pattern =
      kwic->add_option("--pattern", options.pattern,
                       "Show the hits of this one pattern (quote it; the codebook is not used)");
  code->excludes(pattern);
  kwic->add_option("-w,--window", options.window, "Words of context on each side")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
  kwic->add_option("-f,--format", options.format, "Output: table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  kwic->add_option("--sort", options.sort,
                   "Order of the hits: document (as found), term (by keyword) or code")
      ->check(CLI::IsMember({"document", "term", "code"}))
      ->capture_default_str();
  kwic->add_option("--totals", options.totals,
                   "Instead of the hits, a frequency table: hits per term (with documents and "
                   "rank) or per document")
      ->check(CLI::IsMember({"term", "document"}));
  kwic->footer(kKwicFooter);
  return kwic;
}

int run_kwic_command(const KwicOptions& options, std::ostream& out, std::ostream& err) {
  if (options.code.empty() == options.pattern.empty()) {
    fmt::print(err,
               "goalchain kwic: error: give --code ID or --pattern PATTERN\n"
               "  hint: goalchain kwic --code pmh examples/   (see goalchain kwic --help)\n");
    return kUsage;
  }
  if (options.corpus.inputs.empty() && options.corpus.manifest.empty()) {
    fmt::print(err,
               "goalchain kwic: error: INPUT is required\n"
               "  hint: give files, folders, - for standard input, or --manifest FILE\n");
    return kUsage;
  }

  std::optional<codebook::Codebook> book;
  std::vector<bool> selected;
  if (!options.pattern.empty()) {
    book = compile_pattern_codebook(options.pattern, err);
    if (!book) return kUsage;
    // Documents are read as with the shipped codebook: its document types.
    book->layout = codebook::fill_layout_rules(std::move(book->layout), shipped_layout_rules());
    selected.assign(book->codes.size(), true);
  } else {
    book = load_named_codebook(options.codebook, err, "goalchain kwic");
    if (!book) return kError;
    const auto index = book->find(options.code);
    if (!index) {
      std::vector<std::string> ids;
      for (const auto& c : book->codes) ids.push_back(c.id);
      fmt::print(err, "goalchain kwic: error: codebook '{}' has no code '{}'\n", book->name,
                 options.code);
      if (const auto suggestion = util::suggest_closest(options.code, ids)) {
        fmt::print(err, "  hint: did you mean '{}'?\n", *suggestion);
      } else {
        fmt::print(err, "  hint: the codes are listed in {}\n", book->path);
      }
      return kUsage;
    }
    selected = report::select_code_and_descendants(*book, *index);
  }
  const codebook::Matcher matcher(*book);

  document::ReadOptions read_options;
  read_options.layout = &book->layout;
  CorpusInput corpus_input = options.corpus;
  corpus_input.quiet = true;  // a missing county does not change a hit's context
  const Corpus corpus = read_corpus(corpus_input, read_options, matcher, err);
  if (corpus.status != kSuccess) return corpus.status;
  const int failed = corpus.failed;
  const std::size_t documents = corpus.documents.size();
  std::vector<report::KwicRow> rows;
  for (const auto& doc : corpus.documents) {
    auto document_rows = report::build_kwic_rows(doc, *book, selected, options.window);
    rows.insert(rows.end(), std::make_move_iterator(document_rows.begin()),
                std::make_move_iterator(document_rows.end()));
  }

  report::sort_kwic_rows(rows,
                         options.sort == "term"   ? report::KwicOrder::term
                         : options.sort == "code" ? report::KwicOrder::code
                                                  : report::KwicOrder::document,
                         *book);
  if (options.totals == "term") {
    out << writer::render_kwic_term_totals(report::tabulate_kwic_terms(rows), options.format);
  } else if (options.totals == "document") {
    out << writer::render_kwic_document_totals(report::tabulate_kwic_documents(rows),
                                               options.format);
  } else if (options.format == "csv") {
    out << writer::render_kwic_csv(rows);
  } else if (options.format == "json") {
    out << writer::render_kwic_json(rows,
                                    {book->name, options.code, options.pattern, options.window});
  } else if (rows.empty()) {
    fmt::print(err, "goalchain kwic: no hits for {} '{}' in {} document{}\n",
               options.pattern.empty() ? "code" : "pattern",
               options.pattern.empty() ? options.code : options.pattern, documents,
               documents == 1 ? "" : "s");
  } else {
    out << writer::render_kwic_table(rows);
  }
  if (failed > 0) {
    fmt::print(err, "goalchain kwic: error: {} input{} could not be read; their hits are missing\n",
               failed, failed == 1 ? "" : "s");
    return kError;
  }
  return kSuccess;
}

}  // namespace goalchain::cli
