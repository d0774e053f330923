#include "goalchain/chain/chain_finder.h"

#include "goalchain/chain/plan_grammar.h"
#include "goalchain/chain/table_columns.h"
#include "goalchain/document/sentence_splitter.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <tuple>

namespace goalchain::chain {
namespace {

using document::Segment;
using document::SegmentKind;

// True when `code` lies strictly below `group`.
bool is_below(const codebook::Codebook& codebook, std::size_t code,
              std::optional<std::size_t> group) {
  if (!group || code == *group) return false;
  const auto chain = codebook.ancestors_of(code);
  return std::find(chain.begin(), chain.end(), *group) != chain.end();
}

// The codebook indexes the rules refer to; codes a codebook lacks stay unset
// (lint reports them).
struct ResolvedRules {
  std::optional<std::size_t> topic;
  std::map<std::size_t, Role> role_of_code;
  std::optional<std::size_t> actors;
  std::optional<std::size_t> target_groups;
  std::optional<std::size_t> measurable;
  std::map<std::size_t, int> national_goal_of_code;
  std::vector<char> actor;         // per code: lies below rules.actors
  std::vector<char> target_group;  // per code: lies below rules.target_groups
  std::vector<char> topical;       // per code: the topic or a code below it
};

ResolvedRules resolve(const ChainRules& rules, const codebook::Codebook& codebook) {
  ResolvedRules r;
  r.topic = codebook.find(rules.topic);
  for (const auto& [role, id] : rules.role_codes) {
    if (auto index = codebook.find(id)) r.role_of_code[*index] = role;
  }
  r.actors = codebook.find(rules.actors);
  r.target_groups = codebook.find(rules.target_groups);
  r.measurable = codebook.find(rules.measurable);
  for (const auto& [id, number] : rules.national_goals) {
    if (auto index = codebook.find(id)) r.national_goal_of_code[*index] = number;
  }
  r.actor.assign(codebook.codes.size(), 0);
  r.target_group.assign(codebook.codes.size(), 0);
  r.topical.assign(codebook.codes.size(), 0);
  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    r.actor[c] = is_below(codebook, c, r.actors) ? 1 : 0;
    r.target_group[c] = is_below(codebook, c, r.target_groups) ? 1 : 0;
    // "Men who buy sex" fires thb.sexual, below the topic thb: the topic too.
    r.topical[c] = (r.topic && (c == *r.topic || is_below(codebook, c, r.topic))) ? 1 : 0;
  }
  return r;
}

// The hits of a segment ordered by where they begin, so that the hits of one
// sentence are found without scanning the whole paragraph's: a 4 MB line of
// thousands of sentences stays linear.
class HitIndex {
 public:
  std::span<const codebook::Hit> between(const Segment& segment, std::size_t begin,
                                         std::size_t end) {
    const auto& hits = sorted(segment);
    const auto first = std::lower_bound(
        hits.begin(), hits.end(), begin,
        [](const codebook::Hit& hit, std::size_t at) { return hit.begin < at; });
    const auto last = std::lower_bound(
        first, hits.end(), end,
        [](const codebook::Hit& hit, std::size_t at) { return hit.begin < at; });
    return {first, last};
  }

 private:
  // Each segment's hits are checked (and, when out of order, copied and
  // sorted) once.
  const std::vector<codebook::Hit>& sorted(const Segment& segment) {
    auto [it, fresh] = order_.try_emplace(&segment, &segment.hits);
    if (fresh) {
      auto by_begin = [](const codebook::Hit& a, const codebook::Hit& b) {
        return a.begin < b.begin;
      };
      if (!std::is_sorted(segment.hits.begin(), segment.hits.end(), by_begin)) {
        auto& copy = copies_.emplace_back(segment.hits);
        std::stable_sort(copy.begin(), copy.end(), by_begin);
        it->second = &copy;
      }
    }
    return *it->second;
  }

