// summary.json: the summary's tables across counties (report/summary_tables.h)
// for scripts, beside results.json. docs/results-json.md describes it.
#pragma once

#include "goalchain/report/report_model.h"

#include <ostream>
#include <string>

namespace goalchain::writer {

// The tables as JSON (UTF-8, 2-space indent, one line per row, trailing
// newline): each table a map of "columns" (ids) and "rows" (objects keyed by
// column id; unknown values null, shares as numbers 0…1), the questions table
// with "sources" (where a county workbook lists each count). Throws
// std::invalid_argument for a model without a codebook, std::runtime_error
// when `out` fails.
void write_summary_json(const report::ReportModel& model, std::ostream& out);

// The same text as a string, for tests.
std::string render_summary_json(const report::ReportModel& model);

}  // namespace goalchain::writer
