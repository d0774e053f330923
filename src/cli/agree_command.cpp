#include "goalchain/cli/agree_command.h"

#include "goalchain/agreement/agreement_report.h"
#include "goalchain/agreement/agreement_units.h"
#include "goalchain/agreement/chain_agreement.h"
#include "goalchain/agreement/hand_chains.h"
#include "goalchain/chain/chain_finder.h"
#include "goalchain/cli/codebook_locator.h"
#include "goalchain/cli/corpus_input.h"
#include "goalchain/cli/exit_code.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/text_reader.h"
#include "goalchain/document/yaml_document_reader.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/writer/agreement_writer.h"
#include "goalchain/writer/agreement_xlsx_writer.h"
#include "goalchain/writer/chain_agreement_writer.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <ostream>
#include <set>

#ifndef GOALCHAIN_VERSION
#define GOALCHAIN_VERSION "0.0.0"
#endif

namespace goalchain::cli {
namespace {

constexpr const char* kAgreeFooter =
    "\nExamples:\n"
    "  goalchain agree -c pmh-sv coded/                     the codebook against the hand coding\n"
    "                                                       of the YAML-coded documents in coded/\n"
    "  goalchain agree --coders anna.yaml bertil.yaml       two coders' versions of one document\n"
    "  goalchain agree --coders a.yaml b.yaml c.yaml -c pmh-sv --unit section --xlsx agree.xlsx\n"
    "  goalchain agree --chains gotland-hand.yaml gotland.txt   the chains found in a plan (text\n"
    "                                                       or PDF) against a hand reading of it\n"
    "  goalchain agree --chains gotland-hand.yaml gotland.txt --chains uppsala-hand.yaml uppsala.txt\n"
    "                                                       two plans: a row each and a total\n"
    "\n"
    "Chains (--chains HAND DOC, repeatable): chain recall and precision (a chain found matches a\n"
    "hand goal when their words overlap by at least half: distinct words in both over distinct\n"
    "words in either, one to one) and, for matched chains, the agreement of their activities,\n"
    "indicators, responsible actors, problem, national goals and completeness.\n"
    "\n"
    "Units: segment (each YAML entry; default), sentence (each sentence of an entry, which\n"
    "inherits the entry's codes), section (all entries under the same headings together).\n"
    "Figures per code: the 2x2 counts, prevalence, percent agreement, Cohen's kappa (first two\n"
    "sides), Krippendorff's alpha (all sides), and precision, recall and F1 when the codebook is a\n"
    "side; macro and micro averages; then every unit where the sides differ. See docs/agreement.md.\n"
    "\n"
    "Exit codes:\n"
    "  0  success: the figures were printed (and the workbook written), whatever they show\n"
    "  1  error: a document, coder file, the codebook or the workbook had a problem (segments\n"
    "     that do not line up, a coder file for another document, unknown codes, a hand\n"
    "     reading that is not a YAML-coded document); nothing is printed or written\n"
    "  2  usage error: the command line was wrong\n";

void print(std::ostream& err, const std::vector<util::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) err << util::format_diagnostic(d);
}

bool is_yaml(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".yaml" || extension == ".yml";
}

// DOCS or a --manifest were given.
bool has_documents(const AgreeOptions& options) {
  return !options.corpus.inputs.empty() || !options.corpus.manifest.empty();
}

util::Diagnostic not_yaml(const std::string& path) {
  return {util::Severity::error, path, 0, 0,
          "not a YAML-coded document: agreement needs the codes a person gave",
          "give .yaml or .yml files in the document format of docs/document-format.md, with "
          "codes: on the entries",
          {}};
}

// YAML-coded documents read from files, with their texts; problems collected.
struct ReadDocuments {
  std::vector<document::Document> documents;
  std::vector<std::string> sources;
  std::vector<util::Diagnostic> problems;
};

ReadDocuments read_coded_documents(const std::vector<std::filesystem::path>& files,
                                   const document::ReadOptions& options) {
  ReadDocuments read;
  for (const auto& file : files) {
    const std::string path = file.string();
    if (!is_yaml(file)) {
      read.problems.push_back(not_yaml(path));
      continue;
    }
    try {
      std::string source = util::read_file(file, options.max_file_size);
      read.documents.push_back(document::read_yaml_document(source, path, options));
      read.sources.push_back(std::move(source));
    } catch (const util::DiagnosticError& e) {
      read.problems.insert(read.problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    } catch (const std::exception& e) {
      read.problems.push_back({util::Severity::error, path, 0, 0,
                               fmt::format("cannot read the file: {}", e.what()),
                               "check the path and its permissions", {}});
    }
  }
  return read;
}

// Names of the coders: the file names without extension, or the paths when
// two files have the same name.
std::vector<std::string> coder_names(const std::vector<std::string>& paths) {
  std::vector<std::string> names;
  for (const auto& path : paths) names.push_back(std::filesystem::path(path).stem().string());
  const std::set<std::string> distinct(names.begin(), names.end());
  if (distinct.size() != names.size()) return paths;
  return names;
}

// Codes in the order they first appear in the units, side by side.
std::vector<std::string> codes_in_order_of_use(const std::vector<agreement::Unit>& units) {
  std::vector<std::string> order;
  std::set<std::string> seen;
  for (const auto& unit : units) {
    for (const auto& side : unit.codes) {
      for (const auto& code : side) {
        if (seen.insert(code).second) order.push_back(code);
      }
    }
  }
  return order;
}

// Prints `problems`; `reported` more files had errors already printed.
int fail_inputs(std::ostream& err, const std::vector<util::Diagnostic>& problems,
                int reported = 0) {
  print(err, problems);
  std::set<std::string> files;
  for (const auto& d : problems) files.insert(d.file);
  const std::size_t count = files.size() + static_cast<std::size_t>(reported);
  fmt::print(err, "goalchain agree: error: {} file{} had errors; nothing was compared\n", count,
             count == 1 ? "" : "s");
  return kError;
}

// A hand reading and the plan it reads, read and coded with `book`.
struct ChainPair {
  document::Document hand;
  document::Document plan;
};

// Reads every pair, collecting the problems of all of them.
std::vector<ChainPair> read_chain_pairs(const std::vector<std::string>& paths,
                                        const codebook::Codebook& book,
                                        std::uintmax_t max_file_size,
                                        std::vector<util::Diagnostic>& problems) {
  document::ReadOptions hand_options;
  hand_options.max_file_size = max_file_size;
  for (const auto& code : book.codes) hand_options.known_codes.push_back(code.id);
  std::vector<ChainPair> pairs;
  for (std::size_t p = 0; p + 1 < paths.size(); p += 2) {
    ReadDocuments hand = read_coded_documents({paths[p]}, hand_options);
    problems.insert(problems.end(), hand.problems.begin(), hand.problems.end());
    std::optional<document::Document> plan;
    try {
      // Read as goalchain code reads it: with the codebook's layout words.
      document::ReadOptions plan_options;
      plan_options.layout = &book.layout;
      plan_options.language = book.language;
      plan_options.max_file_size = max_file_size;
      plan = document::read_document_file(paths[p + 1], plan_options);
    } catch (const util::DiagnosticError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    } catch (const std::exception& e) {
      problems.push_back({util::Severity::error, paths[p + 1], 0, 0,
                          fmt::format("cannot read the file: {}", e.what()),
                          "check the path and its permissions", {}});
    }
    if (hand.documents.size() == 1 && plan) {
      pairs.push_back({std::move(hand.documents.front()), std::move(*plan)});
    }
  }
  return pairs;
}

// `agree --chains HAND DOC ...`: the chains found in each DOC against HAND.
int run_chain_agreement(const AgreeOptions& options, std::ostream& out, std::ostream& err) {
  if (options.chains.size() % 2 != 0) {
    fmt::print(err,
               "goalchain agree: error: --chains takes two files, the hand reading and the plan\n"
               "  hint: goalchain agree --chains plan-hand.yaml plan.pdf\n");
    return kUsage;
  }
  const auto book =
      load_named_codebook(options.codebook.empty() ? "pmh-sv" : options.codebook, err,
                          "goalchain agree");
  if (!book) return kError;
  std::vector<util::Diagnostic> problems;
  std::vector<ChainPair> pairs = read_chain_pairs(options.chains, *book, options.corpus.max_file_size, problems);
  if (!problems.empty()) return fail_inputs(err, problems);

  const codebook::Matcher matcher(*book);
  // The codebook's own chain rules; without a chains: section none are found
  // (lint warns about that), so nothing would agree.
  const chain::ChainRules rules = book->chains.value_or(chain::ChainRules{});
  std::vector<agreement::DocumentChainAgreement> documents;
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    coding::code_document(pairs[p].hand, matcher);
    coding::code_document(pairs[p].plan, matcher);
    documents.push_back(agreement::compare_chains(
        agreement::read_hand_chains(pairs[p].hand, *book, rules),
        agreement::reduce_found_chains(chain::find_chains(pairs[p].plan, *book, rules)),
        options.chains[2 * p], options.chains[2 * p + 1]));
  }
  const auto report = agreement::build_chain_agreement_report(std::move(documents));
  if (options.format == "json") {
    out << writer::render_chain_agreement_json(report);
  } else if (options.format == "csv") {
    out << writer::render_chain_agreement_csv(report);
  } else {
    out << writer::render_chain_agreement_table(report);
  }
  return kSuccess;
}

}  // namespace

