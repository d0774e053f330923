// results.json: the report model for scripts. Field names are a contract;
// docs/results-json.md lists them. New fields may be added, none renamed.
#pragma once

#include "goalchain/report/report_model.h"

#include <ostream>
#include <string>

namespace goalchain::writer {

// How much of the evidence behind each code results.json carries: every hit
// with its pattern and offsets (`full`), or only the codes and the words that
// matched (`codes`), for the biggest runs.
enum class Evidence { full, codes };

// The whole model as JSON, format 2 (UTF-8, 2-space indent, small records
// such as a segment's code with its hits on one line, trailing newline),
// streamed to `out` without building a tree. Throws std::invalid_argument for
// a model without a codebook and std::runtime_error when `out` fails.
void write_json(const report::ReportModel& model, std::ostream& out,
                Evidence evidence = Evidence::full);

// The same text as a string, for tests and small models.
std::string render_json(const report::ReportModel& model, Evidence evidence = Evidence::full);

}  // namespace goalchain::writer
