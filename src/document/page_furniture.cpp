#include "goalchain/document/page_furniture.h"

#include "goalchain/document/text_lines.h"
#include "goalchain/util/utf8.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace goalchain::document {
namespace {

// Lines this far from the top or bottom of a page may be running headers or footers.
constexpr int kEdgeLines = 3;
constexpr std::size_t kMaxFurnitureChars = 160;
constexpr int kMinHeaderWords = 3;
constexpr int kMinCapitalHeaderWords = 4;
constexpr int kMinCapitalHeaderRepeats = 3;
constexpr std::size_t kMaxPageNumberDigits = 3;

// A page number as printed: "9 (38)", "- 9 -", "Sida 9", "Sida 9 av 38",
// "Page 9 of 38", "9 av 38".
constexpr const char* kPageNumber =
    R"((?:\d{1,4} ?\(\d{1,4}\)|[-–—] ?\d{1,4} ?[-–—]|(?i:sida|sid\.?|page|s\.) ?\d{1,4}(?: ?(?i:av|of|/) ?\d{1,4})?|\d{1,4} (?i:av|of) \d{1,4}))";

const RE2& page_number_line() {
  static const RE2 re(std::string("^") + kPageNumber + "$");
  return re;
}

// At the end of a recurring line also "2/3", as a browser prints a web page
// ("https://... 2/3"); alone on a line that is a fraction as often.
constexpr const char* kPageOfPages = R"(\d{1,3}/\d{1,3})";

const RE2& page_number_at_edge() {
  static const RE2 re(std::string("(?:^") + kPageNumber + "(?: |$))|(?:(?:^| )(?:" + kPageNumber + "|" +
                      kPageOfPages + ")$)");
  return re;
}

// One line, or the part of a line between form feeds.
struct Fragment {
  std::size_t begin = 0;  // bytes in the text
  std::size_t end = 0;
  int page = 0;           // 0-based
  std::string text;       // white space collapsed
  std::string key;        // `text` with every digit run "#"
};

bool has_ascii_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string digits_to_placeholder(std::string_view s) {
  if (!has_ascii_digit(s)) return std::string(s);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') {
      if (out.empty() || out.back() != '#') out += '#';
      continue;
    }
    out += s[i];
  }
  return out;
}

std::vector<Fragment> split_fragments(std::string_view text) {
  std::vector<Fragment> fragments;
  int page = 0;
  std::size_t begin = 0;
  std::size_t next_feed = text.find('\f');
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (next_feed < i) next_feed = text.find('\f', i);  // npos is never below i
    i = std::min({text.find('\n', i), next_feed, text.size()});
    Fragment fragment;
    fragment.begin = begin;
    fragment.end = i;
    fragment.page = page;
    fragment.text = collapse_white_space(text.substr(begin, i - begin));
    fragment.key = digits_to_placeholder(fragment.text);
    fragments.push_back(std::move(fragment));
    if (i < text.size() && text[i] == '\f') ++page;
    begin = i + 1;
  }
  return fragments;
}

int count_words(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool is_all_capitals(std::string_view s) {
  int letters = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = util::decode_code_point(s, pos);
    if (!util::is_letter(cp)) continue;
    if (!util::is_upper_case(cp)) return false;
    ++letters;
  }
  return letters > 0;
}

// Text a running header or footer can have: at least `min_words` words, not
// a label ("Ansvarig: ..."), list item, numbered heading, footnote or sentence.
bool is_header_like(std::string_view s, int min_words) {
  if (s.empty() || s.size() > kMaxFurnitureChars || count_words(s) < min_words) return false;
  const char last = s.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  if (s.find(": ") != std::string_view::npos) return false;
  const char first = s.front();
  if (first == '-' || first == '*' || first == '#' || s.starts_with("\u2022") ||
      s.starts_with("\u2013")) {
    return false;
  }
  // Numbered headings and list items ("1. Mål", "3.1 Stöd") and footnotes
  // ("16 Socialdepartementet, 2018"); a footer that starts with its page
  // number is found by its page number instead. A date and time first is a
  // browser's header ("2026-02-14 09:41   Handlingsplan ... - Kommunen").
  static const RE2 date_first(R"(^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}),? \d{1,2}[:.]\d{2}\b)");
  if (first >= '0' && first <= '9') return RE2::PartialMatch(s, date_first);
  return !s.starts_with("\u00B9") && !s.starts_with("\u00B2") && !s.starts_with("\u00B3");
}

// True when `s` starts or ends with a page number. Every form of one has a
// digit, so lines without one (most) skip the regex.
bool has_page_number_at_edge(std::string_view s) {
  return has_ascii_digit(s) && RE2::PartialMatch(s, page_number_at_edge());
}

// A line that can only be page furniture when it recurs: a page number at its
// start or end, or fields separated by " | " (not a Markdown table row).
bool looks_like_furniture(std::string_view s) {
  if (s.empty() || s.size() > kMaxFurnitureChars) return false;
  if (has_page_number_at_edge(s)) return true;
  return s.find(" | ") != std::string_view::npos && s.front() != '|' && s.back() != '|';
}