  std::unordered_map<const Segment*, const std::vector<codebook::Hit>*> order_;
  std::deque<std::vector<codebook::Hit>> copies_;
};

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// A stretch of one segment with the role it plays.
struct Piece {
  const Segment* segment = nullptr;
  std::optional<Role> role;
  std::size_t begin = 0;    // bytes in segment->text
  std::size_t end = 0;
  std::size_t content = 0;  // where the element's words start (after a field label)
  bool measured = false;    // an indicator read from a follow-up with a measure
  bool inert = false;       // a deadline, the plan itself, a recommendation: joins nothing
  bool lead_in = false;     // "Länsstyrelsen ska:": leads the list under it
  std::optional<Role> lead_role;  // a lead-in's: the role its list items take
  // The lead-in above a list item: its actors are responsible for the item.
  const Segment* lead_segment = nullptr;
  std::size_t lead_begin = 0;
  std::size_t lead_end = 0;
};

Piece piece_of(const Segment& segment, std::optional<Role> role, std::size_t begin,
               std::size_t end) {
  Piece piece;
  piece.segment = &segment;
  piece.role = role;
  piece.begin = begin;
  piece.end = end;
  piece.content = begin;
  return piece;
}

// One element: its first piece and the pieces it runs on into.
struct Element {
  std::vector<Piece> parts;
  const Piece& first() const { return parts.front(); }
};

std::string trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string_view piece_text(const Piece& p) {
  return std::string_view(p.segment->text).substr(p.content, p.end - p.content);
}

// A field label at the start of a text ("Mål:", "Aktivitet 1.2:", "Ansvariga:"),
// with the offset where the element's words begin.
std::optional<std::pair<Role, std::size_t>> field_label(const ChainRules& rules,
                                                         std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::nullopt;
  const auto role = role_of_label(rules, text.substr(0, colon));
  if (!role) return std::nullopt;
  std::size_t content = colon + 1;
  while (content < text.size() && text[content] == ' ') ++content;
  return std::make_pair(*role, content);
}

bool is_number(const std::string& word) {
  return !word.empty() && word.find_first_not_of("0123456789") == std::string::npos;
}

// A heading that is itself a goal: "Mål 2: Stärka samverkan", "Delmål 1.3 Ökad
// kunskap"; the offset where the goal's words begin.
std::optional<std::size_t> goal_heading(const ChainRules& rules, std::string_view text) {
  if (auto label = field_label(rules, text); label && label->first == Role::goal) {
    return label->second;
  }
  const auto words = util::tokenize_words(text);
  if (words.size() < 3 || !is_number(words[1].folded)) return std::nullopt;
  if (role_of_label(rules, words[0].folded) != Role::goal) return std::nullopt;
  std::size_t w = 1;
  while (w < words.size() && is_number(words[w].folded)) ++w;
  if (w == words.size()) return std::nullopt;
  return words[w].begin;
}

// The role a sentence plays, from the codes that fire in it (`hits`, those of
// the sentence): an indicator word makes an indicator, and so does a follow-up
// with a measure; then follow-up, responsibility, goal, activity and problem,
// in that order.
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

// The role of a sentence by its codes and the plan grammar: the grammar
// decides between goal and activity ("ska minska" / "ska genomföra"), and
// says what is no element; indicators, responsibility and follow-up stay as
// their codes say.
void read_piece(const PlanGrammar& grammar, const ResolvedRules& r,
                std::span<const codebook::Hit> hits, std::string_view sentence,
                bool list_follows, Piece& piece) {
  const std::optional<Role> coded = role_of_sentence(r, hits, piece.measured);
  piece.role = coded;
  const SentenceReading reading = grammar.read(sentence, list_follows);
  if (reading.lead_in) {
    piece.role.reset();
    piece.lead_in = true;
    // "Målet är att:" leads goals; "Länsstyrelsen ska:" and "Insatser som
    // genomförs utan koppling till ett mål:" lead tasks.
    const bool names_tasks = std::any_of(hits.begin(), hits.end(), [&](const auto& hit) {
      const auto it = r.role_of_code.find(hit.code);
      return it != r.role_of_code.end() && it->second == Role::activity;
    });
    piece.lead_role =
        coded == Role::goal && !reading.subject_end && !names_tasks ? Role::goal : Role::activity;
    return;
  }
  if (reading.not_an_element) {
    piece.role.reset();
    piece.inert = true;
    return;
  }
  const bool kept = coded == Role::indicator || coded == Role::responsibility ||
                    coded == Role::follow_up;
  if (!kept && reading.role) piece.role = reading.role;
  if ((reading.no_goal && (piece.role == Role::goal || piece.role == Role::activity)) ||
      (reading.about_plan && piece.role == Role::responsibility)) {
    piece.role.reset();
    piece.inert = true;
  }
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

// The pieces of one segment: the whole of a YAML element, a heading, or one
// piece per sentence of running text (a field label decides the first one's
// role). Prose in a YAML-coded document gives no elements: its structure is
// given. A role-less paragraph under a problem heading ("Lägesbild") is a
// problem description.
std::vector<Piece> pieces_of(const ChainRules& rules, const PlanGrammar& grammar,
                             const ResolvedRules& r, HitIndex& index,
                             const Segment& segment, bool yaml, bool problem_section,
                             bool preamble_section, bool list_follows) {
  const std::string_view text = segment.text;
  if (auto role = role_of_kind(segment.kind)) {
    return {piece_of(segment, role, 0, text.size())};
  }
  if (segment.kind == SegmentKind::heading) {
    Piece piece = piece_of(segment, std::nullopt, 0, text.size());
    if (auto content = goal_heading(rules, text); content && !yaml) {
      piece.role = Role::goal;
      piece.content = *content;
    }
    return {piece};
  }
  if (segment.kind == SegmentKind::footnote || segment.kind == SegmentKind::contents || yaml) return {};
  // Every sentence is read: the plan grammar finds activities that no code
  // marks ("Polisen ska genomföra insatsveckor.", "... bildades 2018.").
  // A label alone on a line above the segment ("Indikatorer:") labels it.
  const auto label_role = segment.label.empty() ? std::nullopt : role_of_label(rules, segment.label);
  std::vector<Piece> pieces;
  auto spans = segment.sentences.empty() ? document::split_sentences(text) : segment.sentences;
  if (spans.empty()) spans.push_back({0, text.size()});
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const auto sentence = text.substr(spans[i].begin, spans[i].end - spans[i].begin);
    Piece piece = piece_of(segment, std::nullopt, spans[i].begin, spans[i].end);
    auto label = i == 0 ? field_label(rules, sentence) : std::nullopt;
    if (!label && i == 0 && label_role) label = std::make_pair(*label_role, std::size_t{0});
    if (label) {
      piece.role = label->first;
      piece.content = spans[i].begin + label->second;
      // "Aktiviteter:", "Actions:" alone before a list: a lead-in that gives
      // its role to the items, no element of its own.
      if (list_follows && i + 1 == spans.size() && trimmed(piece_text(piece)).empty()) {
        piece.lead_in = true;
        piece.lead_role = piece.role;
        piece.role.reset();
        pieces.push_back(piece);
        continue;
      }
      // "Uppföljning: antalet ärenden ..." names a measure: an indicator.
      if (label->first == Role::follow_up) {
        bool measured = false;
        if (role_of_sentence(r, index.between(segment, piece.content, piece.end), measured) ==
            Role::indicator) {
          piece.role = Role::indicator;
          piece.measured = measured;
        }
      }
    } else {
      read_piece(grammar, r, index.between(segment, spans[i].begin, spans[i].end), sentence,
                 list_follows && i + 1 == spans.size(), piece);
      // A problem section describes the situation: what it says was done or
      // should be ("Stödet är ojämnt fördelat") is part of the description.
      const bool describes = !piece.role || piece.role == Role::goal ||
                             piece.role == Role::activity || piece.role == Role::problem;
      if (problem_section && describes && !piece.inert && !piece.lead_in) {
        piece.role = Role::problem;
      }
    }
    // An introduction or summary presents the plan: the goals and tasks it
    // names are stated (again) where the plan states them.
    if (preamble_section && (piece.role == Role::goal || piece.role == Role::activity)) {
      piece.role.reset();
      piece.inert = true;
    }
    pieces.push_back(piece);
  }
  return pieces;
}

// True when the text ends a sentence (or a label line), so that a paragraph on
// the next page starts afresh.
bool ends_sentence(std::string_view text) {
  const std::string t = trimmed(text);
  if (t.empty()) return true;
  const char last = t.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || t.ends_with("…");
}

ElementPart part_of(const Piece& piece) {
  return ElementPart{trimmed(piece_text(piece)), piece.segment->id, piece.segment->page,
                     piece.segment->line};
}

ChainElement element_of(const Element& element) {
  ElementPart first = part_of(element.first());
  ChainElement out{first.text, first.segment_id, first.page, first.line, {}};
  if (element.parts.size() == 1) return out;
  out.parts.push_back(std::move(first));
  for (std::size_t p = 1; p < element.parts.size(); ++p) {
    ElementPart part = part_of(element.parts[p]);
    if (part.text.empty()) continue;
    out.text += (out.text.empty() ? "" : " ") + part.text;
    out.parts.push_back(std::move(part));
  }
  return out;
}

bool within(const std::vector<std::string>& section, const std::vector<std::string>& outer) {
  return section.size() >= outer.size() && std::equal(outer.begin(), outer.end(), section.begin());
}

// A chain under construction, with the pieces each element came from.
struct Draft {
  Chain chain;
  std::vector<Element> goal, activities, indicators, responsibility, follow_up;

