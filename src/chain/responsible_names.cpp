#include "responsible_names.h"

#include "chain_pieces.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <algorithm>

namespace goalchain::chain {

namespace {

bool has_letter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
  });
}

bool is_partner_word(const codebook::ChainRules& rules, const std::string& word) {
  return std::any_of(rules.partner_phrases.begin(), rules.partner_phrases.end(), [&](const auto& phrase) {
    return std::find(phrase.begin(), phrase.end(), word) != phrase.end();
  });
}

}  // namespace

std::vector<ListedName> listed_names(const codebook::ChainRules& rules, std::string_view text,
                                     const std::function<bool(std::size_t)>& actor_at) {
  const auto words = util::tokenize_words(text);
  std::vector<std::string> folded;
  folded.reserve(words.size());
  for (const auto& word : words) folded.push_back(word.folded);
  std::vector<ListedName> names;
  std::size_t first = 0;  // the first word of the name being read
  bool joined = false;    // the name being read follows a joiner
  const auto close = [&](std::size_t end_word) {
    // Partner phrases and linking words before the name are no part of it.
    bool partner = false;
    while (first < end_word && (contains(rules.linking_words, words[first].folded) ||
                                is_partner_word(rules, words[first].folded))) {
      partner = partner || is_partner_word(rules, words[first].folded);
      ++first;
    }
    if (first < end_word) {
      const std::size_t begin = words[first].begin;
      const std::size_t end = words[end_word - 1].end;
      if (has_letter(text.substr(begin, end - begin))) names.push_back({begin, end, partner, joined});
    }
  };
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (w > first) {
      const std::string_view between = text.substr(words[w - 1].end, words[w].begin - words[w - 1].end);
      // "Polisen i samverkan med stadskontoret": a partner phrase opens a name.
      if (between.find_first_of(",;/()[]") != std::string_view::npos ||
          codebook::phrase_at(rules.partner_phrases, folded, w)) {
        close(w);
        first = w;
        joined = false;
      }
    }
    // "Arbetsmarknads- och socialförvaltningen": a hanging hyphen before the
    // joiner shares the name's last part.
    const bool hanging = w > 0 && text.substr(words[w - 1].end, words[w].begin - words[w - 1].end).find('-') !=
                                      std::string_view::npos;
    if (w > first && w + 1 < words.size() && !hanging && contains(rules.name_joiners, words[w].folded)) {
      const std::size_t next = words[w + 1].begin;
      std::size_t at = next;
      const bool capital = util::is_upper_case(util::decode_code_point(text, at));
      if (capital || actor_at(next)) {
        close(w);
        first = w + 1;
        joined = true;
        ++w;
      }
    }
  }
  close(words.size());
  return names;
}

bool names_own_actor(const std::vector<ListedName>& names, std::size_t i, const std::vector<bool>& known) {
  if (i == 0 || names[i].after_partner) return true;
  return names[i].after_joiner && !known[i - 1] && names_own_actor(names, i - 1, known);
}

std::optional<std::pair<std::size_t, std::size_t>> closing_bracket(std::string_view text) {
  const std::size_t last = text.find_last_not_of(" .,;");
  if (last == std::string_view::npos || text[last] != ')') return std::nullopt;
  const std::size_t open = text.rfind('(', last);
  if (open == std::string_view::npos || text.substr(open + 1, last - open - 1).find(')') != std::string_view::npos) {
    return std::nullopt;
  }
  return std::make_pair(open + 1, last);
}

}  // namespace goalchain::chain
