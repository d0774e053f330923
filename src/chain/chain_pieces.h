// What a chain is built from: pieces of segments with the role each plays,
// elements made of one piece or of pieces run on across a page break, and a
// chain under construction (Draft) with the elements of each role.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/chain/plan_grammar.h"
#include "goalchain/document/document.h"
#include "hit_index.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::chain {

// A stretch of one segment with the role it plays.
struct Piece {
  const document::Segment* segment = nullptr;
  std::optional<Role> role;
  std::size_t begin = 0;    // bytes in segment->text
  std::size_t end = 0;
  std::size_t content = 0;  // where the element's words start (after a field label)
  bool measured = false;    // an indicator read from a follow-up with a measure
  bool result = false;      // a follow-up that reports what came of the work
  bool inert = false;       // a deadline, the plan itself, a recommendation: joins nothing
  bool lead_in = false;     // "Länsstyrelsen ska:": leads the list under it
  std::optional<Role> lead_role;  // a lead-in's: the role its list items take
  bool for_goal = false;    // an activity set where a goal stands ("Mål 3: Genomföra ..."): its own chain
  bool whole_plan = false;  // who carries out the plan itself: responsible for every chain
  bool decided = false;     // a clause of a decision in minutes ("att ge förvaltningen i uppdrag att ...")
  bool question = false;    // "Vad ska göras?": no element, heads what answers it
  bool ends_question = false;  // "Finns det risker?": a question of no part ends the one above
  std::optional<Role> question_role;  // a question's: the role of its answers
  bool answers_question = false;      // its role is the question's above it
  // "För att nå mål 2 ...", "(mål 1 och 4)": the goals it serves; empty: none.
  std::vector<GoalReference> goal_references;
  // The lead-in above a list item: its actors are responsible for the item.
  const document::Segment* lead_segment = nullptr;
  std::size_t lead_begin = 0;
  std::size_t lead_end = 0;
};

// A piece of `segment` from `begin` to `end` whose words start at `begin`.
Piece piece_of(const document::Segment& segment, std::optional<Role> role, std::size_t begin,
               std::size_t end);

// The piece's words, after its field label.
std::string_view piece_text(const Piece& piece);

// The lead-in above a list item as a piece of its own.
Piece lead_in_of(const Piece& item);

// One element: its first piece and the pieces it runs on into.
struct Element {
  std::vector<Piece> parts;
  const Piece& first() const { return parts.front(); }
};

// The element as results.json shows it: its words without a field label,
// pieces joined with a space.
ChainElement element_of(const Element& element);

// A chain under construction, with the pieces each element came from.
struct Draft {
  Chain chain;
  std::string number;  // the goal's number ("2.1" of "Delmål 2.1"); empty: none
  std::vector<Element> goal, activities, indicators, responsibility, follow_up;

  // The list of a role's elements; nullptr for problems, which are the plan's.
  std::vector<Element>* list_of(Role role);
};

// Calls fn(piece, hit) for each hit in the elements' words.
template <typename Fn>
void each_hit(HitIndex& index, std::span<const Element> elements, Fn&& fn) {
  for (const Element& element : elements) {
    for (const Piece& piece : element.parts) {
      for (const auto& hit : index.between(*piece.segment, piece.content, piece.end)) {
        fn(piece, hit);
      }
    }
  }
}

// The text without leading and trailing blanks.
std::string trimmed(std::string_view text);

// True when the text ends a sentence (or a label line), so that a paragraph on
// the next page starts afresh.
bool ends_sentence(std::string_view text);

// True when `section` is `outer` or lies below it.
bool within(const std::vector<std::string>& section, const std::vector<std::string>& outer);

bool contains(const std::vector<std::string>& words, const std::string& word);

}  // namespace goalchain::chain
