#include "sentence_roles.h"

#include "decision_clauses.h"
#include "goalchain/document/field_labels.h"
#include "goalchain/document/sentence_splitter.h"
#include "goalchain/util/word_tokens.h"
#include "nominal_goal_heading.h"
#include "question_labels.h"
#include "section_labels.h"

#include <algorithm>
#include <set>
#include <utility>

namespace goalchain::chain {

using document::Segment;
using document::SegmentKind;

std::optional<Role> role_of_sentence(const ResolvedRules& r, std::span<const codebook::Hit> hits,
                                     bool& measured) {
  std::set<Role> roles;
  bool measure = false;
  bool indicator_word = false;
  std::set<std::pair<std::uint32_t, std::uint32_t>> measure_spans;
  for (const auto& hit : hits) {
    if (r.measurable && hit.code == *r.measurable) {
      measure = true;
      measure_spans.emplace(hit.begin, hit.end);
    }
  }
  for (const auto& hit : hits) {
    const auto it = r.role_of_code.find(hit.code);
    if (it == r.role_of_code.end()) continue;
    if (it->second == Role::indicator) {
      // A measurable word ("antal") is a measure, not an indicator word.
      if (measure_spans.contains({hit.begin, hit.end})) continue;
      indicator_word = true;
    }
    roles.insert(it->second);
  }
  measured = false;
  if (indicator_word) return Role::indicator;
  if (roles.contains(Role::follow_up) && measure) {
    measured = true;
    return Role::indicator;
  }
  for (const Role role :
       {Role::follow_up, Role::responsibility, Role::goal, Role::activity, Role::problem}) {
    if (roles.contains(role)) return role;
  }
  return std::nullopt;
}

bool opens_with_measure(const ResolvedRules& r, std::span<const codebook::Hit> hits, std::string_view text,
                        std::size_t begin, std::size_t end) {
  constexpr std::size_t kOpeningWords = 2;
  if (!r.measurable) return false;
  const auto words = util::tokenize_words(text.substr(begin, end - begin));
  const std::size_t limit = begin + (words.size() > kOpeningWords ? words[kOpeningWords].begin : end - begin);
  return std::any_of(hits.begin(), hits.end(), [&](const codebook::Hit& hit) {
    return hit.code == *r.measurable && hit.begin >= begin && hit.begin < limit;
  });
}

void SentenceRoles::read(std::span<const codebook::Hit> hits, std::string_view sentence,
                         bool list_follows, Piece& piece) const {
  const ResolvedRules& r = r_;
  const SentenceReading reading = grammar_.read(sentence, list_follows);
  piece.goal_references = reading.goal_references;
  // "... varje år (mål 1 och 4),": the reference says which goal, it is no
  // part of what is done, and its words ("mål") give no role.
  if (reading.reference_tail) {
    std::size_t end = piece.begin + *reading.reference_tail;
    while (end > piece.content && piece.segment->text[end - 1] == ' ') --end;
    if (end > piece.content) piece.end = end;
    const auto before = std::find_if(hits.begin(), hits.end(), [&](const auto& hit) { return hit.begin >= end; });
    hits = hits.first(static_cast<std::size_t>(before - hits.begin()));
  }
  const std::optional<Role> coded = role_of_sentence(r, hits, piece.measured);
  piece.role = coded;
  if (reading.lead_in) {
    piece.role.reset();
    piece.lead_in = true;
    // "Målet är att:" leads goals; "Länsstyrelsen ska:" and "Insatser som
    // genomförs utan koppling till ett mål:" lead tasks.
    const bool names_tasks = std::any_of(hits.begin(), hits.end(), [&](const auto& hit) {
      const auto it = r.role_of_code.find(hit.code);
      return it != r.role_of_code.end() && it->second == Role::activity;
    });
    // "Förvaltningen föreslår två mål för arbetet:" names goals by their
    // label and no task's: it leads goals too.
    bool goal_label = false;
    bool task_label = false;
    bool indicator_label = false;
    for (const auto& word : util::tokenize_words(sentence)) {
      const auto label = role_of_label(rules_, word.folded);
      goal_label = goal_label || label == Role::goal;
      task_label = task_label || label == Role::activity;
      indicator_label = indicator_label || label == Role::indicator;
    }
    // "Partnerskapet följs upp med följande indikatorer:", "Vi följer upp
    // målen med följande mått:" name indicators by their label and no task's:
    // they lead indicators.
    if (indicator_label && !task_label && !names_tasks) {
      piece.lead_role = Role::indicator;
      return;
    }
    const bool leads_goals = coded == Role::goal || (goal_label && !task_label);
    piece.lead_role = leads_goals && !reading.subject_end && !names_tasks ? Role::goal : Role::activity;
    // "Funktionen består av tre tjänster:": a lead-in that names no goal, no
    // task and no deed describes; its items take no role from it.
    if (!leads_goals && !names_tasks && !task_label && !reading.lead_names_deeds) piece.lead_role.reset();
    return;
  }
  // "Resultat: ..." is follow-up whatever its codes say: figures of what was
  // done are no indicator.
  if (reading.result) {
    piece.role = Role::follow_up;
    piece.measured = false;
    piece.result = true;
    return;
  }
  if (reading.not_an_element) {
    piece.role.reset();
    piece.inert = true;
    return;
  }
  // An assessment describes the situation, whatever its verbs say was done
  // or is to happen.
  if (reading.assessment) {
    if (piece.role == Role::goal || piece.role == Role::activity) piece.role = Role::problem;
    return;
  }
  // "Totalt deltog 164 skolkuratorer": the figure is who took part, a result;
  // "Länsstyrelsen genomförde 12 utbildningar" names who did it.
  if (reading.figure_after_verb && reading.subject_end &&
      std::none_of(hits.begin(), hits.end(), [&](const codebook::Hit& hit) {
        return r.is_actor(hit) && hit.begin < piece.begin + *reading.subject_end;
      })) {
    piece.role = Role::follow_up;
    piece.measured = false;
    piece.result = true;
    return;
  }
  const bool kept = coded == Role::indicator || coded == Role::responsibility ||
                    coded == Role::follow_up;
  if (!kept && reading.role) piece.role = reading.role;
  // "För att nå dit ska skolan ta upp ...": done for the goal before it.
  if (reading.serves_goal_before && piece.role == Role::goal) piece.role = Role::activity;
  piece.whole_plan = reading.whole_plan && piece.role == Role::responsibility;
  // "Fältgruppen ansvarar för alla insatser i planen": who answers for the
  // plan's activities, every one of them.
  if (piece.role == Role::responsibility && !piece.whole_plan) piece.whole_plan = names_plan_tasks(sentence);
  if ((reading.no_goal && (piece.role == Role::goal || piece.role == Role::activity)) ||
      (reading.about_plan && piece.role == Role::responsibility)) {
    piece.role.reset();
    piece.inert = true;
  }
}

void SentenceRoles::under_label_heading(Role heading, std::string_view sentence, bool first,
                                        Piece& piece) const {
  // "A1.3 Information to hotels about the law." under "Actions": no role of
  // its own, the heading's. What reads as a goal there ("Run a campaign
  // aimed at ...", "The outreach teams will extend their evening work to
  // ...") is one of the actions the heading lists (a goal has its label),
  // and so is a deed opening the sentence ("Hold joint case reviews ...",
  // coded a follow-up).
  if (!piece.role) {
    if (first) piece.role = heading;  // a later sentence goes on with the first
    return;
  }
  if (heading != Role::activity) return;
  if (piece.role == Role::goal ||
      (piece.role == Role::follow_up &&
       grammar_.opens_with_deed(sentence.substr(after_item_number(sentence))))) {
    piece.role = Role::activity;
    piece.measured = false;
  }
}

// The number after a label ("Mål 2.1 –": "2.1"); empty without one.
std::string labelled_number(std::string_view label) {
  std::string number;
  const auto words = util::tokenize_words(label);
  for (std::size_t w = 1; w < words.size() && (w == 1 ? is_label_number(label, words[w]) : is_number(words[w].folded));
       ++w) {
    if (!number.empty()) number += '.';
    number += words[w].folded;
  }
  return number;
}

// True when a dash stands between the label and `content`, and no
// obligation word follows.
bool SentenceRoles::dashed_measure(std::string_view sentence, std::size_t content) const {
  const std::string_view before = sentence.substr(0, content);
  if (before.find("–") == std::string_view::npos && before.find(" - ") == std::string_view::npos) return false;
  const auto words = util::tokenize_words(sentence.substr(content));
  return std::none_of(words.begin(), words.end(), [&](const util::WordToken& word) {
    return contains(rules_.obligation_words, word.folded);
  });
}

// True when a measurable term ("antal", "andel") is among the first two
// words from `begin`.
bool SentenceRoles::opens_with_measure(const Segment& segment, std::size_t begin, std::size_t end) const {
  constexpr std::size_t kOpeningWords = 2;
  const auto words = util::tokenize_words(std::string_view(segment.text).substr(begin, end - begin));
  if (words.empty()) return false;
  const std::size_t limit = begin + words[std::min(words.size(), kOpeningWords) - 1].end;
  const auto hits = index_.between(segment, begin, limit);
  return std::any_of(hits.begin(), hits.end(), [&](const codebook::Hit& hit) { return r_.is_measurable(hit); });
}

std::optional<Role> role_of_kind(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::problem:
      return Role::problem;
    case SegmentKind::goal:
      return Role::goal;
    case SegmentKind::activity:
      return Role::activity;
    case SegmentKind::indicator:
      return Role::indicator;
    case SegmentKind::responsible:
      return Role::responsibility;
    case SegmentKind::follow_up:
      return Role::follow_up;
    default:
      return std::nullopt;
  }
}

