#include "goalchain/codebook/hit_sources.h"

namespace goalchain::codebook {

HitSources::HitSources(const Codebook& codebook) {
  keywords_start_.reserve(codebook.codes.size());
  rules_start_.resize(codebook.codes.size());
  for (std::uint32_t c = 0; c < codebook.codes.size(); ++c) {
    const Code& code = codebook.codes[c];
    const float code_weight = static_cast<float>(code.weight);
    keywords_start_.push_back(sources_.size());
    for (std::uint32_t k = 0; k < code.keywords.size(); ++k) {
      sources_.push_back({c, Hit::kNoRule, k, code_weight});
    }
    for (std::uint32_t r = 0; r < code.rules.size(); ++r) {
      rules_start_[c].push_back(sources_.size());
      // As the rule evaluator weighs a rule hit: in float, code times rule.
      const float weight = code_weight * static_cast<float>(code.rules[r].weight);
      const auto patterns = rule_patterns(code.rules[r].match);
      for (std::uint32_t k = 0; k < patterns.size(); ++k) sources_.push_back({c, r, k, weight});
    }
  }
}

std::size_t HitSources::index_of(const Hit& hit) const {
  if (hit.from_rule()) return rules_start_.at(hit.code).at(hit.rule) + hit.keyword;
  return keywords_start_.at(hit.code) + hit.keyword;
}

}  // namespace goalchain::codebook
