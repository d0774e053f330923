// Columns aligned for a terminal, shared by the text renderers.
#pragma once

#include <string>
#include <vector>

namespace goalchain::writer {

// One line per row, without a line break: the first column padded on the
// right, the others on the left (figures line up), two spaces between
// columns, widths in code points, trailing spaces removed.
std::vector<std::string> align_columns(const std::vector<std::vector<std::string>>& rows);

}  // namespace goalchain::writer
