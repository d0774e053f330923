#include "goalchain/document/footnotes.h"

#include "goalchain/util/utf8.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace goalchain::document {
namespace {

constexpr std::size_t kMaxNumberDigits = 3;
// A footnote line at least this long that ends mid-sentence was wrapped, so
// the text after a blank line below it still belongs to it.
constexpr std::size_t kMinWrappedChars = 50;

bool is_digit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

// The value of a superscript digit, or -1.
int superscript_value(char32_t cp) {
  switch (cp) {
    case U'\u2070': return 0;
    case U'\u00B9': return 1;
    case U'\u00B2': return 2;
    case U'\u00B3': return 3;
    default:
      return cp >= U'\u2074' && cp <= U'\u2079' ? static_cast<int>(cp - U'\u2070') : -1;
  }
}

char32_t code_point_at(std::string_view s, std::size_t pos) {
  return pos < s.size() ? util::decode_code_point(s, pos) : U'\0';
}

// A run of digits (ASCII or superscript) in a line.
struct NumberRun {
  std::size_t begin = 0;
  std::size_t end = 0;
  int value = 0;
  int digits = 0;
  bool superscript = false;
};

// Every maximal run of ASCII digits and every run of superscript digits in `s`.
std::vector<NumberRun> number_runs(std::string_view s) {
  std::vector<NumberRun> runs;
  std::optional<NumberRun> open;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    if (!open && pos < s.size()) {
      const auto byte = static_cast<unsigned char>(s[pos]);
      if (byte < 0x80 && (byte < '0' || byte > '9')) {  // nothing to open or close here
        ++pos;
        continue;
      }
    }
    const std::size_t start = pos;
    const char32_t cp = pos < s.size() ? util::decode_code_point(s, pos) : U'\0';
    const int super = superscript_value(cp);
    const bool ascii = is_digit(cp);
    if (open && ((open->superscript && super >= 0) || (!open->superscript && ascii))) {
      open->value = open->digits < 9 ? open->value * 10 + (ascii ? static_cast<int>(cp - U'0') : super)
                                     : open->value;
      ++open->digits;
      open->end = pos;
    } else {
      if (open) runs.push_back(*open);
      open.reset();
      if (ascii || super >= 0) {
        open = NumberRun{start, pos, ascii ? static_cast<int>(cp - U'0') : super, 1, !ascii};
      }
    }
    if (start == s.size()) break;
  }
  return runs;
}

bool is_closing(char32_t cp) {
  return cp == U')' || cp == U']' || cp == U'"' || cp == U'\'' || cp == U'\u201D' ||
         cp == U'\u2019';
}

// True when `run` is a footnote marker glued to the text before it.
bool is_glued_marker(std::string_view s, const NumberRun& run) {
  if (run.digits > static_cast<int>(kMaxNumberDigits)) return false;
  std::size_t before_start = 0;
  const char32_t before = util::decode_code_point_before(s, run.begin, before_start);
  if (run.superscript) return before != U'\0' && !is_white_space(before);
  if (util::is_word_character(code_point_at(s, run.end))) return false;
  if (util::is_letter(before)) return true;
  if (before == U'.' || before == U',' || before == U'-' || is_closing(before)) {
    std::size_t unused = 0;
    const char32_t glue = util::decode_code_point_before(s, before_start, unused);
    return util::is_letter(glue) || is_closing(glue);
  }
  return false;
}


struct NoteStart {
  int number = 0;
  bool capital = false;  // the text after the number starts with a capital
};

// "12 Text" (1-3 digits, no leading zero, white space) or "¹² Text" / "¹Text".
std::optional<NoteStart> parse_note_start(std::string_view s) {
  const std::vector<NumberRun> runs = number_runs(s.substr(0, std::min<std::size_t>(s.size(), 16)));
  if (runs.empty() || runs.front().begin != 0) return std::nullopt;
  const NumberRun& run = runs.front();
  if (run.digits > static_cast<int>(kMaxNumberDigits) || run.value == 0) return std::nullopt;
  const std::size_t space = white_space_length(s, run.end);
  if (!run.superscript && (space == 0 || s[0] == '0')) return std::nullopt;
  const std::string_view rest = trim_white_space(s.substr(run.end));
  if (rest.empty()) return std::nullopt;
  return NoteStart{run.value, util::is_upper_case(code_point_at(rest, 0))};
}

// A long line that ends in a lower-case letter or a comma: a wrapped line.
bool ends_mid_sentence(std::string_view s) {
  if (util::count_code_points(s) < kMinWrappedChars) return false;
  std::size_t start = 0;
  const char32_t last = util::decode_code_point_before(s, s.size(), start);
  return last == U',' || (util::is_letter(last) && !util::is_upper_case(last));
}

