// results.json: the report model for scripts. Field names are a contract;
// docs/results-json.md lists them. New fields may be added, none renamed.
#pragma once

#include "goalchain/report/report_model.h"

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace goalchain::writer {

// How much of the evidence behind each code results.json carries: every hit
// with its pattern and offsets (`full`), or only the codes and the words that
// matched (`codes`), for the biggest runs.
enum class Evidence { full, codes };

// The whole model as JSON, format 3 (UTF-8, 2-space indent, small records
// such as a segment's code with its hits on one line, trailing newline),
// streamed to `out` without building a tree. Throws std::invalid_argument for
// a model without a codebook and std::runtime_error when `out` fails.
// Documents are rendered on up to `jobs` threads (0: one per core); the bytes
// are the same for any number.
void write_json(const report::ReportModel& model, std::ostream& out,
                Evidence evidence = Evidence::full, unsigned jobs = 1);

// results.json written while a run codes its documents (code -f json): the
// header and codebook at once, each document's entry as it comes, rendered
// by render() on the thread that coded it, and the counties at the end; the
// bytes write_json gives for the model of the same documents, so a run need
// keep no document for it.
class JsonResultsWriter {
 public:
  // Starts results.json in `file` (created or emptied). `codebook` must
  // outlive the writer. Throws std::runtime_error when it cannot be created.
  JsonResultsWriter(std::filesystem::path file, const codebook::Codebook& codebook,
                    std::string tool_version, std::string shard,
                    Evidence evidence = Evidence::full);
  ~JsonResultsWriter();
  JsonResultsWriter(const JsonResultsWriter&) = delete;
  JsonResultsWriter& operator=(const JsonResultsWriter&) = delete;

  // One document's entry of "documents", as it stands there; on any thread,
  // several at once.
  std::string render(const report::DocumentReport& report) const;

  // Appends an entry render() made of the document at `path`; one thread at
  // a time. Throws std::runtime_error when the file fails.
  void add(const std::string& path, const std::string& entry);

  // Writes "counties" from `model` (built from the same documents, e.g. by a
  // report::ReportBuilder) and closes the file. The entries stand in the
  // model's order, by path; when they did not come in it (inputs named out of
  // order), the file is written again from its entries. Throws
  // std::runtime_error when the file fails.
  void finish(const report::ReportModel& model);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// results.jsonl: one document a line (JSON Lines), each line the object
// results.json has for the document in its "documents", on one line; written
// as documents come, so a run need not keep them. docs/results-json.md.
class JsonLinesWriter {
 public:
  // `codebook` (whose patterns the hits refer to) must outlive the writer.
  JsonLinesWriter(std::ostream& out, const codebook::Codebook& codebook,
                  Evidence evidence = Evidence::full);
  ~JsonLinesWriter();
  JsonLinesWriter(const JsonLinesWriter&) = delete;
  JsonLinesWriter& operator=(const JsonLinesWriter&) = delete;

  // Writes one document's line, with its county's slug (report::county_slug).
  // Throws std::runtime_error when the stream fails.
  void write(const document::Document& doc,
             const std::vector<std::vector<report::SegmentCode>>& segment_codes,
             const std::vector<chain::Chain>& chains);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Every document of the model as results.jsonl, in the model's order.
void write_json_lines(const report::ReportModel& model, std::ostream& out,
                      Evidence evidence = Evidence::full);

// counties.json, what goes beside results.jsonl: results.json without its
// "documents" (the header, the codebook with the patterns the lines' hits
// refer to, and "counties"), each county with "document_count" in place of
// its list of documents.
void write_counties_json(const codebook::Codebook& codebook,
                         const std::vector<report::CountyReport>& counties,
                         const std::string& tool_version, const std::string& shard,
                         std::ostream& out, Evidence evidence = Evidence::full);

// The same text as a string, for tests and small models.
std::string render_json(const report::ReportModel& model, Evidence evidence = Evidence::full);

}  // namespace goalchain::writer
