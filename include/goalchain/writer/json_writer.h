// results.json: the report model for scripts. Field names are a contract;
// docs/results-json.md lists them. New fields may be added, none renamed.
#pragma once

#include "goalchain/report/report_model.h"

#include <ostream>
#include <string>

namespace goalchain::writer {

// The whole model as JSON (UTF-8, 2-space indent, small records such as hits
// on one line, trailing newline), streamed to `out` without building a tree.
// Throws std::invalid_argument for a model without a codebook and
// std::runtime_error when `out` fails.
void write_json(const report::ReportModel& model, std::ostream& out);

// The same text as a string, for tests and small models.
std::string render_json(const report::ReportModel& model);

}  // namespace goalchain::writer
