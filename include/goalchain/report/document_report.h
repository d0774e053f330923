// What the report derives from one coded document alone: each segment's codes
// with the words behind them, and the document's chains. Computed on the
// thread that read the document, so a run can hand documents on one by one.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"

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

// The codes of each segment of a document coded with `codebook`, ordered by
// first hit position, then code index. Throws std::invalid_argument for a hit
// that names a code the codebook lacks or lies outside its segment's text.
std::vector<std::vector<SegmentCode>> collect_segment_codes(const document::Document& doc,
                                                            const codebook::Codebook& codebook);

// The document with its segments' codes and its chains.
DocumentReport analyze_document(document::Document doc, const codebook::Codebook& codebook);

}  // namespace goalchain::report
