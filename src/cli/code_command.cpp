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

// What the Körning/Run sheet records: the codebook and every input with its
// SHA-256, and the options that shape the results (not --out or -j).
report::RunInfo describe_run(const CodeOptions& options, const report::ReportModel& model,
                             std::time_t started) {
  report::RunInfo run;
  run.tool_version = model.tool_version;
  run.codebook_name = model.codebook->name;
  run.codebook_path = model.codebook->path;
  run.codebook_sha256 = util::sha256_file_hex(model.codebook->path);
  for (const auto& doc : model.documents) {
    const bool is_stdin = doc.path == "<stdin>";
    run.inputs.push_back({doc.path, is_stdin ? std::string() : util::sha256_file_hex(doc.path),
                          doc.format, doc.encoding});
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

// Every output, written to hidden temporary files first; only when all are
// complete are they renamed into place, so a failed run leaves the previous
// outputs as they were. Warnings about Excel's limits go to `warnings`.
std::vector<std::filesystem::path> write_outputs(const CodeOptions& options,
                                                 const report::ReportModel& model,
                                                 std::vector<std::string>& warnings) {
  const std::filesystem::path out_dir(options.out_dir);
  std::filesystem::create_directories(out_dir);
  std::vector<util::AtomicFile> pending;
  if (wants(options, "xlsx")) {
    const std::time_t started = std::time(nullptr);
    const report::RunInfo run = describe_run(options, model, started);
    writer::WorkbookOptions workbook_options;
    workbook_options.language =
        writer::parse_language(options.language).value_or(writer::Language::sv);
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
    util::AtomicFile file(out_dir / "results.json");
    {
      std::ofstream stream(file.temp_path(), std::ios::binary | std::ios::trunc);
      if (!stream) throw std::runtime_error("cannot create " + file.temp_path().string());
      writer::write_json(model, stream,
                         options.evidence == "codes" ? writer::Evidence::codes
                                                     : writer::Evidence::full);
    }
    pending.push_back(std::move(file));
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
  util::commit_all(pending);
  std::vector<std::filesystem::path> written;
  for (const auto& file : pending) written.push_back(file.target());
  return written;
}

}  // namespace

int write_run_outputs(const CodeOptions& options, const report::ReportModel& model,
                      std::ostream& out, std::ostream& err) {
  std::vector<std::filesystem::path> written;
  std::vector<std::string> warnings;
  try {
    written = write_outputs(options, model, warnings);
  } catch (const std::exception& e) {
    fmt::print(err, "goalchain: error: cannot write the outputs to {}: {}\n"
                    "  hint: no output was changed; check that the folder is writable and has space\n",
               options.out_dir, e.what());
    return kError;
  }
  if (options.quiet) return kSuccess;
  for (const auto& warning : warnings) fmt::print(err, "goalchain: warning: {}\n", warning);
  int segments = 0;
  int coded = 0;
  for (const auto& county : model.counties) {
    segments += county.segments;
    coded += county.coded_segments;
  }
  fmt::print(out, "goalchain: coded {} document{} from {} count{} ({} of {} segments coded) with {}\n",
             model.documents.size(), model.documents.size() == 1 ? "" : "s",
             model.counties.size(), model.counties.size() == 1 ? "y" : "ies", coded, segments,
             model.codebook->name);
  for (const auto& path : written) fmt::print(out, "  wrote {}\n", path.string());
  return kSuccess;
}

void add_output_options(CLI::App& command, CodeOptions& options) {
  command.add_option("-o,--out", options.out_dir, "Output folder")->capture_default_str();
  command.add_option("-f,--format", options.formats,
                     "Outputs to write: xlsx, json, csv, qdpx (comma-separated, or the option repeated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"xlsx", "json", "csv", "qdpx"}))
      ->default_str("xlsx,json");
  command.add_option("--lang", options.language,
                     "Language of the workbooks' headings and labels: sv or en")
      ->check(CLI::IsMember({"sv", "en"}))
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

int run_code_command(const CodeOptions& options, std::ostream& out, std::ostream& err) {
  const auto book = load_named_codebook(options.codebook, err);
  if (!book) return kError;
  const codebook::Matcher matcher(*book);

  document::ReadOptions read_options;
  for (const auto& code : book->codes) read_options.known_codes.push_back(code.id);
  read_options.layout = &book->layout;
  read_options.language = book->language;
  CorpusInput corpus_input = options.corpus;
  corpus_input.quiet = options.quiet;
  Corpus corpus = read_corpus(corpus_input, read_options, matcher, err);
  if (corpus.status != kSuccess) return corpus.status;
  const int failed = corpus.failed;
  std::vector<document::Document> documents = std::move(corpus.documents);

  if (failed > 0 && !options.keep_going) {
    fmt::print(err,
               "goalchain: error: {} input{} had errors; nothing was written\n"
               "  hint: fix the files above, or use --keep-going to write results for the others\n",
               failed, failed == 1 ? "" : "s");
    return kError;
  }
  if (documents.empty()) {
    fmt::print(err, "goalchain: error: no documents to code\n"
                    "  hint: give documents (.txt, .md, .pdf, .docx, .odt, .yaml, .yml) or folders that contain them\n");
    return kError;
  }

  report::ReportModel model =
      report::build_report(std::move(documents), *book, GOALCHAIN_VERSION, options.corpus.jobs);
  if (const auto shard = parse_shard(options.corpus.shard)) {
    model.shard = fmt::format("{}/{}", shard->first, shard->second);
  }
  if (!book->chains && !options.quiet) {
    // Said, not silent: a codebook without chain rules finds no chains.
    fmt::print(err,
               "goalchain: warning: codebook '{}' has no 'chains:' section: no chains were "
               "looked for (docs/chains.md)\n",
               book->name);
  }
  if (const int status = write_run_outputs(options, model, out, err); status != kSuccess) {
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
