#include "goalchain/document/layout_words.h"

#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> words;
  for (auto& token : util::tokenize_words(text)) words.push_back(std::move(token.folded));
  return words;
}

// One part of an issuer form: a word, "*" (one or more words) or "*tail" (a
// word ending in tail).
bool matches_form(const std::vector<std::string>& line, std::size_t at,
                  const std::vector<std::string>& form_parts, std::size_t part) {
  if (part == form_parts.size()) return at == line.size();
  const std::string& p = form_parts[part];
  if (p == "*") {
    for (std::size_t end = at + 1; end <= line.size(); ++end) {
      if (matches_form(line, end, form_parts, part + 1)) return true;
    }
    return false;
  }
  if (at >= line.size()) return false;
  if (p.starts_with('*')) {
    const std::string_view tail = std::string_view(p).substr(1);
    const std::string& word = line[at];
    if (word.size() <= tail.size() || !word.ends_with(tail)) return false;
  } else if (line[at] != p) {
    return false;
  }
  return matches_form(line, at + 1, form_parts, part + 1);
}

// "Länsstyrelsen *" -> {"länsstyrelsen", "*"}; "*departementet" stays one part.
std::vector<std::string> form_parts(std::string_view form) {
  std::vector<std::string> parts;
  std::string current;
  const std::string folded = util::fold_case(form);
  for (const char c : folded) {
    if (c == ' ' || c == '\t') {
      if (!current.empty()) parts.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) parts.push_back(std::move(current));
  return parts;
}

constexpr std::size_t kMaxIssuerWords = 7;

}  // namespace

bool starts_with_section_word(std::string_view line, const codebook::LayoutRules& rules) {
  const auto words = folded_words(line);
  for (const std::string& entry : rules.section_words) {
    const auto entry_words = folded_words(entry);
    if (entry_words.empty() || entry_words.size() > words.size()) continue;
    bool match = true;
    for (std::size_t i = 0; i < entry_words.size() && match; ++i) match = words[i] == entry_words[i];
    if (match) return true;
  }
  return false;
}

bool names_document_kind(std::string_view line, const codebook::LayoutRules& rules) {
  const auto words = folded_words(line);
  for (const std::string& entry : rules.title_words) {
    const std::string title_word = util::fold_case(entry);
    for (const std::string& word : words) {
      // "handlingsplan", "handlingsplanen", "länsstrategi": the word, an
      // inflected form (at most four letters more) or a compound ending in it.
      const std::size_t at = word.rfind(title_word);
      if (at != std::string::npos && word.size() - at - title_word.size() <= 4) return true;
    }
  }
  return false;
}

bool matches_issuer_form(std::string_view line, const codebook::LayoutRules& rules) {
  const auto words = folded_words(line);
  if (words.empty() || words.size() > kMaxIssuerWords) return false;
  for (const std::string& form : rules.issuer_forms) {
    if (matches_form(words, 0, form_parts(form), 0)) return true;
  }
  return false;
}

bool is_contents_heading(std::string_view line, const codebook::LayoutRules& rules) {
  const auto words = folded_words(line);
  for (const std::string& entry : rules.contents_headings) {
    if (folded_words(entry) == words) return true;
  }
  return false;
}

bool follows_reference_abbreviation(std::string_view text, std::size_t pos,
                                    const codebook::LayoutRules& rules) {
  if (rules.reference_abbreviations.empty()) return false;
  // The text of the line before `pos`, back to at most 24 bytes.
  std::size_t begin = pos;
  while (begin > 0 && pos - begin < 24 && text[begin - 1] != '\n') --begin;
  const auto words = folded_words(text.substr(begin, pos - begin));
  if (words.empty()) return false;
  for (const std::string& abbreviation : rules.reference_abbreviations) {
    const auto abbreviation_words = folded_words(abbreviation);
    if (abbreviation_words.empty() || abbreviation_words.size() > words.size()) continue;
    // The abbreviation is the last word, or the one before a short code ("dnr KS 2021/0457").
    for (std::size_t back = 0; back < 2 && back + abbreviation_words.size() <= words.size(); ++back) {
      const std::size_t start = words.size() - back - abbreviation_words.size();
      bool match = true;
      for (std::size_t i = 0; i < abbreviation_words.size() && match; ++i) {
        match = words[start + i] == abbreviation_words[i];
      }
      if (match) return true;
    }
  }
  return false;
}

}  // namespace goalchain::document
