#include "resolved_rules.h"

#include <algorithm>

namespace goalchain::chain {
namespace {

// True when `code` lies strictly below `group`.
bool is_below(const codebook::Codebook& codebook, std::size_t code,
              std::optional<std::size_t> group) {
  if (!group || code == *group) return false;
  const auto chain = codebook.ancestors_of(code);
  return std::find(chain.begin(), chain.end(), *group) != chain.end();
}

}  // namespace

ResolvedRules resolve_rules(const codebook::ChainRules& rules, const codebook::Codebook& codebook) {
  ResolvedRules r;
  r.topic = codebook.find(rules.topic);
  for (const auto& [role, id] : rules.role_codes) {
    if (auto index = codebook.find(id)) r.role_of_code[*index] = role;
  }
  r.actors = codebook.find(rules.actors);
  r.target_groups = codebook.find(rules.target_groups);
  r.measurable = codebook.find(rules.measurable);
  for (const auto& [id, number] : rules.national_goals) {
    if (auto index = codebook.find(id)) r.national_goal_of_code[*index] = number;
  }
  r.actor.assign(codebook.codes.size(), 0);
  r.target_group.assign(codebook.codes.size(), 0);
  r.topical.assign(codebook.codes.size(), 0);
  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    r.actor[c] = is_below(codebook, c, r.actors) ? 1 : 0;
    r.target_group[c] = is_below(codebook, c, r.target_groups) ? 1 : 0;
    r.topical[c] = (r.topic && (c == *r.topic || is_below(codebook, c, r.topic))) ? 1 : 0;
  }
  return r;
}

}  // namespace goalchain::chain
