// Which codes and words play which part in a chain. The defaults suit the
// shipped codebooks; docs/chains.md describes each.
#pragma once

#include "goalchain/chain/chain.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace goalchain::chain {

struct ChainRules {
  std::string topic = "pmh";  // only chains where this code fires are kept
  // The code whose hits mark each role in running text.
  std::vector<std::pair<Role, std::string>> role_codes = {
      {Role::problem, "problem"},
      {Role::goal, "goal"},
      {Role::activity, "activity"},
      {Role::indicator, "indicator"},
      {Role::responsibility, "responsibility"},
      {Role::follow_up, "follow_up"},
  };
  std::string actors = "actor";          // codes below this one are actors
  std::string target_groups = "target";  // codes below this one are target groups
  std::string measurable = "quality.measurable";
  std::vector<std::pair<std::string, int>> national_goals = {
      {"NS1", 1}, {"NS2", 2}, {"NS3", 3}, {"NS4", 4}};
  // Field labels that open an element ("Mål:", "Aktivitet 1.2:"), folded.
  std::vector<std::pair<std::string, Role>> field_labels = {
      {"problem", Role::problem},
      {"problembeskrivning", Role::problem},
      {"problemformulering", Role::problem},
      {"mål", Role::goal},
      {"delmål", Role::goal},
      {"målsättning", Role::goal},
      {"effektmål", Role::goal},
      {"aktivitet", Role::activity},
      {"aktiviteter", Role::activity},
      {"insats", Role::activity},
      {"insatser", Role::activity},
      {"åtgärd", Role::activity},
      {"åtgärder", Role::activity},
      {"indikator", Role::indicator},
      {"indikatorer", Role::indicator},
      {"mätetal", Role::indicator},
      {"mått", Role::indicator},
      {"ansvarig", Role::responsibility},
      {"ansvariga", Role::responsibility},
      {"ansvar", Role::responsibility},
      {"huvudansvarig", Role::responsibility},
      {"uppföljning", Role::follow_up},
  };
  // The words that make the words before them the subject of an obligation:
  // "Polisen ska utveckla ..." makes the police responsible.
  std::vector<std::string> obligation_words = {"ska", "skall", "bör"};
  // The obligation must come within this many words of the sentence start.
  int max_subject_words = 12;
  // The words after which partners in an obligation are named: "Länsstyrelsen
  // ska tillsammans med polisen ...".
  std::vector<std::string> partner_words = {"tillsammans", "med"};
  // Words that neither describe a follow-up nor name an actor.
  std::vector<std::string> linking_words = {
      "och", "samt", "av", "för", "med", "är", "sker", "ansvarar", "ansvarig", "ansvariga",
      "ansvar", "uppföljning", "uppföljningen", "följs", "följer", "upp", "som", "den", "det",
      "de", "i", "inom", "till", "genom"};
  // A follow-up with fewer words of its own than this is not described.
  int min_follow_up_words = 3;
};

// The role a field label names ("Mål", "Aktivitet 1.2", "Ansvariga", "Ansvarig
// aktör"), or nullopt. The first word decides; at most two more words and any
// numbers may follow it.
std::optional<Role> role_of_label(const ChainRules& rules, std::string_view label);

}  // namespace goalchain::chain
