#include "goalchain/document/segmenter.h"

#include "goalchain/document/footnotes.h"
#include "goalchain/document/hyphenation.h"
#include "goalchain/document/text_lines.h"
#include "goalchain/util/utf8.h"

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

namespace goalchain::document {
namespace {

constexpr std::size_t kMaxHeadingChars = 90;
constexpr int kMaxHeadingContinuations = 2;
constexpr std::size_t kMaxTableCellChars = 40;
constexpr std::size_t kMinTableCells = 3;

// ---- characters ----------------------------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t char_count(std::string_view s) { return util::count_code_points(s); }

char32_t first_code_point(std::string_view s) {
  std::size_t pos = 0;
  return s.empty() ? U'\0' : util::decode_code_point(s, pos);
}

// Every letter upper case, at least `min_letters` letters, and a word of two
// or more letters (so "A B C D" is not a heading).
bool is_all_capitals(std::string_view s, int min_letters) {
  int letters = 0;
  int run = 0;
  bool has_word = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = util::decode_code_point(s, pos);
    if (!util::is_letter(cp)) {
      run = 0;
      continue;
    }
    if (!util::is_upper_case(cp)) return false;
    ++letters;
    has_word = has_word || ++run >= 2;
  }
  return has_word && letters >= min_letters;
}

// Letters and ASCII digits in `s`.
struct CharCounts {
  int letters = 0;
  int digits = 0;
};

CharCounts count_letters_and_digits(std::string_view s) {
  CharCounts counts;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = util::decode_code_point(s, pos);
    if (util::is_letter(cp)) ++counts.letters;
    if (cp >= U'0' && cp <= U'9') ++counts.digits;
  }
  return counts;
}

// ---- line classification -------------------------------------------------

// Length of a bullet marker and the white space after it, or 0.
std::size_t bullet_length(std::string_view s) {
  static constexpr std::array<std::string_view, 11> kBullets{
      "\u2022",  // •
      "-",      "\u2013",  // –
      "*",      "\u25AA",  // ▪
      "\u25CB",          // ○
      "\u00B7",          // ·
      "\u25E6",          // ◦
      "\u2023",          // ‣
      "\uF0B7",          // Symbol-font bullet as pdftotext extracts it
      "\uF0A7",          // Wingdings square bullet
  };
  for (const std::string_view bullet : kBullets) {
    if (!s.starts_with(bullet)) continue;
    const std::size_t after = bullet.size();
    if (after == s.size()) return after;  // a bullet alone on its line
    if (const std::size_t space = white_space_length(s, after)) return after + space;
  }
  return 0;
}

// Length of "1. ", "12) ", "a) ", "b. " and the white space after it, or 0.
std::size_t enumerator_length(std::string_view s) {
  std::size_t pos = 0;
  bool letter = false;
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') {
    pos = 1;
    letter = true;
  } else {
    while (pos < s.size() && pos < 3 && is_digit(s[pos])) ++pos;
    if (pos == 0) return 0;
  }
  if (pos >= s.size() || (s[pos] != '.' && s[pos] != ')')) return 0;
  const bool dot = s[pos] == '.';
  ++pos;
  const std::size_t space = white_space_length(s, pos);
  if (space == 0) return 0;
  // "s. 14" is a page reference, not item s.
  if (letter && dot && pos + space < s.size() && is_digit(s[pos + space])) return 0;
  return pos + space;
}

std::size_t list_marker_length(std::string_view s) {
  if (const std::size_t n = bullet_length(s)) return n;
  return enumerator_length(s);
}

struct HeadingLine {
  int level = 1;
  std::string text;
  bool markdown = false;
  bool numbered = false;
};

// "## Text": level 2, text "Text".
std::optional<HeadingLine> markdown_heading(std::string_view s) {
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6 || white_space_length(s, hashes) == 0) return std::nullopt;
  std::string_view body = trim_white_space(s.substr(hashes));
  // An optional closing run of '#', as in "## Text ##".
  std::size_t end = body.size();
  while (end > 0 && body[end - 1] == '#') --end;
  if (end < body.size() && end > 0 && white_space_length(body, end - 1) != 0) body = trim_white_space(body.substr(0, end));
  if (body.empty()) return std::nullopt;
  return HeadingLine{static_cast<int>(hashes), collapse_white_space(body), true};
}

// "3.", "3.3", "3.3.", "2.1.4" before white space: the number of numeric
// components and the length of the prefix with its white space; nullopt when
// there is no such prefix. At least one '.' is required ("1 Statskontoret" is
// a footnote), and components have one or two digits ("2020. Det" is a year).
struct NumberPrefix {
  int components = 0;
  std::size_t length = 0;
};

std::optional<NumberPrefix> number_prefix(std::string_view s) {
  std::size_t pos = 0;
  int components = 0;
  bool has_dot = false;
  while (true) {
    const std::size_t start = pos;
    while (pos < s.size() && is_digit(s[pos]) && pos - start < 3) ++pos;
    const std::size_t digits = pos - start;
    if (digits == 0 || digits > 2) return std::nullopt;
    ++components;
    if (pos < s.size() && s[pos] == '.') {
      has_dot = true;
      ++pos;
      if (pos < s.size() && is_digit(s[pos])) continue;
    }
    break;
  }
  const std::size_t space = white_space_length(s, pos);
  if (!has_dot || space == 0) return std::nullopt;
  return NumberPrefix{components, pos + space};
}

