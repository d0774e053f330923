// Who is responsible for a chain: the actors named in its responsibility
// elements, the subject of "X ska ..." and of an active past verb or an
// assignment in its activities (and goal, when nobody else is named), the
// actors of a lead-in above its tasks, and partners after "i samverkan med"
// (docs/chains.md, "Responsible actors").
#pragma once

#include "chain_pieces.h"
#include "goalchain/chain/plan_grammar.h"
#include "goalchain/codebook/codebook.h"
#include "hit_index.h"
#include "goalchain/util/word_tokens.h"
#include "resolved_rules.h"
#include "responsible_names.h"

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace goalchain::chain {

// True when an actor's name covers byte `at` of the segment.
bool actor_at(HitIndex& index, const ResolvedRules& r, const document::Segment& segment,
              std::size_t at);

class ResponsibleActors {
 public:
  // All must outlive the finder.
  ResponsibleActors(const codebook::Codebook& codebook, const codebook::ChainRules& rules,
                    const PlanGrammar& grammar, const ResolvedRules& r, HitIndex& index)
      : codebook_(codebook), rules_(rules), grammar_(grammar), r_(r), index_(index) {}

  // Fills draft.chain.responsible: each actor once, by code, with the words of
  // its first mention; a responsibility element that names no known actor is
  // kept with its words and no code.
  void find(Draft& draft);

 private:
  void add_actor(Chain& chain, const document::Segment& segment, const codebook::Hit& hit);
  void find_obligations(Chain& chain, const Piece& piece, bool uncoded_subject = false);
  // "Fältgruppen ansvarar för ...": a responsibility element whose one word
  // before its responsibility term names no known actor names that word;
  // false when it is no such element.
  bool add_responsibility_subject(Chain& chain, const Piece& piece);
  void add_uncoded_subject(Chain& chain, const Piece& piece, std::size_t begin, std::size_t subject_end);
  void add_name(Chain& chain, const document::Segment& segment, const std::string& words);
  void find_bracketed(Chain& chain, const Piece& piece);
  // "Mikamottagningen gör uppsökande arbete ...", an activity that opens with
  // known actors and then a verb in the active voice (a lower-case word not
  // ending in -s): they do it, whatever the verb.
  void find_opening_doer(Chain& chain, const Piece& piece);
  bool lists_names(const Piece& piece) const;
  std::vector<bool> known_names(const document::Segment& segment, std::size_t offset,
                                const std::vector<ListedName>& names) const;
  std::vector<std::pair<std::size_t, std::size_t>> unknown_names(const Piece& piece) const;
  static bool own_name_after_comma(std::string_view text, std::size_t begin, std::size_t end);
  std::string without_when(const Piece& piece, const std::string& words) const;
  std::pair<std::size_t, std::size_t> partner_span(const Piece& piece,
                                                   const std::vector<util::WordToken>& words,
                                                   std::size_t offset, std::size_t from,
                                                   int max_others) const;

  const codebook::Codebook& codebook_;
  const codebook::ChainRules& rules_;
  const PlanGrammar& grammar_;
  const ResolvedRules& r_;
  HitIndex& index_;
  std::set<std::uint32_t> actors_added_;  // of the chain being found
  std::set<std::string> uncoded_added_;   // the folded words of uncoded subjects added
  std::set<std::string> names_added_;     // folded, of the chain being found
};

}  // namespace goalchain::chain