  std::vector<Element>* list_of(Role role) {
    switch (role) {
      case Role::goal:
        return &goal;
      case Role::activity:
        return &activities;
      case Role::indicator:
        return &indicators;
      case Role::responsibility:
        return &responsibility;
      case Role::follow_up:
        return &follow_up;
      case Role::problem:
        return nullptr;
    }
    return nullptr;
  }
};

class Builder {
 public:
  Builder(const document::Document& document, const codebook::Codebook& codebook,
          const ChainRules& rules)
      : document_(document),
        codebook_(codebook),
        rules_(rules),
        grammar_(rules),
        r_(resolve(rules, codebook)) {}

  std::vector<Chain> run() {
    const bool yaml = document_.format == "yaml";
    const Segment* previous = nullptr;  // the segment before, footnotes skipped
    Piece lead;                         // the lead-in of the list being read,
    bool leading = false;               // while its items follow
    const auto& segments = document_.segments;
    for (std::size_t s = 0; s < segments.size(); ++s) {
      const Segment& segment = segments[s];
      if (segment.kind == SegmentKind::footnote || segment.kind == SegmentKind::contents) continue;
      if (!yaml) {
        if (const auto last = start_table(s)) {
          s = *last;
          previous = &segments[s];
          leading = false;
          continue;
        }
        if (table_ && !in_table(segment)) table_.reset();
      }
      if (segment.kind == SegmentKind::heading) remember_heading(segment);
      if (segment.kind == SegmentKind::heading && current_) alias_label_heading(segment, previous);
      if (current_ && !within(effective(path_of(segment)), drafts_[*current_].chain.section)) {
        current_.reset();
      }
      if (segment.kind != SegmentKind::list_item) leading = false;
      const bool continues_page = !yaml && previous != nullptr &&
                                  segment.kind == SegmentKind::paragraph &&
                                  (previous->kind == SegmentKind::paragraph ||
                                   previous->kind == SegmentKind::list_item) &&
                                  segment.page > previous->page &&
                                  !ends_sentence(previous->text) &&
                                  !field_label(rules_, segment.text);
      if (table_) {
        add_table_cells(segment);
        previous = &segment;
        continue;
      }
      bool first = true;
      for (Piece& piece : pieces_of(rules_, grammar_, r_, index_, segment, yaml,
                                    !yaml && in_problem_section(segment),
                                    !yaml && in_preamble_section(segment), list_follows(s))) {
        if (first && continues_page && continue_element(piece, *previous)) {
          first = false;
          continue;
        }
        if (leading) under_lead_in(lead, piece, first);
        first = false;
        if (piece.lead_in) {
          lead = piece;
          leading = true;
          last_.reset();
          continue;
        }
        add(piece);
      }
      previous = &segment;
    }
    if (!yaml) drop_heading_goals();
    index_problems();
    std::vector<Chain> chains;
    for (auto& draft : drafts_) {
      if (!about_topic(draft)) continue;
      finish(draft);
      draft.chain.id = fmt::format("{}:chain-{}", document_.id, chains.size() + 1);
      chains.push_back(std::move(draft.chain));
    }
    return chains;
  }

 private:
  // A list item under a lead-in takes the lead-in's role when it has none of
  // its own ("utbilda och höja kompetensen ..." under "Länsstyrelsen ska:"),
  // and the lead-in's actors.
  static void under_lead_in(const Piece& lead, Piece& piece, bool first) {
    if (first && !piece.role && !piece.inert && !piece.lead_in) piece.role = lead.lead_role;
    piece.lead_segment = lead.segment;
    piece.lead_begin = lead.begin;
    piece.lead_end = lead.end;
  }

  // The folded first word of a goal's field label ("Delmål 1.1:" gives
  // "delmål"); empty without one.
  static std::string label_word(const Piece& piece) {
    if (piece.content <= piece.begin) return {};
    const auto words = util::tokenize_words(
        std::string_view(piece.segment->text).substr(piece.begin, piece.content - piece.begin));
    return words.empty() ? std::string{} : words.front().folded;
  }

  // True when `draft` is a goal with nothing of its own that heads the goal
  // of `next`: a goal heading with the next goal under it ("Mål 2. ..." over
  // "Delmål 2.1 ..."), or a goal over one labelled a level down
  // (sub_goal_labels: "Inriktningsmål: ..." over "Effektmål 1.1: ...").
  bool heads_next_goal(const Draft& draft, const Draft& next) const {
    if (draft.goal.size() != 1 || !draft.activities.empty() || !draft.indicators.empty() ||
        !draft.responsibility.empty() || !draft.follow_up.empty() || next.goal.empty() ||
        !within(next.chain.section, draft.chain.section)) {
      return false;
    }
    const Piece& goal = draft.goal.front().first();
    if (goal.segment->kind == SegmentKind::heading) return true;
    const auto& sub = rules_.sub_goal_labels;
    return contains(sub, label_word(next.goal.front().first())) && !contains(sub, label_word(goal));
  }

  // Goals that only head the goals under them are no chains: the report
  // counts the sub-goals' chains.
  void drop_heading_goals() {
    std::vector<Draft> kept;
    kept.reserve(drafts_.size());
    for (std::size_t d = 0; d < drafts_.size(); ++d) {
      if (d + 1 < drafts_.size() && heads_next_goal(drafts_[d], drafts_[d + 1])) continue;
      kept.push_back(std::move(drafts_[d]));
    }
    drafts_ = std::move(kept);
    current_.reset();
  }

  // "Lägesbild", "3. Problembeskrivning", "Bakgrund i länet", but not a
  // heading that also names another part ("Bakgrund och mål").
  // The heading's first word ("Lägesbild prostitution och människohandel"
  // starts with "Lägesbild"; numbers before it skipped), and whether none of
  // its words labels another role than `role`.
  bool opens_with_label(std::string_view heading, const std::vector<std::string>& labels,
                        std::optional<Role> role) const {
    const auto words = util::tokenize_words(heading);
    const auto first = std::find_if(words.begin(), words.end(),
                                    [](const util::WordToken& word) { return !is_number(word.folded); });
    if (first == words.end()) return false;
    const bool opens = role ? role_of_label(rules_, first->folded) == role
                            : contains(labels, first->folded);
    return opens && std::none_of(words.begin(), words.end(), [&](const util::WordToken& word) {
             const auto other = role_of_label(rules_, word.folded);
             return other && other != role && *other != Role::problem;
           });
  }

