// How one sentence of a plan reads by the plan grammar of a codebook's chain
// rules (docs/chains.md): whether "X ska V" is a goal or an activity, whether
// the sentence is a lead-in to a list, an assignment, a past-tense activity of
// a final report, or none of the chain's elements (a deadline, a sentence
// about the plan itself, a recommendation). Words only: codes are the chain
// finder's business.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/codebook/chain_rules.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace goalchain::chain {

// A goal a sentence names by number as the one it serves.
struct GoalReference {
  // How the goal is named: after a goal_reference phrase or with a goal's
  // label in brackets ("För att nå mål 2", "(delmål 1 och 4)"): the goal of
  // that label or at that place among its section's goals; bare in brackets
  // ("[6.2]"): only a goal numbered so; leading the sentence ("6.2 Antal
  // ..."): a goal numbered so in another section.
  enum class Form { named, bare, leading };
  std::string number;  // "2.1"
  Form form = Form::named;
  bool operator==(const GoalReference&) const = default;
};

struct SentenceReading {
  // Goal or activity when the grammar decides ("ska minska": goal; "ska
  // genomföra", "genomfördes", "ges i uppdrag att": activity); nullopt when
  // the codes of the sentence are to decide.
  std::optional<Role> role;
  bool lead_in = false;         // "Länsstyrelsen ska:": leads the list under it
  bool lead_names_deeds = false;  // a lead-in with an obligation, deed or assignment
  bool not_an_element = false;  // a deadline or administration: no element at all
  bool result = false;          // "Resultat: ...": what came of the work, follow-up
  bool serves_goal_before = false;  // "För att nå dit ska ...": what is done for the goal before
  bool no_goal = false;         // about the plan itself, or a recommendation ("bör"):
                                // neither goal nor activity
  bool assessment = false;      // "Polisen bedömer att ...": a view of the situation
  bool about_plan = false;      // about the plan itself ("Strategin anger inte vem som
                                // ansvarar ..."): no responsibility either
  // Byte offset (in the sentence) where the subject ends: the obligation word
  // or the assignment phrase; nullopt when the sentence has neither.
  std::optional<std::size_t> subject_end;
  // Byte ranges (in the sentence) after which partners or assignees are named:
  // "tillsammans med ...", "uppdrar åt ...".
  std::vector<std::size_t> partners_from;
  // Byte ranges (in the sentence) of the partner phrases themselves ("med
  // stöd av"): they say who, not what is done.
  std::vector<std::pair<std::size_t, std::size_t>> partner_phrases;
  // Byte offsets after which the assignees of an assignment are named
  // ("uppdrar åt Jämställdhetsmyndigheten att ..."): the actors up to the
  // first other word.
  std::vector<std::size_t> assignees_from;
  // Byte offset of the word right after the obligation: in "För att nå mål 2
  // ska Polisen genomföra ..." the subject follows "ska" (a fronted
  // adverbial); nullopt without an obligation.
  std::optional<std::size_t> after_obligation;
  // The goals the sentence names as those it serves, in order: after a
  // goal_reference phrase ("För att nå mål 2 ska ...", "kopplat till mål 1
  // och 3"), in brackets ("(mål 1 och 4)", "[6.2]") or leading it ("6.2
  // Antal anmälda brott ..."); empty without one.
  std::vector<GoalReference> goal_references;
  // The sentence is nothing but a goal_reference phrase and the goals'
  // numbers ("Kopplat till mål: 2"): a line that says which goal the block
  // above it serves.
  bool reference_only = false;
  // Byte offset (in the sentence) of a bracketed reference that ends it
  // ("... varje år (mål 1 och 4)."): the element's words end before it.
  std::optional<std::size_t> reference_tail;
  // "Totalt deltog 164 skolkuratorer": a figure right after an active past
  // verb. With nobody named before the verb the figure is its subject: what
  // came of the work, not who did it.
  bool figure_after_verb = false;
  // "Uppdraget ska genomföras i samverkan med ...": who carries out the plan
  // or assignment itself, responsible for every chain of it.
  bool whole_plan = false;
};

// The plan grammar of `rules` with each phrase list indexed by its first
// word, so that reading a sentence looks each word up once per list rather
// than comparing it with every phrase. Build one per set of rules and read a
// document's sentences with it; `rules` must outlive it. It keeps the reading
// of every sentence it has read, so that a sentence read again costs a look-up:
// one PlanGrammar per document and per thread.
class PlanGrammar {
 public:
  explicit PlanGrammar(const codebook::ChainRules& rules);
  ~PlanGrammar();
  PlanGrammar(PlanGrammar&&) noexcept;
  PlanGrammar& operator=(PlanGrammar&&) noexcept;

  // Reads `sentence`. `list_follows`: a list comes right after the sentence,
  // so that one ending in ':' leads it ("Följande insatser genomförs utan att
  // vara knutna till ett mål:").
  SentenceReading read(std::string_view sentence, bool list_follows = false) const;

  // True when `text` opens with a deed verb of rules.activity_verbs
  // ("Genomföra en kampanj mot sexköp ..."): an activity, also under a goal's
  // label.
  bool opens_with_deed(std::string_view text) const;

  // True when `text` (an indicator's words after its label) opens with a
  // phrase of rules.pending_indicator ("tas fram under 2025"): no indicator.
  bool is_pending_indicator(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

// True when `text` (a heading) names one of rules.other_topics ("Mäns våld
// mot kvinnor, hedersrelaterat våld och förtryck samt prostitution och
// människohandel" names honour-related violence beside the topic).
bool names_other_topic(const codebook::ChainRules& rules, std::string_view text);

// PlanGrammar(rules).read(sentence, list_follows): for a sentence or two.
SentenceReading read_sentence(const codebook::ChainRules& rules, std::string_view sentence,
                              bool list_follows = false);

}  // namespace goalchain::chain