CLI::App* add_agree_command(CLI::App& app, AgreeOptions& options) {
  CLI::App* agree = app.add_subcommand(
      "agree", "Measure agreement: the codebook against hand coding, or coders against each other");
  // DOCS: YAML-coded documents (and folders searched for them) whose manual
  // codes the codebook is measured against; read by the corpus stage.
  add_corpus_options(*agree, options.corpus);
  agree->add_option("-c,--codebook", options.codebook,
                    "Codebook YAML file, or the name of a shipped codebook (required without "
                    "--coders; with --coders it checks the codes and labels them)");
  agree->add_option("--coders", options.coders,
                    "Two or more coders' YAML-coded versions of the same document")
      ->expected(2, CLI::detail::expected_max_vector_size);
  agree->add_option("--chains", options.chains,
                    "A hand reading (YAML-coded document) and the text or PDF plan it reads; "
                    "repeat for more plans")
      ->expected(2)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->type_name("HAND DOC");
  agree->add_option("-u,--unit", options.unit, "Unit of agreement: segment, sentence or section")
      ->check(CLI::IsMember({"segment", "sentence", "section"}))
      ->capture_default_str();
  agree->add_option("-f,--format", options.format, "Output on standard output: table, json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  agree->add_option("--xlsx", options.xlsx,
                    "Also write a workbook: a summary sheet and a disagreements sheet");
  agree->add_option("--lang", options.language,
                    "Language of the workbook's sheet names, headings and code labels: one the "
                    "codebook's labels: give (sv or en in the shipped codebooks)")
      ->capture_default_str();
  agree->footer(kAgreeFooter);
  return agree;
}

