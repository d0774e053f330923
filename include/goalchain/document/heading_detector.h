// Which lines of extracted text are headings, and of what kind.
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "goalchain/document/line_breaks.h"
#include "goalchain/document/text_lines.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

// How a heading shows that it is one, from the most explicit to the least.
// The style decides its level where no number does: capitals above section
// words above other short lines.
enum class HeadingStyle {
  markdown,      // "## Mål": level = number of '#'
  numbered,      // "3.3. FÅ RIKTADE MÅL", "2 Lägesbild", "Kapitel 2": level = parts of the number
  capitals,      // "BAKGRUND": level 1
  section_word,  // "Bakgrund", "Syfte och mål": a short line opening with a section word
  plain,         // "Insatser för stöd och skydd": a short line that opens a block
};

struct HeadingLine {
  int level = 1;       // for markdown and numbered headings; 0 for the others
  std::string text;    // white space collapsed
  HeadingStyle style = HeadingStyle::plain;
  std::size_t last = 0;  // index of its last line (a heading in capitals may wrap)
};

// A heading the line is by itself, without looking at its neighbours:
// Markdown, numbered with a period ("3.", "2.1", "3.3.") or in capitals. The
// footnote finder ends a footnote at such a line.
std::optional<HeadingLine> heading_line(std::string_view line);

// As many digits as letters, or more: "75 080 595", "TOTALT 185 080", "Dnr
// 801-4412-2020": a row of figures, never a heading.
bool is_mostly_digits(std::string_view line);

// A line that looks like a cell of a table extracted line by line: short, and
// in capitals ("KOSTNAD", "ANSLAG (KR)") or mostly digits ("60 000 000", "2020").
bool is_table_cell(std::string_view line);

// Finds the headings of a text once, looking at each line's neighbours.
//
// - Markdown and numbered headings with a period are headings wherever they
//   stand, unless the line's sentence ends on the next line ("3.2.1 Mål:
//   Genomföra en utbildning för" / "socialsekreterare.").
// - Lines in capitals are headings unless they sit in a flattened table (a line
//   of digits above or below, or three or more short cells in a row); a heading
//   in capitals continues on up to two more lines in capitals.
// - "N Text" (no period), "Kapitel N" and short lines without final punctuation
//   are headings when the break before and after them was made on purpose
//   (line_breaks.h): the line above ends a sentence, is itself short, or is
//   blank; the line below starts a new block, or is blank. A line that
//   continues a sentence of the line above is never a heading, nor is a line
//   of a table flattened cell by cell.
// - A short unnumbered line that a heading of a higher rank follows directly
//   (numbered or Markdown above capitals above section words above other
//   lines: it would head nothing), or that ends the text, is text: a subtitle,
//   an issuer line, a signature.
class HeadingDetector {
 public:
  // `texts[i]` is the text of `lines[i]` to use (footnote markers removed);
  // lines with `skip[i]` set (footnotes, contents pages) are never headings
  // and count as blank between others.
  HeadingDetector(const std::vector<TextLine>& lines, const std::vector<std::string>& texts,
                  const std::vector<bool>& skip, const codebook::LayoutRules& rules);

  // The heading that starts at line `i`, or nullptr.
  const HeadingLine* heading_at(std::size_t i) const {
    return headings_[i] ? &*headings_[i] : nullptr;
  }

  // Line `i` sits in a table flattened cell by cell (cell_tables.h), where no
  // line is a heading by its shape.
  bool in_cell_table(std::size_t i) const { return cell_table_[i]; }

 private:
  std::optional<HeadingLine> detect_at(std::size_t i) const;
  std::optional<HeadingLine> detect_by_shape(std::size_t i) const;
  // `numbered_label`: a line such as "Mål 1. Stärkt stöd ...", whose number
  // marks it a heading even when the line below would have fitted after it.
  bool stands_apart(std::size_t i, bool numbered_label = false) const;
  // `numbered`: only a row of figures next to it counts, not a run of cells.
  bool sits_in_table(std::size_t i, bool numbered) const;
  // A numbered line whose sentence ends on the next line, in lower case.
  bool runs_into_next_line(std::size_t i) const;
  // Marks numbered_list_: a numbered line and the one with the next number
  // after it when only blank lines and lines in lower case (its text
  // wrapped) stand between them, "1. Utbildning för …" over "2. Kampanj
  // …": the items of a numbered list, not headings, which have text of
  // their own between them.
  void mark_numbered_lists();
  void drop_empty_headings();

  const std::vector<TextLine>& lines_;
  const std::vector<std::string>& texts_;
  const std::vector<bool>& skip_;
  const codebook::LayoutRules& rules_;
  LineBreaks breaks_;
  std::vector<bool> cell_table_;
  std::vector<bool> numbered_list_;
  std::vector<std::optional<HeadingLine>> headings_;
};

}  // namespace goalchain::document
