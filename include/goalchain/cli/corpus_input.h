// The documents a command reads: the inputs and options that every reading
// command (code, kwic, agree) shares, and the one function that reads and codes them,
// so that each command has -j, --encoding, --manifest, standard input and the
// metadata options alike and stays thin.
#pragma once

#include "goalchain/document/document.h"
#include "goalchain/document/manifest.h"
#include "goalchain/document/read_options.h"
#include "goalchain/report/document_report.h"
#include "goalchain/util/atomic_file.h"

#include <cstdint>

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace CLI {
class App;
}

namespace goalchain::codebook {
class Matcher;
}

namespace goalchain::cli {

struct CorpusInput {
  std::vector<std::string> inputs;  // files, folders, "-" for standard input
  std::string manifest;             // --manifest: more files, with their metadata
  document::GivenMetadata given;    // --county, --type, --period, --title of the one input
  document::Encoding encoding = document::Encoding::detect;  // of text files
  unsigned jobs = 0;                // files read and coded at once; 0: one per core
  std::uintmax_t max_file_size = util::kDefaultMaxFileSize;  // --max-file-size: of one input
  bool quiet = false;               // no warnings about a missing county
  std::string shard;                // "K/N": only every Nth input from the Kth (--shard)
  std::string progress = "auto";    // a progress line on stderr: auto (when it is a
                                    // terminal), always or never
  // Set by a command, not an option: the extensions (".yaml") taken from
  // folders, all documents when empty; and how standard input is read (".yaml"
  // as a YAML-coded document; text when empty).
  std::vector<std::string> folder_extensions;
  std::string stdin_extension;
};

// (K, N) of a --shard value "K/N" with 1 <= K <= N, or nullopt.
std::optional<std::pair<std::size_t, std::size_t>> parse_shard(std::string_view text);

// Adds INPUT, --manifest, --county, --type, --period, --title, --encoding and
// -j to `command`; parsing fills `input`, which must outlive the parse.
void add_corpus_options(CLI::App& command, CorpusInput& input);

struct Corpus {
  std::vector<document::Document> documents;  // read and coded, in input order
  int failed = 0;  // inputs that had errors, each already reported
  int status = 0;  // an ExitCode: kUsage or kError when the inputs as a whole were
                   // wrong (a bad --county, a manifest with errors); documents is then empty
};

// What a streamed read did, its documents handed on.
struct CorpusRun {
  std::size_t documents = 0;  // read, coded and handed on
  int failed = 0;             // inputs that had errors, each already reported
  int status = 0;             // as Corpus::status; nothing was read when it is not kSuccess
};

// Reads every input and the manifest's files as read_corpus does, codes each
// document and, with `analyze_with`, analyses it (report::analyze_document),
// all on `input.jobs` threads; hands each to `take`, on one thread at a time,
// in input order as soon as it and those before it are done. Only a few
// documents wait for an earlier one, so memory does not grow with their
// number. Each input's messages go to `err` just before its document is
// handed on. With `render`, each document is also rendered on the thread
// that analysed it (several at once), and the text handed to `take` with it
// (empty without). `take` runs on the reading threads, so what it frees is
// freed while others read. Exceptions thrown by `take` or `render` stop the
// reading and are rethrown.
using TakeDocument = std::function<void(report::DocumentReport&& report, std::string&& rendered)>;
using RenderDocument = std::function<std::string(const report::DocumentReport& report)>;
CorpusRun stream_corpus(const CorpusInput& input, document::ReadOptions read_options,
                        const codebook::Matcher& matcher, const codebook::Codebook* analyze_with,
                        std::ostream& err, const TakeDocument& take,
                        const RenderDocument& render = {});

// Reads every input and the manifest's files (with `read_options`, its
// encoding taken from `input`), applies the given metadata and the manifest's,
// and codes each document with `matcher`, `input.jobs` at a time. Messages go
// to `err` in input order, whatever the number of jobs.
Corpus read_corpus(const CorpusInput& input, document::ReadOptions read_options,
                   const codebook::Matcher& matcher, std::ostream& err);

}  // namespace goalchain::cli
