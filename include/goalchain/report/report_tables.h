// The report model laid out as flat tables: one row per chain, per segment,
// per county. CSV and the workbooks render these same tables, so a figure in
// one output is the figure in the others.
#pragma once

#include "goalchain/report/report_model.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace goalchain::report {

// One value: empty (unknown or not applicable), text, a whole number, yes/no,
// or a share (0.25 for a quarter, shown as a percentage).
using TableValue = std::variant<std::monostate, std::string, long long, bool, double>;

// Where a county workbook lists what a value counts, so a reader can follow a
// figure to its evidence: counties/<county>.xlsx, the sheet `sheet`
// (workbook_labels' "sheet.<sheet>": "chains", "codes", ...), and on the codes
// sheet the row of code `code` ("" for the whole sheet).
struct CountSource {
  std::string county;  // slug
  std::string sheet;
  std::string code;
  bool operator==(const CountSource&) const = default;
};

struct ReportTable {
  std::vector<std::string> columns;  // ids: "chain_id", "goal", ...; docs/workbooks.md lists them
  std::vector<std::vector<TableValue>> rows;
  // Matrices over codes: the codebook index of the code a column (or a row)
  // stands for, nullopt for the others. Empty when no column (row) is a code.
  std::vector<std::optional<std::size_t>> column_codes;
  std::vector<std::optional<std::size_t>> row_codes;
  // Where each value's evidence is listed: empty, or one entry per row, each
  // empty or one per column.
  std::vector<std::vector<std::optional<CountSource>>> sources;
};

// Lists inside one value are joined with this.
inline constexpr const char* kListSeparator = "; ";

// The label of code `id` in the codebook's own language, or the id when the
// code has none or the codebook lacks it: what the CSV files put beside ids.
std::string code_label(const codebook::Codebook& codebook, std::string_view id);

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
