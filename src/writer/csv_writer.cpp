#include "goalchain/writer/csv_writer.h"

#include "goalchain/util/csv.h"

#include <type_traits>

namespace goalchain::writer {

std::string render_table_csv(const report::ReportTable& table, bool bom) {
  std::string out = bom ? "\xEF\xBB\xBF" : "";
  std::vector<std::string> fields;
  for (const auto& column : table.columns) fields.push_back(util::csv_text(column));
  out += util::csv_row(fields);
  for (const auto& row : table.rows) {
    fields.clear();
    for (const auto& value : row) {
      fields.push_back(std::visit(
          [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
              return "";
            } else if constexpr (std::is_same_v<T, std::string>) {
              return util::csv_text(v);
            } else if constexpr (std::is_same_v<T, bool>) {
              return v ? "true" : "false";
            } else {
              return util::csv_number(std::to_string(v));
            }
          },
          value));
    }
    out += util::csv_row(fields);
  }
  return out;
}

}  // namespace goalchain::writer
