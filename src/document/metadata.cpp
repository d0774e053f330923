#include "goalchain/document/metadata.h"

#include "goalchain/document/layout_words.h"
#include "goalchain/util/word_tokens.h"

#include <array>
#include <cstddef>
#include <span>

namespace goalchain::document {
namespace {

// A document-type word: any compound prefix ("läns", "regional"), the stem,
// then one of the inflection endings. "strategisk" is not "strategi" + ending.
struct TypeWord {
  DocumentType type;
  std::string_view stem;
  std::span<const std::string_view> endings;
};

constexpr std::array<std::string_view, 8> kPlanEndings{"",    "en",  "er",    "erna",
                                                       "ens", "ers", "ernas", "s"};
constexpr std::array<std::string_view, 8> kStrategyEndings{"",   "n",   "er",    "erna",
                                                           "ns", "ers", "ernas", "s"};
constexpr std::array<std::string_view, 6> kFinalReportEndings{"", "en", "ar", "arna", "ens", "s"};
constexpr std::array<std::string_view, 6> kStatusReportEndings{"", "en", "er", "erna", "ens", "s"};

constexpr std::array<TypeWord, 7> kTypeWords{{
    {DocumentType::strategi, "strategi", kStrategyEndings},
    {DocumentType::handlingsplan, "handlingsplan", kPlanEndings},
    {DocumentType::handlingsplan, "åtgärdsplan", kPlanEndings},
    {DocumentType::handlingsplan, "atgardsplan", kPlanEndings},
    {DocumentType::slutredovisning, "slutredovisning", kFinalReportEndings},
    {DocumentType::lagesrapport, "lägesrapport", kStatusReportEndings},
    {DocumentType::lagesrapport, "lagesrapport", kStatusReportEndings},
}};

bool is_type_word(std::string_view token, const TypeWord& word) {
  const std::size_t at = token.rfind(word.stem);
  if (at == std::string_view::npos) return false;
  const std::string_view ending = token.substr(at + word.stem.size());
  for (const std::string_view allowed : word.endings) {
    if (ending == allowed) return true;
  }
  return false;
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

std::optional<DocumentType> detect_document_type(std::string_view text) {
  for (const auto& token : util::tokenize_words(text)) {
    for (const TypeWord& word : kTypeWords) {
      if (is_type_word(token.folded, word)) return word.type;
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