  bool is_problem_heading(std::string_view heading) const {
    return opens_with_label(heading, {}, Role::problem);
  }

  // "Inledning", "1. Sammanfattning", "Uppdraget", not "Syfte och mål".
  bool is_preamble_heading(std::string_view heading) const {
    return opens_with_label(heading, rules_.preamble_labels, std::nullopt);
  }

  // True when the heading right above the segment presents the plan
  // (preamble_labels); "1 Inledning" › "1.2 Syfte och mål" states goals.
  bool in_preamble_section(const Segment& segment) const {
    return !segment.section.empty() && !rules_.preamble_labels.empty() &&
           is_preamble_heading(segment.section.back());
  }

  // True when the next segment (footnotes skipped) is a list item.
  bool list_follows(std::size_t s) const {
    const auto& segments = document_.segments;
    for (std::size_t n = s + 1; n < segments.size(); ++n) {
      if (segments[n].kind == SegmentKind::footnote) continue;
      return segments[n].kind == SegmentKind::list_item;
    }
    return false;
  }

  // True when a heading above the segment is a problem label ("Lägesbild",
  // "2. Problembeskrivning"): the plan's problem description.
  bool in_problem_section(const Segment& segment) {
    if (segment.section.empty()) return false;
    const auto [it, fresh] = problem_section_.try_emplace(segment.section, false);
    if (fresh) {
      it->second = std::any_of(segment.section.begin(), segment.section.end(),
                               [&](const std::string& heading) { return is_problem_heading(heading); });
    }
    return it->second;
  }

  // Where the element added last is: a chain's list or the problems.
  struct ElementRef {
    std::optional<std::size_t> draft;  // nullopt: problems_
    Role role = Role::goal;
    std::size_t index = 0;
  };

  Element* resolve_ref(const ElementRef& ref) {
    if (!ref.draft) return ref.index < problems_.size() ? &problems_[ref.index] : nullptr;
    auto* list = drafts_[*ref.draft].list_of(ref.role);
    return list != nullptr && ref.index < list->size() ? &(*list)[ref.index] : nullptr;
  }

  void remember_heading(const Segment& heading) {
    auto path = heading.section;
    path.push_back(heading.text);
    headings_[path] = &heading;
  }

  // A heading that is only a field label of a goal's parts ("Åtgärder",
  // "Indikatorer", "Ansvar" under "Mål 1") continues the section before it:
  // plans set such labels as headings of their own.
  void alias_label_heading(const Segment& heading, const Segment* previous) {
    const auto role = role_of_label(rules_, heading.text);
    if (!role || *role == Role::goal || *role == Role::problem || *role == Role::follow_up ||
        previous == nullptr) {
      return;
    }
    // Numbered headings ("5. Uppföljning") are chapters of their own.
    const auto words = util::tokenize_words(heading.text);
    if (words.empty() || words.size() > 2 || (heading.text[0] >= '0' && heading.text[0] <= '9')) {
      return;
    }
    auto path = heading.section;
    path.push_back(heading.text);
    auto before = effective(previous->section);
    if (previous->kind == SegmentKind::heading) before.push_back(previous->text);
    aliases_[std::move(path)] = std::move(before);
  }

  // The segment's place among the headings: a heading's own path.
  static std::vector<std::string> path_of(const Segment& segment) {
    auto path = segment.section;
    if (segment.kind == SegmentKind::heading) path.push_back(segment.text);
    return path;
  }

  // The section a segment belongs to, label headings resolved.
  std::vector<std::string> effective(const std::vector<std::string>& section) const {
    if (aliases_.empty()) return section;
    for (std::size_t k = section.size(); k > 0; --k) {
      const std::vector<std::string> prefix(section.begin(), section.begin() + static_cast<std::ptrdiff_t>(k));
      if (const auto it = aliases_.find(prefix); it != aliases_.end()) {
        auto out = it->second;
        out.insert(out.end(), section.begin() + static_cast<std::ptrdiff_t>(k), section.end());
        return out;
      }
    }
    return section;
  }

  void open(const Piece& piece) {
    Draft draft;
    draft.chain.section = effective(piece.segment->section);
    if (piece.segment->kind == SegmentKind::heading) {
      draft.chain.section.push_back(piece.segment->text);
    }
    draft.chain.page = piece.segment->page;
    draft.chain.line = piece.segment->line;
    drafts_.push_back(std::move(draft));
    current_ = drafts_.size() - 1;
  }

  // The chain a YAML element belongs to through its parent, if any.
  std::optional<std::size_t> chain_of_parent(const Segment& segment) const {
    if (segment.parent.empty()) return std::nullopt;
    const auto it = chain_of_segment_.find(segment.parent);
    if (it == chain_of_segment_.end()) return std::nullopt;
    return it->second;
  }

  // ---- tables flattened to one cell per line ------------------------------
  //
  // PDF extraction turns a plan's table into its cells, one to a line:
  //   Mål / Aktivitet / Ansvarig / Indikator          (the header row)
  //   Köp av sexuella tjänster ... ska minska.
  //   Informationsinsats om sexköpslagen riktad till arbetsgivare.
  //   Länsstyrelsen och Polismyndigheten
  //   Antal arbetsgivare som nåtts av informationen.
  // After a header row of field labels, each sentence (or heading: a short
  // cell may pass for one) takes its column's role, row after row.

  struct Table {
    TableColumns columns;
    std::vector<std::string> section;  // where the table stands
  };

