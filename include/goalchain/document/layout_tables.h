// Tables that PDF extraction in layout mode (pdftotext -layout, poppler's
// physical layout) set out as on the page: the header cells side by side on
// one line, each row's cells side by side, separated by runs of spaces, and
// each cell wrapped onto the lines below within its column:
//   Åtgärd                          Ansvar                  Klart
//   Lektioner om sex mot            Utbildningsförvalt-     HT 2025
//   ersättning för årskurs 8.       ningen i samverkan
//                                   med Ungdomsmottagningen
// They are read back into cells, row by row, so that the segmenter can give
// each cell a segment of its own as in a table flattened cell by cell
// (cell_tables.h).
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "goalchain/document/text_lines.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

// One line's part of a cell.
struct CellLine {
  std::size_t line = 0;  // index into the lines
  std::string text;
};

// A cell: its lines top to bottom; none for an empty cell.
struct LayoutCell {
  std::vector<CellLine> lines;
};

struct LayoutTable {
  std::size_t first = 0;  // index of the header row's line
  std::size_t last = 0;   // index of the table's last line of text
  std::vector<LayoutCell> header;             // one per column
  std::vector<std::vector<LayoutCell>> rows;  // each a cell per column
};

// The tables set out in layout mode, in order. A table opens at a line of
// three or more header cells (is_header_cell) separated by two or more
// spaces, with a row of two or more cells on its next line; the header
// cells' places give the columns. A line goes on the table while each of its
// parts (text between runs of two or more spaces) falls within one column. A
// line starts a new row when it has parts in two or more columns and none of
// them goes on the cell above it (a cell goes on into a part that starts in
// lower case, or after a hyphen, a comma or one of `rules.continuation_words`:
// "i samband med" / "Elmia-mässorna."). The table ends at a blank line
// (blank lines with a page break among them do not end it), a field label
// ("Indikator: –"), a line whose text runs across a column's edge, or a line
// of one part in the first column that starts a new cell after one that
// ended a sentence. `texts[i]` is the text of `lines[i]` to use; lines with
// `skip[i]` set count as blank. Linear in the number of lines.
std::vector<LayoutTable> find_layout_tables(const std::vector<TextLine>& lines,
                                            const std::vector<std::string>& texts,
                                            const std::vector<bool>& skip,
                                            const codebook::LayoutRules& rules);

}  // namespace goalchain::document
