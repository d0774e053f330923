// `goalchain kwic`: every hit of a code or pattern with the words around it.
#pragma once

#include "goalchain/cli/corpus_input.h"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace goalchain::cli {

struct KwicOptions {
  CorpusInput corpus;               // the documents, read as `code` reads them
  std::string codebook = "pmh-sv";  // a path, or the name of a shipped codebook
  std::string code;                 // show this code and the codes below it ...
  std::string pattern;              // ... or this one pattern (the codebook is not used)
  std::size_t window = 5;           // words of context on each side
  std::string format = "table";     // table, csv, json
  std::string sort = "document";    // document, term, code
  std::string totals;               // "": the hits; "term" or "document": a frequency table
};

// Adds the `kwic` command to `app`; parsing fills `options`, which must
// outlive the parse.
CLI::App* add_kwic_command(CLI::App& app, KwicOptions& options);

// Runs the command: rows to `out`, messages to `err`. Returns an ExitCode.
int run_kwic_command(const KwicOptions& options, std::ostream& out, std::ostream& err);

}  // namespace goalchain::cli
