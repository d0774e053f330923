#include "goalchain/cli/codebook_command.h"

#include "goalchain/cli/codebook_locator.h"
#include "goalchain/cli/exit_code.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/codebook_yaml_writer.h"
#include "goalchain/codebook/dictionary_import.h"
#include "goalchain/codebook/lint.h"
#include "goalchain/codebook/qdc_codebook.h"
#include "goalchain/codebook/quanteda_dictionary.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <ostream>

#ifndef GOALCHAIN_VERSION
#define GOALCHAIN_VERSION "0.0.0"
#endif

namespace goalchain::cli {
namespace {

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  success: the output was written\n"
    "  1  error: the input had a problem (messages name file:line:column) or the output could not "
    "be written\n"
    "  2  usage error: the command line was wrong\n";

constexpr const char* kCodebookFooter =
    "\nExamples:\n"
    "  goalchain codebook export --to qdc pmh-sv pmh-sv.qdc\n"
    "  goalchain codebook import liwc-sv.dic my-codebook.yaml\n"
    "\n";

constexpr const char* kImportFooter =
    "\nExamples:\n"
    "  goalchain codebook import ordlista.yml my-codebook.yaml         quanteda YAML dictionary\n"
    "  goalchain codebook import liwc-sv.dic my-codebook.yaml          LIWC2007/LIWC2015 .dic\n"
    "  goalchain codebook import --from wordstat ORD.TXT my-codebook.yaml\n"
    "\n"
    "The format comes from the extension: .yml/.yaml quanteda, .dic LIWC, .cat WordStat.\n"
    "Categories become codes, nested categories child codes; entries become keywords.\n"
    "Then check it:  goalchain kwic -c my-codebook.yaml --code ID plans/\n"
    "\n";

constexpr const char* kExportFooter =
    "\nExamples:\n"
    "  goalchain codebook export --to qdc pmh-sv pmh-sv.qdc            REFI-QDA codebook for "
    "NVivo,\n"
    "                                                                  ATLAS.ti, MAXQDA, "
    "QualCoder\n"
    "  goalchain codebook export --to quanteda my-codebook.yaml dict.yml\n"
    "  goalchain codebook export pmh-sv -  --to quanteda               write to standard output\n"
    "\n"
    "Without --to, the format comes from OUT: .qdc REFI-QDA, .yml/.yaml quanteda.\n"
    "Repeated exports of the same codebook are byte-identical (GUIDs derive from the code ids).\n"
    "\n";

constexpr std::string_view kStandardOutput = "-";

void print(std::ostream& err, const std::vector<util::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) err << util::format_diagnostic(d);
}

std::string lower_extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return extension;
}

// Writes `content` to `out_path` atomically, or to `out` for "-". False (with
// a message) when the file cannot be written.
bool write_output(const std::string& out_path, const std::string& content, std::ostream& out,
                  std::ostream& err) {
  if (out_path == kStandardOutput) {
    out << content;
    return true;
  }
  try {
    util::write_file_atomically(out_path, content);
    return true;
  } catch (const std::exception& e) {
    fmt::print(err,
               "goalchain: error: cannot write {}: {}\n"
               "  hint: check that the folder exists and is writable; nothing was changed\n",
               out_path, e.what());
    return false;
  }
}

std::size_t count_keywords(const codebook::Codebook& book) {
  std::size_t count = 0;
  for (const auto& code : book.codes) count += code.keywords.size();
  return count;
}

}  // namespace

