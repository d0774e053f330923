// results.json: the report model for scripts. Field names are a contract;
// docs/results-json.md lists them. New fields may be added, none renamed.
#pragma once

#include "goalchain/report/report_model.h"

#include <string>

namespace goalchain::writer {

// The whole model as pretty-printed JSON (UTF-8, 2-space indent, trailing newline).
std::string render_json(const report::ReportModel& model);

}  // namespace goalchain::writer
