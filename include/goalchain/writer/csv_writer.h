// CSV renderings of the report tables (chains.csv, segments.csv, counties.csv).
#pragma once

#include "goalchain/report/report_tables.h"

#include <string>

namespace goalchain::writer {

// `table` as RFC 4180 CSV: a header row of column ids, CRLF line ends, UTF-8,
// with a byte-order mark first when `bom` (Excel then reads it as UTF-8),
// fields separated by `separator` (',' or ';').
// Text a spreadsheet would run as a formula is neutralised (util::csv_text);
// yes/no as true/false; unknown values as empty fields; shares with four
// decimals (format_share).
// A share (0…1) as text with four decimals and a point: "0.3333", the same in
// every locale.
std::string format_share(double share);

std::string render_table_csv(const report::ReportTable& table, bool bom, char separator = ',');

}  // namespace goalchain::writer
