// A goal → activity → indicator → responsibility chain: one goal of a plan with
// what is to be done, how it is measured and who is responsible.
#pragma once

#include "goalchain/codebook/chain_rules.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::chain {

// The parts of a chain the report's analysts looked for.
using Role = codebook::ChainRole;
using codebook::to_string;

// Where one piece of an element's words stands.
struct ElementPart {
  std::string text;        // as in the segment's text
  std::string segment_id;
  int page = 0;            // that segment's page and first line
  int line = 0;
};

// One element of a chain and where it stands.
struct ChainElement {
  std::string text;        // the element's words, without a field label such as "Mål:"
  std::string segment_id;  // the segment it starts in
  int page = 0;            // that segment's page and first line
  int line = 0;
  // When the element runs on into another segment (a paragraph continued after
  // a page break): each piece, the first included. `text` is their texts
  // joined with single spaces. Empty for an element of one piece.
  std::vector<ElementPart> parts;
};

// A responsible actor, normalised to the codebook's actor code.
struct ResponsibleActor {
  std::string code;   // "actor.police"; empty when no actor code matched
  std::string label;  // the code's label: "Polisen"; empty with the code
  std::string raw;    // the words in the plan: "Polismyndigheten"
  std::string segment_id;
  int line = 0;
};

// Why a chain got a national goal or a target group: a code and the words.
struct Evidence {
  std::string code;  // "NS3", "target.sex_buyers"
  std::string term;  // the words as written
  std::string segment_id;
  int line = 0;
};

// Which of the five parts the report counted are present.
struct ChainElements {
  bool problem = false;
  bool goal = false;
  bool activity = false;
  bool indicator = false;
  bool responsibility = false;
};

struct Chain {
  std::string id;                      // "<document id>:chain-<n>", n from 1 in document order
  std::vector<std::string> section;    // headings above the goal (or first activity)
  std::vector<ChainElement> problem;   // the PMH problem description of its section(s),
                                       // else of the plan
  std::string problem_link;            // "section", "plan", or "" without a problem
  std::vector<ChainElement> goal;      // at most one; empty when the plan names no goal
  std::vector<ChainElement> activities;
  std::vector<ChainElement> indicators;
  std::vector<ResponsibleActor> responsible;
  std::vector<ChainElement> follow_up;
  std::vector<std::string> target_groups;  // target-group code ids, in codebook order
  std::vector<int> national_goals;         // 1–4, ascending
  ChainElements elements;
  int score = 0;                   // elements present, 0–5
  bool complete = false;           // all five present
  std::vector<std::string> flags;  // see docs/chains.md, in a fixed order
  std::vector<Evidence> evidence;  // national goals and target groups
  int page = 0;                    // where the chain starts
  int line = 0;
};

}  // namespace goalchain::chain