CLI::App* add_codebook_command(CLI::App& app, CodebookOptions& options) {
  CLI::App* command =
      app.add_subcommand("codebook", "Import dictionaries as codebooks; export codebooks");
  command->require_subcommand(1);
  command->footer(std::string(kCodebookFooter) + kExitCodes);

  CLI::App* import = command->add_subcommand(
      "import", "Convert a quanteda, LIWC or WordStat dictionary into a goalchain codebook");
  auto& in = options.import_options;
  import
      ->add_option("DICTIONARY", in.dictionary,
                   "Dictionary file: .yml/.yaml (quanteda), .dic (LIWC), .cat (WordStat)")
      ->required();
  import->add_option("OUT", in.out, "Codebook YAML to write ('-': standard output)")->required();
  import->add_option("--from", in.from, "Dictionary format, when the extension does not say it")
      ->check(CLI::IsMember({"quanteda", "liwc", "wordstat"}));
  import->add_option("--name", in.name, "Name of the codebook (default: from the file name)");
  import->add_option("--language", in.language,
                     "Language of the codebook, e.g. sv (default: none)");
  import->add_option("--max-file-size", in.max_file_size,
                     "Largest dictionary read (e.g. 512MiB); a larger file, or a pipe that does "
                     "not end, is an error")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("256MiB");
  import->add_flag("-q,--quiet", in.quiet, "Print only warnings and errors");
  import->footer(std::string(kImportFooter) + kExitCodes);
  import->callback([&options] { options.action = CodebookOptions::Action::import_dictionary;
});

CLI::App* exp = command->add_subcommand(
    "export", "Write a codebook as a REFI-QDA codebook (.qdc) or quanteda YAML");
auto& ex = options.export_options;
exp->add_option("CODEBOOK", ex.codebook, "Codebook YAML file, or the name of a shipped codebook")
    ->required();
exp->add_option("OUT", ex.out, "File to write ('-': standard output)")->required();
exp->add_option("--to", ex.to, "Format: qdc or quanteda (default: from the extension of OUT)")
    ->check(CLI::IsMember({"qdc", "quanteda"}));
exp->add_flag("-q,--quiet", ex.quiet, "Print only errors");
exp->footer(std::string(kExportFooter) + kExitCodes);
exp->callback([&options] { options.action = CodebookOptions::Action::export_codebook; });
return command;
}  // namespace goalchain::cli

int run_codebook_command(const CodebookOptions& options, std::ostream& out, std::ostream& err) {
  switch (options.action) {
    case CodebookOptions::Action::import_dictionary:
      return run_codebook_import(options.import_options, out, err);
    case CodebookOptions::Action::export_codebook:
      return run_codebook_export(options.export_options, out, err);
    case CodebookOptions::Action::none:
      break;
  }
  return kUsage;
}

int run_codebook_import(const CodebookImportOptions& options, std::ostream& out,
                        std::ostream& err) {
  std::optional<codebook::DictionaryFormat> format;
  if (!options.from.empty()) {
    format = codebook::dictionary_format_from_name(options.from);
  } else {
    format = codebook::dictionary_format_from_extension(options.dictionary);
  }
  if (!format) {
    fmt::print(
        err,
        "goalchain codebook import: error: cannot tell the format of '{}' from its extension\n"
        "  hint: name it .yml/.yaml (quanteda), .dic (LIWC) or .cat (WordStat), or give "
        "--from quanteda|liwc|wordstat\n",
        options.dictionary);
    return kUsage;
  }

  std::string bytes;
  try {
    bytes = util::read_file(options.dictionary, options.max_file_size);
  } catch (const util::DiagnosticError& e) {
    print(err, e.diagnostics());
    fmt::print(err, "goalchain: error: {} was not read; nothing was written\n", options.dictionary);
    return kError;
  } catch (const std::exception& e) {
    fmt::print(err, "goalchain: error: {}\n", e.what());
    return kError;
  }

  std::vector<util::Diagnostic> warnings;
  codebook::Codebook book;
  try {
    book = codebook::import_dictionary(bytes, options.dictionary, *format, warnings);
  } catch (const util::DiagnosticError& e) {
    print(err, warnings);
    print(err, e.diagnostics());
    fmt::print(err, "goalchain: error: the dictionary has errors; nothing was written\n");
    return kError;
  }
  print(err, warnings);
  if (!options.name.empty()) book.name = options.name;
  if (!options.language.empty()) book.language = options.language;
  if (book.codes.empty()) {
    fmt::print(err, "goalchain: error: {} has no categories; nothing was written\n",
               options.dictionary);
    return kError;
  }

  const std::string header = fmt::format(
      "Imported by goalchain {} from {} ({} dictionary).\n"
      "Check what each code finds before relying on it:  goalchain kwic -c {} --code ID plans/",
      GOALCHAIN_VERSION, std::filesystem::path(options.dictionary).filename().string(),
      codebook::to_string(*format),
      options.out == kStandardOutput ? std::string("CODEBOOK")
                                     : std::filesystem::path(options.out).filename().string());
  const std::string yaml = codebook::render_codebook_yaml(book, header);
  // The written codebook must load and pass lint: check it as `goalchain lint` will.
  const std::string out_name =
      options.out == kStandardOutput ? std::string("<stdout>") : options.out;
  const auto problems = codebook::lint_codebook(yaml, out_name);
  print(err, problems);
  if (std::any_of(problems.begin(), problems.end(),
                  [](const util::Diagnostic& d) { return d.severity == util::Severity::error; })) {
    fmt::print(err,
               "goalchain: error: the converted codebook does not pass goalchain lint; nothing was "
               "written\n"
               "  hint: fix the entries named above in {}\n",
               options.dictionary);
    return kError;
  }
  if (!write_output(options.out, yaml, out, err)) return kError;
  if (!options.quiet && options.out != kStandardOutput) {
    fmt::print(out, "goalchain: imported {} code{} with {} keyword{} from {} ({}) into {}\n",
               book.codes.size(), book.codes.size() == 1 ? "" : "s", count_keywords(book),
               count_keywords(book) == 1 ? "" : "s", options.dictionary,
               codebook::to_string(*format), options.out);
  }
  return kSuccess;
}

