// The role each sentence of a segment plays in a chain: from a field label,
// else from the codes that fire in it, read by the plan grammar
// (docs/chains.md, "How a chain is found").
#pragma once

#include "chain_pieces.h"
#include "goalchain/chain/plan_grammar.h"
#include "goalchain/codebook/chain_rules.h"
#include "hit_index.h"
#include "resolved_rules.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace goalchain::chain {

// Where a segment stands, as far as its sentences' roles go.
struct SegmentPlace {
  bool yaml = false;              // a YAML-coded document: its structure is given
  bool problem_section = false;   // under a problem heading ("Lägesbild")
  bool preamble_section = false;  // right under a preamble heading ("Inledning")
  bool list_follows = false;      // a list item comes next
  // The role of a heading right above that is only a field label ("Åtgärder",
  // "Actions"): what stands under it is of that role unless it says otherwise.
  std::optional<Role> label_heading;
  // The question label above in the section ("Vad ska göras?"): set with
  // `question_role`, the role of what answers it (nullopt: no element).
  bool under_question = false;
  std::optional<Role> question_role;
};

// The role a sentence plays by its codes (`hits`, those of the sentence): an
// indicator word makes an indicator, and so does a follow-up with a measure
// (`measured` is then set); then follow-up, responsibility, goal, activity and
// problem, in that order.
std::optional<Role> role_of_sentence(const ResolvedRules& r, std::span<const codebook::Hit> hits,
                                     bool& measured);

// A measurable term ("Antal", "Number of") is among the first two words of
// text[begin, end); `hits` are the codes of that span.
bool opens_with_measure(const ResolvedRules& r, std::span<const codebook::Hit> hits, std::string_view text,
                        std::size_t begin, std::size_t end);

// The role of a YAML-coded element's kind; nullopt for headings and prose.
std::optional<Role> role_of_kind(document::SegmentKind kind);

class SentenceRoles {
 public:
  // All four must outlive the reader.
  SentenceRoles(const codebook::ChainRules& rules, const PlanGrammar& grammar,
                const ResolvedRules& r, HitIndex& index)
      : rules_(rules), grammar_(grammar), r_(r), index_(index) {}

  // The pieces of one segment: the whole of a YAML element, a heading, or one
  // piece per sentence of running text (a field label decides the first one's
  // role). Prose in a YAML-coded document gives no elements. A role-less
  // sentence under a problem heading is a problem description; goals and
  // activities in a preamble are none.
  std::vector<Piece> pieces_of(const document::Segment& segment, const SegmentPlace& place) const;

  // The role of a sentence by its codes and the plan grammar: the grammar
  // decides between goal and activity ("ska minska" / "ska genomföra"), and
  // says what is no element or a lead-in; indicators, responsibility and
  // follow-up stay as their codes say.
  void read(std::span<const codebook::Hit> hits, std::string_view sentence, bool list_follows,
            Piece& piece) const;

  // The reading of bytes [begin, end) of `segment` by themselves, as a table
  // cell is read.
  Piece read_cell(const document::Segment& segment, std::size_t begin, std::size_t end) const;

 private:
  // True when the sentence's codes make it a follow-up that names no measure.
  bool follow_up_without_measure(const document::Segment& segment, const document::SentenceSpan& span) const;

  // The role of a sentence with no field label under a label heading of role
  // `heading` (SegmentPlace::label_heading); `first`: the segment's first.
  void under_label_heading(Role heading, std::string_view sentence, bool first, Piece& piece) const;
  bool dashed_measure(std::string_view sentence, std::size_t content) const;
  bool opens_with_measure(const document::Segment& segment, std::size_t begin, std::size_t end) const;

  // True when `sentence` names activities by their label and then the plan
  // itself (rules.work_itself): "alla insatser i planen", "åtgärderna i
  // handlingsplanen".
  bool names_plan_tasks(std::string_view sentence) const;

  const codebook::ChainRules& rules_;
  const PlanGrammar& grammar_;
  const ResolvedRules& r_;
  HitIndex& index_;
};

}  // namespace goalchain::chain
