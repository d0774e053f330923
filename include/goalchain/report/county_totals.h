// Per-county figures folded in one document at a time, so that a run over
// any number of documents holds one county's counts and profile, not its
// documents.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/report/document_report.h"
#include "goalchain/report/report_model.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace goalchain::report {

// The slug of the county group a document is reported under: its county's
// ("vastra-gotaland"), or document::unknown_county()'s ("okant-lan") when it
// has none.
std::string_view county_slug(const document::Document& doc);

class CountyTotals {
 public:
  // `codebook` must outlive the totals.
  explicit CountyTotals(const codebook::Codebook& codebook);
  ~CountyTotals();
  CountyTotals(CountyTotals&&) noexcept;
  CountyTotals& operator=(CountyTotals&&) noexcept;

  // Adds a document's segments, codes and chains to its county's figures;
  // `index`, when given, is recorded in CountyReport::documents.
  void add(const document::Document& doc, const std::vector<std::vector<SegmentCode>>& segment_codes,
           const std::vector<chain::Chain>& chains, std::optional<std::size_t> index);

  // The counties with at least one document, in letter-code order, the
  // unknown county last, each with its profile. The totals are then empty.
  std::vector<CountyReport> finish();

 private:
  struct Group;
  const codebook::Codebook* codebook_;
  std::vector<std::unique_ptr<Group>> groups_;  // per all_counties() entry, then the unknown
};

}  // namespace goalchain::report
