// Excel workbooks rendered from the report model with libxlsxwriter: one per
// county and one summary. docs/workbooks.md shows every sheet and column.
#pragma once

#include "goalchain/report/report_model.h"
#include "goalchain/report/run_info.h"
#include "goalchain/writer/workbook_labels.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace goalchain::writer {

struct WorkbookOptions {
  // The language of the codebook's `labels:` the workbooks are written in;
  // empty: the labels' first language.
  std::string language;
  // Seconds since 1970 (UTC) for the document properties; 0: a fixed time, so
  // that the same inputs give the same bytes.
  std::int64_t created = 0;
  // Segments in the model above which workbooks are written in libxlsxwriter's
  // constant-memory mode (sheets then get autofilters instead of table objects).
  std::size_t constant_memory_segments = 200000;
  const report::RunInfo* run = nullptr;  // the Körning/Run sheet; none without it
};

// counties/<slug>.xlsx: Översikt, Kedjor, Segment and Koder for one county.
// Writes `path` directly; callers make it atomic. Returns what had to change
// to fit Excel's limits (one warning a line). Throws std::runtime_error.
std::vector<std::string> write_county_workbook(const report::ReportModel& model,
                                               const report::CountyReport& county,
                                               const std::filesystem::path& path,
                                               const WorkbookOptions& options = {});

// summary.xlsx: county matrices (codes, national goals, completeness, target
// groups, actors), code co-occurrence, charts, trend, documents, codebook and run.
std::vector<std::string> write_summary_workbook(const report::ReportModel& model,
                                                const std::filesystem::path& path,
                                                const WorkbookOptions& options = {});

}  // namespace goalchain::writer
