#include "goalchain/document/metadata.h"

#include "goalchain/document/layout_words.h"
#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace goalchain::document {
namespace {

// A word of the codebook's `document_types:` as folded parts: "action plan"
// gives {"action", "plan"}.
std::vector<std::string> folded_parts(std::string_view word) {
  std::vector<std::string> parts;
  for (auto& token : util::tokenize_words(word)) parts.push_back(std::move(token.folded));
  return parts;
}

bool has_ending(std::string_view rest, const std::vector<std::string>& endings) {
  return std::find(endings.begin(), endings.end(), rest) != endings.end();
}

// True when the folded tokens from `at` are `parts`: the first after any
// compound prefix ("läns" + "strategi"), the last with one of `endings`
// ("strategi" + "n"); "strategisk" is not "strategi" + an ending.
bool matches_at(const std::vector<util::WordToken>& tokens, std::size_t at,
                const std::vector<std::string>& parts, const std::vector<std::string>& endings) {
  if (parts.empty() || at + parts.size() > tokens.size()) return false;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    const std::string_view token = tokens[at + p].folded;
    const bool first = p == 0;
    const bool last = p + 1 == parts.size();
    const std::size_t found =
        first ? token.rfind(parts[p]) : (token.starts_with(parts[p]) ? 0 : std::string_view::npos);
    if (found == std::string_view::npos) return false;
    const std::string_view rest = token.substr(found + parts[p].size());
    if (last ? !has_ending(rest, endings) : !rest.empty()) return false;
  }
  return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of the separator (space, tab, no-break space) at `pos`, or 0.
std::size_t space_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  if (text[pos] == ' ' || text[pos] == '\t') return 1;
  if (text.substr(pos, 2) == "\xC2\xA0") return 2;
  return 0;
}

// Length of the dash at `pos` (-, ‐, ‑, –, —, −), or 0.
std::size_t dash_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  if (text[pos] == '-') return 1;
  const std::string_view three = text.substr(pos, 3);
  for (const std::string_view dash : {"\u2010", "\u2011", "\u2013", "\u2014", "\u2212"}) {
    if (three == dash) return 3;
  }
  return 0;
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (const std::size_t n = space_at(text, pos)) pos += n;
  return pos;
}

// The digits starting at `pos` up to the next non-digit.
std::size_t digit_run_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  return pos;
}

int number(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool plausible_year(int year) { return year >= 1990 && year <= 2099; }

// What stands before a digit run that starts at `begin` makes it part of
// something other than a year: "2021:14" seen from "14", "1.2020", "3,2020".
bool bad_before(std::string_view text, std::size_t begin) {
  if (begin == 0) return false;
  const char before = text[begin - 1];
  if (before == ':') return true;
  if ((before == '.' || before == ',') && begin >= 2 && is_digit(text[begin - 2])) return true;
  return false;
}

// What follows a digit run ending at `end`: "2021:14", "2020,5", "2020.5",
// "2007/08".
bool bad_after(std::string_view text, std::size_t end) {
  if (end + 1 >= text.size()) return false;
  const char after = text[end];
  return (after == ':' || after == '.' || after == ',' || after == '/') && is_digit(text[end + 1]);
}

// A range whose first year `from` ends at `end`: "2017–2020", "2020 - 22".
std::optional<Period> range_at(std::string_view text, std::size_t end, int from) {
  std::size_t pos = skip_spaces(text, end);
  const std::size_t dash = dash_at(text, pos);
  if (dash == 0) return std::nullopt;
  pos = skip_spaces(text, pos + dash);
  const std::size_t second_end = digit_run_end(text, pos);
  const std::size_t digits = second_end - pos;
  if ((digits != 4 && digits != 2) || bad_after(text, second_end)) return std::nullopt;
  int to = number(text.substr(pos, digits));
  if (digits == 2) to += from / 100 * 100;
  if (!plausible_year(to) || to < from) return std::nullopt;
  return Period{from, to};
}

}  // namespace

std::optional<DocumentType> detect_document_type(std::string_view text,
                                                 const codebook::LayoutRules& rules) {
  struct Candidate {
    DocumentType type;
    std::vector<std::string> parts;
    const std::vector<std::string>* endings;
  };
  std::vector<Candidate> candidates;
  for (const auto& type_words : rules.document_types) {
    const auto type = document_type_from_string(type_words.type);
    if (!type) continue;
    for (const auto& word : type_words.words) {
      candidates.push_back({*type, folded_parts(word), &type_words.endings});
    }
  }
  if (candidates.empty()) return std::nullopt;
  const auto tokens = util::tokenize_words(text);
  for (std::size_t at = 0; at < tokens.size(); ++at) {
    for (const Candidate& candidate : candidates) {
      if (matches_at(tokens, at, candidate.parts, *candidate.endings)) return candidate.type;
    }
  }
  return std::nullopt;
}

std::optional<Period> detect_period(std::string_view text) {
  return detect_period(text, codebook::LayoutRules{});
}

std::optional<Period> detect_period(std::string_view text, const codebook::LayoutRules& rules) {
  std::optional<Period> lone;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_digit(text[pos])) {
      ++pos;
      continue;
    }
    const std::size_t begin = pos;
    const std::size_t end = digit_run_end(text, pos);
    pos = end;
    if (end - begin != 4 || bad_before(text, begin)) continue;
    const int year = number(text.substr(begin, 4));
    if (!plausible_year(year) || follows_reference_abbreviation(text, begin, rules)) continue;
    if (auto range = range_at(text, end, year)) return range;
    if (lone || bad_after(text, end)) continue;
    // "1990-talet" is a decade, not a period.
    if (const std::size_t dash = dash_at(text, end); dash != 0 && text.substr(end + dash, 3) == "tal")
      continue;
    // "851-20417-2019": the tail of a reference number, not a year.
    if (begin >= 2 && text[begin - 1] == '-' && is_digit(text[begin - 2])) continue;
    lone = Period{year, year};
  }
  return lone;
}

}  // namespace goalchain::document