  // When a header row starts at segment `s`: the table it opens (table_) and
  // the index of its last cell. Its cells stand one to a paragraph, or all on
  // one line ("Mål Aktivitet Ansvarig Indikator"); a cell may pass for a
  // heading ("Mål" is a section word).
  std::optional<std::size_t> start_table(std::size_t s) {
    const auto& segments = document_.segments;
    const auto cell_kind = [&](std::size_t n) {
      return segments[n].kind == SegmentKind::paragraph || segments[n].kind == SegmentKind::heading;
    };
    if (!cell_kind(s)) return std::nullopt;
    std::vector<std::optional<Role>> columns;
    std::size_t last = s;
    std::optional<Role> column;
    for (std::size_t n = s; n < segments.size(); ++n) {
      if (segments[n].kind == SegmentKind::footnote) continue;
      if (!cell_kind(n) || !TableColumns::read_header_cell(rules_, segments[n].text, column)) break;
      columns.push_back(column);
      last = n;
    }
    // A heading above the header ("Insatser" over "Mål" / "Aktivitet" / ...)
    // is the table's title; a heading that is a cell opens the row with "Mål",
    // or opens a header the cells after it do not make by themselves
    // ("Aktivitet" over "Ansvar" / "Indikator").
    if (segments[s].kind == SegmentKind::heading && !columns.empty() &&
        columns.front() != Role::goal &&
        TableColumns::from_header({columns.begin() + 1, columns.end()})) {
      return std::nullopt;
    }
    auto table = TableColumns::from_header(columns);
    if (!table) {
      columns.clear();
      last = s;
      const bool all_cells = util::all_folded_words(segments[s].text, [&](const std::string& word) {
        if (!TableColumns::read_header_cell(rules_, word, column)) return false;
        columns.push_back(column);
        return true;
      });
      if (!all_cells) return std::nullopt;
      table = TableColumns::from_header(std::move(columns));
      if (!table) return std::nullopt;
    }
    // A header cell set as a heading ("Aktivitet") opens no section: the
    // table stands where the segment before it does.
    auto section = effective(segments[s].section);
    if (segments[s].kind == SegmentKind::heading) {
      for (std::size_t n = s; n-- > 0;) {
        if (segments[n].kind == SegmentKind::footnote) continue;
        section = effective(path_of(segments[n]));
        break;
      }
    }
    for (std::size_t n = s; n <= last; ++n) {
      if (segments[n].kind == SegmentKind::heading) aliases_[path_of(segments[n])] = section;
    }
    // A table without a goal column under a goal ("Effektmål 1.1: ..." over
    // "Aktivitet / Ansvar / Indikator") holds that goal's activities.
    const bool under_goal = current_ && !table->has_column(Role::goal) &&
                            !drafts_[*current_].goal.empty() &&
                            within(section, drafts_[*current_].chain.section);
    table_ = Table{std::move(*table), section};
    if (!under_goal) current_.reset();
    last_.reset();
    return last;
  }

  // The reading of a cell by itself: its codes and the plan grammar.
  Piece read_cell(const Segment& segment, std::size_t begin, std::size_t end) {
    Piece piece = piece_of(segment, std::nullopt, begin, end);
    read_piece(grammar_, r_, index_.between(segment, begin, end),
               std::string_view(segment.text).substr(begin, end - begin), false, piece);
    return piece;
  }

  // True while `segment` continues the table: anything within a row; at the
  // start of a row, what can open one: not a field label, a follow-up, a
  // problem or a deadline, and a heading only when it reads as a goal. A
  // heading that is a cell ("Länsstyrelsen och Polismyndigheten" standing
  // alone) belongs to the table's section.
  bool in_table(const Segment& segment) {
    if (table_->columns.at_row_start()) {
      if (field_label(rules_, segment.text)) return false;
      const auto spans = segment.kind == SegmentKind::heading || segment.sentences.empty()
                             ? document::split_sentences(segment.text)
                             : segment.sentences;
      const std::size_t end = spans.empty() ? segment.text.size() : spans.front().end;
      const Piece first = read_cell(segment, spans.empty() ? 0 : spans.front().begin, end);
      if (first.inert || first.lead_in || first.role == Role::follow_up ||
          first.role == Role::problem) {
        return false;
      }
      if (segment.kind == SegmentKind::heading && first.role != Role::goal) return false;
    }
    if (segment.kind == SegmentKind::heading) aliases_[path_of(segment)] = table_->section;
    return true;
  }

  // Each sentence of `segment` (a heading: the whole) is the next cell, in
  // the column TableColumns places it in.
  void add_table_cells(const Segment& segment) {
    std::vector<document::SentenceSpan> spans;
    if (segment.kind == SegmentKind::heading) {
      spans.push_back({0, segment.text.size()});
    } else {
      spans = segment.sentences.empty() ? document::split_sentences(segment.text) : segment.sentences;
      if (spans.empty()) spans.push_back({0, segment.text.size()});
    }
    for (const auto& span : spans) {
      const Piece piece = read_cell(segment, span.begin, span.end);
      const auto grammar =
          grammar_.read(std::string_view(segment.text).substr(span.begin, span.end - span.begin)).role;
      Piece cell = piece_of(segment, table_->columns.place(piece.role, grammar), span.begin, span.end);
      cell.measured = piece.measured && cell.role == Role::indicator;
      cell.inert = !cell.role;  // a column of no element
      add(cell);
    }
  }

  std::optional<Table> table_;

  void add(const Piece& piece) {
    const Segment& segment = *piece.segment;
    if (piece.inert) {
      last_.reset();  // what follows a deadline does not continue the element before it
      return;
    }
    if (!piece.role) {
      continue_last(piece);
      return;
    }
    const Role role = *piece.role;
    last_role_ = role;
    if (role == Role::problem) {
      problems_.push_back(Element{{piece}});
      last_ = ElementRef{std::nullopt, role, problems_.size() - 1};
      return;
    }
    const bool structured = role_of_kind(segment.kind).has_value();
    if (structured) {
      // A YAML element joins the chain of its parent; a goal or an activity
      // without one opens its own chain, and nothing else joins a neighbour.
      if (auto parent = chain_of_parent(segment)) {
        current_ = *parent;
      } else if (role == Role::goal || role == Role::activity) {
        current_.reset();
      } else {
        return;
      }
    }
    const bool goalless = current_ && drafts_[*current_].goal.empty() &&
                          !drafts_[*current_].activities.empty();
    if (role == Role::goal) {
      open(piece);
    } else if (role == Role::activity && !structured && goalless) {
      open(piece);  // every activity without a goal is a chain of its own
    } else if (!current_) {
      if (role != Role::activity) return;  // an indicator with nothing to measure
      open(piece);
    }
    Draft& draft = drafts_[*current_];
    auto* list = draft.list_of(role);
    list->push_back(Element{{piece}});
    last_ = ElementRef{current_, role, list->size() - 1};
    chain_of_segment_[segment.id] = *current_;
  }

  // Runs the element that ended `previous` on into the first piece of the
  // next page's paragraph. False when no element ended there.
  bool continue_element(const Piece& piece, const Segment& previous) {
    if (!last_) return false;
    Element* element = resolve_ref(*last_);
    if (element == nullptr || element->parts.back().segment != &previous) return false;
    Piece part = piece;
    part.role = last_->role;
    part.content = part.begin;
    element->parts.push_back(part);
    return true;
  }