namespace {

// The number of the words before `end` ("Mål 2.1 –" gives "2.1"); empty
// without one.
std::string numbers_before(std::string_view sentence, std::size_t end) {
  std::string number;
  for (const auto& word : util::tokenize_words(sentence.substr(0, end))) {
    if (!is_label_number(sentence, word)) continue;
    if (!number.empty()) number += '.';
    number += word.folded;
  }
  return number;
}

}  // namespace

std::vector<Piece> SentenceRoles::pieces_of(const Segment& segment, const SegmentPlace& place) const {
  const codebook::ChainRules& rules = rules_;
  const bool yaml = place.yaml;
  const bool list_follows = place.list_follows;
  const std::string_view text = segment.text;
  if (auto role = role_of_kind(segment.kind)) {
    return {piece_of(segment, role, 0, text.size())};
  }
  if (segment.kind == SegmentKind::heading) {
    Piece piece = piece_of(segment, std::nullopt, 0, text.size());
    if (auto content = goal_heading(rules, text); content && !yaml) {
      piece.for_goal = grammar_.opens_with_deed(text.substr(*content));
      piece.role = piece.for_goal ? Role::activity : Role::goal;
      piece.content = *content;
    } else if (auto nominal = nominal_goal_heading(rules, text); nominal && !yaml) {
      piece.role = Role::goal;
      piece.content = *nominal;
    }
    return {piece};
  }
  if (segment.kind == SegmentKind::footnote || segment.kind == SegmentKind::contents || yaml) return {};
  // Every sentence is read: the plan grammar finds activities that no code
  // marks ("Polisen ska genomföra insatsveckor.", "... bildades 2018.").
  // A label alone on a line above the segment ("Indikatorer:") labels it.
  // Assigned, not initialised by ?:, for GCC 12's false -Wmaybe-uninitialized.
  std::optional<Role> label_role;
  if (!segment.label.empty()) label_role = role_of_label(rules, segment.label);
  // "Mål 1 – antal ..." under "Indikatorer:" names the goal of an indicator.
  const Role above =
      segment.label.empty() ? Role::goal : role_of_label(rules, segment.label).value_or(Role::goal);
  std::vector<Piece> pieces;
  auto spans = segment.sentences.empty() ? document::split_sentences(text) : segment.sentences;
  if (spans.empty()) spans.push_back({0, text.size()});
  // "Mål 1. Fler sexköp ska upptäckas.": the label and its number parted
  // from the goal they number are one sentence with it.
  for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
    if (!is_bare_numbered_label(rules, text.substr(spans[i].begin, spans[i].end - spans[i].begin))) continue;
    spans[i].end = spans[i + 1].end;
    spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
  // "Kampanj mot sexköp [6.2] Ansvar: Länsstyrelsen": a field label within a
  // sentence opens a piece of its own, as at the start of a line.
  std::vector<bool> labelled(spans.size(), false);
  labelled[0] = true;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const auto sentence = text.substr(spans[i].begin, spans[i].end - spans[i].begin);
    auto at = inline_labels(rules, sentence);
    if (const auto tail = question_tail(rules, sentence)) {
      at.insert(std::upper_bound(at.begin(), at.end(), *tail), *tail);
    }
    if (at.empty()) continue;
    const std::size_t begin = spans[i].begin;
    const std::size_t end = spans[i].end;
    std::vector<document::SentenceSpan> split;
    std::size_t from = begin;
    for (const std::size_t offset : at) {
      std::size_t cut = begin + offset;
      while (cut > from && text[cut - 1] == ' ') --cut;
      if (cut > from) split.push_back({from, cut});
      from = begin + offset;
    }
    split.push_back({from, end});
    spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(i));
    spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(i), split.begin(), split.end());
    labelled.insert(labelled.begin() + static_cast<std::ptrdiff_t>(i) + 1, split.size() - 1, true);
    i += split.size() - 1;
  }
  // "Socialnämnden beslutar att ge ... , att uppdra åt ... , samt att ...":
  // the lead is no element, each clause is read on its own and one with no
  // role of its own ("att avslå yrkandet") continues nothing.
  enum class Decision { none, lead, clause };
  std::vector<Decision> decision(spans.size(), Decision::none);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const auto clauses =
        decision_clauses(rules, text.substr(spans[i].begin, spans[i].end - spans[i].begin));
    if (clauses.empty()) continue;
    const std::size_t begin = spans[i].begin;
    std::vector<document::SentenceSpan> split{{begin, begin + clauses.front().first}};
    std::vector<Decision> kinds{Decision::lead};
    for (const auto& [from, to] : clauses) {
      split.push_back({begin + from, begin + to});
      kinds.push_back(Decision::clause);
    }
    spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(i));
    spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(i), split.begin(), split.end());
    decision.erase(decision.begin() + static_cast<std::ptrdiff_t>(i));
    decision.insert(decision.begin() + static_cast<std::ptrdiff_t>(i), kinds.begin(), kinds.end());
    labelled.insert(labelled.begin() + static_cast<std::ptrdiff_t>(i) + 1, split.size() - 1, false);
    i += split.size() - 1;
  }
  std::optional<QuestionLabel> question;
  if (place.under_question) question = QuestionLabel{place.question_role};
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const auto sentence = text.substr(spans[i].begin, spans[i].end - spans[i].begin);
    Piece piece = piece_of(segment, std::nullopt, spans[i].begin, spans[i].end);
    if (decision[i] == Decision::lead) {
      piece.inert = true;
      pieces.push_back(piece);
      continue;
    }
    // "Vad ska göras?": heads the sentences after it, here and below.
    if (auto asked = question_label(rules, sentence)) {
      piece.inert = true;
      piece.question = true;
      piece.question_role = asked->role;
      question = asked;
      pieces.push_back(piece);
      continue;
    }
    // "Finns det risker i projektet?" under "Vem gör vad?": a question that
    // asks for no part of a goal ends the one above; it is no element.
    if (question && document::is_question_line(sentence)) {
      question.reset();
      piece.inert = true;
      piece.ends_question = true;
      pieces.push_back(piece);
      continue;
    }
    // Assigned, not initialised by ?:, which makes GCC 12 warn (falsely) that
    // the pair may be used uninitialised.
    std::optional<std::pair<Role, std::size_t>> label;
    if (labelled[i]) label = field_label(rules, sentence);
    // "Delmål 1.2 Efterfrågan ... ska minska." opens a goal without a colon,
    // also right after a list under "Indikatorer:" (or run on into its item).
    const bool numbered = !label;
    if (!label) label = numbered_label(rules, sentence);
    // "Åtgärder:" over "Hälso- och sjukvården ska:" and its list: the lead-in
    // leads the list, the label line above does not make it an activity.
    // "Rektorerna utvärderar planen varje år ..." under "Indikatorer:" is a
    // follow-up that names no measure: no indicator, whatever the label above.
    if (!label && i == 0 && label_role &&
        !grammar_.read(sentence, list_follows && i + 1 == spans.size()).lead_in &&
        !(above == Role::indicator && follow_up_without_measure(segment, spans[i]))) {
      label = std::make_pair(*label_role, std::size_t{0});
    }
    // "Mål 1 – antal orosanmälningar ..." under "Indikatorer:": the goal's
    // label and number say which goal the item of the label above serves.
    if (label && label->first == Role::goal && above != Role::goal && above != Role::problem) {
      const std::size_t after = sentence.find_first_not_of(" –-:", label->second);
      const std::string_view label_text = sentence.substr(0, label->second);
      auto number = numbers_before(sentence, label->second);
      // A dash after the number: "Delmål 1.2 Efterfrågan ... ska minska."
      // run on into the list is the next goal.
      if (!number.empty() &&
          (label_text.find("–") != std::string_view::npos || label_text.find(" - ") != std::string_view::npos)) {
        piece.goal_references = {GoalReference{std::move(number), GoalReference::Form::named}};
        label->first = above;
        label->second = after == std::string_view::npos ? sentence.size() : after;
      }
    }
    // "Mål A följs upp genom enkäten: andelen ...": a goal's label and number
    // over words the codes read as follow-up, with no obligation ("Mål 3
    // Uppföljningen ska förbättras" is a goal), says how that goal is
    // followed up; it states no goal.
    if (numbered && label && label->first == Role::goal &&
        !grammar_.read(sentence.substr(label->second)).subject_end) {
      bool measured = false;
      const auto coded = role_of_sentence(r_, index_.between(segment, spans[i].begin + label->second, spans[i].end),
                                          measured);
      if (auto number = numbers_before(sentence, label->second);
          !number.empty() && (coded == Role::indicator || coded == Role::follow_up)) {
        piece.goal_references = {GoalReference{std::move(number), GoalReference::Form::named}};
        label->first = *coded;
      }
    }
    // "Mål 4.3.3 Genomföra en kampanj ...": an activity set as a goal.
    if (label && label->first == Role::goal &&
        grammar_.opens_with_deed(sentence.substr(label->second))) {
      label->first = Role::activity;
      piece.for_goal = true;
    }
    // "Indikatorer:" over "Mål 1 – antal orosanmälningar ...": under an
    // indicator's label, or a question of how the goals are measured ("Hur
    // vet ni om ni har nått målen?" over "Mål 1: antal ..."), a goal's label
    // and number over a measure is that goal's indicator; so is one whose
    // number a dash parts from a measure with no obligation ("Mål 2 – andel
    // elever som ..."; "Mål 2: Andelen ... ska öka" is a goal).
    if (label && label->first == Role::goal &&
        (label_role == Role::indicator || place.label_heading == Role::indicator ||
         (question && question->role == Role::indicator) || dashed_measure(sentence, label->second))) {
      const std::string number = labelled_number(sentence.substr(0, label->second));
      if (!number.empty() && opens_with_measure(segment, spans[i].begin + label->second, spans[i].end)) {
        label->first = Role::indicator;
        piece.goal_references.push_back({number, GoalReference::Form::named});
      }
    }
    if (label) {
      piece.role = label->first;
      piece.content = spans[i].begin + label->second;
      // "Lead: Education Administration | Timeline: 2025": the row's next cell
      // is no part of the element.
      piece.end = std::max(piece.content, spans[i].begin + cell_end(rules, sentence));
      // "Aktiviteter:", "Actions:" alone before a list: a lead-in that gives
      // its role to the items, no element of its own.
      if (list_follows && i + 1 == spans.size() && trimmed(piece_text(piece)).empty()) {
        piece.lead_in = true;
        piece.lead_role = piece.role;
        piece.role.reset();
        pieces.push_back(piece);
        continue;
      }
      // "Indikator: tas fram under 2025" names no indicator yet; "Indikator:
      // –", "Ansvar: -" name none: a dash for an empty field, as in a table.
      const std::string value = trimmed(piece_text(piece));
      if ((label->first == Role::indicator && grammar_.is_pending_indicator(value)) ||
          (!value.empty() && util::count_words(value) == 0)) {
        piece.role.reset();
        piece.inert = true;
        pieces.push_back(piece);
        continue;
      }
      // "Uppföljning: antalet ärenden ...", "How we will know" over "Number of
      // referrals made": the label says it is a follow-up, so a measure
      // alone makes it an indicator.
      if (label->first == Role::follow_up) {
        bool measured = false;
        const auto hits = index_.between(segment, piece.content, piece.end);
        if (role_of_sentence(r_, hits, measured) == Role::indicator) {
          piece.role = Role::indicator;
          piece.measured = measured;
        } else if (std::any_of(hits.begin(), hits.end(), [&](const codebook::Hit& hit) {
                     return r_.measurable && hit.code == *r_.measurable;
                   })) {
          piece.role = Role::indicator;
          piece.measured = true;
        }
      }
    } else {
      read(index_.between(segment, spans[i].begin, spans[i].end), sentence,
           list_follows && i + 1 == spans.size(), piece);
      // A problem section describes the situation: what it says was done or
      // should be ("Stödet är ojämnt fördelat") is part of the description.
      const bool describes = !piece.role || piece.role == Role::goal ||
                             piece.role == Role::activity || piece.role == Role::problem;
      if (place.problem_section && describes && !piece.inert && !piece.lead_in) {
        piece.role = Role::problem;
      }
      if (place.label_heading && !piece.inert && !piece.lead_in) {
        // "Grundskolenämnden och utbildningsnämnden inför ...": a later
        // sentence that opens with its doer is a deed of its own.
        const auto hits = index_.between(segment, spans[i].begin, spans[i].end);
        const std::size_t blank = sentence.find_first_not_of(" \t\n");
        const bool opens_with_actor =
            blank != std::string_view::npos && std::any_of(hits.begin(), hits.end(), [&](const codebook::Hit& hit) {
              return r_.is_actor(hit) && hit.begin == spans[i].begin + blank;
            });
        under_label_heading(*place.label_heading, sentence, i == 0 || opens_with_actor, piece);
      }
      if (question) {
        const auto hits = index_.between(segment, spans[i].begin, spans[i].end);
        const bool measure = r_.measurable && std::any_of(hits.begin(), hits.end(), [&](const auto& hit) {
                               return hit.code == *r_.measurable;
                             });
        answer_question(*question, measure, piece);
      }
    }
    if (decision[i] == Decision::clause) {
      piece.decided = true;
      if (!piece.role && !piece.lead_in) piece.inert = true;
    }
    // An introduction or summary presents the plan: the goals and tasks it
    // names are stated (again) where the plan states them.
    if (place.preamble_section && (piece.role == Role::goal || piece.role == Role::activity)) {
      piece.role.reset();
      piece.inert = true;
    }
    pieces.push_back(piece);
  }
  return pieces;
}

bool SentenceRoles::names_plan_tasks(std::string_view sentence) const {
  std::vector<std::string> words;
  for (const auto& word : util::tokenize_words(sentence)) words.push_back(word.folded);
  bool tasks = false;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (tasks && codebook::phrase_at(rules_.work_itself, words, w)) return true;
    tasks = tasks || role_of_label(rules_, words[w]) == Role::activity;
  }
  return false;
}

bool SentenceRoles::follow_up_without_measure(const Segment& segment, const document::SentenceSpan& span) const {
  bool measured = false;
  return role_of_sentence(r_, index_.between(segment, span.begin, span.end), measured) == Role::follow_up;
}

Piece SentenceRoles::read_cell(const Segment& segment, std::size_t begin, std::size_t end) const {
  Piece piece = piece_of(segment, std::nullopt, begin, end);
  read(index_.between(segment, begin, end),
       std::string_view(segment.text).substr(begin, end - begin), false, piece);
  return piece;
}

}  // namespace goalchain::chain
