// The report model laid out as flat tables: one row per chain, per segment,
// per county. CSV and the workbooks render these same tables, so a figure in
// one output is the figure in the others.
#pragma once

#include "goalchain/report/report_model.h"

#include <string>
#include <variant>
#include <vector>

namespace goalchain::report {

// One value: empty (unknown or not applicable), text, a whole number, or yes/no.
using TableValue = std::variant<std::monostate, std::string, long long, bool>;

struct ReportTable {
  std::vector<std::string> columns;  // ids: "chain_id", "goal", ...; docs/workbooks.md lists them
  std::vector<std::vector<TableValue>> rows;
};

// Lists inside one value are joined with this.
inline constexpr const char* kListSeparator = "; ";

// One row per chain of every document (or of `documents`, indexes into
// model.documents, when given), in document then chain order.
ReportTable tabulate_chains(const ReportModel& model,
                            const std::vector<std::size_t>* documents = nullptr);

// One row per segment of every document (or of `documents`), in document then
// segment order: where it stands, its text, codes and matched words, and
// manual codes.
ReportTable tabulate_segments(const ReportModel& model,
                              const std::vector<std::size_t>* documents = nullptr);

// One row per county: counts, the county profile and chains by national goal.
ReportTable tabulate_counties(const ReportModel& model);

}  // namespace goalchain::report
