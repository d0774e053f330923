// The problem descriptions of a plan and which one each chain refers to: the
// topic's problem description of the chain's own section or the nearest
// above it ("section"), else the plan's wherever it stands ("plan": plans put
// their Lägesbild beside the goals, not above them). docs/chains.md,
// "Problem description".
#pragma once

#include "chain_pieces.h"
#include "goalchain/codebook/chain_rules.h"
#include "resolved_rules.h"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace goalchain::chain {

class ProblemLinkage {
 public:
  // Both must outlive the linkage.
  ProblemLinkage(const codebook::ChainRules& rules, const ResolvedRules& r) : rules_(rules), r_(r) {}

  // True when a heading above the segment is a problem label ("Lägesbild",
  // "2. Problembeskrivning"): the plan's problem description; not below a
  // deeper heading of a numbered area or goal ("Insatsområde 1: …") under it.
  bool in_problem_section(const document::Segment& segment);

  // Adds a problem element in document order; its index.
  std::size_t add(Element element);
  // The element of an index add() gave; nullptr for any other.
  Element* element(std::size_t index);

  // Indexes the topic's problem descriptions once all are added, so that each
  // chain finds its own by a few look-ups: the first of each section; the
  // first of a problem section that holds no chain, for the section above it
  // (it describes what its siblings answer); and the plan's: the first under a
  // problem heading, after a problem label, or a YAML `problem:`, else the
  // first in a section that holds no chain and stands in none
  // (`chain_sections`: the sections of the plan's chains).
  void index(const std::set<std::vector<std::string>>& chain_sections);

  // Sets the chain's problem and problem_link (both left empty without one).
  void link(Chain& chain) const;

 private:
  bool topical(const Element& element);

  const codebook::ChainRules& rules_;
  const ResolvedRules& r_;
  std::vector<Element> problems_;
  std::map<std::vector<std::string>, bool> problem_section_;         // by section path
  std::map<std::vector<std::string>, std::size_t> section_problem_;  // first topical, by section
  std::map<std::vector<std::string>, std::size_t> beside_problem_;   // of a child holding no chain
  std::optional<std::size_t> plan_problem_;                          // into problems_
  std::unordered_map<const document::Segment*, bool> topical_segment_;
};

}  // namespace goalchain::chain