std::optional<HeadingLine> numbered_heading(std::string_view s) {
  const auto prefix = number_prefix(s);
  if (!prefix) return std::nullopt;
  const std::string_view rest = trim_white_space(s.substr(prefix->length));
  if (rest.empty() || !util::is_upper_case(first_code_point(rest))) return std::nullopt;
  if (char_count(rest) > kMaxHeadingChars) return std::nullopt;
  const char last = rest.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return std::nullopt;
  return HeadingLine{prefix->components, collapse_white_space(s), false, true};
}

std::optional<HeadingLine> capitals_heading(std::string_view s) {
  if (char_count(s) > kMaxHeadingChars || list_marker_length(s) != 0) return std::nullopt;
  if (!is_all_capitals(s, 4)) return std::nullopt;
  return HeadingLine{1, collapse_white_space(s), false};
}

std::optional<HeadingLine> heading_line(std::string_view s) {
  if (auto h = markdown_heading(s)) return h;
  if (auto h = numbered_heading(s)) return h;
  return capitals_heading(s);
}

// The second line of a heading wrapped in capitals: "OCH MÄNNISKOHANDEL I PERIFERIN".
bool continues_heading(std::string_view s) {
  if (s.empty() || s.starts_with('#') || number_prefix(s) || list_marker_length(s) != 0) return false;
  return char_count(s) <= kMaxHeadingChars && is_all_capitals(s, 2);
}

// "Mål: ...", "Ansvarig: ...", "Aktivitet 1.1: ...": a label of one or two
// words, starting with a capital, then ':' and white space or the line end.
bool is_label_line(std::string_view s) {
  std::size_t pos = 0;
  const char32_t first = util::decode_code_point(s, pos);
  if (!util::is_upper_case(first)) return false;
  std::size_t label_chars = 0;
  int words = 1;
  bool in_space = false;
  char32_t previous = first;
  while (pos < s.size()) {
    const char32_t cp = util::decode_code_point(s, pos);
    if (cp == U':') {
      if (label_chars < 1 || words > 2) return false;
      return pos == s.size() || white_space_length(s, pos) != 0;
    }
    if (++label_chars > 30) return false;
    if (cp == U' ') {
      in_space = true;
    } else if (util::is_word_character(cp) ||
               (cp == U'.' && previous >= U'0' && previous <= U'9' && pos < s.size() &&
                is_digit(s[pos]))) {
      if (in_space) ++words;
      in_space = false;
    } else {
      return false;
    }
    previous = cp;
  }
  return false;
}

// ---- flattened tables -----------------------------------------------------

// As many digits as letters, or more: "75 080 595", "TOTALT 185 080".
bool is_mostly_digits(std::string_view s) {
  const CharCounts counts = count_letters_and_digits(s);
  return counts.digits > 0 && counts.digits >= counts.letters;
}

// A line that looks like a cell of a table extracted line by line: short, and
// in capitals ("KOSTNAD", "ANSLAG (KR)") or mostly digits ("60 000 000", "2020").
bool is_table_cell(std::string_view s) {
  if (s.empty() || char_count(s) > kMaxTableCellChars) return false;
  return is_mostly_digits(s) || is_all_capitals(s, 1);
}

// Whether an unnumbered line in capitals at `i` is a heading. Tables flattened
// by PDF extraction put their cells on lines of their own, and a cell in
// capitals must not open a level-1 section that closes the numbered section
// the table sits in. So a capital line is not a heading when
//  - it holds as many digits as letters ("TOTALT 185 080 595"),
//  - a line directly above or below it (no blank line between) is mostly
//    digits ("KOSTNAD" over "75 080 595"), or
//  - it is one of three or more table cells in a row with no blank line
//    between ("MÅL" / "AKTIVITET" / "ANSVAR").
// Two capital lines together stay a heading wrapped over two lines.
bool is_capitals_heading_in_context(const std::vector<TextLine>& lines, std::size_t i) {
  if (is_mostly_digits(lines[i].text)) return false;
  const bool has_above = i > 0 && !lines[i - 1].text.empty();
  const bool has_below = i + 1 < lines.size() && !lines[i + 1].text.empty();
  if ((has_above && is_mostly_digits(lines[i - 1].text)) ||
      (has_below && is_mostly_digits(lines[i + 1].text))) {
    return false;
  }
  std::size_t cells = 1;
  for (std::size_t j = i; j > 0 && is_table_cell(lines[j - 1].text); --j) ++cells;
  for (std::size_t j = i + 1; j < lines.size() && is_table_cell(lines[j].text); ++j) ++cells;
  return cells < kMinTableCells;
}

// ---- segmenting ----------------------------------------------------------

bool opens_segment(std::string_view line) {
  return heading_line(line).has_value() || list_marker_length(line) != 0 || is_label_line(line);
}

