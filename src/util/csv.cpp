#include "goalchain/util/csv.h"

namespace goalchain::util {

std::string csv_text(std::string_view text, char separator) {
  std::string value;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    value += '\'';
  }
  value.append(text);
  const char specials[] = {separator, '"', '\r', '\n', '\0'};
  if (value.find_first_of(specials) == std::string::npos) return value;
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string csv_number(std::string_view number) { return std::string(number); }

std::string csv_row(const std::vector<std::string>& fields, char separator) {
  std::string row;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) row += separator;
    row += fields[i];
  }
  row += "\r\n";
  return row;
}

}  // namespace goalchain::util
