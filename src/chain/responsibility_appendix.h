// Who does what, set apart from the goals: a section of roles ("Bilaga 1.
// Ansvarsfördelning", "Roller och ansvar") whose lines name a task and who
// does it ("Samtalsstöd: socialnämnden i samverkan med Kvinnojouren."). Each
// line is the responsibility of the chains whose activities it names best
// (docs/chains.md, "Responsibility set apart").
#pragma once

#include "chain_pieces.h"
#include "goalchain/codebook/chain_rules.h"
#include "goalchain/document/document.h"
#include "hit_index.h"
#include "resolved_rules.h"

#include <cstddef>
#include <string>
#include <vector>

namespace goalchain::chain {

class ResponsibilityAppendix {
 public:
  // All three must outlive the appendix.
  ResponsibilityAppendix(const codebook::ChainRules& rules, const ResolvedRules& r, HitIndex& index)
      : rules_(rules), r_(r), index_(index) {}

  // True when `segment` stands in a section of roles (a heading above it
  // names one of rules.responsibility_sections), or answers a question of
  // who does what (`answers_roles`: "Vem gör vad i projektet?"), and holds
  // lines "task: actors" or sentences "Actor ansvarar för task, task och
  // task": they are kept, and the chain finder reads no element from it.
  bool take(const document::Segment& segment, bool answers_roles = false);

  // Gives each line kept to the chains whose activities share the most of
  // its task's words (at least half), as a responsibility element of each.
  // Linear in the words of the lines and the activities: a word that half
  // the activities share says nothing and is not looked up.
  void assign(std::vector<Draft>& drafts) const;

 private:
  struct Line {
    std::vector<std::string> task;  // the task's words, as keys
    Piece who;                      // after the colon: a responsibility
  };

  bool in_roles_section(const document::Segment& segment) const;
  // "Stödpersonerna ansvarar för stödsamtalen, samtalsgruppen och det
  // uppsökande arbetet": a line per task, the one word before the
  // responsibility term who; false when `span` is no such sentence.
  bool take_tasks_of(const document::Segment& segment, const document::SentenceSpan& span);

  const codebook::ChainRules& rules_;
  const ResolvedRules& r_;
  HitIndex& index_;
  std::vector<Line> lines_;
};

// The key a word is compared by: its first bytes, so that "samtalsstöd" and
// "samtal", "frågor" and "fråga" meet; empty for a short or linking word.
std::string task_word_key(const std::string& folded, const std::vector<std::string>& linking_words);

}  // namespace goalchain::chain
