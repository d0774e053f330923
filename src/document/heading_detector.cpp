#include "goalchain/document/heading_detector.h"

#include "goalchain/document/cell_tables.h"
#include "goalchain/document/field_labels.h"
#include "goalchain/document/layout_words.h"
#include "goalchain/document/list_markers.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <optional>

namespace goalchain::document {
namespace {

constexpr std::size_t kMaxHeadingChars = 90;
constexpr std::size_t kMaxShapeHeadingWords = 12;
constexpr std::size_t kMaxNumberedNoDotChars = 70;
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

// A line ending in punctuation that closes a sentence, clause or label.
bool ends_in_punctuation(std::string_view s) {
  if (s.empty()) return false;
  const char last = s.back();
  return last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' ||
         last == '-';
}

// ---- heading lines by themselves ------------------------------------------

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
  return HeadingLine{static_cast<int>(hashes), collapse_white_space(body), HeadingStyle::markdown};
}

// "3.", "3.3", "3.3.", "2.1.4" (or, with `need_dot` false, "2") before white
// space: the number of numeric components and the length of the prefix with
// its white space. Components have one or two digits ("2020. Det" is a year).
struct NumberPrefix {
  int components = 0;
  std::size_t length = 0;
};

std::optional<NumberPrefix> number_prefix(std::string_view s, bool need_dot) {
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
  if ((need_dot && !has_dot) || space == 0) return std::nullopt;
  return NumberPrefix{components, pos + space};
}

// The numbers of a number prefix ("3.2. " gives 3 and 2).
std::vector<int> prefix_numbers(std::string_view s, const NumberPrefix& prefix) {
  std::vector<int> numbers;
  int value = -1;
  for (const char c : s.substr(0, prefix.length)) {
    if (is_digit(c)) {
      value = (value < 0 ? 0 : value * 10) + (c - '0');
    } else if (value >= 0) {
      numbers.push_back(value);
      value = -1;
    }
  }
  if (value >= 0) numbers.push_back(value);
  return numbers;
}

// The text after a number prefix is a heading's: a capital first, not too
// long, no final punctuation.
bool is_heading_text(std::string_view rest, std::size_t max_chars) {
  if (rest.empty() || !util::is_upper_case(first_code_point(rest))) return false;
  if (char_count(rest) > max_chars) return false;
  const char last = rest.back();
  return last != '.' && last != ',' && last != ';' && last != ':';
}

// "Mål 1. Stärkt stöd till utsatta", "Insatsområde 2: Stöd till utsatta",
// "Fokusområde 1.2 Ökad kunskap", "Mål 3 – Minskad efterfrågan": a word, a number of one or two digits a part, and
// a heading's text. Plans number their goals and areas so, and set them on a
// line of their own even when the next line would have fitted after it; prose
// seldom starts a line with a word and a small bare number and ends it
// without punctuation.
bool has_numbered_label_shape(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t next = pos;
    if (!util::is_letter(util::decode_code_point(s, next))) break;
    pos = next;
  }
  std::size_t space = white_space_length(s, pos);
  if (space == 0) return false;
  pos += space;
  while (true) {
    const std::size_t start = pos;
    while (pos < s.size() && is_digit(s[pos])) ++pos;
    if (pos == start || pos - start > 2) return false;
    if (pos + 1 < s.size() && s[pos] == '.' && is_digit(s[pos + 1])) {
      ++pos;
      continue;
    }
    break;
  }
  if (pos < s.size() && (s[pos] == '.' || s[pos] == ':')) ++pos;
  space = white_space_length(s, pos);
  if (space == 0) return false;
  pos += space;
  // "Mål 1 – Stärkt stöd": a dash between the number and the text.
  for (const std::string_view dash : {"–", "—", "-"}) {
    if (s.substr(pos).starts_with(dash) && white_space_length(s, pos + dash.size()) != 0) {
      pos += dash.size();
      pos += white_space_length(s, pos);
      break;
    }
  }
  return is_heading_text(trim_white_space(s.substr(pos)), kMaxHeadingChars);
}

// "§ 3 Partnerskapets mål", "§ 54   Åtgärder mot ...": an agreement's or
// minutes' clause by its paragraph sign and number; the length of the prefix
// with its white space, or nullopt.
std::optional<std::size_t> paragraph_sign_prefix(std::string_view s) {
  constexpr std::string_view kSign = "§";
  if (!s.starts_with(kSign)) return std::nullopt;
  std::size_t pos = kSign.size();
  pos += white_space_length(s, pos);
  const std::size_t start = pos;
  while (pos < s.size() && is_digit(s[pos]) && pos - start < 4) ++pos;
  if (pos == start || (pos < s.size() && is_digit(s[pos]))) return std::nullopt;
  const std::size_t space = white_space_length(s, pos);
  if (space == 0) return std::nullopt;
  return pos + space;
}

