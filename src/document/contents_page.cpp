#include "goalchain/document/contents_page.h"

#include "goalchain/document/layout_words.h"
#include "goalchain/util/utf8.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <string_view>

namespace goalchain::document {
namespace {

constexpr std::size_t kMinEntries = 3;
constexpr std::size_t kMaxEntryChars = 120;
constexpr std::size_t kMaxPageDigits = 3;
constexpr std::size_t kMinLeaderDots = 3;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct EntryLine {
  bool entry = false;
  bool leader = false;  // a dot leader before the page number
  int page = 0;
};

// "Lägesbild ........ 3", "Bakgrund… 3", "Inledning 2", "2.1 Mål . . . . 4".
EntryLine read_entry_line(std::string_view text) {
  EntryLine result;
  if (text.empty() || util::count_code_points(text) > kMaxEntryChars) return result;
  std::size_t end = text.size();
  std::size_t digits = 0;
  while (end > 0 && is_digit(text[end - 1])) {
    --end;
    ++digits;
  }
  if (digits == 0 || digits > kMaxPageDigits || end == 0) return result;
  int page = 0;
  for (std::size_t i = end; i < text.size(); ++i) page = page * 10 + (text[i] - '0');
  std::size_t before = end;
  std::size_t dots = 0;
  bool space = false;
  while (before > 0) {
    const char c = text[before - 1];
    if (c == '.' || c == '_') {
      ++dots;
    } else if (c == ' ' || c == '\t') {
      space = true;
    } else if (before >= 3 && text.substr(before - 3, 3) == "\u2026") {  // …
      dots += kMinLeaderDots;
      before -= 2;
    } else {
      break;
    }
    --before;
  }
  if (before == 0) return result;  // nothing but a number
  // Letters before the page number: not a row of figures.
  bool letters = false;
  std::size_t pos = 0;
  const std::string_view title = text.substr(0, before);
  while (pos < title.size() && !letters) letters = util::is_letter(util::decode_code_point(title, pos));
  if (!letters) return result;
  if (dots >= kMinLeaderDots) {
    result = {true, true, page};
  } else if (space && dots == 0) {
    const char last = title.back();
    if (last == ',' || last == ';' || last == ':') return result;
    result = {true, false, page};
  }
  return result;
}

// Lines that repeat, in any case, a line further down: "1. Bakgrund" in a
// contents page without page numbers, before the heading "1. BAKGRUND".
std::vector<bool> find_repeated_later(const std::vector<TextLine>& lines) {
  std::vector<bool> repeated(lines.size(), false);
  // From the last line up: a line repeats one further down when its folded
  // text is already among those seen.
  std::unordered_set<std::string> seen_below;
  for (std::size_t i = lines.size(); i-- > 0;) {
    if (lines[i].text.empty() || util::count_code_points(lines[i].text) > kMaxEntryChars) continue;
    std::string folded = collapse_white_space(util::fold_case(lines[i].text));
    if (folded.empty()) continue;
    repeated[i] = !seen_below.insert(std::move(folded)).second;
  }
  return repeated;
}

// A run of three or more lines without page numbers, no blank line between,
// that each repeat a line further down: the first index past it, or `i`.
std::size_t repeated_run_end(const std::vector<TextLine>& lines, const std::vector<bool>& repeated,
                             std::size_t i) {
  std::size_t j = i;
  while (j < lines.size() && repeated[j]) ++j;
  return j - i >= kMinEntries ? j : i;
}

}  // namespace

std::vector<ContentsEntry> find_contents_entries(const std::vector<TextLine>& lines,
                                                 const codebook::LayoutRules& rules) {
  std::vector<ContentsEntry> found;
  std::vector<EntryLine> entry_lines(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) entry_lines[i] = read_entry_line(lines[i].text);

  const std::vector<bool> repeated = find_repeated_later(lines);
  std::size_t i = 0;
  while (i < lines.size()) {
    if (const std::size_t end = repeated_run_end(lines, repeated, i); end != i && i * 2 <= lines.size()) {
      std::size_t above = i;
      while (above > 0 && lines[above - 1].text.empty()) --above;
      const bool under_heading = above > 0 && is_contents_heading(lines[above - 1].text, rules);
      // Without a contents heading, only numbered lines: a table's header
      // row ("MÅL" / "AKTIVITET" / "ANSVAR") repeats too.
      const bool numbered = std::all_of(lines.begin() + static_cast<std::ptrdiff_t>(i),
                                        lines.begin() + static_cast<std::ptrdiff_t>(end),
                                        [](const TextLine& l) { return is_digit(l.text[0]); });
      if (under_heading || numbered) {
        if (under_heading) found.push_back({above - 1, above - 1});
        for (std::size_t k = i; k < end; ++k) found.push_back({k, k});
        i = end;
        continue;
      }
    }
    if (!entry_lines[i].entry) {
      ++i;
      continue;
    }
    // A run of entries: blank lines alone between them, and a line without a
    // page number only directly above an entry.
    std::vector<ContentsEntry> run;
    std::size_t leaders = 0;
    bool rising = true;
    int last_page = 0;
    std::size_t j = i;
    std::size_t pending = lines.size();  // a wrapped first line waiting for its entry
    while (j < lines.size()) {
      const TextLine& line = lines[j];
      if (line.text.empty()) {
        if (pending != lines.size()) break;
        ++j;
        continue;
      }
      const EntryLine& e = entry_lines[j];
      if (!e.entry) {
        if (pending != lines.size() || j + 1 >= lines.size() || !entry_lines[j + 1].entry) break;
        pending = j;
        ++j;
        continue;
      }
      rising = rising && e.page >= last_page;
      last_page = e.page;
      if (e.leader) ++leaders;
      run.push_back({pending != lines.size() ? pending : j, j});
      pending = lines.size();
      ++j;
    }
    const std::size_t start = run.front().first;
    // The contents heading just above, blank lines between allowed.
    std::size_t above = start;
    while (above > 0 && lines[above - 1].text.empty()) --above;
    const bool under_heading = above > 0 && is_contents_heading(lines[above - 1].text, rules);
    const bool near_start = start * 4 <= lines.size();
    const bool in_first_half = start * 2 <= lines.size();
    const bool by_leaders = leaders >= kMinEntries && in_first_half;
    const bool by_numbers = near_start || under_heading;
    if (run.size() >= kMinEntries && rising && (by_leaders || by_numbers)) {
      if (under_heading) found.push_back({above - 1, above - 1});
      found.insert(found.end(), run.begin(), run.end());
    }
    i = std::max(j, i + 1);
  }
  return found;
}

}  // namespace goalchain::document
