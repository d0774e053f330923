#include "goalchain/cli/code_command.h"

#include "goalchain/cli/codebook_locator.h"
#include "goalchain/cli/exit_code.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/report/report_model.h"
#include "goalchain/report/report_tables.h"
#include "goalchain/report/summary_tables.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/sha256.h"
#include "goalchain/writer/county_workbook_index.h"
#include "goalchain/writer/csv_writer.h"
#include "goalchain/writer/json_writer.h"
#include "goalchain/writer/qdpx_writer.h"
#include "goalchain/writer/summary_json.h"
#include "goalchain/writer/xlsx_writer.h"

#include <CLI/CLI.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <optional>
#include <fstream>
#include <ostream>

#ifndef GOALCHAIN_VERSION
#define GOALCHAIN_VERSION "0.0.0"
#endif

namespace goalchain::cli {
namespace {

bool wants(const CodeOptions& options, std::string_view format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

// The --encoding option as written on the command line.
std::string_view encoding_name(document::Encoding encoding) {
  switch (encoding) {
    case document::Encoding::utf8:
      return "utf-8";
    case document::Encoding::windows1252:
      return "windows-1252";
    case document::Encoding::utf16:
      return "utf-16";
    case document::Encoding::detect:
      break;
  }
  return "auto";
}

std::string utc_timestamp(std::time_t when) {
  std::tm parts{};
  gmtime_r(&when, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

// What the Körning/Run sheet records: the codebook and every input with the
// SHA-256 of the bytes that were read (kept by the reader, so pipes have one
// and a file changed since is not hashed again), and the options that shape the results (not --out or -j).
report::RunInfo describe_run(const CodeOptions& options, const report::ReportModel& model,
                             std::time_t started) {
  report::RunInfo run;
  run.tool_version = model.tool_version;
  run.codebook_name = model.codebook->name;
  run.codebook_path = model.codebook->path;
  run.codebook_sha256 = util::sha256_file_hex(model.codebook->path);
  for (const auto& doc : model.documents) {
    run.inputs.push_back({doc.path, doc.sha256, doc.format, doc.encoding});
  }
  std::string formats;
  for (const auto& format : options.formats) formats += (formats.empty() ? "" : ",") + format;
  run.options = {{"--codebook", options.codebook},
                 {"--format", formats},
                 {"--encoding", std::string(encoding_name(options.corpus.encoding))},
                 {"--lang", options.language}};
  if (!options.corpus.manifest.empty()) {
    run.options.emplace_back("--manifest", options.corpus.manifest);
  }
  if (options.keep_going) run.options.emplace_back("--keep-going", "");
  if (options.csv_bom) run.options.emplace_back("--csv-bom", "");
  if (options.csv_separator != ",") run.options.emplace_back("--csv-sep", options.csv_separator);
  if (options.evidence != "full") run.options.emplace_back("--evidence", options.evidence);
  if (options.timestamp) run.timestamp = utc_timestamp(started);
  return run;
}

writer::Evidence evidence_of(const CodeOptions& options) {
  return options.evidence == "codes" ? writer::Evidence::codes : writer::Evidence::full;
}

std::ofstream open_output(const util::AtomicFile& file) {
  std::ofstream stream(file.temp_path(), std::ios::binary | std::ios::trunc);
  if (!stream) throw std::runtime_error("cannot create " + file.temp_path().string());
  return stream;
}

int fail_to_write(const CodeOptions& options, const std::exception& e, std::ostream& err) {
  fmt::print(err, "goalchain: error: cannot write the outputs to {}: {}\n"
                  "  hint: no output was changed; check that the folder is writable and has space\n",
             options.out_dir, e.what());
  return kError;
}

// counties.json, beside results.jsonl.
void write_counties(const CodeOptions& options, const codebook::Codebook& codebook,
                    const std::vector<report::CountyReport>& counties, const std::string& shard,
                    std::vector<util::AtomicFile>& pending) {
  util::AtomicFile file(std::filesystem::path(options.out_dir) / "counties.json");
  {
    std::ofstream stream = open_output(file);
    writer::write_counties_json(codebook, counties, GOALCHAIN_VERSION, shard, stream,
                                evidence_of(options));
  }
  pending.push_back(std::move(file));
}

// The output folder, made at the start of a run that writes outputs as
// documents come; the folders it made are taken away again at the end when
// they are still empty (the run failed before writing), as a run that writes
// at the end never makes them.
class OutputFolder {
 public:
  explicit OutputFolder(const std::filesystem::path& folder) {
    std::error_code ec;
    for (auto path = folder; !path.empty() && !std::filesystem::exists(path, ec);
         path = path.parent_path()) {
      made_.push_back(path);
      if (path == path.parent_path()) break;
    }
    std::filesystem::create_directories(folder);
  }
  ~OutputFolder() {
    std::error_code ec;
    for (const auto& path : made_) std::filesystem::remove(path, ec);  // only if empty
  }
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

 private:
  std::vector<std::filesystem::path> made_;  // deepest first
};

// Every output the model gives that `options` asks for, written to hidden
// temporary files added to `pending`, to be renamed into place together.
// Warnings about Excel's limits go to `warnings`.
// results.json and results.jsonl are left out when the run already
// `streamed` them.
struct Streamed {
  util::AtomicFile* results_json = nullptr;  // written, to be renamed with the others
  bool results_jsonl = false;
};
void write_model_outputs(const CodeOptions& options, const report::ReportModel& model,
                         Streamed streamed, std::vector<util::AtomicFile>& pending,
                         std::vector<std::string>& warnings) {
  const std::filesystem::path out_dir(options.out_dir);
  std::filesystem::create_directories(out_dir);
  if (wants(options, "xlsx")) {
    const std::time_t started = std::time(nullptr);
    const report::RunInfo run = describe_run(options, model, started);
    writer::WorkbookOptions workbook_options;
    workbook_options.language = options.language;
    workbook_options.created = options.timestamp ? static_cast<std::int64_t>(started) : 0;
    workbook_options.run = &run;
    auto note = [&](const std::string& file, const std::vector<std::string>& found) {
      for (const auto& warning : found) warnings.push_back(file + ": " + warning);
    };
    for (const auto& county : model.counties) {
      const std::filesystem::path target = out_dir / writer::county_workbook_path(county);
      std::filesystem::create_directories(target.parent_path());
      util::AtomicFile file(target);
      note(file.target().string(),
           writer::write_county_workbook(model, county, file.temp_path(), workbook_options));
      pending.push_back(std::move(file));
    }
    util::AtomicFile summary(out_dir / "summary.xlsx");
    note(summary.target().string(),
         writer::write_summary_workbook(model, summary.temp_path(), workbook_options));
    pending.push_back(std::move(summary));
  }
  if (wants(options, "json")) {
    if (streamed.results_json != nullptr) {
      pending.push_back(std::move(*streamed.results_json));
    } else {
      util::AtomicFile file(out_dir / "results.json");
      {
        std::ofstream stream = open_output(file);
        writer::write_json(model, stream, evidence_of(options), options.corpus.jobs);
      }
      pending.push_back(std::move(file));
    }
    util::AtomicFile summary(out_dir / "summary.json");
    util::write_file_atomically(summary.temp_path(), writer::render_summary_json(model));
    pending.push_back(std::move(summary));
  }
  if (wants(options, "csv")) {
    std::vector<report::NamedTable> tables = {
        {"chains", report::tabulate_chains(model)},
        {"segments", report::tabulate_segments(model)},
        {"counties", report::tabulate_counties(model)}};
    for (auto& summary : report::tabulate_summary(model)) tables.push_back(std::move(summary));
    for (const auto& [name, table] : tables) {
      util::AtomicFile file(out_dir / (name + ".csv"));
      util::write_file_atomically(file.temp_path(), writer::render_table_csv(table, options.csv_bom, options.csv_separator.front()));
      pending.push_back(std::move(file));
    }
  }
  if (wants(options, "qdpx")) {
    writer::QdpxOptions qdpx{"goalchain " + model.tool_version,
                             options.timestamp ? utc_timestamp(std::time(nullptr)) : ""};
    util::AtomicFile file(out_dir / "project.qdpx");
    util::write_file_atomically(
        file.temp_path(), writer::zip_qdpx_project(writer::render_qdpx_project(model, qdpx)));
    pending.push_back(std::move(file));
  }
  if (wants(options, "jsonl") && !streamed.results_jsonl) {
    util::AtomicFile lines(out_dir / "results.jsonl");
    {
      std::ofstream stream = open_output(lines);
      writer::write_json_lines(model, stream, evidence_of(options));
    }
    pending.push_back(std::move(lines));
    write_counties(options, *model.codebook, model.counties, model.shard, pending);
  }
}

// Renames every file of `pending` into place together; then warnings to
// `err` and, with the figures of `counties`, what was written to `out`.
int commit_outputs(const CodeOptions& options, std::vector<util::AtomicFile>& pending,
                   const std::vector<std::string>& warnings, std::size_t documents,
                   const std::vector<report::CountyReport>& counties,
                   const std::string& codebook_name, std::ostream& out, std::ostream& err) {
  try {
    util::commit_all(pending);
  } catch (const std::exception& e) {
    return fail_to_write(options, e, err);
  }
  if (options.quiet) return kSuccess;
  for (const auto& warning : warnings) fmt::print(err, "goalchain: warning: {}\n", warning);
  int segments = 0;
  int coded = 0;
  for (const auto& county : counties) {
    segments += county.segments;
    coded += county.coded_segments;
  }
  fmt::print(out, "goalchain: coded {} document{} from {} count{} ({} of {} segments coded) with {}\n",
             documents, documents == 1 ? "" : "s", counties.size(),
             counties.size() == 1 ? "y" : "ies", coded, segments, codebook_name);
  for (const auto& file : pending) fmt::print(out, "  wrote {}\n", file.target().string());
  return kSuccess;
}

}  // namespace

int write_run_outputs(const CodeOptions& options, const report::ReportModel& model,
                      std::ostream& out, std::ostream& err) {
  std::vector<util::AtomicFile> pending;
  std::vector<std::string> warnings;
  try {
    write_model_outputs(options, model, {}, pending, warnings);
  } catch (const std::exception& e) {
    return fail_to_write(options, e, err);
  }
  return commit_outputs(options, pending, warnings, model.documents.size(), model.counties,
                        model.codebook->name, out, err);
}

void add_output_options(CLI::App& command, CodeOptions& options) {
  command.add_option("-o,--out", options.out_dir, "Output folder")->capture_default_str();
  command.add_option("-f,--format", options.formats,
                     "Outputs to write: xlsx, json, csv, qdpx, jsonl (comma-separated, or the "
                     "option repeated). jsonl writes results.jsonl, a line per document as each "
                     "is done, and counties.json. jsonl and json keep no documents in memory; "
                     "with xlsx, csv or qdpx the run holds every document for those")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"xlsx", "json", "csv", "qdpx", "jsonl"}))
      ->default_str("xlsx,json");
  command.add_option("--lang", options.language,
                     "Language of the workbooks' headings and labels: one the codebook's "
                     "labels: give (sv or en in the shipped codebooks)")
      ->capture_default_str();
  command.add_flag("--timestamp", options.timestamp,
                   "Stamp the run time in the workbooks and project.qdpx (they then differ from run to run)");
  command.add_flag("--csv-bom", options.csv_bom,
                   "Start CSV files with a UTF-8 byte-order mark, so that Excel reads them as UTF-8");
  command.add_option("--evidence", options.evidence,
                     "What results.json keeps of each code's evidence: full (every hit with its "
                     "pattern and offsets) or codes (the codes and matched words per segment)")
      ->check(CLI::IsMember({"full", "codes"}))
      ->capture_default_str();
  command.add_option("--csv-sep", options.csv_separator,
                     "Field separator of the CSV files: , or ; (what Excel set to Swedish expects)")
      ->check(CLI::IsMember({",", ";"}))
      ->capture_default_str();
  command.add_flag("-q,--quiet", options.quiet, "Print only errors");
}

bool check_workbook_language(const CodeOptions& options, const codebook::Codebook& book,
                             std::ostream& err, std::string_view command) {
  return !wants(options, "xlsx") ||
         check_workbook_labels(book.labels, options.language, err, command);
}

int run_code_command(const CodeOptions& options, std::ostream& out, std::ostream& err) {
  const auto book = load_named_codebook(options.codebook, err);
  if (!book) return kError;
  if (!check_workbook_language(options, *book, err, "goalchain code")) return kUsage;
  const codebook::Matcher matcher(*book);

  document::ReadOptions read_options;
  for (const auto& code : book->codes) read_options.known_codes.push_back(code.id);
  read_options.layout = &book->layout;
  read_options.language = book->language;
  CorpusInput corpus_input = options.corpus;
  corpus_input.quiet = options.quiet;
  std::string shard;
  if (const auto parts = parse_shard(options.corpus.shard)) {
    shard = fmt::format("{}/{}", parts->first, parts->second);
  }

  // results.jsonl and results.json are written as documents come (each
  // document's part of results.json rendered on the thread that coded it),
  // and the report model is folded together one document at a time, so that
  // little is left when the last one is done. Documents are kept only for the
  // outputs that list segments; without those, each is freed once written.
  const bool streamed = wants(options, "jsonl");
  const bool json = wants(options, "json");
  const bool keep = wants(options, "xlsx") || wants(options, "csv") || wants(options, "qdpx");
  std::optional<OutputFolder> folder;  // outlives the files below, removed before it
  std::optional<util::AtomicFile> lines_file;
  std::ofstream lines_stream;
  std::optional<writer::JsonLinesWriter> lines;
  std::optional<util::AtomicFile> results_file;
  std::optional<writer::JsonResultsWriter> results;
  report::ReportBuilder builder(*book, GOALCHAIN_VERSION, keep);
  CorpusRun run;
  try {
    if (streamed || json) folder.emplace(options.out_dir);
    if (streamed) {
      lines_file.emplace(std::filesystem::path(options.out_dir) / "results.jsonl");
      lines_stream = open_output(*lines_file);
      lines.emplace(lines_stream, *book, evidence_of(options));
    }
    if (json) {
      results_file.emplace(std::filesystem::path(options.out_dir) / "results.json");
      results.emplace(results_file->temp_path(), *book, GOALCHAIN_VERSION, shard,
                      evidence_of(options));
    }
    const RenderDocument render = [&](const report::DocumentReport& report) {
      return results->render(report);
    };
    run = stream_corpus(corpus_input, read_options, matcher, &*book, err,
                        [&](report::DocumentReport&& report, std::string&& rendered) {
                          if (lines) lines->write(report.document, report.segment_codes, report.chains);
                          if (results) results->add(report.document.path, rendered);
                          builder.add(std::move(report));
                        },
                        json ? render : RenderDocument{});
  } catch (const std::runtime_error& e) {  // results.json(l) could not be made or written
    return fail_to_write(options, e, err);
  }
  if (run.status != kSuccess) return run.status;
  const int failed = run.failed;

  if (failed > 0 && !options.keep_going) {
    fmt::print(err,
               "goalchain: error: {} input{} had errors; nothing was written\n"
               "  hint: fix the files above, or use --keep-going to write results for the others\n",
               failed, failed == 1 ? "" : "s");
    return kError;
  }
  if (run.documents == 0) {
    fmt::print(err, "goalchain: error: no documents to code\n"
                    "  hint: give documents (.txt, .md, .pdf, .docx, .odt, .yaml, .yml) or folders that contain them\n");
    return kError;
  }
  if (!book->chains && !options.quiet) {
    // Said, not silent: a codebook without chain rules finds no chains.
    fmt::print(err,
               "goalchain: warning: codebook '{}' has no 'chains:' section: no chains were "
               "looked for (docs/chains.md)\n",
               book->name);
  }

  std::vector<util::AtomicFile> pending;
  std::vector<std::string> warnings;
  std::vector<report::CountyReport> counties;
  try {
    report::ReportModel model = builder.finish();
    model.shard = shard;
    if (streamed) {
      lines_stream.close();
      if (!lines_stream) throw std::runtime_error("cannot write " + lines_file->temp_path().string());
      pending.push_back(std::move(*lines_file));
      write_counties(options, *book, model.counties, shard, pending);
    }
    if (json) results->finish(model);
    write_model_outputs(options, model, {json ? &*results_file : nullptr, streamed}, pending,
                        warnings);
    counties = std::move(model.counties);
  } catch (const std::exception& e) {
    return fail_to_write(options, e, err);
  }
  if (const int status = commit_outputs(options, pending, warnings, run.documents, counties,
                                        book->name, out, err);
      status != kSuccess) {
    return status;
  }
  if (failed > 0) {
    fmt::print(err, "goalchain: error: {} input{} skipped because of errors (--keep-going)\n", failed,
               failed == 1 ? " was" : "s were");
    return kError;
  }
  return kSuccess;
}

}  // namespace goalchain::cli
