// How the plan is followed up, set apart from the goals: a closing section
// ("Så följer vi upp", "How we will measure progress") whose sentences name
// measures of several goals at once ("Kommunen följer upp antalet personer
// som fältgruppen har haft kontakt med."). Each such indicator, with no chain
// open where it stands, is an indicator of the chains whose goal and
// activities it names best (docs/chains.md, "Indicators set apart").
#pragma once

#include "chain_pieces.h"
#include "goalchain/document/document.h"
#include "goalchain/codebook/chain_rules.h"
#include "hit_index.h"
#include "resolved_rules.h"

#include <functional>
#include <string>
#include <vector>

namespace goalchain::chain {

class IndicatorsApart {
 public:
  // All three must outlive it.
  IndicatorsApart(const codebook::ChainRules& rules, const ResolvedRules& r, HitIndex& index)
      : rules_(rules), r_(r), index_(index) {}

  // Notes a heading: one opening with one of rules.follow_up_headings after
  // any numbers ("Så följer vi upp löftet") opens a section of follow-up.
  void heading(const document::Segment& heading);

  // Keeps an indicator that no chain was open for, when it stands right
  // under a heading of follow-up; one elsewhere (a table's section whose
  // goals were not read) joins nothing.
  void keep(const Piece& indicator);

  // Gives each indicator kept to the chains whose goal and activities share
  // the most of its words (one at least), leaving out actors' names, figures
  // and words most chains share, when `kept` keeps that chain: an indicator
  // best matching a chain of another topic joins none, and makes no chain
  // the topic's. Linear in the words of the indicators and of the chains'
  // goals and activities.
  void assign(std::vector<Draft>& drafts, const std::function<bool(const Draft&)>& kept) const;

 private:
  // The piece's words as keys (task_word_key), without actors and figures.
  std::vector<std::string> keys_of(const Piece& piece) const;

  const codebook::ChainRules& rules_;
  const ResolvedRules& r_;
  HitIndex& index_;
  std::vector<Piece> kept_;
  std::vector<std::string> follow_up_headings_;
};

}  // namespace goalchain::chain
