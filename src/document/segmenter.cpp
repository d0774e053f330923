#include "goalchain/document/segmenter.h"

#include "goalchain/document/cell_tables.h"
#include "goalchain/document/contents_page.h"
#include "goalchain/document/field_labels.h"
#include "goalchain/document/footnotes.h"
#include "goalchain/document/heading_detector.h"
#include "goalchain/document/hyphenation.h"
#include "goalchain/document/layout_tables.h"
#include "goalchain/document/line_breaks.h"
#include "goalchain/document/list_markers.h"
#include "goalchain/document/text_lines.h"
#include "goalchain/util/utf8.h"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

namespace goalchain::document {
namespace {

// ---- segmenting ----------------------------------------------------------

bool is_closing(char32_t cp) {
  return cp == U')' || cp == U']' || cp == U'"' || cp == U'\'' || cp == U'\u201D' || cp == U'\u2019' ||
         cp == U'\u00BB' || cp == U'\u00B9' || cp == U'\u00B2' || cp == U'\u00B3' ||
         (cp >= U'\u2070' && cp <= U'\u2079');
}

// The line ends in . ! ? : ; or , as prose does, also before closing quotes
// and brackets or a footnote marker ("strategin.¹", "ändamål.14").
bool ends_like_prose(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0) {
    std::size_t start = end;
    const char32_t cp = util::decode_code_point_before(line, end, start);
    if (!is_closing(cp)) break;
    end = start;
  }
  std::size_t digits_end = end;
  while (end > 0 && line[end - 1] >= '0' && line[end - 1] <= '9') --end;
  if (end == 0) return false;
  const char last = line[end - 1];
  if (end < digits_end) return last == '.' || last == '!' || last == '?';
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',';
}

// What a table's empty cell shows when flattened cell by cell (is_empty_cell).
constexpr const char* kEmptyCell = "\u2013";

bool opens_segment(std::string_view line) {
  return heading_line(line).has_value() || list_marker_length(line) != 0 || is_label_line(line);
}

class Segmenter {
 public:
  Segmenter(std::string_view text, const codebook::LayoutRules& rules)
      : lines_(split_text_lines(text)),
        hyphenation_(collect_hyphenation_words(text, rules)),
        lead_in_words_(rules.lead_in_words),
        rules_(rules) {
    const std::function<bool(std::string_view)> opens = opens_segment;
    footnotes_ = find_footnotes(lines_, opens);
    note_starts_.assign(lines_.size(), false);
    std::vector<bool> skip(lines_.size(), false);
    for (const Footnote& note : footnotes_.notes) {
      note_starts_[note.first] = true;
      for (std::size_t i = note.first; i <= note.last; ++i) skip[i] = true;
    }
    // The footnote numbers whose markers each line may carry: those of the
    // next block, at the foot of its page or the next.
    marker_numbers_.assign(lines_.size(), nullptr);
    for (const FootnoteBlock& block : footnotes_.blocks) {
      for (std::size_t i = block.text_begin; i < block.first; ++i) {
        if (lines_[i].page + 1 >= block.page) marker_numbers_[i] = &block.numbers;
      }
    }
    contents_starts_.assign(lines_.size(), std::nullopt);
    for (const ContentsEntry& entry : find_contents_entries(lines_, rules)) {
      if (skip[entry.first]) continue;
      contents_starts_[entry.first] = entry.last;
      for (std::size_t i = entry.first; i <= entry.last; ++i) skip[i] = true;
    }
    texts_.reserve(lines_.size());
    for (std::size_t i = 0; i < lines_.size(); ++i) texts_.push_back(body_text(i));
    // A table's header row set again on the next page is blanked as a running
    // header is: the cells before and after it go on as one table.
    for (const std::size_t i : find_repeated_header_lines(lines_, texts_, skip)) texts_[i].clear();
    skip_ = std::move(skip);
    table_starts_.assign(lines_.size(), std::nullopt);
    layout_tables_ = find_layout_tables(lines_, texts_, skip_, rules);
    for (std::size_t t = 0; t < layout_tables_.size(); ++t) table_starts_[layout_tables_[t].first] = t;
    mark_blocks_with_prose_ends();
    headings_.emplace(lines_, texts_, skip_, rules);
    breaks_.emplace(lines_);
  }

