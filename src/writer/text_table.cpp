#include "goalchain/writer/text_table.h"

#include "goalchain/util/utf8.h"

#include <algorithm>

namespace goalchain::writer {

std::vector<std::string> align_columns(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (std::size_t c = 0; c < row.size(); ++c) {
      widths[c] = std::max(widths[c], util::count_code_points(row[c]));
    }
  }
  std::vector<std::string> lines;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) line += "  ";
      const std::size_t length = util::count_code_points(row[c]);
      const std::string fill(widths[c] > length ? widths[c] - length : 0, ' ');
      line += c > 0 ? fill + row[c] : row[c] + fill;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace goalchain::writer
