// Tables whose cells a character separates on each line, as a word processor
// saves a table as text (cells separated by tabs) or as Markdown writes one
// ("| Mål | Aktivitet | Ansvar |" over "|---|---|---|"):
//   Aktivitet<TAB>Ansvarig<TAB>Klart
//   Införa riskbedömningar<TAB>Verksamhetschef vuxen<TAB>2026-06-30
// They are read into the same cells as a table set out in layout mode
// (layout_tables.h), so that the segmenter gives each cell a segment of its
// own and the chain finder reads the columns as it reads any table.
#pragma once

#include "goalchain/document/layout_tables.h"
#include "goalchain/document/text_lines.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

// The cells of one delimited line, trimmed, or none when the line is not a
// row: a tab row has one or more tabs between text (a tab at either end does
// not count); a Markdown row starts and ends with '|' and has two or more
// cells. A Markdown separator row ("|---|:--:|") has no cells either; see
// is_markdown_separator.
std::vector<std::string> split_delimited_row(std::string_view line);

// True for a Markdown table's line under its header: cells of '-' and ':'.
bool is_markdown_separator(std::string_view line);

// The delimited tables, in order: a run of consecutive lines (not `skip`)
// that are rows with the same delimiter and the same number of cells, two
// or more of them; the first is the header (a Markdown table's separator row
// under it is part of the table and gives no cells). A row with another
// number of cells ends the table and may open the next ("Indikator / Utfall
// 2024 / Målvärde" rows, then "Aktivitet / Ansvarig / Klart" rows). A table
// needs a header of non-empty cells. `texts[i]` is the text of `lines[i]`
// to use. Linear in the number of lines.
std::vector<LayoutTable> find_delimited_tables(const std::vector<TextLine>& lines,
                                               const std::vector<std::string>& texts,
                                               const std::vector<bool>& skip);

}  // namespace goalchain::document