class Segmenter {
 public:
  explicit Segmenter(std::string_view text)
      : lines_(split_text_lines(text)), hyphenated_words_(collect_hyphenated_words(text)) {
    const std::function<bool(std::string_view)> opens = opens_segment;
    footnotes_ = find_footnotes(lines_, opens);
    note_starts_.assign(lines_.size(), false);
    for (const Footnote& note : footnotes_.notes) note_starts_[note.first] = true;
    // The footnote numbers whose markers each line may carry: those of the
    // next block, at the foot of its page or the next.
    marker_numbers_.assign(lines_.size(), nullptr);
    for (const FootnoteBlock& block : footnotes_.blocks) {
      for (std::size_t i = block.text_begin; i < block.first; ++i) {
        if (lines_[i].page + 1 >= block.page) marker_numbers_[i] = &block.numbers;
      }
    }
  }

  std::vector<Segment> run() {
    std::size_t next_note = 0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (is_note_start(i)) {
        flush();
        while (footnotes_.notes[next_note].first != i) ++next_note;
        i = add_footnote(footnotes_.notes[next_note]);
        continue;
      }
      const TextLine& line = lines_[i];
      if (line.text.empty()) {
        flush();
        continue;
      }
      const std::string text = body_text(i);
      if (auto heading = heading_line(text);
          heading && (heading->markdown || heading->numbered || is_capitals_heading_in_context(lines_, i))) {
        flush();
        int last_line = line.number;
        if (!heading->markdown && is_all_capitals(heading->text, 1)) {
          for (int joined = 0; joined < kMaxHeadingContinuations && i + 1 < lines_.size() &&
                               !is_note_start(i + 1) && continues_heading(lines_[i + 1].text);
               ++joined) {
            ++i;
            append_wrapped_line(heading->text, collapse_white_space(body_text(i)), hyphenated_words_);
            last_line = lines_[i].number;
          }
        }
        add_heading(std::move(*heading), line.number, last_line, line.page);
        continue;
      }
      if (const std::size_t marker = list_marker_length(text)) {
        flush();
        open(SegmentKind::list_item, text.substr(marker), line);
        continue;
      }
      if (is_label_line(text)) {
        flush();
        open(SegmentKind::paragraph, text, line);
        continue;
      }
      if (open_) {
        append_wrapped_line(open_->text, text, hyphenated_words_);
        open_->last_line = line.number;
      } else {
        open(SegmentKind::paragraph, text, line);
      }
    }
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
  };

  // Line `i` without the footnote markers glued to its words.
  std::string body_text(std::size_t i) const {
    if (marker_numbers_[i] == nullptr) return std::string(lines_[i].text);
    return strip_footnote_markers(lines_[i].text, *marker_numbers_[i]);
  }

  bool is_note_start(std::size_t i) const { return note_starts_[i]; }

  std::vector<std::string> section() const {
    std::vector<std::string> path;
    path.reserve(stack_.size());
    for (const auto& [level, text] : stack_) path.push_back(text);
    return path;
  }

  void open(SegmentKind kind, std::string_view text, const TextLine& line) {
    open_ = Open{kind, line.number, line.number, line.page, std::string(text)};
  }

  void flush() {
    if (!open_) return;
    emit(open_->kind, collapse_white_space(open_->text), open_->line, open_->last_line, open_->page);
    open_.reset();
  }

  // Emits footnote `note`; returns the index of its last line.
  std::size_t add_footnote(const Footnote& note) {
    std::string text;
    for (std::size_t i = note.first; i <= note.last; ++i) {
      append_wrapped_line(text, lines_[i].text, hyphenated_words_);
    }
    emit(SegmentKind::footnote, collapse_white_space(text), lines_[note.first].number,
         lines_[note.last].number, lines_[note.first].page);
    return note.last;
  }

  void add_heading(HeadingLine heading, int line, int last_line, int page) {
    heading.text = util::to_nfc(heading.text);
    while (!stack_.empty() && stack_.back().first >= heading.level) stack_.pop_back();
    emit(SegmentKind::heading, heading.text, line, last_line, page);
    stack_.emplace_back(heading.level, std::move(heading.text));
  }

  void emit(SegmentKind kind, const std::string& text, int line, int last_line, int page) {
    if (text.empty()) return;
    Segment segment;
    segment.kind = kind;
    segment.page = page;
    segment.line = line;
    segment.last_line = last_line;
    segment.text = util::to_nfc(text);
    segment.section = section();
    segments_.push_back(std::move(segment));
  }

  std::vector<TextLine> lines_;
  std::unordered_set<std::string> hyphenated_words_;
  Footnotes footnotes_;
  std::vector<bool> note_starts_;
  std::vector<const std::vector<int>*> marker_numbers_;
  std::optional<Open> open_;
  std::vector<std::pair<int, std::string>> stack_;  // level, heading text
  std::vector<Segment> segments_;
};

}  // namespace

std::vector<Segment> segment_text(std::string_view utf8_text) {
  return Segmenter(utf8_text).run();
}

}  // namespace goalchain::document