bool is_numbered_label_heading(std::string_view s) {
  return !s.empty() && util::is_upper_case(first_code_point(s)) && has_numbered_label_shape(s);
}

// "Övergripande mål 2: Våldsutsatta ska upptäckas", "Strategiskt område 1.
// Förebyggande arbete": a word, then a numbered label heading whose word is a
// section word ("Mål 2: …").
bool is_qualified_label_heading(std::string_view s, const codebook::LayoutRules& rules) {
  if (s.empty() || !util::is_upper_case(first_code_point(s))) return false;
  const std::size_t space = s.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view rest = trim_white_space(s.substr(space));
  if (rest.empty() || !util::is_letter(first_code_point(rest))) return false;
  return has_numbered_label_shape(rest) && starts_with_section_word(rest, rules);
}

// "3.3. FÅ RIKTADE MÅL": at least one '.' is required here ("1 Statskontoret"
// is a footnote); "2 Lägesbild" needs its neighbours (detect_by_shape).
std::optional<HeadingLine> numbered_heading(std::string_view s) {
  const auto prefix = number_prefix(s, true);
  if (!prefix) return std::nullopt;
  if (!is_heading_text(trim_white_space(s.substr(prefix->length)), kMaxHeadingChars)) return std::nullopt;
  return HeadingLine{prefix->components, collapse_white_space(s), HeadingStyle::numbered};
}

std::optional<HeadingLine> capitals_heading(std::string_view s) {
  if (char_count(s) > kMaxHeadingChars || list_marker_length(s) != 0) return std::nullopt;
  if (!is_all_capitals(s, 4)) return std::nullopt;
  return HeadingLine{1, collapse_white_space(s), HeadingStyle::capitals};
}

// The second line of a heading wrapped in capitals: "OCH MÄNNISKOHANDEL I PERIFERIN".
bool continues_heading(std::string_view s) {
  if (s.empty() || s.starts_with('#') || number_prefix(s, true) || list_marker_length(s) != 0) return false;
  return char_count(s) <= kMaxHeadingChars && is_all_capitals(s, 2);
}

// A line that looks like a cell of a table extracted line by line: short, and
// in capitals ("KOSTNAD", "ANSLAG (KR)") or mostly digits ("60 000 000", "2020").
}  // namespace

bool is_table_cell(std::string_view s) {
  if (s.empty() || char_count(s) > kMaxTableCellChars) return false;
  return is_mostly_digits(s) || is_all_capitals(s, 1);
}

namespace {

// A short line without final punctuation, as the cells of a flattened table are.
bool is_short_bare_line(std::string_view s) {
  return !s.empty() && char_count(s) <= kMaxTableCellChars && !ends_in_punctuation(s);
}

// Rank of a style for drop_empty_headings: a heading followed directly by one
// of a lower rank number heads nothing.
int rank(HeadingStyle style) {
  switch (style) {
    case HeadingStyle::markdown:
    case HeadingStyle::numbered:
      return 0;
    case HeadingStyle::capitals:
      return 1;
    case HeadingStyle::section_word:
      return 2;
    case HeadingStyle::plain:
      return 3;
  }
  return 3;
}

}  // namespace

// Where a year or period that ends a heading after two words or more starts
// ("Planerat arbete 2026", "Mål och måluppfyllelse 2025", "Handlingsplan
// 2026–2028" has one word only); the whole text without one. A footnote
// without its marker names its years after a comma ("Statskontoret 2006,
// 2021").
std::size_t words_before_trailing_year(std::string_view s) {
  const auto digits_before = [&](std::size_t at) {
    std::size_t from = at;
    while (from > 0 && is_digit(s[from - 1])) --from;
    return at - from;
  };
  const std::size_t last = digits_before(s.size());
  std::size_t start = s.size() - last;
  bool period = false;
  // "2026–2028", "2026-28", "2025/26": a period's second year.
  for (const std::string_view dash : {std::string_view("–"), std::string_view("-"), std::string_view("/")}) {
    if ((last == 2 || last == 4) && start >= dash.size() && s.substr(start - dash.size(), dash.size()) == dash &&
        digits_before(start - dash.size()) == 4) {
      start -= dash.size() + 4;
      period = true;
      break;
    }
  }
  if (!period && last != 4) return s.size();
  std::string_view before = s.substr(0, start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.size() == start || before.empty() || before.back() == ',' || util::count_words(before) < 2) {
    return s.size();
  }
  return before.size();
}

