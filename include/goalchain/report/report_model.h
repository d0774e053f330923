// The report model: every figure any output shows, computed once. Writers
// (JSON, xlsx, later CSV and text) only render it.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"
#include "goalchain/report/county_profile.h"
#include "goalchain/report/document_report.h"

#include <memory>
#include <string>
#include <vector>

namespace goalchain::report {

// How often one code occurs in a set of segments.
struct CodeCount {
  int segments = 0;            // segments the code itself was assigned to
  int hits = 0;                // keyword matches for the code itself
  int segments_with_children = 0;  // segments with the code or any code below it
};

struct CountyReport {
  const document::County* county = nullptr;  // nullptr: documents whose county is unknown
  std::string name;   // "Västra Götaland", or "Okänt län"
  std::string code;   // "O", or ""
  std::string slug;   // "vastra-gotaland", or "okant-lan"
  std::vector<std::size_t> documents;  // indexes into ReportModel::document_facts (and
                                       // ReportModel::documents when kept), ascending
  std::size_t document_count = 0;      // documents of the county, kept or not
  int segments = 0;
  int coded_segments = 0;              // segments with at least one code
  std::vector<CodeCount> code_counts;  // one per codebook code, in codebook order
  CountyProfile profile;               // over all the county's documents
};

struct ReportModel {
  std::string tool_version;
  std::string shard;  // "K/N" when the run coded one shard of its inputs (--shard), else ""
  const codebook::Codebook* codebook = nullptr;
  std::vector<CountyReport> counties;                // by letter-code order; unknown last

  // What the summary's tables read: each document's facts, sorted by path,
  // and how often two codes share a segment (codes × codes, row-major; the
  // diagonal: a code's own segments). Always there.
  std::vector<DocumentFacts> document_facts;
  std::vector<long long> cooccurrence;

  // The documents, sorted by path as document_facts; empty when the run kept
  // none (ReportBuilder without keep_documents), as are segment_codes and
  // chains. The workbooks, CSV, REFI-QDA and write_json need them.
  std::vector<document::Document> documents;

  // codes[i] for each segment of documents[d]: segment_codes[d][s].
  std::vector<std::vector<std::vector<SegmentCode>>> segment_codes;

  // The chains of documents[d] (chain::find_chains with default rules): chains[d].
  std::vector<std::vector<chain::Chain>> chains;
};

// The report model built one document at a time, in any order: each
// document's county totals and profile, facts and co-occurrences are folded in
// as it comes, so that nothing but sorting is left for the end of a run; the
// document itself is kept only when `keep_documents` (the outputs that list
// segments need it). finish() orders the documents by path, those with equal
// paths in the order added, as build_report does.
class ReportBuilder {
 public:
  // `codebook` must outlive the builder and the model.
  ReportBuilder(const codebook::Codebook& codebook, std::string tool_version, bool keep_documents);
  ~ReportBuilder();
  ReportBuilder(ReportBuilder&&) noexcept;
  ReportBuilder& operator=(ReportBuilder&&) noexcept;

  // Folds in one document analysed with the codebook (analyze_document).
  void add(DocumentReport&& report);

  // The model of every document added; called once, after which the builder
  // takes nothing more.
  ReportModel finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Groups coded documents by county, counts codes, finds each document's chains
// and profiles each county. The codebook must outlive the model.
// Chains are found on up to `jobs` threads (0: one per core); the model is
// the same for any number.
ReportModel build_report(std::vector<document::Document> documents,
                         const codebook::Codebook& codebook, std::string tool_version,
                         unsigned jobs = 1);

// The same from documents already analysed (analyze_document), e.g. on the
// threads that read them.
ReportModel assemble_report(std::vector<DocumentReport> documents,
                            const codebook::Codebook& codebook, std::string tool_version);

}  // namespace goalchain::report
