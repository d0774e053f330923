// A codebook's chain rules resolved to code indexes: which code marks each
// role, which codes are actors, target groups, the topic or national goals.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/hit.h"

#include <cstddef>
#include <map>
#include <optional>
#include <vector>

namespace goalchain::chain {

// Codes a codebook lacks stay unset (lint reports them), so the rules naming
// them never fire.
struct ResolvedRules {
  std::optional<std::size_t> topic;
  std::map<std::size_t, Role> role_of_code;
  std::optional<std::size_t> actors;
  std::optional<std::size_t> target_groups;
  std::optional<std::size_t> measurable;
  std::map<std::size_t, int> national_goal_of_code;
  std::vector<char> actor;         // per code: lies below rules.actors
  std::vector<char> target_group;  // per code: lies below rules.target_groups
  std::vector<char> topical;       // per code: the topic or a code below it

  // The hit's code is the topic or below it ("Men who buy sex" fires
  // thb.sexual, below the topic thb).
  bool is_topical(const codebook::Hit& hit) const { return flag(topical, hit); }
  bool is_actor(const codebook::Hit& hit) const { return flag(actor, hit); }
  bool is_target_group(const codebook::Hit& hit) const { return flag(target_group, hit); }
  bool is_measurable(const codebook::Hit& hit) const {
    return measurable && hit.code == *measurable;
  }

 private:
  static bool flag(const std::vector<char>& flags, const codebook::Hit& hit) {
    return hit.code < flags.size() && flags[hit.code] != 0;
  }
};

// The codebook indexes `rules` refer to.
ResolvedRules resolve_rules(const codebook::ChainRules& rules, const codebook::Codebook& codebook);

}  // namespace goalchain::chain