// As many digits as letters, or more: "75 080 595", "TOTALT 185 080", "Dnr 801-4412-2020".
bool is_mostly_digits(std::string_view s) {
  int letters = 0;
  int digits = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const auto byte = static_cast<unsigned char>(s[pos]);
    if (byte < 0x80) {  // most of a line: no decoding
      ++pos;
      if ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') ++letters;
      if (byte >= '0' && byte <= '9') ++digits;
      continue;
    }
    if (util::is_letter(util::decode_code_point(s, pos))) ++letters;
  }
  return digits > 0 && digits >= letters;
}

std::optional<HeadingLine> heading_line(std::string_view s) {
  if (auto h = markdown_heading(s)) return h;
  if (auto h = numbered_heading(s)) return h;
  return capitals_heading(s);
}

HeadingDetector::HeadingDetector(const std::vector<TextLine>& lines, const std::vector<std::string>& texts,
                                 const std::vector<bool>& skip, const codebook::LayoutRules& rules)
    : lines_(lines),
      texts_(texts),
      skip_(skip),
      rules_(rules),
      breaks_(lines),
      cell_table_(find_cell_table_lines(lines, texts, skip)),
      headings_(lines.size()) {
  mark_numbered_lists();
  // A question heading ("Who", "How we will know") and the answer under it,
  // up to a blank line, are no headings ("1.2 Regulatory Services" under "Who").
  bool in_answer = false;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    if (skip_[i] || texts_[i].empty()) {
      in_answer = false;
      continue;
    }
    if (!question_label(texts_[i], rules_).empty()) {
      in_answer = true;
      continue;
    }
    headings_[i] = detect_at(i);
    // A heading that opens with a section word ("Mål 4: ...", "Insatser")
    // ends the answer where no blank line does (a web page's print); a
    // numbered or a plain one ("Socialtjänsten" under "Vem gör det?") stays
    // a line of the answer.
    if (in_answer && headings_[i] && headings_[i]->style == HeadingStyle::section_word) in_answer = false;
    if (in_answer && headings_[i] && headings_[i]->style != HeadingStyle::markdown) headings_[i].reset();
    if (headings_[i]) i = headings_[i]->last;
  }
  drop_empty_headings();
}

std::optional<HeadingLine> HeadingDetector::detect_at(std::size_t i) const {
  const std::string_view text = texts_[i];
  auto heading = heading_line(text);
  if (heading && heading->style == HeadingStyle::capitals && sits_in_table(i, false)) heading.reset();
  if (heading && heading->style == HeadingStyle::numbered && (runs_into_next_line(i) || numbered_list_[i])) {
    return std::nullopt;
  }
  if (!heading) return detect_by_shape(i);
  heading->last = i;
  if (heading->style != HeadingStyle::markdown && is_all_capitals(heading->text, 1)) {
    for (int joined = 0; joined < kMaxHeadingContinuations && heading->last + 1 < lines_.size() &&
                         !skip_[heading->last + 1] && continues_heading(texts_[heading->last + 1]);
         ++joined) {
      ++heading->last;
      heading->text += ' ';
      heading->text += collapse_white_space(texts_[heading->last]);
    }
  }
  return heading;
}