  // A sentence with no role of its own: a list item under a goal is an
  // activity (under another element, one more of its kind); otherwise it
  // continues the element before it in the same segment.
  void continue_last(const Piece& piece) {
    const Segment& segment = *piece.segment;
    if (segment.kind == SegmentKind::heading) return;
    if (current_ && last_role_ && *last_role_ != Role::problem &&
        segment.kind == SegmentKind::list_item && piece.begin == 0) {
      Piece item = piece;
      item.role = *last_role_ == Role::goal ? Role::activity : *last_role_;
      const bool goalless = drafts_[*current_].goal.empty();
      if (item.role == Role::activity && goalless) {
        // More of the activity that opened the chain, not a chain of its own.
        auto& activities = drafts_[*current_].activities;
        activities.push_back(Element{{item}});
        last_ = ElementRef{current_, Role::activity, activities.size() - 1};
        return;
      }
      add(item);
      return;
    }
    if (!last_) return;
    Element* element = resolve_ref(*last_);
    if (element == nullptr) return;
    Piece& tail = element->parts.back();
    if (tail.segment == &segment && tail.end <= piece.begin) tail.end = piece.end;
  }

  // Calls fn(piece, hit) for each hit in the elements' words.
  template <typename Fn>
  void each_hit(std::span<const Element> elements, Fn&& fn) const {
    for (const Element& element : elements) {
      for (const Piece& piece : element.parts) {
        for (const auto& hit : index_.between(*piece.segment, piece.content, piece.end)) {
          fn(piece, hit);
        }
      }
    }
  }

  // Headings above the chain, nearest first (a goal heading included).
  std::vector<const Segment*> headings_above(const Chain& chain) const {
    std::vector<const Segment*> out;
    auto path = chain.section;
    while (!path.empty()) {
      if (const auto it = headings_.find(path); it != headings_.end()) out.push_back(it->second);
      path.pop_back();
    }
    return out;
  }

  // The document's title as a heading above every section. Numbered headings
  // ("2. Stöd till ...") are chapters, never the title (as the text reader
  // finds titles).
  bool is_title(const Segment& heading) const {
    const std::string_view text = heading.text;
    return heading.section.empty() && text == document_.title && !text.empty() &&
           (text[0] < '0' || text[0] > '9');
  }

  // A chain is about the topic when its code fires in the goal, an activity,
  // an indicator, the lead-in of a list item, or a heading above them; the
  // document's title does not count ("Handlingsplan mot mäns våld mot kvinnor,
  // prostitution och människohandel" heads every section). A codebook without
  // the topic's code has no chains (lint says so).
  bool about_topic(const Draft& draft) const {
    if (!r_.topic) return false;
    bool found = false;
    auto look = [&](const Piece&, const codebook::Hit& hit) {
      found = found || is_topical(hit);
    };
    each_hit(draft.goal, look);
    each_hit(draft.activities, look);
    each_hit(draft.indicators, look);
    if (found) return true;
    for (const auto* elements : {&draft.goal, &draft.activities}) {
      for (const Element& element : *elements) {
        const Piece& piece = element.first();
        if (piece.lead_segment == nullptr) continue;
        for (const auto& hit : index_.between(*piece.lead_segment, piece.lead_begin, piece.lead_end)) {
          if (is_topical(hit)) return true;
        }
      }
    }
    for (const Segment* heading : headings_above(draft.chain)) {
      if (is_title(*heading)) continue;
      for (const auto& hit : heading->hits) {
        if (is_topical(hit)) return true;
      }
    }
    return false;
  }

  static std::string term_of(const Segment& segment, const codebook::Hit& hit) {
    return segment.text.substr(hit.begin, hit.end - hit.begin);
  }

  bool is_topical(const codebook::Hit& hit) const {
    return hit.code < r_.topical.size() && r_.topical[hit.code] != 0;
  }

  bool is_actor(const codebook::Hit& hit) const {
    return hit.code < r_.actor.size() && r_.actor[hit.code] != 0;
  }

  bool is_target_group(const codebook::Hit& hit) const {
    return hit.code < r_.target_group.size() && r_.target_group[hit.code] != 0;
  }

  // Adds the actor of `hit` unless the chain has it.
  void add_actor(Chain& chain, const Segment& segment, const codebook::Hit& hit) const {
    const auto& code = codebook_.codes[hit.code];
    if (actors_added_.insert(hit.code).second) {
      chain.responsible.push_back(
          {code.id, code.label, term_of(segment, hit), segment.id, segment.line});
    }
  }

  // Actors named in responsibility elements (an element naming none is kept
  // as written); failing those, the subject of "X ska ..." and the partners
  // after "tillsammans med" in the goal and the activities.
  void find_responsible(Draft& draft) const {
    Chain& chain = draft.chain;
    actors_added_.clear();
    for (const Element& element : draft.responsibility) {
      bool named = false;
      each_hit(std::span<const Element>(&element, 1), [&](const Piece& piece, const codebook::Hit& hit) {
        if (!is_actor(hit)) return;
        add_actor(chain, *piece.segment, hit);
        named = true;
      });
      if (!named) {
        const ChainElement text = element_of(element);
        chain.responsible.push_back({"", "", text.text, text.segment_id, text.line});
      }
    }
    // Who does each activity is responsible too ("Skolan ska genomföra
    // lektioner i samverkan med ungdomsmottagningen." under "Ansvarig:
    // Utbildningsförvaltningen"); the subject of a goal only when nobody else
    // is named: "Alla kommuner ska ha rutiner" names whom the goal concerns.
    for (const auto* elements : {&draft.activities, &draft.goal}) {
      if (elements == &draft.goal && !chain.responsible.empty()) break;
      for (const Element& element : *elements) {
        for (const Piece& piece : element.parts) find_obligations(chain, piece);
        const Piece& first = element.first();
        if (first.lead_segment != nullptr) find_obligations(chain, lead_in_of(first));
      }
    }
  }

  // The lead-in above a list item as a piece of its own.
  static Piece lead_in_of(const Piece& item) {
    Piece lead = piece_of(*item.lead_segment, std::nullopt, item.lead_begin, item.lead_end);
    lead.lead_in = true;
    return lead;
  }

