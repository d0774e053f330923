#include "goalchain/cli/corpus_input.h"

#include "goalchain/cli/exit_code.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/county.h"
#include "goalchain/document/input_files.h"
#include "goalchain/document/text_reader.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/ordered_pipeline.h"
#include "goalchain/util/progress_line.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <ostream>
#include <thread>

namespace goalchain::cli {
namespace {

void print(std::ostream& err, const std::vector<util::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) err << util::format_diagnostic(d);
}

// Standard input, named "<stdin>", read as a file with `extension` (text when empty).
document::Document read_standard_input(const document::ReadOptions& read_options,
                                       const std::string& extension) {
  const std::string content = util::read_stream(std::cin, "<stdin>", read_options.max_file_size);
  return document::read_document_bytes(content, "<stdin>", read_options, extension);
}

// What reading and coding one input gave: the document, or nothing when it
// failed; its messages either way, printed later in input order.
struct FileResult {
  std::optional<report::DocumentReport> document;
  std::string rendered;  // by stream_corpus's `render`
  std::string messages;
};

FileResult read_and_code_file(const std::filesystem::path& file, bool is_stdin,
                              const std::string& stdin_extension,
                              const document::ManifestEntry* manifest_entry,
                              const document::ReadOptions& read_options,
                              const codebook::Matcher& matcher,
                              const codebook::Codebook* analyze_with, bool quiet) {
  FileResult result;
  try {
    document::Document doc = is_stdin ? read_standard_input(read_options, stdin_extension)
                                      : document::read_document_file(file, read_options);
    if (manifest_entry != nullptr) document::apply_manifest_entry(*manifest_entry, doc);
    coding::code_document(doc, matcher);
    if (!quiet) {
      for (const auto& warning : doc.read_warnings) result.messages += util::format_diagnostic(warning);
      for (const auto& warning : doc.warnings) {
        result.messages += util::format_diagnostic(
            util::Diagnostic{util::Severity::warning, doc.path, 0, 0, warning.message, {}, {}});
      }
    }
    const bool county_warned = std::any_of(doc.warnings.begin(), doc.warnings.end(),
                                           [](const auto& w) { return w.field == "county"; });
    if (doc.county == nullptr && !quiet && !county_warned) {
      util::Diagnostic warning{util::Severity::warning, doc.path, 0, 0,
                               "no county found in the text or the file name",
                               fmt::format("name it in the text, in the file name or with "
                                           "--county ({}); it is reported under \"{}\"",
                                           document::describe_county_choices(),
                                           document::unknown_county().name),
                               {}};
      result.messages += util::format_diagnostic(warning);
    }
    if (analyze_with != nullptr) {
      result.document = report::analyze_document(std::move(doc), *analyze_with);
    } else {
      result.document.emplace();
      result.document->document = std::move(doc);
    }
  } catch (const util::DiagnosticError& e) {
    for (const auto& d : e.diagnostics()) result.messages += util::format_diagnostic(d);
  }
  return result;
}

}  // namespace