// "2 Lägesbild", "Kapitel 2", "Bakgrund", "Insatser för stöd och skydd": a
// heading by its shape and its neighbours.
std::optional<HeadingLine> HeadingDetector::detect_by_shape(std::size_t i) const {
  const std::string_view text = texts_[i];
  if (cell_table_[i]) return std::nullopt;
  // "Insatsområde 1: Effektivare brottsbekämpning" has a label's shape but
  // heads the text below it.
  // Only for section words ("Mål", "Insatsområde", not "Aktivitet 1.1:"):
  // the fields of a goal stay label lines.
  const bool numbered_label = is_numbered_label_heading(text) && starts_with_section_word(text, rules_);
  // "Övergripande mål 2: Våldsutsatta ska …": a word before the section word.
  const bool qualified_label = !numbered_label && is_qualified_label_heading(text, rules_);
  if (list_marker_length(text) != 0 || (is_label_line(text) && !numbered_label && !qualified_label) ||
      ends_in_punctuation(text)) {
    return std::nullopt;
  }
  // The word count (no folding) turns away a line of prose before the rest.
  if (char_count(text) > kMaxHeadingChars || util::count_words(text) > kMaxShapeHeadingWords ||
      is_mostly_digits(text)) {
    return std::nullopt;
  }
  const auto text_words = util::tokenize_words(text);
  // "Länsstyrelsen ska" above a list is a lead-in without its colon.
  if (!text_words.empty() && std::any_of(rules_.lead_in_words.begin(), rules_.lead_in_words.end(),
                                         [&](const std::string& word) {
                                           return util::fold_case(word) == text_words.back().folded;
                                         })) {
    return std::nullopt;
  }
  if (!stands_apart(i, numbered_label || qualified_label)) return std::nullopt;

  HeadingLine heading{0, collapse_white_space(text), HeadingStyle::plain, i};
  if (const auto prefix = number_prefix(text, false)) {
    // "1 Statskontoret 2006, 2021" is a footnote without its marker: figures
    // after the number are no heading's.
    const std::string_view rest = trim_white_space(text.substr(prefix->length));
    if (sits_in_table(i, true) || !is_heading_text(rest, kMaxNumberedNoDotChars) ||
        rest.substr(0, words_before_trailing_year(rest)).find_first_of("0123456789") != std::string_view::npos) {
      return std::nullopt;
    }
    heading.level = prefix->components;
    heading.style = HeadingStyle::numbered;
    return heading;
  }
  if (const auto sign = paragraph_sign_prefix(text)) {
    if (sits_in_table(i, true) || !is_heading_text(trim_white_space(text.substr(*sign)), kMaxNumberedNoDotChars)) {
      return std::nullopt;
    }
    heading.level = 1;
    heading.style = HeadingStyle::numbered;
    return heading;
  }
  if (!util::is_upper_case(first_code_point(text))) return std::nullopt;
  // "Kapitel 2", "Kapitel 2 Lägesbild": among table cells only when a row of
  // figures is next to it.
  const auto words = util::tokenize_words(text);
  if (words.size() >= 2 && !words[1].folded.empty() && is_digit(words[1].folded[0])) {
    codebook::LayoutRules chapter_only;
    chapter_only.section_words = rules_.chapter_words;
    if (starts_with_section_word(text, chapter_only)) {
      if (sits_in_table(i, true)) return std::nullopt;
      heading.level = 1;
      heading.style = HeadingStyle::numbered;
      return heading;
    }
  }
  // "Tabell 4. Stöd" right over a table flattened cell by cell titles it,
  // also after the last cell of the table before.
  const bool titles_cell_table = i + 1 < cell_table_.size() && cell_table_[i + 1];
  if (!titles_cell_table && sits_in_table(i, false)) return std::nullopt;
  if (starts_with_section_word(text, rules_)) heading.style = HeadingStyle::section_word;
  // "MÅL 1", "BAKGRUND": a section word set in capitals is a capitals
  // heading however few its letters, as the document's other capitals are.
  if (heading.style == HeadingStyle::section_word && is_all_capitals(text, 2)) {
    heading.style = HeadingStyle::capitals;
    heading.level = 1;
  }
  return heading;
}

// The breaks before and after line `i` were made on purpose: it does not
// continue the line above, and the line below does not continue it.
bool HeadingDetector::stands_apart(std::size_t i, bool numbered_label) const {
  const std::string_view text = texts_[i];
  const bool has_above = i > 0 && !skip_[i - 1] && !texts_[i - 1].empty() && !lines_[i].page_break;
  if (has_above) {
    const std::string_view above = texts_[i - 1];
    const bool above_is_heading = headings_[i - 1].has_value();
    // The last cell of a table flattened cell by cell ends where the table does.
    const bool above_ends_table = cell_table_[i - 1] && !cell_table_[i];
    if (!above_is_heading && !above_ends_table && !ends_sentence(above) &&
        (above.ends_with('-') || !breaks_.is_deliberate(above, text))) {
      return false;
    }
  }
  const bool has_below = i + 1 < lines_.size() && !skip_[i + 1] && !texts_[i + 1].empty() &&
                         !lines_[i + 1].page_break;
  if (!has_below) return true;
  const std::string_view below = texts_[i + 1];
  // A field label with its value ("Inriktning: ...") starts a line of its
  // own, however short the line above it.
  return starts_block(below) && (numbered_label || is_label_line(below) || breaks_.is_deliberate(text, below));
}

