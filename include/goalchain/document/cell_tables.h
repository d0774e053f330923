// Tables that PDF extraction flattened cell by cell with each cell wrapped
// over several short lines:
//   Mål / Aktivitet / Ansvarig / Tidplan / Uppföljning      (the header row)
//   Sexköpen i / Sundsvall ska / minska.                      (one cell)
//   Kampanj mot / sexköp under / ...                          (the next)
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "goalchain/document/text_lines.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

// For each line, whether it sits in such a table: from a header row of three
// or more short lines of one to three words (a capital first, no digits, no
// final punctuation) to the first blank line or longer line (over 40
// characters); a page break with blank lines around it (a removed footer)
// does not end it. `texts[i]` is the text of `lines[i]` to use; lines with
// `skip[i]` set count as blank. One pass over the lines.
std::vector<bool> find_cell_table_lines(const std::vector<TextLine>& lines, const std::vector<std::string>& texts,
                                        const std::vector<bool>& skip);

// The lines at the top of a page that repeat, line for line, the last header
// row of three or more header cells above them ("Mål" / "Aktivitet" /
// "Ansvarig" again after a page break inside the table): the header set on
// every page, no cells. One pass over the lines.
std::vector<std::size_t> find_repeated_header_lines(const std::vector<TextLine>& lines,
                                                    const std::vector<std::string>& texts,
                                                    const std::vector<bool>& skip);

// A cell of such a table goes on after `line`: it ends in a hyphen
// ("utbildnings-", "Barn- och" ends in a word of `rules.continuation_words`),
// or in one of those words ("Sexköpen i").
bool cell_goes_on_after(std::string_view line, const codebook::LayoutRules& rules);

// "Mål", "Ansvarig förvaltning": a table's header cell by its shape: at most
// 25 characters in one to three words, a capital first, no digits and no
// punctuation.
bool is_header_cell(std::string_view text);

// `line` is only a dash ("–", "-"): a table's empty cell.
bool is_empty_cell(std::string_view line);

}  // namespace goalchain::document