class FootnoteFinder {
 public:
  FootnoteFinder(const std::vector<TextLine>& lines,
                 const std::function<bool(std::string_view)>& opens_segment)
      : lines_(lines), opens_segment_(opens_segment) {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      for (const NumberRun& run : number_runs(lines_[i].text)) {
        if (is_glued_marker(lines_[i].text, run)) marker_lines_[run.value].push_back(i);
      }
    }
  }

  Footnotes run() {
    std::size_t i = 0;
    while (i < lines_.size()) {
      if (starts_block(i)) {
        i = read_block(i) + 1;
        text_begin_ = i;
      } else {
        ++i;
      }
    }
    return std::move(result_);
  }

 private:
  bool blank(std::size_t i) const { return lines_[i].text.empty(); }

  bool starts_block(std::size_t i) const {
    const auto start = parse_note_start(lines_[i].text);
    if (!start || !start->capital) return false;
    const bool continues = last_number_ > 0 && start->number == last_number_ + 1;
    const bool after_blank = i == 0 || blank(i - 1);
    if (!after_blank && !continues) return false;
    if (continues) return true;
    // The last marker N above the line, after the last block, on this page
    // or the one before.
    const auto found = marker_lines_.find(start->number);
    if (found == marker_lines_.end()) return false;
    const std::vector<std::size_t>& marked = found->second;
    const auto after = std::lower_bound(marked.begin(), marked.end(), i);
    if (after == marked.begin()) return false;
    const std::size_t j = *(after - 1);
    return j >= text_begin_ && lines_[j].page + 1 >= lines_[i].page;
  }

  // True when line `i` is footnote `number`.
  bool is_note(std::size_t i, int number) const {
    const auto start = parse_note_start(lines_[i].text);
    return start && start->number == number;
  }

  // Where the lines of the paragraph starting at `k` (after a blank line)
  // lead: true when they run to the end of the page (a page break, a line
  // indented as a new page starts, or the next footnote), so that they are
  // still the foot of the page.
  bool runs_to_page_end(std::size_t k, int next_number, std::size_t indent) const {
    std::size_t r = k;
    while (r + 1 < lines_.size() && !blank(r + 1) && lines_[r + 1].indent <= indent &&
           !is_note(r + 1, next_number) && !opens_segment_(lines_[r + 1].text)) {
      ++r;
    }
    std::size_t next = r + 1;
    bool skipped_blank = false;
    while (next < lines_.size() && blank(next) && !lines_[next].page_break) {
      ++next;
      skipped_blank = true;
    }
    if (next >= lines_.size()) return false;
    if (lines_[next].page_break || is_note(next, next_number)) return true;
    return !skipped_blank && lines_[next].indent > indent;
  }

  // Reads the block starting at `first`; returns the index of its last line.
  std::size_t read_block(std::size_t first) {
    FootnoteBlock block;
    block.text_begin = text_begin_;
    block.first = first;
    block.page = lines_[first].page;
    Footnote note{parse_note_start(lines_[first].text)->number, first, first};
    std::size_t indent = lines_[first].indent;
    std::size_t j = first + 1;
    while (true) {
      std::size_t k = j;
      bool page_break = false;
      for (; k < lines_.size() && blank(k); ++k) {
        if (lines_[k].page_break) page_break = true;
      }
      if (k >= lines_.size() || page_break) break;
      const TextLine& line = lines_[k];
      if (is_note(k, note.number + 1)) {
        add(block, note);
        note = Footnote{note.number + 1, k, k};
        indent = line.indent;
        j = k + 1;
        continue;
      }
      if (line.indent > indent || opens_segment_(line.text)) break;
      const bool after_blank = k != j;
      if (after_blank && !ends_mid_sentence(lines_[note.last].text) &&
          !runs_to_page_end(k, note.number + 1, indent)) {
        break;
      }
      note.last = k;
      j = k + 1;
    }
    add(block, note);
    block.last = note.last;
    last_number_ = note.number;
    result_.blocks.push_back(std::move(block));
    return note.last;
  }

  void add(FootnoteBlock& block, const Footnote& note) {
    block.numbers.push_back(note.number);
    result_.notes.push_back(note);
  }

  const std::vector<TextLine>& lines_;
  const std::function<bool(std::string_view)>& opens_segment_;
  std::unordered_map<int, std::vector<std::size_t>> marker_lines_;  // number -> lines, in order
  Footnotes result_;
  std::size_t text_begin_ = 0;
  int last_number_ = 0;
};

}  // namespace

Footnotes find_footnotes(const std::vector<TextLine>& lines,
                         const std::function<bool(std::string_view)>& opens_segment) {
  return FootnoteFinder(lines, opens_segment).run();
}

std::string strip_footnote_markers(std::string_view line, const std::vector<int>& numbers) {
  std::string out;
  std::size_t copied = 0;
  for (const NumberRun& run : number_runs(line)) {
    if (run.superscript || run.digits > static_cast<int>(kMaxNumberDigits)) continue;
    if (std::find(numbers.begin(), numbers.end(), run.value) == numbers.end()) continue;
    if (util::is_word_character(code_point_at(line, run.end))) continue;
    // At least three letters directly before the digits.
    std::size_t begin = run.begin;
    int letters = 0;
    while (letters < 3) {
      std::size_t start = 0;
      if (!util::is_letter(util::decode_code_point_before(line, begin, start))) break;
      begin = start;
      ++letters;
    }
    if (letters < 3) continue;
    out.append(line.substr(copied, run.begin - copied));
    copied = run.end;
  }
  if (copied == 0) return std::string(line);
  out.append(line.substr(copied));
  return out;
}

}  // namespace goalchain::document