  // The subject and partners of each obligation ("ska") or assignment ("ges i
  // uppdrag att") in a piece's sentences; every actor a lead-in names
  // ("Genom samordningsfunktionen ska länsstyrelserna ...:").
  void find_obligations(Chain& chain, const Piece& piece) const {
    const std::string_view text = piece.segment->text;
    if (piece.lead_in) {
      for (const auto& hit : index_.between(*piece.segment, piece.begin, piece.end)) {
        if (is_actor(hit)) add_actor(chain, *piece.segment, hit);
      }
      return;
    }
    // A piece starts at a sentence start, so its own sentences are found
    // without splitting the text before it.
    const std::size_t from = std::min(piece.begin, piece.content);
    for (auto span : document::split_sentences(text.substr(from, piece.end - from))) {
      span.begin += from;
      span.end += from;
      const std::size_t begin = std::max(span.begin, piece.content);
      if (begin >= span.end) continue;
      const std::string_view sentence = text.substr(begin, span.end - begin);
      const SentenceReading reading = grammar_.read(sentence);
      if (!reading.subject_end && reading.partners_from.empty() && reading.assignees_from.empty()) {
        continue;
      }
      // Without an obligation ("Under 2019 genomfördes ... i samverkan med
      // polisen") only the partners are named.
      const std::size_t subject_end = begin + reading.subject_end.value_or(0);
      const auto words = util::tokenize_words(sentence);
      std::vector<std::pair<std::size_t, std::size_t>> partners;  // byte ranges
      // Partners end before a run of three other words ("tillsammans med
      // regionkoordinatorn och polisen genomföra ..."), assignees at the
      // first ("uppdrar åt Jämställdhetsmyndigheten att stödja länsstyrelserna").
      constexpr int kPartnerOtherWords = 3;
      for (const auto& [offsets, others] :
           {std::pair{&reading.partners_from, kPartnerOtherWords}, std::pair{&reading.assignees_from, 1}}) {
        for (const std::size_t offset : *offsets) {
          const auto word = std::find_if(words.begin(), words.end(),
                                         [&](const auto& w) { return w.begin == offset; });
          if (word == words.end()) continue;
          partners.push_back(partner_span(piece, words, begin,
                                          static_cast<std::size_t>(word - words.begin()), others));
        }
      }
      for (const auto& hit : index_.between(*piece.segment, begin, span.end)) {
        if (!is_actor(hit)) continue;
        const bool subject = hit.end <= subject_end;
        const bool partner = std::any_of(partners.begin(), partners.end(), [&](auto range) {
          return hit.begin >= range.first && hit.end <= range.second;
        });
        if (subject || partner) add_actor(chain, *piece.segment, hit);
      }
    }
  }

  // The byte range of the partners named from word `from` on: actor names and
  // linking words, ending before a run of `max_others` other words.
  std::pair<std::size_t, std::size_t> partner_span(const Piece& piece,
                                                   const std::vector<util::WordToken>& words,
                                                   std::size_t offset, std::size_t from,
                                                   int max_others) const {
    const std::size_t start = from < words.size() ? offset + words[from].begin : piece.end;
    std::size_t end = start;
    int others = 0;
    const std::string_view text = piece.segment->text;
    for (std::size_t w = from; w < words.size(); ++w) {
      const bool actor = actor_at(*piece.segment, offset + words[w].begin);
      // A capitalised word goes on a name ("regionkoordinatorn i region Syd
      // och länets socialtjänst"): it is no word of the task after the names.
      std::size_t at = offset + words[w].begin;
      const bool capital = at < text.size() && util::is_upper_case(util::decode_code_point(text, at));
      if (actor) {
        others = 0;
        end = offset + words[w].end;
      } else if (!capital && !contains(rules_.linking_words, words[w].folded) &&
                 ++others >= max_others) {
        break;
      }
    }
    return {start, end};
  }

  // True when an actor's name covers byte `at` of the segment. Actor names are
  // short: those that cover `at` begin at most a few dozen bytes before it.
  bool actor_at(const Segment& segment, std::size_t at) const {
    constexpr std::size_t kLongestName = 200;
    for (const auto& hit : index_.between(segment, at > kLongestName ? at - kLongestName : 0, at + 1)) {
      if (is_actor(hit) && at >= hit.begin && at < hit.end) return true;
    }
    return false;
  }

  void add_evidence(Chain& chain, const Segment& segment, const codebook::Hit& hit) const {
    Evidence evidence{codebook_.codes[hit.code].id, term_of(segment, hit), segment.id,
                      segment.line};
    if (evidence_added_.emplace(evidence.code, evidence.term, evidence.segment_id).second) {
      chain.evidence.push_back(std::move(evidence));
    }
  }

  // The national goals a chain serves, as the report's analysts classed each
  // goal: the plan's own class first — the nearest heading above that names
  // one ("Insatsområde 1: Effektivare brottsbekämpning", "3.2 Skydd och
  // stöd") —, else the goal's words, else its activities'. A goal that does
  // not name the topic ("Fler våldsutsatta kvinnor ska få stöd") also serves
  // what its topical activities serve: they are why it is a chain. A chain
  // without a goal: its activities' words, else the heading's.
  void classify_national_goals(Draft& draft, std::set<int>& goals) const {
    Chain& chain = draft.chain;
    auto collect = [&](const Segment& segment, const codebook::Hit& hit) {
      if (auto it = r_.national_goal_of_code.find(hit.code); it != r_.national_goal_of_code.end()) {
        goals.insert(it->second);
        add_evidence(chain, segment, hit);
      }
    };
    auto collect_piece = [&](const Piece& piece, const codebook::Hit& hit) {
      collect(*piece.segment, hit);
    };
    // An activity that serves no stated goal is classed by what it is
    // ("Insats 3.2: Polisen ska kartlägga sexköp på nätet" under "3. Stöd").
    if (draft.goal.empty()) each_hit(draft.activities, collect_piece);
    if (!goals.empty()) return;
    for (const Segment* heading : headings_above(chain)) {
      if (is_title(*heading)) continue;
      for (const auto& hit : heading->hits) collect(*heading, hit);
      if (!goals.empty()) return;
    }
    each_hit(draft.goal, collect_piece);
    bool goal_topical = false;
    each_hit(draft.goal, [&](const Piece&, const codebook::Hit& hit) {
      goal_topical = goal_topical || is_topical(hit);
    });
    if (!goals.empty() && (goal_topical || draft.goal.empty())) return;
    const bool all = goals.empty();
    for (const Element& activity : draft.activities) {
      const std::span<const Element> one(&activity, 1);
      bool topical = all;
      each_hit(one, [&](const Piece&, const codebook::Hit& hit) { topical = topical || is_topical(hit); });
      if (topical) each_hit(one, collect_piece);
    }
  }

