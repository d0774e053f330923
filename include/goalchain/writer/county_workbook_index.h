// Where what a county workbook lists stands in it, so that its own sheets and
// the summary workbook can link to the row: the segments of its Segment sheet
// and the chains of its Kedjor sheet, in the order the sheets list them.
#pragma once

#include "goalchain/report/report_model.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::writer {

// A segment of the model: documents[document].segments[segment].
struct SegmentRef {
  std::size_t document = 0;
  std::size_t segment = 0;
};

class CountyWorkbookIndex {
 public:
  // The model must outlive the index, which points at its chains.
  CountyWorkbookIndex(const report::ReportModel& model, const report::CountyReport& county);

  // The segments the Segment sheet lists, in its order: those coded by the
  // engine or by hand, and those that hold part of a chain.
  const std::vector<SegmentRef>& segments() const { return segments_; }

  // The Segment sheet's data row of the segment with `id`, if it is listed.
  std::optional<std::size_t> segment_row(std::string_view id) const;

  // The data row of the first listed segment the engine coded with `code` or
  // a code below it (what CountyReport::code_counts counts).
  std::optional<std::size_t> first_segment_with(std::size_t code) const;

  // The chains of the Kedjor sheet, in its order.
  const std::vector<const chain::Chain*>& chains() const { return chains_; }

  // The data row of the first chain of the Kedjor sheet for which `wanted` holds.
  std::optional<std::size_t> first_chain(const std::function<bool(const chain::Chain&)>& wanted) const;

 private:
  std::vector<SegmentRef> segments_;
  std::map<std::string, std::size_t, std::less<>> segment_rows_;
  std::vector<std::optional<std::size_t>> first_row_of_code_;  // by codebook index
  std::vector<const chain::Chain*> chains_;
};

// Where the county's workbook is written, relative to the summary workbook:
// "counties/<slug>.xlsx".
std::filesystem::path county_workbook_path(const report::CountyReport& county);

}  // namespace goalchain::writer