  std::vector<Segment> run() {
    std::size_t next_note = 0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const TextLine& line = lines_[i];
      const std::string& text = texts_[i];
      if (text.empty() && !note_starts_[i] && !contents_starts_[i]) {
        // A blank line ends the paragraph, unless a page break among the
        // blank lines splits a sentence that goes on after it (close_gap).
        if (!open_) {
          after_blank_ = true;
          continue;
        }
        gap_ = true;
        gap_has_page_break_ = gap_has_page_break_ || line.page_break;
        continue;
      }
      if (close_gap(i)) {
        append_wrapped_line(open_->text, text, hyphenation_);
        open_->last_line = line.number;
        open_->last_index = i;
        continue;
      }
      if (note_starts_[i]) {
        flush();
        while (footnotes_.notes[next_note].first != i) ++next_note;
        i = add_footnote(footnotes_.notes[next_note]);
        continue;
      }
      if (contents_starts_[i]) {
        flush();
        i = add_contents_entry(i, *contents_starts_[i]);
        continue;
      }
      if (table_starts_[i]) {
        flush();
        label_.reset();
        i = add_layout_table(layout_tables_[*table_starts_[i]]);
        continue;
      }
      if (const HeadingLine* heading = headings_->heading_at(i)) {
        flush();
        label_.reset();
        add_heading(*heading, line.number, lines_[heading->last].number, line.page);
        i = heading->last;
        continue;
      }
      if (std::string label = field_label_alone(text); !label.empty() && has_lines_below(i)) {
        flush();
        label_ = Label{std::move(label), false};
        continue;
      }
      if (headings_->in_cell_table(i) && is_empty_cell(text)) {
        flush();  // "–": a table's empty cell, a cell of its own
        open(SegmentKind::paragraph, text, line);
        continue;
      }
      if (const std::size_t marker = list_marker_length(text)) {
        flush();
        open(SegmentKind::list_item, text.substr(marker), line);
        continue;
      }
      // "Vad ska göras?" alone on its line heads what follows it: a paragraph
      // of its own that ends the block a label above headed.
      if (is_question_line(text)) {
        flush();
        label_.reset();
        open(SegmentKind::paragraph, text, line);
        flush();
        continue;
      }
      if (is_label_line(text)) {
        flush();
        label_.reset();  // "Ansvarig: Polisen" carries its own label
        open(SegmentKind::paragraph, text, line);
        continue;
      }
      if (open_ && !starts_new_paragraph(i)) {
        append_wrapped_line(open_->text, text, hyphenation_);
        open_->last_line = line.number;
        open_->last_index = i;
      } else {
        flush();
        // A paragraph after a blank line ends the block a label headed,
        // unless the label has headed nothing yet.
        // So does a paragraph after the list items it headed
        // ("Indikatorer:" / "- Antal …" / "Delmål 1.2 …").
        if (label_ && label_->used && (after_blank_ || label_->listed)) label_.reset();
        open(SegmentKind::paragraph, text, line);
      }
    }
    gap_ = false;
    flush();
    return std::move(segments_);
  }

 private:
  struct Open {
    SegmentKind kind = SegmentKind::paragraph;
    int line = 0;
    int last_line = 0;
    int page = 1;
    std::string text;
    std::size_t first_index = 0;  // index of its first line
    std::size_t last_index = 0;   // index of its last line
  };

  // A label alone on a line and whether a segment below carries it yet.
  struct Label {
    std::string text;
    bool used = false;
    bool listed = false;  // a list item carries it
  };

  // Line `i` without the footnote markers glued to its words.
  std::string body_text(std::size_t i) const {
    if (marker_numbers_[i] == nullptr) return std::string(lines_[i].text);
    return strip_footnote_markers(lines_[i].text, *marker_numbers_[i]);
  }