int run_codebook_export(const CodebookExportOptions& options, std::ostream& out,
                        std::ostream& err) {
  std::string to = options.to;
  if (to.empty()) {
    const std::string extension = lower_extension(options.out);
    if (extension == ".qdc") to = "qdc";
    if (extension == ".yml" || extension == ".yaml") to = "quanteda";
  }
  if (to.empty()) {
    fmt::print(err,
               "goalchain codebook export: error: cannot tell the format to write from '{}'\n"
               "  hint: give --to qdc or --to quanteda, or name the output .qdc or .yml\n",
               options.out);
    return kUsage;
  }

  const auto path = find_codebook(options.codebook);
  if (!path) {
    fmt::print(err, "goalchain: error: codebook '{}' not found\n", options.codebook);
    fmt::print(err,
               "  hint: give a path to a codebook YAML file, or the name of a shipped codebook "
               "(pmh-sv); searched:\n");
    for (const auto& dir : codebook_search_dirs()) fmt::print(err, "    {}\n", dir.string());
    return kError;
  }
  codebook::Codebook book;
  try {
    book = codebook::load_codebook(*path);
  } catch (const util::DiagnosticError& e) {
    print(err, e.diagnostics());
    fmt::print(err, "goalchain: error: the codebook has errors; nothing was exported\n");
    return kError;
  }
  if (book.codes.empty()) {
    fmt::print(err, "goalchain: error: codebook '{}' has no codes; nothing was exported\n",
               book.name);
    return kError;
  }

  std::vector<std::string> notes;
  const std::string content =
      to == "qdc" ? codebook::render_qdc_codebook(book, "goalchain " GOALCHAIN_VERSION)
                  : codebook::render_quanteda_dictionary(book, &notes);
  for (const auto& note : notes) fmt::print(err, "{}: warning: {}\n", path->string(), note);
  if (!notes.empty()) {
    fmt::print(
        err,
        "  hint: quanteda dictionaries hold glob patterns only; the codes above match more or "
        "less in quanteda than in goalchain\n");
  }
  if (!write_output(options.out, content, out, err)) return kError;
  if (!options.quiet && options.out != kStandardOutput) {
    fmt::print(out, "goalchain: exported {} code{} of {} as {} to {}\n", book.codes.size(),
               book.codes.size() == 1 ? "" : "s", book.name,
               to == "qdc" ? "a REFI-QDA codebook" : "a quanteda dictionary", options.out);
  }
  return kSuccess;
}

}  // namespace goalchain::cli
