#include "goalchain/writer/csv_writer.h"

#include "goalchain/util/csv.h"

#include <cstdio>
#include <type_traits>

namespace goalchain::writer {

std::string format_share(double share) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", share);
  return text;
}

std::string render_table_csv(const report::ReportTable& table, bool bom, char separator) {
  std::string out = bom ? "\xEF\xBB\xBF" : "";
  std::vector<std::string> fields;
  for (const auto& column : table.columns) fields.push_back(util::csv_text(column, separator));
  out += util::csv_row(fields, separator);
  for (const auto& row : table.rows) {
    fields.clear();
    for (const auto& value : row) {
      fields.push_back(std::visit(
          [separator](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
              return "";
            } else if constexpr (std::is_same_v<T, std::string>) {
              return util::csv_text(v, separator);
            } else if constexpr (std::is_same_v<T, bool>) {
              return v ? "true" : "false";
            } else if constexpr (std::is_same_v<T, double>) {
              return util::csv_number(format_share(v));
            } else {
              return util::csv_number(std::to_string(v));
            }
          },
          value));
    }
    out += util::csv_row(fields, separator);
  }
  return out;
}

}  // namespace goalchain::writer
