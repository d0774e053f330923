// `goalchain codebook import|export`: dictionaries of other tools in, REFI-QDA
// and quanteda out. docs/interop.md describes the formats.
#pragma once

#include "goalchain/util/atomic_file.h"

#include <cstdint>
#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace goalchain::cli {

struct CodebookImportOptions {
  std::string dictionary;  // quanteda .yml/.yaml, LIWC .dic or WordStat .cat
  std::string out;         // goalchain codebook YAML to write; "-" for standard output
  std::string from;        // "quanteda", "liwc", "wordstat"; empty: from the extension
  std::string name;        // the codebook's name; empty: from the file name
  std::string language;    // the codebook's `language`; empty: none
  std::uintmax_t max_file_size = util::kDefaultMaxFileSize;  // --max-file-size
  bool quiet = false;
};

struct CodebookExportOptions {
  std::string codebook;  // a path, or the name of a shipped codebook
  std::string out;       // file to write; "-" for standard output
  std::string to;        // "qdc" or "quanteda"; empty: from the extension of `out`
  bool quiet = false;
};

struct CodebookOptions {
  enum class Action { none, import_dictionary, export_codebook };
  Action action = Action::none;  // set while parsing
  CodebookImportOptions import_options;
  CodebookExportOptions export_options;
};

// Adds the `codebook` command with its `import` and `export` subcommands to
// `app`; parsing fills `options`, which must outlive the parse.
CLI::App* add_codebook_command(CLI::App& app, CodebookOptions& options);

// Runs the subcommand that was parsed; messages go to `err`, the summary to
// `out` (or nothing when the result itself goes to standard output). Returns
// an ExitCode.
int run_codebook_command(const CodebookOptions& options, std::ostream& out, std::ostream& err);

int run_codebook_import(const CodebookImportOptions& options, std::ostream& out, std::ostream& err);
int run_codebook_export(const CodebookExportOptions& options, std::ostream& out, std::ostream& err);

}  // namespace goalchain::cli
