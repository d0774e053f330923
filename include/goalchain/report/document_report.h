// What the report derives from one coded document alone: each segment's codes
// with the words behind them, and the document's chains. Computed on the
// thread that read the document, so a run can hand documents on one by one.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace goalchain::report {

// The codes one segment received, with the words that led to each.
struct SegmentCode {
  std::size_t code = 0;             // index into Codebook::codes
  std::vector<std::string> terms;   // distinct matched words as written, first occurrence first
};

struct DocumentReport {
  document::Document document;
  // codes of each segment of the document: segment_codes[s].
  std::vector<std::vector<SegmentCode>> segment_codes;
  std::vector<chain::Chain> chains;  // chain::find_chains with the codebook's rules
};

// A document's chains counted for the summary's tables.
struct ChainCounts {
  long long chains = 0;
  long long complete = 0;
  long long goals = 0;             // chains with a goal
  long long with_indicator = 0;    // ... of which with an indicator
  long long with_responsible = 0;  // ... of which with a responsible actor
  std::array<long long, 4> national_goals{};  // chains serving goal 1 … 4

  ChainCounts& operator+=(const ChainCounts& other);
};

// What the summary's tables read of one document, kept for every document of
// a run, also when the documents themselves are not (results.json and
// summary.json alone need no document at the end of a run).
struct DocumentFacts {
  std::string path;
  document::DocumentType type = document::DocumentType::annat;
  document::Period period;
  std::string title;
  std::string issuer;
  long long segments = 0;
  long long coded_segments = 0;  // segments with at least one code
  ChainCounts chains;
};

// The facts of a document with its segments' codes and its chains.
DocumentFacts summarize_document(const document::Document& doc,
                                 const std::vector<std::vector<SegmentCode>>& segment_codes,
                                 const std::vector<chain::Chain>& chains);

// The codes of each segment of a document coded with `codebook`, ordered by
// first hit position, then code index. Throws std::invalid_argument for a hit
// that names a code the codebook lacks or lies outside its segment's text.
std::vector<std::vector<SegmentCode>> collect_segment_codes(const document::Document& doc,
                                                            const codebook::Codebook& codebook);

// The document with its segments' codes and its chains.
DocumentReport analyze_document(document::Document doc, const codebook::Codebook& codebook);

}  // namespace goalchain::report
