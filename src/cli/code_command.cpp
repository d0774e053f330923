#include "goalchain/cli/code_command.h"

#include "goalchain/cli/codebook_locator.h"
#include "goalchain/cli/exit_code.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/input_files.h"
#include "goalchain/document/manifest.h"
#include "goalchain/document/text_reader.h"
#include "goalchain/report/report_model.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/writer/json_writer.h"
#include "goalchain/writer/xlsx_writer.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <ostream>

#ifndef GOALCHAIN_VERSION
#define GOALCHAIN_VERSION "0.0.0"
#endif

namespace goalchain::cli {
namespace {

bool wants(const CodeOptions& options, std::string_view format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

void print(std::ostream& err, const std::vector<util::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) err << util::format_diagnostic(d);
}

std::optional<codebook::Codebook> load_requested_codebook(const CodeOptions& options,
                                                          std::ostream& err) {
  const auto path = find_codebook(options.codebook);
  if (!path) {
    fmt::print(err, "goalchain: error: codebook '{}' not found\n", options.codebook);
    fmt::print(err, "  hint: give a path to a codebook YAML file, or the name of a shipped codebook (pmh-sv); searched:\n");
    for (const auto& dir : codebook_search_dirs()) fmt::print(err, "    {}\n", dir.string());
    return std::nullopt;
  }
  try {
    return codebook::load_codebook(*path);
  } catch (const util::DiagnosticError& e) {
    print(err, e.diagnostics());
    fmt::print(err, "goalchain: error: the codebook has errors; nothing was coded\n");
    return std::nullopt;
  }
}

// Every output, written to hidden temporary files first; only when all are
// complete are they renamed into place, so a failed run leaves the previous
// outputs as they were.
std::vector<std::filesystem::path> write_outputs(const CodeOptions& options,
                                                 const report::ReportModel& model) {
  const std::filesystem::path out_dir(options.out_dir);
  std::filesystem::create_directories(out_dir);
  std::vector<util::AtomicFile> pending;
  if (wants(options, "xlsx")) {
    std::filesystem::create_directories(out_dir / "counties");
    for (const auto& county : model.counties) {
      util::AtomicFile file(out_dir / "counties" / (county.slug + ".xlsx"));
      writer::write_county_workbook(model, county, file.temp_path());
      pending.push_back(std::move(file));
    }
    util::AtomicFile summary(out_dir / "summary.xlsx");
    writer::write_summary_workbook(model, summary.temp_path());
    pending.push_back(std::move(summary));
  }
  if (wants(options, "json")) {
    util::AtomicFile file(out_dir / "results.json");
    {
      std::ofstream stream(file.temp_path(), std::ios::binary | std::ios::trunc);
      if (!stream) throw std::runtime_error("cannot create " + file.temp_path().string());
      writer::write_json(model, stream);
    }
    pending.push_back(std::move(file));
  }
  std::vector<std::filesystem::path> written;
  for (auto& file : pending) {
    file.commit();
    written.push_back(file.target());
  }
  return written;
}

// The manifest's entries, none without --manifest; nullopt (after printing
// why) when the manifest has errors.
std::optional<std::vector<document::ManifestEntry>> load_requested_manifest(
    const CodeOptions& options, std::ostream& err) {
  if (options.manifest.empty()) return std::vector<document::ManifestEntry>{};
  try {
    return document::load_manifest(options.manifest);
  } catch (const util::DiagnosticError& e) {
    print(err, e.diagnostics());
    fmt::print(err, "goalchain: error: the manifest has errors; nothing was coded\n");
    return std::nullopt;
  }
}

// Standard input, read as a text file named "<stdin>".
document::Document read_standard_input(const document::ReadOptions& read_options) {
  const std::string content{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  return document::read_text_document(content, "<stdin>", read_options);
}

// What reading and coding one input gave: the document, or nothing when it
// failed; its messages either way, printed later in input order.
struct FileResult {
  std::optional<document::Document> document;
  std::string messages;
};

FileResult read_and_code_file(const std::filesystem::path& file, bool is_stdin,
                              const document::ManifestEntry* manifest_entry,
                              const document::ReadOptions& read_options,
                              const codebook::Matcher& matcher, bool quiet) {
  FileResult result;
  try {
    document::Document doc = is_stdin ? read_standard_input(read_options)
                                      : document::read_document_file(file, read_options);
    if (manifest_entry != nullptr) document::apply_manifest_entry(*manifest_entry, doc);
    coding::code_document(doc, matcher);
    if (doc.county == nullptr && !quiet) {
      util::Diagnostic warning{util::Severity::warning, doc.path, 0, 0,
                               "no county found in the text or the file name",
                               "name it in the text (\"Länsstyrelsen i Stockholms län\") or in the "
                               "file name (stockholm-plan.txt); it is reported under \"Okänt län\"",
                               {}};
      result.messages += util::format_diagnostic(warning);
    }
    result.document = std::move(doc);
  } catch (const util::DiagnosticError& e) {
    for (const auto& d : e.diagnostics()) result.messages += util::format_diagnostic(d);
  }
  return result;
}

// Calls work(i) for every i < count on up to `jobs` threads (0: one per core).
// Each call must touch only its own data.
void for_each_index(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t threads = std::min<std::size_t>(jobs, count);
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  const auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        work(i);
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

int run_code_command(const CodeOptions& options, std::ostream& out, std::ostream& err) {
  const auto book = load_requested_codebook(options, err);
  if (!book) return kError;
  const codebook::Matcher matcher(*book);
  const auto manifest = load_requested_manifest(options, err);
  if (!manifest) return kError;

  document::ReadOptions read_options;
  read_options.encoding = options.encoding;
  for (const auto& code : book->codes) read_options.known_codes.push_back(code.id);

  std::vector<std::string> inputs = options.inputs;
  std::map<std::string, const document::ManifestEntry*> manifest_entries;  // by file identity
  for (const auto& entry : *manifest) {
    inputs.push_back(entry.path.string());
    manifest_entries.emplace(document::file_identity(entry.path), &entry);
  }

  std::vector<util::Diagnostic> problems;
  const auto files = document::collect_input_files(inputs, problems);
  print(err, problems);
  int failed = static_cast<int>(std::count_if(problems.begin(), problems.end(), [](const auto& d) {
    return d.severity == util::Severity::error;
  }));

  std::vector<FileResult> results(files.size());
  const auto read_one = [&](std::size_t i) {
    const auto& file = files[i];
    const bool is_stdin = file.native() == document::kStandardInput;
    const document::ManifestEntry* entry = nullptr;
    if (!is_stdin) {
      const auto found = manifest_entries.find(document::file_identity(file));
      if (found != manifest_entries.end()) entry = found->second;
    }
    results[i] = read_and_code_file(file, is_stdin, entry, read_options, matcher, options.quiet);
  };
  for_each_index(files.size(), options.jobs, read_one);

  std::vector<document::Document> documents;
  for (auto& result : results) {
    err << result.messages;
    if (result.document) {
      documents.push_back(std::move(*result.document));
    } else {
      ++failed;
    }
  }

  if (failed > 0 && !options.keep_going) {
    fmt::print(err,
               "goalchain: error: {} input{} had errors; nothing was written\n"
               "  hint: fix the files above, or use --keep-going to write results for the others\n",
               failed, failed == 1 ? "" : "s");
    return kError;
  }
  if (documents.empty()) {
    fmt::print(err, "goalchain: error: no documents to code\n"
                    "  hint: give documents (.txt, .md, .pdf, .yaml, .yml) or folders that contain them\n");
    return kError;
  }

  const report::ReportModel model = report::build_report(std::move(documents), *book, GOALCHAIN_VERSION);
  std::vector<std::filesystem::path> written;
  try {
    written = write_outputs(options, model);
  } catch (const std::exception& e) {
    fmt::print(err, "goalchain: error: cannot write the outputs to {}: {}\n"
                    "  hint: no output was changed; check that the folder is writable and has space\n",
               options.out_dir, e.what());
    return kError;
  }

  if (!options.quiet) {
    int segments = 0;
    int coded = 0;
    for (const auto& county : model.counties) {
      segments += county.segments;
      coded += county.coded_segments;
    }
    fmt::print(out, "goalchain: coded {} document{} from {} count{} ({} of {} segments coded) with {}\n",
               model.documents.size(), model.documents.size() == 1 ? "" : "s",
               model.counties.size(), model.counties.size() == 1 ? "y" : "ies", coded, segments,
               book->name);
    for (const auto& path : written) fmt::print(out, "  wrote {}\n", path.string());
  }
  if (failed > 0) {
    fmt::print(err, "goalchain: error: {} input{} skipped because of errors (--keep-going)\n", failed,
               failed == 1 ? " was" : "s were");
    return kError;
  }
  return kSuccess;
}

}  // namespace goalchain::cli