int run_agree_command(const AgreeOptions& options, std::ostream& out, std::ostream& err) {
  if (!options.chains.empty()) {
    if (!options.coders.empty() || has_documents(options) || !options.xlsx.empty()) {
      fmt::print(err,
                 "goalchain agree: error: --chains takes HAND DOC pairs only, without DOCS, "
                 "--coders or --xlsx\n"
                 "  hint: goalchain agree --chains plan-hand.yaml plan.pdf   (see goalchain "
                 "agree --help)\n");
      return kUsage;
    }
    return run_chain_agreement(options, out, err);
  }
  const bool coders = !options.coders.empty();
  if (coders && has_documents(options)) {
    fmt::print(err,
               "goalchain agree: error: give either DOCS with -c, or --coders FILES, not both\n"
               "  hint: goalchain agree --coders anna.yaml bertil.yaml   (see goalchain agree "
               "--help)\n");
    return kUsage;
  }
  if (!coders && (options.codebook.empty() || !has_documents(options))) {
    fmt::print(err,
               "goalchain agree: error: give -c CODEBOOK and YAML-coded DOCS, or --coders FILES\n"
               "  hint: goalchain agree -c pmh-sv coded/   (see goalchain agree --help)\n");
    return kUsage;
  }
  const auto kind = agreement::unit_kind_from_string(options.unit);
  if (!kind) {
    fmt::print(err, "goalchain agree: error: unknown --unit '{}'\n", options.unit);
    return kUsage;
  }

  std::optional<codebook::Codebook> book;
  document::ReadOptions read_options;
  read_options.max_file_size = options.corpus.max_file_size;
  std::map<std::string, std::string> labels;
  std::vector<std::string> code_order;
  if (!options.codebook.empty()) {
    book = load_named_codebook(options.codebook, err, "goalchain agree");
    if (!book) return kError;
    for (const auto& code : book->codes) {
      read_options.known_codes.push_back(code.id);
      labels.emplace(code.id, options.language == "en" && !code.label_en.empty() ? code.label_en
                                                                                : code.label);
      code_order.push_back(code.id);
    }
  }
  // The workbook's words: the codebook's labels, else the shipped codebook's.
  const codebook::LabelTable workbook_labels = book ? book->labels : shipped_label_table();
  if (!options.xlsx.empty() &&
      !check_workbook_labels(workbook_labels, options.language, err, "goalchain agree")) {
    return kUsage;
  }

  std::vector<agreement::Unit> units;
  std::vector<std::string> sides;
  if (coders) {
    std::vector<std::filesystem::path> files(options.coders.begin(), options.coders.end());
    ReadDocuments read = read_coded_documents(files, read_options);
    if (!read.problems.empty()) return fail_inputs(err, read.problems);
    try {
      units = agreement::units_between_coders(read.documents, *kind, read.sources);
    } catch (const util::DiagnosticError& e) {
      return fail_inputs(err, e.diagnostics());
    }
    sides = coder_names(options.coders);
    if (code_order.empty()) code_order = codes_in_order_of_use(units);
  } else {
    const codebook::Matcher matcher(*book);
    CorpusInput corpus_input = options.corpus;
    corpus_input.folder_extensions = {".yaml", ".yml"};  // a file named must be one too
    corpus_input.stdin_extension = ".yaml";
    corpus_input.quiet = true;  // a missing county does not change agreement
    const Corpus corpus = read_corpus(corpus_input, read_options, matcher, err);
    if (corpus.status != kSuccess) return corpus.status;
    std::vector<util::Diagnostic> problems;
    for (const auto& document : corpus.documents) {
      if (document.format != "yaml") problems.push_back(not_yaml(document.path));
    }
    if (corpus.failed > 0 || !problems.empty()) return fail_inputs(err, problems, corpus.failed);
    units = agreement::units_person_vs_codebook(corpus.documents, *book, *kind);
    sides = {"manual", "codebook"};
  }
  if (units.empty()) {
    fmt::print(err,
               "goalchain agree: error: no codable entries to compare\n"
               "  hint: agreement is measured on the entries of YAML-coded documents "
               "(paragraphs, goals, activities ...); see docs/document-format.md\n");
    return kError;
  }

  const agreement::AgreementReport report =
      agreement::compute_agreement(units, sides, !coders, options.unit, code_order);
  if (!options.xlsx.empty()) {
    try {
      util::AtomicFile file(options.xlsx);
      writer::write_agreement_workbook(
          report, labels, file.temp_path(), GOALCHAIN_VERSION,
          writer::Labels(workbook_labels, options.language));
      file.commit();
    } catch (const std::exception& e) {
      fmt::print(err,
                 "goalchain agree: error: cannot write {}: {}\n"
                 "  hint: check that the folder exists and is writable; the file was not changed\n",
                 options.xlsx, e.what());
      return kError;
    }
  }
  if (options.format == "json") {
    out << writer::render_agreement_json(report);
  } else if (options.format == "csv") {
    out << writer::render_agreement_csv(report);
  } else {
    out << writer::render_agreement_table(report);
  }
  return kSuccess;
}

}  // namespace goalchain::cli
