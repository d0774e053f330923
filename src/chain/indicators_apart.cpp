#include "indicators_apart.h"

#include "goalchain/util/word_tokens.h"
#include "key_overlap.h"
#include "responsibility_appendix.h"
#include "section_labels.h"

#include <algorithm>

namespace goalchain::chain {

void IndicatorsApart::heading(const document::Segment& heading) {
  const auto words = util::tokenize_words(heading.text);
  std::vector<std::string> folded;
  for (const auto& word : words) {
    if (!folded.empty() || !is_number(word.folded)) folded.push_back(word.folded);
  }
  if (codebook::phrase_at(rules_.follow_up_headings, folded, 0)) follow_up_headings_.push_back(heading.text);
}

void IndicatorsApart::keep(const Piece& indicator) {
  const auto& section = indicator.segment->section;
  if (section.empty() ||
      std::find(follow_up_headings_.begin(), follow_up_headings_.end(), section.back()) == follow_up_headings_.end()) {
    return;
  }
  kept_.push_back(indicator);
}

std::vector<std::string> IndicatorsApart::keys_of(const Piece& piece) const {
  std::vector<std::string> keys;
  const auto hits = index_.between(*piece.segment, piece.content, piece.end);
  const std::string_view text = piece_text(piece);
  for (const auto& word : util::tokenize_words(text)) {
    if (word.folded.empty() || (word.folded[0] >= '0' && word.folded[0] <= '9')) continue;
    const std::size_t at = piece.content + word.begin;
    if (std::any_of(hits.begin(), hits.end(), [&](const codebook::Hit& hit) {
          return r_.is_actor(hit) && hit.begin <= at && at < hit.end;
        })) {
      continue;
    }
    auto key = task_word_key(word.folded, rules_.linking_words);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  }
  return keys;
}

void IndicatorsApart::assign(std::vector<Draft>& drafts, const std::function<bool(const Draft&)>& kept) const {
  if (kept_.empty() || drafts.empty()) return;
  std::vector<bool> keeps(drafts.size());
  for (std::size_t d = 0; d < drafts.size(); ++d) keeps[d] = kept(drafts[d]);
  // key → the chains whose goal or activities hold it, each once, in order.
  KeyOverlap<std::size_t> holders;
  for (std::size_t d = 0; d < drafts.size(); ++d) {
    for (const auto* list : {&drafts[d].goal, &drafts[d].activities}) {
      for (const Element& element : *list) {
        for (const Piece& part : element.parts) {
          for (const auto& key : keys_of(part)) holders.add(key, d);
        }
      }
    }
  }
  constexpr std::size_t kFewChains = 2;
  const std::size_t common = std::max(kFewChains, drafts.size() / 2);
  for (const Piece& indicator : kept_) {
    const auto shared = holders.shared(keys_of(indicator), common);
    const std::size_t best = most_shared(shared);
    if (best == 0) continue;
    for (const auto& [d, count] : shared) {
      if (count == best && keeps[d]) drafts[d].indicators.push_back(Element{{indicator}});
    }
  }
}

}  // namespace goalchain::chain