std::optional<std::pair<std::size_t, std::size_t>> parse_shard(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto number = [](std::string_view digits) -> std::optional<std::size_t> {
    if (digits.empty() || digits.size() > 6) return std::nullopt;
    std::size_t value = 0;
    for (const char c : digits) {
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    return value;
  };
  const auto k = number(text.substr(0, slash));
  const auto n = number(text.substr(slash + 1));
  if (!k || !n || *k < 1 || *k > *n) return std::nullopt;
  return std::pair{*k, *n};
}

void add_corpus_options(CLI::App& command, CorpusInput& input) {
  command.add_option("INPUT", input.inputs,
                     "Documents (.txt, .md, .pdf, .docx, .odt, .yaml, .yml), folders (searched for them), or - "
                     "for text on standard input");
  command.add_option("--manifest", input.manifest,
                     "YAML list of files to read, each with county, type, period or title that "
                     "override detection");
  command.add_option("--county", input.given.county,
                     "County of the one input (standard input or a single file): a name "
                     "(\"Stockholm\", \"Stockholms län\") or letter code (AB)");
  command.add_option("--type", input.given.type,
                     "Document type of the one input: strategi, handlingsplan, slutredovisning, "
                     "lägesrapport or annat");
  command.add_option("--period", input.given.period, "Years the one input covers: 2021, 2021-2023");
  command.add_option("--title", input.given.title, "Title of the one input");
  const std::map<std::string, document::Encoding> encodings{
      {"auto", document::Encoding::detect},
      {"utf-8", document::Encoding::utf8},
      {"windows-1252", document::Encoding::windows1252},
      {"utf-16", document::Encoding::utf16}};
  command.add_option("--encoding", input.encoding,
                     "Encoding of text files: auto (byte-order mark, UTF-8, else Windows-1252), "
                     "utf-8, windows-1252, utf-16")
      // CLI11 runs the transform added last first: names are checked, then mapped.
      ->transform(CLI::CheckedTransformer(encodings, CLI::ignore_case).description(""))
      ->transform(CLI::IsMember({"auto", "utf-8", "windows-1252", "utf-16"}, CLI::ignore_case)
                     .description(""))
      ->type_name("{auto,utf-8,windows-1252,utf-16}")
      ->default_str("auto");
  command.add_option("--shard", input.shard,
                     "K/N: code only the Kth of N shares of the inputs (the 1st, N+1th ... from "
                     "the Kth), for runs split over machines; goalchain merge combines the outputs")
      ->check([](const std::string& value) -> std::string {
        return parse_shard(value) ? "" : "give K/N with 1 <= K <= N, e.g. 2/3";
      });
  command.add_option("--progress", input.progress,
                     "A progress line on standard error (documents done, MB/s, time left): auto "
                     "(when standard error is a terminal), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command.add_option("--max-file-size", input.max_file_size,
                     "Largest input file read (e.g. 512MiB, 2GiB); a larger file, or a pipe or "
                     "device that does not end, is an error for that file")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("256MiB");
  command.add_option("-j,--jobs", input.jobs,
                     "Files read and coded at once (0: one per core); outputs are the same for any value")
      ->check(CLI::Range(0u, 256u))
      ->default_str("0");
}

CorpusRun stream_corpus(const CorpusInput& input, document::ReadOptions read_options,
                        const codebook::Matcher& matcher, const codebook::Codebook* analyze_with,
                        std::ostream& err, const TakeDocument& take,
                        const RenderDocument& render) {
  CorpusRun run;
  read_options.encoding = input.encoding;
  read_options.max_file_size = input.max_file_size;
  std::vector<document::ManifestEntry> manifest;
  if (!input.manifest.empty()) {
    try {
      manifest = document::load_manifest(input.manifest, input.max_file_size);
    } catch (const util::DiagnosticError& e) {
      print(err, e.diagnostics());
      fmt::print(err, "goalchain: error: the manifest has errors; nothing was coded\n");
      run.status = kError;
      return run;
    }
  }
  std::vector<std::string> inputs = input.inputs;
  std::map<std::string, const document::ManifestEntry*> manifest_entries;  // by file identity
  for (const auto& entry : manifest) {
    inputs.push_back(entry.path.string());
    manifest_entries.emplace(document::file_identity(entry.path), &entry);
  }

  std::vector<util::Diagnostic> problems;
  auto files = document::collect_input_files(inputs, problems);
  if (!input.folder_extensions.empty()) {
    // A file named (or listed in the manifest) is read whatever it is; from
    // folders only the kinds the command reads.
    const std::set<std::string> named(inputs.begin(), inputs.end());
    std::erase_if(files, [&](const std::filesystem::path& file) {
      std::string extension = file.extension().string();
      std::transform(extension.begin(), extension.end(), extension.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      return !named.contains(file.string()) &&
             std::find(input.folder_extensions.begin(), input.folder_extensions.end(),
                       extension) == input.folder_extensions.end();
    });
  }
  if (const auto shard = parse_shard(input.shard)) {
    // Every Nth file from the Kth: shares of about equal size whatever the
    // order, and the same share for the same inputs on every machine.
    std::vector<std::filesystem::path> share;
    for (std::size_t i = shard->first - 1; i < files.size(); i += shard->second) {
      share.push_back(files[i]);
    }
    files = std::move(share);
  }
  print(err, problems);
  run.failed = static_cast<int>(std::count_if(problems.begin(), problems.end(), [](const auto& d) {
    return d.severity == util::Severity::error;
  }));

  std::optional<document::ManifestEntry> given_entry;
  if (!input.given.empty()) {
    if (files.size() != 1) {
      fmt::print(err,
                 "goalchain: error: --county, --type, --period and --title describe one input, "
                 "and {} were given\n"
                 "  hint: give one file or - (standard input), or list several files with their "
                 "metadata in a --manifest\n",
                 files.size());
      run.status = kUsage;
      return run;
    }
    try {
      given_entry = document::make_manifest_entry(files.front(), input.given);
    } catch (const util::DiagnosticError& e) {
      print(err, e.diagnostics());
      run.status = kUsage;
      return run;
    }
  }

  std::optional<util::ProgressLine> progress;
  const bool show_progress =
      input.progress == "always" || (input.progress == "auto" && ::isatty(STDERR_FILENO) == 1);
  std::vector<std::uint64_t> sizes(files.size(), 0);
  if (show_progress) {
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::error_code ec;
      if (files[i].native() != document::kStandardInput) {
        const auto size = std::filesystem::file_size(files[i], ec);
        sizes[i] = ec ? 0 : size;
      }
      total += sizes[i];
    }
    progress.emplace(err, files.size(), total, "documents");
  }

  // Documents are handed on in input order as they finish; a few may wait
  // for an earlier one, never all of them.
  const std::size_t window = 4 * std::max(1u, input.jobs == 0 ? std::thread::hardware_concurrency()
                                                              : input.jobs);
  const auto read_one = [&](std::size_t i) {
    const auto& file = files[i];
    const bool is_stdin = file.native() == document::kStandardInput;
    const document::ManifestEntry* entry = given_entry ? &*given_entry : nullptr;
    if (!is_stdin && entry == nullptr) {
      const auto found = manifest_entries.find(document::file_identity(file));
      if (found != manifest_entries.end()) entry = found->second;
    }
    FileResult result =
        read_and_code_file(file, is_stdin, input.stdin_extension, entry, read_options, matcher,
                           analyze_with, input.quiet);
    if (render && result.document) result.rendered = render(*result.document);
    if (progress) progress->advance(sizes[i]);
    return result;
  };
  const auto hand_on = [&](std::size_t, FileResult result) {
    if (progress) {
      progress->print_above(result.messages);
    } else {
      err << result.messages;
    }
    if (result.document) {
      ++run.documents;
      take(std::move(*result.document), std::move(result.rendered));
    } else {
      ++run.failed;
    }
  };
  util::produce_in_order<FileResult>(files.size(), input.jobs, window, read_one, hand_on);
  if (progress) progress->finish();
  return run;
}

Corpus read_corpus(const CorpusInput& input, document::ReadOptions read_options,
                   const codebook::Matcher& matcher, std::ostream& err) {
  Corpus corpus;
  const CorpusRun run =
      stream_corpus(input, std::move(read_options), matcher, nullptr, err,
                    [&](report::DocumentReport&& report, std::string&&) {
                      corpus.documents.push_back(std::move(report.document));
                    });
  corpus.failed = run.failed;
  corpus.status = run.status;
  return corpus;
}

}  // namespace goalchain::cli
