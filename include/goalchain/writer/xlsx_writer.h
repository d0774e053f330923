// Excel workbooks rendered from the report model with libxlsxwriter.
#pragma once

#include "goalchain/report/report_model.h"

#include <filesystem>

namespace goalchain::writer {

// counties/<slug>.xlsx: the county's coded segments and code counts.
// Writes `path` directly; callers make it atomic. Throws std::runtime_error.
void write_county_workbook(const report::ReportModel& model, const report::CountyReport& county,
                           const std::filesystem::path& path);

// summary.xlsx: the county × code matrix and the list of documents.
void write_summary_workbook(const report::ReportModel& model, const std::filesystem::path& path);

}  // namespace goalchain::writer
