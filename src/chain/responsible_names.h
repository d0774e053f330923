// The names a labelled responsibility lists ("Ansvarig: utbildningsnämnden och
// socialnämnden", "Ansvar: Socialförvaltningen, i samverkan med Fältgruppen"):
// each name is one actor, known to the codebook or kept in its own words
// (docs/chains.md, "Responsible actors").
#pragma once

#include "goalchain/codebook/chain_rules.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace goalchain::chain {

// Byte ranges in `text` of the names it lists: parted at ',', ';', '/',
// brackets and partner phrases ("i samverkan med"), and at one of rules.name_joiners when the word after it opens a
// name (a capital, or `actor_at` says a known actor starts there: "Polisen
// och socialtjänsten"; "samordnaren mot prostitution och människohandel" is
// one name, and so is "Arbetsmarknads- och socialförvaltningen"). A partner phrase and linking words before a name are no part
// of it; a range without a letter ("2026") is none.
struct ListedName {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool after_partner = false;  // "i samverkan med stadskontoret": a partner's name
  bool after_joiner = false;   // "utbildningsnämnden och socialnämnden": the second
};

// True when a name no actor code covers names an actor of its own: the
// first of the list, a partner's, or one joined to such a name ("kuratorn
// och fältgruppen"). A name after a comma or bracket that follows a known
// actor qualifies it ("Socialtjänsten, enheten Vuxen", "Police Authority,
// Stockholm Region", "kommunstyrelsen (trygghetssamordnaren)").
bool names_own_actor(const std::vector<ListedName>& names, std::size_t i, const std::vector<bool>& known);
std::vector<ListedName> listed_names(const codebook::ChainRules& rules, std::string_view text,
                                     const std::function<bool(std::size_t)>& actor_at);

// The words inside brackets that end `text` ("Kampanj mot sexköp
// (Polisen, 2027).": "Polisen, 2027"), or nullopt.
std::optional<std::pair<std::size_t, std::size_t>> closing_bracket(std::string_view text);

}  // namespace goalchain::chain
