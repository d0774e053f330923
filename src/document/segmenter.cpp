#include "goalchain/document/segmenter.h"

#include "goalchain/util/utf8.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace goalchain::document {
namespace {

constexpr std::size_t kMaxHeadingChars = 90;
constexpr int kMaxHeadingContinuations = 2;

// ---- characters ----------------------------------------------------------

bool is_space_cp(char32_t cp) {
  switch (cp) {
    case U' ':
    case U'\t':
    case U'\v':
    case U'\f':
    case U'\r':
    case U'\n':
    case U'\u00A0':  // no-break space
    case U'\u1680':
    case U'\u202F':  // narrow no-break space
    case U'\u205F':
    case U'\u3000':
    case U'\uFEFF':  // stray byte-order mark
      return true;
    default:
      return cp >= U'\u2000' && cp <= U'\u200B';
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Byte length of the white space at `pos`, or 0.
std::size_t space_length(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  std::size_t next = pos;
  return is_space_cp(util::decode_code_point(s, next)) ? next - pos : 0;
}

std::string_view trim(std::string_view s) {
  while (const std::size_t n = space_length(s, 0)) s.remove_prefix(n);
  // Trailing white space: walk back to the start of the last code point.
  while (!s.empty()) {
    std::size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    if (space_length(s, start) != s.size() - start) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

// Every run of white space one ' ', none at the ends.
std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool pending = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t start = pos;
    if (is_space_cp(util::decode_code_point(s, pos))) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out.append(s.substr(start, pos - start));
  }
  return out;
}

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
    if (const std::size_t space = space_length(s, after)) return after + space;
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
  const std::size_t space = space_length(s, pos);
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
};

// "## Text": level 2, text "Text".
std::optional<HeadingLine> markdown_heading(std::string_view s) {
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6 || space_length(s, hashes) == 0) return std::nullopt;
  std::string_view body = trim(s.substr(hashes));
  // An optional closing run of '#', as in "## Text ##".
  std::size_t end = body.size();
  while (end > 0 && body[end - 1] == '#') --end;
  if (end < body.size() && end > 0 && space_length(body, end - 1) != 0) body = trim(body.substr(0, end));
  if (body.empty()) return std::nullopt;
  return HeadingLine{static_cast<int>(hashes), collapse_spaces(body), true};
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
  const std::size_t space = space_length(s, pos);
  if (!has_dot || space == 0) return std::nullopt;
  return NumberPrefix{components, pos + space};
}

std::optional<HeadingLine> numbered_heading(std::string_view s) {
  const auto prefix = number_prefix(s);
  if (!prefix) return std::nullopt;
  const std::string_view rest = trim(s.substr(prefix->length));
  if (rest.empty() || !util::is_upper_case(first_code_point(rest))) return std::nullopt;
  if (char_count(rest) > kMaxHeadingChars) return std::nullopt;
  const char last = rest.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return std::nullopt;
  return HeadingLine{prefix->components, collapse_spaces(s), false};
}

std::optional<HeadingLine> capitals_heading(std::string_view s) {
  if (char_count(s) > kMaxHeadingChars || list_marker_length(s) != 0) return std::nullopt;
  if (!is_all_capitals(s, 4)) return std::nullopt;
  return HeadingLine{1, collapse_spaces(s), false};
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
      return pos == s.size() || space_length(s, pos) != 0;
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

// ---- lines ---------------------------------------------------------------

struct Line {
  std::string_view text;  // trimmed
  int number = 0;         // 1-based source line
};

// Source lines, trimmed; a form feed splits a line and counts as a blank line.
std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  int number = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    while (true) {
      const std::size_t feed = line.find('\f');
      lines.push_back({trim(line.substr(0, feed)), number});
      if (feed == std::string_view::npos) break;
      lines.push_back({std::string_view{}, number});  // the page break
      line.remove_prefix(feed + 1);
    }
    if (end == text.size()) break;
    pos = end + 1;
  }
  return lines;
}

// ---- segmenting ----------------------------------------------------------

class Segmenter {
 public:
  std::vector<Segment> run(const std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Line& line = lines[i];
      if (line.text.empty()) {
        flush();
        continue;
      }
      if (auto heading = heading_line(line.text)) {
        flush();
        int last_line = line.number;
        if (!heading->markdown && is_all_capitals(heading->text, 1)) {
          for (int joined = 0; joined < kMaxHeadingContinuations && i + 1 < lines.size() &&
                               continues_heading(lines[i + 1].text);
               ++joined) {
            ++i;
            heading->text += ' ';
            heading->text += collapse_spaces(lines[i].text);
            last_line = lines[i].number;
          }
        }
        add_heading(std::move(*heading), line.number, last_line);
        continue;
      }
      if (const std::size_t marker = list_marker_length(line.text)) {
        flush();
        open(SegmentKind::list_item, line.text.substr(marker), line.number);
        continue;
      }
      if (is_label_line(line.text)) {
        flush();
        open(SegmentKind::paragraph, line.text, line.number);
        continue;
      }
      if (open_) {
        open_->parts.push_back(line.text);
        open_->last_line = line.number;
      } else {
        open(SegmentKind::paragraph, line.text, line.number);
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
    std::vector<std::string_view> parts;
  };

  std::vector<std::string> section() const {
    std::vector<std::string> path;
    path.reserve(stack_.size());
    for (const auto& [level, text] : stack_) path.push_back(text);
    return path;
  }

  void open(SegmentKind kind, std::string_view text, int line) {
    open_ = Open{kind, line, line, {text}};
  }

  void flush() {
    if (!open_) return;
    std::string joined;
    for (const std::string_view part : open_->parts) {
      if (!joined.empty()) joined += ' ';
      joined.append(part);
    }
    emit(open_->kind, collapse_spaces(joined), open_->line, open_->last_line);
    open_.reset();
  }

  void add_heading(HeadingLine heading, int line, int last_line) {
    heading.text = util::to_nfc(heading.text);
    while (!stack_.empty() && stack_.back().first >= heading.level) stack_.pop_back();
    emit(SegmentKind::heading, heading.text, line, last_line);
    stack_.emplace_back(heading.level, std::move(heading.text));
  }

  void emit(SegmentKind kind, const std::string& text, int line, int last_line) {
    if (text.empty()) return;
    Segment segment;
    segment.kind = kind;
    segment.line = line;
    segment.last_line = last_line;
    segment.text = util::to_nfc(text);
    segment.section = section();
    segments_.push_back(std::move(segment));
  }

  std::optional<Open> open_;
  std::vector<std::pair<int, std::string>> stack_;  // level, heading text
  std::vector<Segment> segments_;
};

}  // namespace

std::vector<Segment> segment_text(std::string_view utf8_text) {
  return Segmenter{}.run(split_lines(utf8_text));
}

}  // namespace goalchain::document