  // National goals (above) and the target groups named in the goal and its
  // activities.
  void classify(Draft& draft) const {
    Chain& chain = draft.chain;
    evidence_added_.clear();
    std::set<int> goals;
    classify_national_goals(draft, goals);
    std::set<std::size_t> targets;
    auto collect = [&](const Piece& piece, const codebook::Hit& hit) {
      if (!is_target_group(hit)) return;
      targets.insert(hit.code);
      add_evidence(chain, *piece.segment, hit);
    };
    each_hit(draft.goal, collect);
    each_hit(draft.activities, collect);
    chain.national_goals.assign(goals.begin(), goals.end());
    for (const std::size_t code : targets) chain.target_groups.push_back(codebook_.codes[code].id);
  }

  // A problem description is the topic's when the topic fires in its
  // paragraph ("Polisens genomgång visar att sex säljs via nätet. ... personer
  // i prostitution ..."); each paragraph is looked at once.
  bool topical(const Element& element) {
    const Segment* segment = element.first().segment;
    const auto [it, fresh] = topical_segment_.try_emplace(segment, false);
    if (fresh) {
      it->second = std::any_of(segment->hits.begin(), segment->hits.end(),
                               [&](const auto& hit) { return is_topical(hit); });
    }
    return it->second;
  }

  // Indexes the topic's problem descriptions once, so that each chain finds
  // its own by a few look-ups: the first of each section, and the plan's
  // (the first under a problem heading, after a problem label, or a YAML
  // `problem:`).
  void index_problems() {
    if (!r_.topic) return;
    for (std::size_t p = 0; p < problems_.size(); ++p) {
      const Piece& piece = problems_[p].first();
      if (!topical(problems_[p])) continue;
      section_problem_.try_emplace(piece.segment->section, p);
      const bool stated = piece.segment->kind == SegmentKind::problem ||
                          piece.content > piece.begin ||
                          in_problem_section(*piece.segment);
      if (stated && !plan_problem_) plan_problem_ = p;
    }
  }

  // The chain's problem: the topic's problem description of its own section
  // or the nearest above it; failing that, the plan's, wherever it stands
  // (plans put their Lägesbild beside the goals, not above them).
  void link_problem(Chain& chain) const {
    auto path = chain.section;
    while (true) {
      if (const auto it = section_problem_.find(path); it != section_problem_.end()) {
        chain.problem.push_back(element_of(problems_[it->second]));
        chain.problem_link = "section";
        return;
      }
      if (path.empty()) break;
      path.pop_back();
    }
    if (plan_problem_) {
      chain.problem.push_back(element_of(problems_[*plan_problem_]));
      chain.problem_link = "plan";
    }
  }

  void finish(Draft& draft) {
    Chain& chain = draft.chain;
    for (const auto& e : draft.goal) chain.goal.push_back(element_of(e));
    for (const auto& e : draft.activities) chain.activities.push_back(element_of(e));
    for (const auto& e : draft.indicators) chain.indicators.push_back(element_of(e));
    for (const auto& e : draft.follow_up) chain.follow_up.push_back(element_of(e));
    // Measured follow-ups ("följs upp med antalet ...") are indicator and follow-up.
    for (const auto& e : draft.indicators) {
      if (e.first().measured) chain.follow_up.push_back(element_of(e));
    }
    find_responsible(draft);

    link_problem(chain);
    classify(draft);

    ChainElements& e = chain.elements;
    e.problem = !chain.problem.empty();
    e.goal = !chain.goal.empty();
    e.activity = !chain.activities.empty();
    e.indicator = !chain.indicators.empty();
    e.responsibility = !chain.responsible.empty();
    chain.score = int{e.problem} + int{e.goal} + int{e.activity} + int{e.indicator} +
                  int{e.responsibility};
    chain.complete = chain.score == 5;

    if (!e.goal) chain.flags.push_back("activity_without_goal");
    if (e.goal && !e.indicator) chain.flags.push_back("goal_without_indicator");
    if (e.goal && !e.responsibility) chain.flags.push_back("goal_without_responsible");
    if (e.goal) {
      bool measurable = false;
      bool target = false;
      each_hit(draft.goal, [&](const Piece&, const codebook::Hit& hit) {
        measurable = measurable || (r_.measurable && hit.code == *r_.measurable);
        target = target || is_target_group(hit);
      });
      if (!measurable && !target) chain.flags.push_back("vague_goal");
    }
    if (!draft.follow_up.empty() && !described(draft.follow_up)) {
      chain.flags.push_back("follow_up_not_described");
    }
  }

  // A follow-up says how, not only who: besides actor names and linking words
  // it has words of its own.
  bool described(const std::vector<Element>& follow_ups) const {
    for (const Element& element : follow_ups) {
      int own = 0;
      for (const Piece& piece : element.parts) {
        for (const auto& word : util::tokenize_words(piece_text(piece))) {
          const bool actor = actor_at(*piece.segment, piece.content + word.begin);
          if (!actor && !contains(rules_.linking_words, word.folded)) ++own;
        }
      }
      if (own >= rules_.min_follow_up_words) return true;
    }
    return false;
  }

  const document::Document& document_;
  const codebook::Codebook& codebook_;
  const ChainRules& rules_;
  PlanGrammar grammar_;
  ResolvedRules r_;
  std::vector<Draft> drafts_;
  std::optional<std::size_t> current_;
  std::optional<Role> last_role_;
  std::optional<ElementRef> last_;
  std::vector<Element> problems_;
  std::map<std::vector<std::string>, const Segment*> headings_;
  std::map<std::string, std::size_t> chain_of_segment_;
  std::map<std::vector<std::string>, bool> problem_section_;  // by section path
  std::map<std::vector<std::string>, std::vector<std::string>> aliases_;  // label headings
  std::map<std::vector<std::string>, std::size_t> section_problem_;  // first topical, by section
  std::optional<std::size_t> plan_problem_;                          // into problems_
  std::unordered_map<const Segment*, bool> topical_segment_;
  mutable HitIndex index_;
  mutable std::set<std::uint32_t> actors_added_;  // of the chain being finished
  mutable std::set<std::tuple<std::string, std::string, std::string>> evidence_added_;
};

}  // namespace

std::vector<Chain> find_chains(const document::Document& document,
                               const codebook::Codebook& codebook, const ChainRules& rules) {
  return Builder(document, codebook, rules).run();
}

std::vector<Chain> find_chains(const document::Document& document,
                               const codebook::Codebook& codebook) {
  if (!codebook.chains) return {};
  return find_chains(document, codebook, *codebook.chains);
}

}  // namespace goalchain::chain