bool is_page_number(std::string_view s) { return RE2::FullMatch(s, page_number_line()); }

// 1-3 digits and nothing else: the value, or nullopt.
std::optional<int> bare_number(std::string_view s) {
  if (s.empty() || s.size() > kMaxPageNumberDigits) return std::nullopt;
  int value = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

class FurnitureFinder {
 public:
  explicit FurnitureFinder(std::string_view text)
      : text_(text), fragments_(split_fragments(text)), removed_(fragments_.size(), false),
        page_numbered_(fragments_.size(), false) {
    for (std::size_t i = 0; i < fragments_.size(); ++i) {
      if (!fragments_[i].text.empty()) non_blank_.push_back(i);
    }
    // Pages that hold text; a form feed at the very end opens no page.
    std::set<int> with_text;
    for (const std::size_t i : non_blank_) with_text.insert(fragments_[i].page);
    text_pages_ = static_cast<int>(with_text.size());
  }

  CleanedText run() {
    const bool paged = text_pages_ > 1;
    remove_page_numbers(paged);
    remove_recurring_furniture();
    if (paged) {
      remove_page_edges();
    } else {
      remove_repeated_capital_lines();
      remove_footer_companions();
    }
    return build(paged);
  }

 private:
  void remove(std::size_t i, bool carries_page_number) {
    removed_[i] = true;
    page_numbered_[i] = page_numbered_[i] || carries_page_number;
  }

  bool blank(std::size_t i) const { return fragments_[i].text.empty(); }

  // Where each fragment is among the non-blank fragments of its page, counted
  // from the top and from the bottom, for the first and last kEdgeLines.
  struct Edges {
    std::vector<int> top;     // position from the top, 0-based; -1 when not at the top
    std::vector<int> bottom;  // position from the bottom, 0-based; -1 when not at the bottom
  };

  Edges page_edges() const {
    Edges edges{std::vector<int>(fragments_.size(), -1), std::vector<int>(fragments_.size(), -1)};
    std::size_t k = 0;
    while (k < non_blank_.size()) {
      std::size_t end = k;
      while (end < non_blank_.size() && fragments_[non_blank_[end]].page == fragments_[non_blank_[k]].page) {
        ++end;
      }
      for (std::size_t j = k; j < end; ++j) {
        const std::size_t from_top = j - k;
        const std::size_t from_bottom = end - 1 - j;
        if (from_top < kEdgeLines) edges.top[non_blank_[j]] = static_cast<int>(from_top);
        if (from_bottom < kEdgeLines) edges.bottom[non_blank_[j]] = static_cast<int>(from_bottom);
      }
      k = end;
    }
    return edges;
  }

  // "9 (38)", "- 9 -", "Sida 9" anywhere; a bare "9" at the top or bottom of
  // a page, or, without form feeds, standing alone between blank lines in a
  // rising sequence.
  void remove_page_numbers(bool paged) {
    const Edges edges = paged ? page_edges() : Edges{};
    std::vector<std::size_t> lone;
    for (const std::size_t i : non_blank_) {
      const std::string& text = fragments_[i].text;
      if (is_page_number(text)) {
        remove(i, true);
        continue;
      }
      if (!bare_number(text)) continue;
      if (paged) {
        if (edges.top[i] == 0 || edges.bottom[i] == 0) remove(i, true);
        continue;
      }
      const bool alone = (i == 0 || blank(i - 1)) && (i + 1 == fragments_.size() || blank(i + 1));
      if (alone) lone.push_back(i);
    }
    if (lone.size() < 2) return;
    for (std::size_t k = 1; k < lone.size(); ++k) {
      if (*bare_number(fragments_[lone[k]].text) <= *bare_number(fragments_[lone[k - 1]].text)) return;
    }
    for (const std::size_t i : lone) remove(i, true);
  }

  // Lines that look like furniture ("Rapport 2021:14 | Bilaga 3 9 (38)") and
  // recur, digits aside, at least twice.
  void remove_recurring_furniture() {
    std::map<std::string, std::vector<std::size_t>> by_key;
    for (const std::size_t i : non_blank_) {
      if (!removed_[i] && looks_like_furniture(fragments_[i].text)) by_key[fragments_[i].key].push_back(i);
    }
    for (const auto& [key, indices] : by_key) {
      if (indices.size() < 2) continue;
      const bool numbered = ends_in_rising_numbers(indices);
      for (const std::size_t i : indices) {
        remove(i, numbered || has_page_number_at_edge(fragments_[i].text));
      }
    }
  }

  // "Länsstyrelsen Östergötland | Regional handlingsplan 2022–2024 7", then
  // "… 8": the recurring lines end in a bare number that rises from one to
  // the next, a page number in a form of its own.
  bool ends_in_rising_numbers(const std::vector<std::size_t>& indices) const {
    std::optional<int> previous;
    for (const std::size_t i : indices) {
      const std::string_view text = fragments_[i].text;
      const auto space = text.find_last_of(' ');
      if (space == std::string_view::npos) return false;
      const auto number = bare_number(text.substr(space + 1));
      if (!number || (previous && *number <= *previous)) return false;
      previous = number;
    }
    return true;
  }

  // With form feeds: a line at the same edge (top or bottom) of at least half
  // of the pages, and on two pages or more, digits aside.
  void remove_page_edges() {
    const Edges edges = page_edges();
    std::map<std::pair<std::string, bool>, std::set<int>> pages_by_key;
    for (const std::size_t i : non_blank_) {
      if (removed_[i] || !is_header_like(fragments_[i].text, kMinHeaderWords)) continue;
      if (edges.top[i] >= 0) pages_by_key[{fragments_[i].key, true}].insert(fragments_[i].page);
      if (edges.bottom[i] >= 0) pages_by_key[{fragments_[i].key, false}].insert(fragments_[i].page);
    }
    for (const std::size_t i : non_blank_) {
      if (removed_[i]) continue;
      for (const bool top : {true, false}) {
        if ((top ? edges.top[i] : edges.bottom[i]) < 0) continue;
        const auto found = pages_by_key.find({fragments_[i].key, top});
        if (found == pages_by_key.end()) continue;
        const int pages = static_cast<int>(found->second.size());
        if (pages >= 2 && 2 * pages >= text_pages_) remove(i, false);
      }
    }
  }

  // Without form feeds: the same line in capitals, of four words or more,
  // three times or more (a running header such as the report's title).
  void remove_repeated_capital_lines() {
    std::map<std::string, std::vector<std::size_t>> by_text;
    for (const std::size_t i : non_blank_) {
      const std::string& text = fragments_[i].text;
      if (!removed_[i] && is_all_capitals(text) && is_header_like(text, kMinCapitalHeaderWords)) {
        by_text[text].push_back(i);
      }
    }
    for (const auto& [text, indices] : by_text) {
      if (static_cast<int>(indices.size()) < kMinCapitalHeaderRepeats) continue;
      for (const std::size_t i : indices) remove(i, false);
    }
  }

  // Without form feeds: a line that recurs and twice or more is the nearest
  // line above or below a removed page number or footer: the header or
  // footer that goes with it.
  void remove_footer_companions() {
    std::vector<bool> beside_furniture(fragments_.size(), false);
    for (std::size_t k = 0; k < non_blank_.size(); ++k) {
      const std::size_t i = non_blank_[k];
      if (removed_[i]) continue;
      const bool above = k > 0 && page_numbered_[non_blank_[k - 1]];
      const bool below = k + 1 < non_blank_.size() && page_numbered_[non_blank_[k + 1]];
      beside_furniture[i] = above || below;
    }
    std::map<std::string, std::vector<std::size_t>> by_key;
    for (const std::size_t i : non_blank_) {
      if (!removed_[i] && is_header_like(fragments_[i].text, kMinHeaderWords)) {
        by_key[fragments_[i].key].push_back(i);
      }
    }
    for (const auto& [key, indices] : by_key) {
      const auto beside = std::count_if(indices.begin(), indices.end(),
                                        [&](std::size_t i) { return beside_furniture[i]; });
      if (indices.size() < 2 || beside < 2) continue;
      for (const std::size_t i : indices) remove(i, false);
    }
  }

  // The text with removed fragments blanked; without form feeds, a removed
  // line that carried a page number becomes a form feed, so that the pages
  // it ended can be counted.
  CleanedText build(bool paged) const {
    CleanedText cleaned;
    cleaned.text.reserve(text_.size());
    std::map<std::string, std::size_t> entry_of_key;
    std::size_t copied = 0;
    for (std::size_t i = 0; i < fragments_.size(); ++i) {
      if (!removed_[i]) continue;
      const Fragment& fragment = fragments_[i];
      cleaned.text.append(text_.substr(copied, fragment.begin - copied));
      if (!paged && page_numbered_[i]) cleaned.text += '\f';
      copied = fragment.end;
      const auto [found, inserted] = entry_of_key.emplace(fragment.key, cleaned.removed.size());
      if (inserted) cleaned.removed.push_back(RemovedLine{fragment.text, 0});
      ++cleaned.removed[found->second].count;
    }
    cleaned.text.append(text_.substr(copied));
    return cleaned;
  }

  std::string_view text_;
  std::vector<Fragment> fragments_;
  std::vector<bool> removed_;
  std::vector<bool> page_numbered_;  // removed, and carried a page number
  std::vector<std::size_t> non_blank_;
  int text_pages_ = 1;
};

}  // namespace

CleanedText remove_page_furniture(std::string_view utf8_text) {
  return FurnitureFinder(utf8_text).run();
}

}  // namespace goalchain::document