// Cells of a table flattened by PDF extraction sit on lines of their own, and
// a cell must not open a section that closes the one the table sits in. So a
// line is not a heading when
//  - a line directly above or below it (no blank line between) is mostly
//    digits ("KOSTNAD" over "75 080 595", "Utbildning" over "120 000"), or
//  - it is one of three or more cells in a row with no blank line between
//    ("MÅL" / "AKTIVITET" / "ANSVAR"); cells are short lines in capitals or
//    digits, or for an unnumbered line in lower case short bare lines.
// Two capital lines together stay a heading wrapped over two lines.
bool HeadingDetector::sits_in_table(std::size_t i, bool numbered) const {
  const std::string_view text = texts_[i];
  if (is_mostly_digits(text)) return true;
  const auto present = [&](std::size_t j) { return !skip_[j] && !texts_[j].empty(); };
  const bool has_above = i > 0 && present(i - 1);
  const bool has_below = i + 1 < lines_.size() && present(i + 1);
  if ((has_above && is_mostly_digits(texts_[i - 1])) || (has_below && is_mostly_digits(texts_[i + 1]))) {
    return true;
  }
  if (numbered) return false;
  const bool capitals = is_all_capitals(text, 1);
  const auto is_cell = [&](std::size_t j) {
    return present(j) && (capitals ? is_table_cell(texts_[j]) : is_short_bare_line(texts_[j]) &&
                                                                    !starts_with_section_word(texts_[j], rules_));
  };
  if (!capitals && !is_short_bare_line(text)) return false;
  std::size_t cells = 1;
  for (std::size_t j = i; j > 0 && is_cell(j - 1); --j) ++cells;
  for (std::size_t j = i + 1; j < lines_.size() && is_cell(j); ++j) ++cells;
  return cells >= kMinTableCells;
}

// "3.2.1 Mål: Genomföra en länsgemensam utbildning om människohandel för" /
// "socialsekreterare.": the line below goes on in lower case and ends the
// sentence, or goes on in lower case after a field label with its value, so
// the numbered line is a numbered paragraph (a goal, a point of a list), not
// a heading. A heading wrapped over two lines
// ("3.2 Stöd till personer i prostitution och" / "människohandel") ends in no
// period.
void HeadingDetector::mark_numbered_lists() {
  numbered_list_.assign(lines_.size(), false);
  std::optional<std::pair<std::size_t, std::vector<int>>> previous;  // the last numbered line
  bool only_continuations = false;  // since it: blank lines and lines in lower case only
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    if (skip_[i] || texts_[i].empty()) continue;
    const auto prefix = number_prefix(texts_[i], true);
    auto numbers = prefix ? prefix_numbers(texts_[i], *prefix) : std::vector<int>{};
    if (numbers.empty()) {
      only_continuations = only_continuations && !starts_block(texts_[i]);
      continue;
    }
    if (previous && only_continuations && previous->second.size() == numbers.size() &&
        std::equal(numbers.begin(), numbers.end() - 1, previous->second.begin()) &&
        numbers.back() == previous->second.back() + 1) {
      numbered_list_[previous->first] = true;
      numbered_list_[i] = true;
    }
    previous.emplace(i, std::move(numbers));
    only_continuations = true;
  }
}

bool HeadingDetector::runs_into_next_line(std::size_t i) const {
  const std::size_t next = i + 1;
  if (next >= lines_.size() || skip_[next] || texts_[next].empty() || lines_[next].page_break) return false;
  const std::string_view below = texts_[next];
  if (starts_block(below) || ends_in_punctuation(texts_[i])) return false;
  const char last = below.back();
  if (last == '.' || last == '!' || last == '?') return true;
  // "3.1.2 Mål: Fler personer ska få stöd från" / "personer i" / ...: a
  // field label with its value after the number goes on in lower case.
  const auto prefix = number_prefix(texts_[i], true);
  return prefix && is_label_line(trim_white_space(std::string_view(texts_[i]).substr(prefix->length)));
}

void HeadingDetector::drop_empty_headings() {
  // From the end, so a heading's successor is already final.
  for (std::size_t i = lines_.size(); i-- > 0;) {
    if (!headings_[i]) continue;
    const HeadingStyle style = headings_[i]->style;
    if (style != HeadingStyle::plain && style != HeadingStyle::section_word) continue;
    std::size_t next = headings_[i]->last + 1;
    while (next < lines_.size() && !skip_[next] && texts_[next].empty()) ++next;
    const bool at_end = next >= lines_.size() || skip_[next];
    // Text that goes on in lower case after a blank line or a page break
    // continues a sentence: "… som fortsätter" / "på nästa sida …".
    if (at_end || !starts_block(texts_[next]) ||
        (headings_[next] && rank(headings_[next]->style) < rank(style))) {
      headings_[i].reset();
    }
  }
}

}  // namespace goalchain::document