  // For each line, whether the block it is in (the lines between blank lines)
  // has a line ending in punctuation of prose (ends_like_prose).
  void mark_blocks_with_prose_ends() {
    block_has_prose_end_.assign(lines_.size(), false);
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= lines_.size(); ++i) {
      if (i < lines_.size() && !texts_[i].empty() && !skip_[i]) continue;
      bool prose = false;
      for (std::size_t j = begin; j < i && !prose; ++j) prose = ends_like_prose(texts_[j]);
      for (std::size_t j = begin; j < i; ++j) block_has_prose_end_[j] = prose;
      begin = i + 1;
    }
  }

  // A line of text follows line `i` before a heading or the end: what a label
  // alone on line `i` would head.
  bool has_lines_below(std::size_t i) const {
    for (std::size_t j = i + 1; j < lines_.size(); ++j) {
      if (skip_[j]) return false;
      if (texts_[j].empty()) continue;
      return headings_->heading_at(j) == nullptr && field_label_alone(texts_[j]).empty();
    }
    return false;
  }

  // label_alone, but not a lead-in whose last word is a verb of obligation
  // ("Länsstyrelsen ska:"): that stays a line of text, read as a sentence.
  // A question heading ("What we will do") stands for its label.
  std::string field_label_alone(std::string_view line) const {
    if (std::string asked = question_label(line, rules_); !asked.empty()) return asked;
    std::string label = label_alone(line);
    if (label.empty()) return label;
    const auto space = label.find_last_of(' ');
    const std::string last = util::fold_case(space == std::string::npos ? label : label.substr(space + 1));
    for (const auto& word : lead_in_words_) {
      if (util::fold_case(word) == last) return {};
    }
    return label;
  }

  // Line `i` directly below the open segment starts a paragraph of its own
  // when it starts a block (a capital, a digit) and the line above
  //  - ended a sentence, or is a field label with its value ("Åtgärd 1:
  //    Kunskapsstöd"), and was ended short of the column's width ("Antal
  //    medarbetare som har gått utbildningen." over "Antal ärenden där …",
  //    each a line in a list without bullets) — lines of a paragraph wrapped
  //    in a column fill it;
  //  - is a row of figures of a flattened table ("40 000") and the line is
  //    not another cell; or
  //  - belongs to a block of lines none of which ends in punctuation: a title
  //    page's lines ("Regional handlingsplan … 2021–2024" / "Västerbottens
  //    län"), each a unit of its own. Prose ends its sentences; or
  //  - is short, bare of final punctuation and was ended on purpose: a cell of
  //    a table flattened one cell to a line ("Länsstyrelsen och
  //    Polismyndigheten" over "Våren 2022" over "Antal deltagare …").
  //  In a table flattened cell by cell (cell_tables.h), every line that
  //  starts a block starts a cell, unless the line above ends in a hyphen or
  //  a word a cell never ends with ("Sexköpen i" / "Sundsvall ska minska.").
  bool starts_new_paragraph(std::size_t i) const {
    if (i == 0 || open_->last_index + 1 != i || !starts_block(texts_[i])) return false;
    const std::string& above = texts_[i - 1];
    if (is_table_cell(above) && is_table_cell(texts_[i])) return false;  // a row: "MÅL AKTIVITET ANSVAR"
    if (headings_->in_cell_table(i) && headings_->in_cell_table(i - 1)) {
      return !cell_goes_on_after(above, rules_);
    }
    const bool single_label_line = open_->last_index == open_->first_index && is_label_line(above);
    if ((ends_sentence(above) || single_label_line) && breaks_->is_deliberate(above, texts_[i])) return true;
    if (starts_block(above) && is_short_bare_cell(above) && breaks_->is_deliberate(above, texts_[i])) {
      return true;
    }
    return is_mostly_digits(above) || !block_has_prose_end_[i];
  }

  // A line of a table cell's length with no final punctuation.
  static bool is_short_bare_cell(std::string_view line) {
    constexpr std::size_t kMaxCellChars = 40;
    if (line.empty() || util::count_code_points(line) > kMaxCellChars) return false;
    const char last = line.back();
    return last != '.' && last != ',' && last != ';' && last != ':' && last != '!' && last != '?' &&
           last != '-';
  }

  // Ends the blank lines before line `i`: true when line `i` goes on with
  // the open segment across a page break among them (a running footer and
  // page number that split a sentence: "… inom social-" / footer /
  // "tjänsten."): the open segment ends in no sentence, colon or semicolon,
  // and line `i` goes on in lower case. Otherwise the blank lines end the
  // open segment.
  bool close_gap(std::size_t i) {
    if (!gap_) return false;
    const bool across_page = gap_has_page_break_;
    gap_ = false;
    gap_has_page_break_ = false;
    if (across_page && open_ && open_->kind != SegmentKind::contents && !note_starts_[i] &&
        !contents_starts_[i] && headings_->heading_at(i) == nullptr) {
      const std::string_view above = texts_[open_->last_index];
      const std::string_view text = texts_[i];
      if (!starts_block(text) && !ends_sentence(above) && !above.ends_with(':') && !above.ends_with(';') &&
          !is_label_line(text)) {
        return true;
      }
    }
    flush();
    after_blank_ = true;
    return false;
  }

  std::vector<std::string> section() const {
    std::vector<std::string> path;
    path.reserve(stack_.size());
    for (const auto& entry : stack_) path.push_back(entry.text);
    return path;
  }

  void open(SegmentKind kind, std::string_view text, const TextLine& line) {
    const auto index = static_cast<std::size_t>(&line - lines_.data());
    open_ = Open{kind, line.number, line.number, line.page, std::string(text), index, index};
    after_blank_ = false;
  }

  void flush() {
    if (!open_) return;
    const bool carries_label = label_.has_value();
    emit(open_->kind, collapse_white_space(open_->text), open_->line, open_->last_line, open_->page,
         carries_label ? label_->text : std::string());
    if (carries_label) {
      label_->used = true;
      label_->listed = label_->listed || open_->kind == SegmentKind::list_item;
    }
    open_.reset();
  }

  // Emits footnote `note`; returns the index of its last line.
  std::size_t add_footnote(const Footnote& note) {
    std::string text;
    for (std::size_t i = note.first; i <= note.last; ++i) {
      append_wrapped_line(text, lines_[i].text, hyphenation_);
    }
    emit(SegmentKind::footnote, collapse_white_space(text), lines_[note.first].number,
         lines_[note.last].number, lines_[note.first].page);
    return note.last;
  }

  // Emits the contents entry on lines first..last; returns last.
  std::size_t add_contents_entry(std::size_t first, std::size_t last) {
    std::string text;
    for (std::size_t i = first; i <= last; ++i) append_wrapped_line(text, texts_[i], hyphenation_);
    emit(SegmentKind::contents, collapse_white_space(text), lines_[first].number, lines_[last].number,
         lines_[first].page);
    return last;
  }

  // Emits each cell of `table` as a paragraph, the header's first, then row
  // by row; an empty cell as "–", as a table flattened cell by cell shows it,
  // so that every row has a cell in every column. Returns the index of the
  // table's last line.
  std::size_t add_layout_table(const LayoutTable& table) {
    const auto add_cell = [&](const LayoutCell& cell, std::size_t row_line) {
      if (cell.lines.empty()) {
        const TextLine& line = lines_[row_line];
        emit(SegmentKind::paragraph, kEmptyCell, line.number, line.number, line.page);
        return;
      }
      std::string text;
      for (const CellLine& part : cell.lines) append_wrapped_line(text, part.text, hyphenation_);
      const TextLine& first = lines_[cell.lines.front().line];
      emit(SegmentKind::paragraph, collapse_white_space(text), first.number,
           lines_[cell.lines.back().line].number, first.page);
    };
    for (const LayoutCell& cell : table.header) add_cell(cell, table.first);
    for (const auto& row : table.rows) {
      std::size_t row_line = table.last;
      for (const LayoutCell& cell : row) {
        if (!cell.lines.empty()) row_line = std::min(row_line, cell.lines.front().line);
      }
      for (const LayoutCell& cell : row) add_cell(cell, row_line);
    }
    after_blank_ = false;
    return table.last;
  }

  // Levels: a number or '#' gives its own; capitals are level 1. A short
  // unnumbered line heads the level two below the innermost numbered heading
  // above it, unless it follows another heading directly: then it is a level
  // below that one ("Insatsområden" / "Förebyggande arbete"), and later
  // unnumbered headings that do not open with a section word stay at that
  // level ("Upptäckt, skydd och stöd"), while one that does ("Uppföljning")
  // returns to the outer level.
  int level_of(const HeadingLine& heading) {
    switch (heading.style) {
      case HeadingStyle::markdown:
      case HeadingStyle::numbered:
        inner_level_.reset();
        return heading.level;
      case HeadingStyle::capitals:
        inner_level_.reset();
        return 1;
      case HeadingStyle::section_word:
      case HeadingStyle::plain:
        break;
    }
    int base = 0;
    for (const auto& entry : stack_) {
      if (entry.explicit_level) base = entry.level;
    }
    const int outer = base + 2;
    if (heading_just_above_) {
      inner_level_ = std::max(outer, *heading_just_above_ + 1);
      return *inner_level_;
    }
    if (heading.style == HeadingStyle::plain && inner_level_) return *inner_level_;
    inner_level_.reset();
    return outer;
  }

  void add_heading(const HeadingLine& heading, int line, int last_line, int page) {
    std::string text = util::to_nfc(heading.text);
    const int level = level_of(heading);
    while (!stack_.empty() && stack_.back().level >= level) stack_.pop_back();
    emit(SegmentKind::heading, text, line, last_line, page);
    const bool explicit_level =
        heading.style == HeadingStyle::markdown || heading.style == HeadingStyle::numbered;
    stack_.push_back({level, explicit_level, std::move(text)});
    heading_just_above_ = level;
  }

  void emit(SegmentKind kind, const std::string& text, int line, int last_line, int page,
            std::string label = {}) {
    if (text.empty()) return;
    Segment segment;
    segment.kind = kind;
    segment.page = page;
    segment.line = line;
    segment.last_line = last_line;
    segment.text = util::to_nfc(text);
    segment.section = section();
    segment.label = std::move(label);
    segments_.push_back(std::move(segment));
    heading_just_above_.reset();
  }

  struct StackEntry {
    int level = 1;
    bool explicit_level = false;  // numbered or Markdown
    std::string text;
  };

  std::vector<TextLine> lines_;
  HyphenationWords hyphenation_;
  std::vector<std::string> lead_in_words_;
  const codebook::LayoutRules& rules_;
  Footnotes footnotes_;
  std::vector<bool> note_starts_;
  std::vector<const std::vector<int>*> marker_numbers_;
  std::vector<std::optional<std::size_t>> contents_starts_;  // last line of the entry starting here
  std::vector<LayoutTable> layout_tables_;
  std::vector<std::optional<std::size_t>> table_starts_;  // the layout table whose header is here
  std::vector<std::string> texts_;
  std::vector<bool> skip_;
  std::vector<bool> block_has_prose_end_;
  std::optional<HeadingDetector> headings_;
  std::optional<LineBreaks> breaks_;
  std::optional<Open> open_;
  std::optional<Label> label_;
  bool after_blank_ = false;
  bool gap_ = false;                 // blank lines since the open segment's last line
  bool gap_has_page_break_ = false;  // a page break among them
  std::optional<int> heading_just_above_;  // level of the heading emitted last, if nothing came after it
  std::optional<int> inner_level_;         // level of unnumbered headings nested under another
  std::vector<StackEntry> stack_;
  std::vector<Segment> segments_;
};

}  // namespace

std::vector<Segment> segment_text(std::string_view utf8_text) {
  return segment_text(utf8_text, codebook::LayoutRules{});
}

std::vector<Segment> segment_text(std::string_view utf8_text, const codebook::LayoutRules& rules) {
  return Segmenter(utf8_text, rules).run();
}

}  // namespace goalchain::document
