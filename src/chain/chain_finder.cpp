#include "goalchain/chain/chain_finder.h"

#include "area_responsibility.h"
#include "chain_classification.h"
#include "chain_pieces.h"
#include "chain_scoring.h"
#include "goalchain/chain/plan_grammar.h"
#include "goalchain/chain/table_columns.h"
#include "goalchain/document/sentence_splitter.h"
#include "goalchain/document/text_lines.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"
#include "goal_topics.h"
#include "hit_index.h"
#include "problem_linkage.h"
#include "resolved_rules.h"
#include "indicators_apart.h"
#include "overall_goals.h"
#include "responsibility_appendix.h"
#include "responsible_actors.h"
#include "section_labels.h"
#include "sentence_roles.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace goalchain::chain {
namespace {

using document::Segment;
using document::SegmentKind;

// Assembles the chains of one document: reads each segment's pieces, follows
// sections, lead-ins, lists and flattened tables, and hands each chain to the
// linkage, responsible actors, classification and scoring.
class Builder {
 public:
  Builder(const document::Document& document, const codebook::Codebook& codebook,
          const ChainRules& rules)
      : document_(document),
        rules_(rules),
        grammar_(rules),
        r_(resolve_rules(rules, codebook)),
        roles_(rules, grammar_, r_, index_),
        problems_(rules, r_),
        responsible_(codebook, rules, grammar_, r_, index_),
        appendix_(rules, r_, index_),
        indicators_apart_(rules, r_, index_),
        classification_(codebook, r_, index_, grammar_) {}

  std::vector<Chain> run() {
    const bool yaml = document_.format == "yaml";
    const Segment* previous = nullptr;  // the segment before, footnotes skipped
    Piece lead;                         // the lead-in of the list being read,
    bool leading = false;               // while its items follow
    Piece question;                     // the question label above in the section
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
      // "Kopplat till mål: 2" under a block of tasks: the block serves goal 2.
      if (!yaml && (segment.kind == SegmentKind::paragraph || segment.kind == SegmentKind::heading) &&
          close_block(segment)) {
        previous = &segment;
        continue;
      }
      if (segment.kind == SegmentKind::heading) {
        remember_heading(segment);
        if (!yaml) indicators_apart_.heading(segment);
        served_before_.reset();
        block_start_ = drafts_.size();
        question = Piece{};
      }
      if (segment.kind == SegmentKind::heading && current_) alias_label_heading(segment, previous);
      if (current_ && !within(effective(path_of(segment)), drafts_[*current_].chain.section) &&
          !(borrowed_ && within(effective(path_of(segment)), borrowed_->section))) {
        current_.reset();
        borrowed_.reset();
      }
      if (segment.kind != SegmentKind::list_item) leading = false;
      // The document's title set as a paragraph ("Slutredovisning av
      // uppdraget att ...") names the document: no element; nor does another
      // line of its title page, before the first heading, that ends no
      // sentence ("Slutredovisning" / "Redovisning av uppdraget att ... (A2022/00871)").
      if (!yaml && segment.kind == SegmentKind::paragraph &&
          (is_title(segment) || on_title_page(s))) {
        previous = &segment;
        last_.reset();
        continue;
      }
      // "Samtalsstöd: socialnämnden i samverkan med ..." under "Bilaga 1.
      // Ansvarsfördelning": who does a task stated elsewhere.
      if (!yaml && appendix_.take(segment, question.question && question.question_role == Role::responsibility)) {
        previous = &segment;
        last_.reset();
        continue;
      }
      const bool continues_page = !yaml && previous != nullptr &&
                                  segment.kind == SegmentKind::paragraph &&
                                  (previous->kind == SegmentKind::paragraph ||
                                   previous->kind == SegmentKind::list_item) &&
                                  segment.page > previous->page &&
                                  !ends_sentence(previous->text) &&
                                  !field_label(rules_, segment.text);
      if (table_) {
        add_table_cells(segment, s + 1 < segments.size() ? &segments[s + 1] : nullptr);
        previous = &segment;
        continue;
      }
      // A label line ("Indikatorer:", or a question the layout reads as one)
      // heads this segment: it comes after any question above and ends it.
      if (!segment.label.empty()) question = Piece{};
      bool first = true;
      const SegmentPlace place{
          yaml, !yaml && problems_.in_problem_section(segment), !yaml && in_preamble_section(segment),
          list_follows(s),
          yaml || segment.section.empty() ? std::nullopt : label_heading(rules_, segment.section.back()),
          question.question, question.question_role};
      for (Piece& piece : roles_.pieces_of(segment, place)) {
        if (piece.question) question = piece;
        if (piece.ends_question) question = Piece{};
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
          borrow_referenced(piece);
          continue;
        }
        add(piece);
      }
      previous = &segment;
    }
    if (!yaml) {
      join_decided_to_goals();
      share_list_of_activities();
      drop_heading_goals();
      share_section_responsibility();
    }
    share_whole_plan_responsibility();
    if (!yaml) appendix_.assign(drafts_);
    if (!yaml) indicators_apart_.assign(drafts_, [this](const Draft& draft) { return about_topic(draft); });
    std::set<std::vector<std::string>> chain_sections;
    for (const auto& draft : drafts_) chain_sections.insert(draft.chain.section);
    problems_.index(chain_sections);
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
  // and the lead-in's actors. Under a lead-in of tasks, an item opening with a
  // deed ("besöka de kommuner som saknar rutin") is a task whatever the
  // problem words of its clauses.
  void under_lead_in(const Piece& lead, Piece& piece, bool first) {
    if (first && !piece.role && !piece.inert && !piece.lead_in) piece.role = lead.lead_role;
    if (first && piece.role == Role::problem && lead.lead_role == Role::activity &&
        !problems_.in_problem_section(*piece.segment) &&
        grammar_.opens_with_deed(piece_text(piece).substr(after_item_number(piece_text(piece))))) {
      piece.role = Role::activity;
    }
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
        !draft.responsibility.empty() || !draft.follow_up.empty() || next.goal.empty()) {
      return false;
    }
    const Piece& goal = draft.goal.front().first();
    // "Syftet är att ..." over "Mål 1", "Långsiktigt mål" / "Efterfrågan ...
    // ska upphöra." over "Mål för 2026" / "Fler unga män ska ...": a goal one
    // level up heads the next goal wherever that stands.
    if (names_overall_goal(rules_, *goal.segment,
                           std::string_view(goal.segment->text).substr(goal.begin, goal.end - goal.begin))) {
      return true;
    }
    if (!within(next.chain.section, draft.chain.section)) return false;
    // "Mål 3. Personer ... ska få stöd" over "Vad vill vi uppnå?" and its
    // answer: the answer states the goal.
    if (goal.segment->kind == SegmentKind::heading || next.goal.front().first().answers_question) {
      return true;
    }

    const auto& sub = rules_.sub_goal_labels;
    return contains(sub, label_word(next.goal.front().first())) && !contains(sub, label_word(goal));
  }

  // Minutes decide tasks first and state the goals after them, in the
  // assessment ("Tidig upptäckt av och stöd till barn och unga som säljer
  // sex."): a chain of decided tasks without a goal joins the goal that
  // shares the most of its words, when one does. So does a task listed
  // under a lead-in in a section whose heading names activities and no goal
  // ("§ 5 Föreningens åtaganden" / "Föreningen åtar sig att: – driva
  // mötesplatsen ..."), when the plan states two goals or more and the task
  // names none of them.
  void join_decided_to_goals() {
    std::vector<std::size_t> goals;
    std::vector<std::string_view> texts;
    for (std::size_t d = 0; d < drafts_.size(); ++d) {
      if (drafts_[d].goal.empty()) continue;
      goals.push_back(d);
      texts.push_back(piece_text(drafts_[d].goal.front().first()));
    }
    if (goals.empty()) return;
    constexpr std::size_t kMinGoalsApart = 2;
    std::vector<bool> joined(drafts_.size(), false);
    for (std::size_t d = 0; d < drafts_.size(); ++d) {
      Draft& draft = drafts_[d];
      if (!draft.goal.empty() || draft.activities.size() != 1) continue;
      const Piece& task = draft.activities.front().first();
      const bool listed_apart = task.lead_segment != nullptr && task.goal_references.empty() &&
                                goals.size() >= kMinGoalsApart && !draft.chain.section.empty() &&
                                names_activities(draft.chain.section.back());
      if (!task.decided && !listed_apart) continue;
      const auto found = goal_of_topic(piece_text(draft.activities.front().first()), texts, rules_.linking_words);
      if (!found) continue;
      Draft& goal = drafts_[goals[*found]];
      for (const Role role : {Role::activity, Role::indicator, Role::responsibility, Role::follow_up}) {
        auto& list = *goal.list_of(role);
        const auto& moved = *draft.list_of(role);
        list.insert(list.end(), moved.begin(), moved.end());
      }
      joined[d] = true;
    }
    std::vector<Draft> kept;
    kept.reserve(drafts_.size());
    for (std::size_t d = 0; d < drafts_.size(); ++d) {
      if (!joined[d]) kept.push_back(std::move(drafts_[d]));
    }
    drafts_ = std::move(kept);
    current_.reset();
  }

  // "Mål" over "• Unga ska veta ..." / "• Färre unga ska använda narkotika",
  // then "Insatser" over one list: the activities all followed the last goal
  // of the list of goals. Each joins the goal of that list that shares the
  // most of its words, else, when it names the topic, the one goal of the
  // list that does; one that no goal or two goals name as well stays.
  void share_list_of_activities() {
    for (std::size_t d = 1; d < drafts_.size(); ++d) {
      Draft& last = drafts_[d];
      if (last.goal.size() != 1 || last.activities.size() < 2 ||
          last.goal.front().first().segment->kind != SegmentKind::list_item) {
        continue;
      }
      std::size_t first = d;
      while (first > 0) {
        const Draft& before = drafts_[first - 1];
        if (before.goal.size() != 1 || !before.activities.empty() || before.chain.section != last.chain.section ||
            before.goal.front().first().segment->kind != SegmentKind::list_item) {
          break;
        }
        --first;
      }
      if (first == d) continue;
      std::vector<std::string_view> texts;
      std::optional<std::size_t> topical_goal;
      std::size_t topical_goals = 0;
      for (std::size_t g = first; g <= d; ++g) {
        texts.push_back(piece_text(drafts_[g].goal.front().first()));
        if (names_topic(drafts_[g].goal)) {
          topical_goal = g - first;
          ++topical_goals;
        }
      }
      if (topical_goals != 1) topical_goal.reset();
      std::vector<Element> stays;
      for (Element& activity : last.activities) {
        auto found = goal_of_topic(piece_text(activity.first()), texts, rules_.linking_words);
        if (!found && topical_goal && names_topic(std::span<const Element>(&activity, 1))) found = topical_goal;
        if (found && first + *found != d) {
          drafts_[first + *found].activities.push_back(std::move(activity));
        } else {
          stays.push_back(std::move(activity));
        }
      }
      last.activities = std::move(stays);
    }
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

  // True when the heading right above the segment presents the plan
  // (preamble_labels); "1 Inledning" › "1.2 Syfte och mål" states goals.
  bool in_preamble_section(const Segment& segment) const {
    return !segment.section.empty() && !rules_.preamble_labels.empty() &&
           is_preamble_heading(rules_, segment.section.back());
  }

  // True when segment `s` is a paragraph before the document's first heading
  // that ends no sentence and has no field label: a line of the title page.
  bool on_title_page(std::size_t s) {
    if (!first_heading_) {
      const auto& segments = document_.segments;
      first_heading_ = segments.size();
      for (std::size_t n = 0; n < segments.size(); ++n) {
        if (segments[n].kind == SegmentKind::heading) {
          first_heading_ = n;
          break;
        }
      }
    }
    const Segment& segment = document_.segments[s];
    return s < *first_heading_ && !ends_sentence(segment.text) && !field_label(rules_, segment.text);
  }
  std::optional<std::size_t> first_heading_;

  // True when the next segment (footnotes skipped) is a list item.
  bool list_follows(std::size_t s) const {
    const auto& segments = document_.segments;
    for (std::size_t n = s + 1; n < segments.size(); ++n) {
      if (segments[n].kind == SegmentKind::footnote) continue;
      return segments[n].kind == SegmentKind::list_item;
    }
    return false;
  }

  // Where the element added last is: a chain's list or the problems.
  struct ElementRef {
    std::optional<std::size_t> draft;  // nullopt: problems_
    Role role = Role::goal;
    std::size_t index = 0;
  };

  Element* resolve_ref(const ElementRef& ref) {
    if (!ref.draft) return problems_.element(ref.index);
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
    if (previous == nullptr || !label_heading(rules_, heading.text)) return;
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
    if (piece.role == Role::goal) {
      draft.number = label_number(piece);
      // "6.2 Färre personer ska köpa sexuella tjänster.": a goal numbered
      // without a label.
      if (draft.number.empty() && piece.goal_references.size() == 1 &&
          piece.goal_references.front().form == GoalReference::Form::leading) {
        draft.number = piece.goal_references.front().number;
      }
      const int place = ++goals_in_section_[draft.chain.section];
      // "Mål 2" set as a heading over the goal's sentence numbers it.
      if (draft.number.empty() && place == 1 && piece.segment->kind != SegmentKind::heading &&
          !piece.segment->section.empty()) {
        draft.number = heading_goal_number(piece.segment->section.back());
      }
      if (place == 1) {
        goal_list_start_ = drafts_.size();
      } else if (place == 2) {
        goal_list_ = {goal_list_start_};
      }
      if (place >= 2) goal_list_.push_back(drafts_.size());
      if (draft.number.empty()) {
        goal_by_place_[place] = drafts_.size();
      } else {
        goal_by_number_[draft.number] = drafts_.size();
      }
    }
    drafts_.push_back(std::move(draft));
    current_ = drafts_.size() - 1;
    borrowed_.reset();
  }

  // The number of a heading that is only a goal's label and its number ("Mål
  // 2", "Delmål 1.3"); empty for any other heading.
  std::string heading_goal_number(std::string_view heading) const {
    const auto words = util::tokenize_words(heading);
    if (words.size() < 2 || codebook::role_of_label(rules_, words.front().folded) != Role::goal) return {};
    std::string number;
    for (std::size_t w = 1; w < words.size(); ++w) {
      if (!is_number(words[w].folded)) return {};
      if (!number.empty()) number += '.';
      number += words[w].folded;
    }
    return number;
  }

  // The number of a goal's label ("Delmål 2.1" gives "2.1"); empty without one.
  static std::string label_number(const Piece& piece) {
    if (piece.content <= piece.begin) return {};
    std::string number;
    const std::string_view label =
        std::string_view(piece.segment->text).substr(piece.begin, piece.content - piece.begin);
    for (const auto& word : util::tokenize_words(label)) {
      if (!is_label_number(label, word)) continue;
      if (!number.empty()) number += '.';
      number += word.folded;
    }
    return number;
  }

  // ---- goals in one section, their activities in the next ----------------

  // A chain the elements of another section join, while they stay in it.
  struct Borrowed {
    std::vector<std::string> section;   // the section the elements stand in
    const Segment* segment = nullptr;   // the segment that tied them to the goal
    const Segment* lead = nullptr;      // or the lead-in whose list they are
    std::size_t begin = 0;              // where in `segment` the tying sentence starts
  };
  std::optional<Borrowed> borrowed_;

  // The goal numbered `number`: by its label ("Mål 2:"), else by its place
  // among the goals of its section ("1." and "2." of a list of goals); the
  // latest such goal. Looked up in indexes open() keeps, so that a plan of
  // many goals and references stays linear.
  std::optional<std::size_t> goal_numbered(const std::string& number) const {
    if (const auto it = goal_by_number_.find(number); it != goal_by_number_.end()) return it->second;
    if (number.find('.') != std::string::npos) return std::nullopt;
    // "a", "c": the first, the third of the latest list of goals.
    if (number.size() == 1 && number[0] >= 'a' && number[0] <= 'z') {
      const auto place = static_cast<std::size_t>(number[0] - 'a');
      if (place < goal_list_.size()) return goal_list_[place];
      return std::nullopt;
    }
    int wanted = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), wanted);
    if (error != std::errc{} || end != number.data() + number.size()) return std::nullopt;
    if (const auto it = goal_by_place_.find(wanted); it != goal_by_place_.end()) return it->second;
    return std::nullopt;
  }

  // Indexes of the goals opened so far, for goal_numbered: the latest goal
  // of each label number, the latest unnumbered goal of each place among the
  // goals of its section, and how many goals each section has.
  std::map<std::string, std::size_t> goal_by_number_;
  std::map<int, std::size_t> goal_by_place_;
  std::map<std::vector<std::string>, int> goals_in_section_;
  // The goals of the latest section that holds two or more, in order, for a
  // goal named by letter ("(mål c)"); the first goal of the section read last.
  std::vector<std::size_t> goal_list_;
  std::size_t goal_list_start_ = 0;

  // The goals a piece names as those it serves, in order, each once: a goal
  // named with its label or a phrase by goal_numbered; one named by a bare
  // number ("[6.2]") only by its label's number; one named by the number
  // leading the piece ("6.2 Antal ...") only from another section.
  std::vector<std::size_t> goals_referred(const Piece& piece) const {
    std::vector<std::size_t> goals;
    for (const auto& ref : piece.goal_references) {
      std::optional<std::size_t> goal;
      if (ref.form == GoalReference::Form::named) {
        goal = goal_numbered(ref.number);
      } else if (const auto it = goal_by_number_.find(ref.number); it != goal_by_number_.end()) {
        goal = it->second;
        if (ref.form == GoalReference::Form::leading &&
            within(effective(piece.segment->section), drafts_[*goal].chain.section)) {
          goal.reset();
        }
      }
      if (goal && std::find(goals.begin(), goals.end(), *goal) == goals.end()) goals.push_back(*goal);
    }
    return goals;
  }

  // "För att nå mål 1 ska länsstyrelsen:": the list under the lead-in, and
  // what follows it in its section, join goal 1's chain.
  void borrow_referenced(const Piece& lead) {
    const auto goals = goals_referred(lead);
    if (goals.empty()) return;
    current_ = goals.front();
    borrowed_ = Borrowed{effective(lead.segment->section), lead.segment, lead.segment};
  }

  // A sentence that names the goal it serves ("För att nå mål 2 ska Polisen
  // genomföra ...", "... (mål 1 och 4)") joins its chain, and those of the
  // other goals it names (also_); an activity that names none, outside the
  // list and the sentence that named the goal, no longer does.
  void follow_reference(const Piece& piece) {
    if (const auto goals = goals_referred(piece); !goals.empty()) {
      current_ = goals.front();
      also_.assign(goals.begin() + 1, goals.end());
      borrowed_ = Borrowed{effective(piece.segment->section), piece.segment, nullptr, piece.begin};
      return;
    }
    // "Inom mål 3 planeras ... . Samordnaren kommer dessutom att ...": the
    // next sentence names no goal and is a task of its own.
    if (borrowed_ && piece.role == Role::activity &&
        (piece.segment != borrowed_->segment || piece.begin != borrowed_->begin) &&
        (piece.lead_segment == nullptr || piece.lead_segment != borrowed_->lead)) {
      borrowed_.reset();
      current_.reset();
    }
  }

  // The other goals the piece being added names ("(mål 1 och 4)": goal 4).
  std::vector<std::size_t> also_;

  // A line that only names goals ("Kopplat till mål: 2", "Bidrar till mål 1
  // och 3") after a block of tasks: the chains without a goal opened since
  // the block began (the section's start or the last such line) join the
  // first goal named, and copies of their elements the others; what follows
  // in the section ("Ansvarig: Rektor") joins it too. False when the segment
  // is no such line; a line naming no known goal is no element.
  bool close_block(const Segment& segment) {
    const SentenceReading reading = grammar_.read(segment.text);
    if (!reading.reference_only) return false;
    // Set as a heading of its own, it opens no section.
    if (segment.kind == SegmentKind::heading) aliases_[path_of(segment)] = effective(segment.section);
    std::vector<std::size_t> goals;
    for (const auto& ref : reading.goal_references) {
      if (const auto goal = goal_numbered(ref.number);
          goal && std::find(goals.begin(), goals.end(), *goal) == goals.end()) {
        goals.push_back(*goal);
      }
    }
    last_.reset();
    if (goals.empty()) return true;
    std::size_t from = drafts_.size();
    while (from > block_start_ && drafts_[from - 1].goal.empty()) --from;
    for (std::size_t d = from; d < drafts_.size(); ++d) {
      for (const Role role : {Role::activity, Role::indicator, Role::responsibility, Role::follow_up}) {
        const auto& moved = *drafts_[d].list_of(role);
        for (const std::size_t goal : goals) {
          auto& list = *drafts_[goal].list_of(role);
          list.insert(list.end(), moved.begin(), moved.end());
        }
      }
    }
    drafts_.erase(drafts_.begin() + static_cast<std::ptrdiff_t>(from), drafts_.end());
    block_start_ = drafts_.size();
    current_ = goals.front();
    borrowed_ = Borrowed{effective(segment.section), &segment, nullptr};
    return true;
  }
  std::size_t block_start_ = 0;  // the first draft of the block of tasks being read

  // True when a heading names activities and no goal ("Genomförda insatser",
  // "3.2 Insatser").
  bool names_activities(const std::string& heading) const {
    bool activities = false;
    for (const auto& word : util::tokenize_words(heading)) {
      const auto role = role_of_label(rules_, word.folded);
      if (role == Role::goal) return false;
      activities = activities || role == Role::activity;
    }
    return activities;
  }

  // An activity in a section of activities ("Genomförda insatser") right
  // after a section that states one goal ("Mål för perioden") serves that
  // goal; with several goals there, only a reference ("För att nå mål 2",
  // or the section's heading: "Insatser för mål 2") says which.
  void serve_goal_of_section_before(const Segment& segment) {
    auto section = effective(segment.section);
    if (section.empty()) return;
    if (borrowed_ && borrowed_->section == section) return;
    // Within one section the answer stays the same (the section's own chains
    // are not looked at): found once per section, not once per activity.
    if (!served_before_ || served_before_->section != section) {
      // "4.1 Insatser för projektmål 1": the heading names the goal served.
      const auto number = activities_goal_number(rules_, section.back());
      auto goal = number.empty() ? std::nullopt : goal_numbered(number);
      if (!goal && names_activities(section.back())) goal = goal_of_section_before(section);
      // "4. Genomförda aktiviteter" › "4.2 Stöd till unga": the heading
      // names the goal's topic.
      if (!goal && section.size() >= 2 && names_activities(section[section.size() - 2])) {
        goal = goal_of_heading_topic(section);
      }
      served_before_ = ServedBefore{std::move(section), goal};
    }
    if (!served_before_->goal) return;
    current_ = *served_before_->goal;
    borrowed_ = Borrowed{served_before_->section, nullptr, nullptr};
  }

  // The goal stated outside the chapter of activities that `section` (a
  // subsection of it) names by its topic.
  std::optional<std::size_t> goal_of_heading_topic(const std::vector<std::string>& section) const {
    const std::vector<std::string> chapter(section.begin(), section.end() - 1);
    std::vector<std::size_t> goals;
    std::vector<std::string_view> texts;
    for (std::size_t d = 0; d < drafts_.size(); ++d) {
      if (drafts_[d].goal.empty() || within(drafts_[d].chain.section, chapter)) continue;
      goals.push_back(d);
      texts.push_back(piece_text(drafts_[d].goal.front().first()));
    }
    const auto found = goal_of_topic(section.back(), texts, rules_.linking_words);
    if (!found) return std::nullopt;
    return goals[*found];
  }

  // The one goal of the section right before `section`, at its level.
  std::optional<std::size_t> goal_of_section_before(const std::vector<std::string>& section) const {
    const std::vector<std::string> parent(section.begin(), section.end() - 1);
    std::optional<std::size_t> goal;
    for (std::size_t d = drafts_.size(); d-- > 0;) {
      const auto& at = drafts_[d].chain.section;
      if (within(at, section)) continue;  // this section's own chains
      if (at.size() != section.size() || !within(at, parent)) break;
      if (drafts_[d].goal.empty()) return std::nullopt;
      if (goal && drafts_[*goal].chain.section == at) return std::nullopt;  // several goals
      if (goal) break;
      goal = d;
    }
    if (!goal) return std::nullopt;
    // Only the section right before: no chain between, and one goal in it.
    for (std::size_t d = 0; d < *goal; ++d) {
      if (drafts_[d].chain.section == drafts_[*goal].chain.section && !drafts_[d].goal.empty()) {
        return std::nullopt;
      }
    }
    return goal;
  }

  // What serve_goal_of_section_before found for the section it last looked
  // at; forgotten at every heading, where sections and their aliases change.
  struct ServedBefore {
    std::vector<std::string> section;
    std::optional<std::size_t> goal;
  };
  std::optional<ServedBefore> served_before_;

  // ---- responsibility for several chains ----------------------------------

  // "Ansvariga aktörer: ..." once after the goals of a section ("Ansvar för
  // området: ..."): the chains before it in the section that name no
  // responsibility of their own share it.
  void share_section_responsibility() {
    for (std::size_t d = drafts_.size(); d-- > 0;) {
      const Draft& holder = drafts_[d];
      if (holder.responsibility.empty() || !comes_last(holder, holder.responsibility.back())) continue;
      // "Ansvariga för område D:" answers for every goal since the heading
      // "Område D ...", whatever headings of their own the goals have.
      if (const auto start = start_of_named_area(d)) {
        for (std::size_t e = *start; e < d; ++e) drafts_[e].responsibility = holder.responsibility;
        continue;
      }
      for (std::size_t e = d; e-- > 0;) {
        Draft& other = drafts_[e];
        if (other.chain.section != holder.chain.section || !other.responsibility.empty()) break;
        other.responsibility = holder.responsibility;
      }
    }
  }

  // The first of the chains before draft `d` that the label of its last
  // responsibility names by their area: the chains back to the one under
  // the heading the label names, none of them with a responsibility of its
  // own. nullopt when the label names no area above.
  std::optional<std::size_t> start_of_named_area(std::size_t d) const {
    // The words before the colon: a label of four words ("Ansvariga för
    // område D:") is no field label, the line a responsibility by its codes.
    constexpr std::size_t kMaxLabelChars = 40;
    const Piece& line = drafts_[d].responsibility.back().first();
    std::string_view label = std::string_view(line.segment->text).substr(line.begin, line.end - line.begin);
    const std::size_t colon = label.find(':');
    if (colon == std::string_view::npos || colon > kMaxLabelChars) return std::nullopt;
    label = label.substr(0, colon);
    for (std::size_t e = d + 1; e-- > 0;) {
      if (e != d && !drafts_[e].responsibility.empty()) return std::nullopt;
      const auto& section = drafts_[e].chain.section;
      if (std::any_of(section.begin(), section.end(),
                      [&](const std::string& heading) { return label_names_area(label, heading); })) {
        return e;
      }
    }
    return std::nullopt;
  }

  // True when `element` stands in a segment after every other element of the
  // chain: a line of its own after the chain's goal, activities and indicators.
  static bool comes_last(const Draft& draft, const Element& element) {
    const Segment* own = element.first().segment;
    for (const auto* list : {&draft.goal, &draft.activities, &draft.indicators, &draft.follow_up}) {
      for (const Element& other : *list) {
        if (other.parts.back().segment->line >= own->line) return false;
      }
    }
    return true;
  }

  // "Uppdraget ska genomföras i samverkan med ...": who carries out the plan
  // or assignment is responsible for each of its chains in the section that
  // says so (another section may give another actor an assignment of its own);
  // said in a section that holds no chain ("Hur planen är uppbyggd"), for
  // every chain of the plan.
  void share_whole_plan_responsibility() {
    if (whole_plan_.empty()) return;
    std::set<std::vector<std::string>> chain_sections;
    for (const Draft& draft : drafts_) {
      for (auto section = draft.chain.section; !section.empty(); section.pop_back()) chain_sections.insert(section);
    }
    std::vector<bool> everywhere;
    for (const Element& element : whole_plan_) {
      const auto section = effective(element.first().segment->section);
      everywhere.push_back(!section.empty() && !chain_sections.contains(section));
    }
    for (Draft& draft : drafts_) {
      for (std::size_t e = 0; e < whole_plan_.size(); ++e) {
        const Element& element = whole_plan_[e];
        if (!everywhere[e] && !within(draft.chain.section, effective(element.first().segment->section))) continue;
        const bool has = std::any_of(draft.responsibility.begin(), draft.responsibility.end(),
                                     [&](const Element& own) {
                                       return own.first().segment == element.first().segment &&
                                              own.first().begin == element.first().begin;
                                     });
        if (!has) draft.responsibility.push_back(element);
      }
    }
  }

  std::vector<Element> whole_plan_;

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
    bool results = false;              // a column of results ("Resultat")
    int number = 0;                    // Segment::table of its cells: it ends with them
    std::size_t first_draft = 0;       // the first chain opened in the table
  };

  // The goal stated before the table and outside it that a goal cell
  // restates in fewer words ("1. Unga vet vart de kan vända sig" in a table
  // of indicators at the end): the row is that goal's.
  std::optional<std::size_t> goal_restated(std::string_view cell) const {
    std::vector<std::size_t> goals;
    std::vector<std::string_view> texts;
    for (std::size_t d = 0; d < table_->first_draft; ++d) {
      if (drafts_[d].goal.empty() || within(drafts_[d].chain.section, table_->section)) continue;
      goals.push_back(d);
      texts.push_back(piece_text(drafts_[d].goal.front().first()));
    }
    const auto found = restated_goal(cell, texts, rules_.linking_words);
    return found ? std::optional<std::size_t>(goals[*found]) : std::nullopt;
  }

  // True when a header cell names results (rules.result_labels).
  bool is_result_cell(std::string_view text) const {
    const auto words = util::tokenize_words(text);
    return !words.empty() && contains(rules_.result_labels, words.front().folded);
  }

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
    bool results = false;
    std::size_t last = s;
    std::optional<Role> column;
    for (std::size_t n = s; n < segments.size(); ++n) {
      if (segments[n].kind == SegmentKind::footnote) continue;
      if (!cell_kind(n) || !TableColumns::read_header_cell(rules_, segments[n].text, column)) break;
      columns.push_back(column);
      results = results || is_result_cell(segments[n].text);
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
    // "Insatser" over "Insats" / "Ansvar" / ...: a label line of the first
    // column's role above the header is the table's title, no column.
    if (columns.size() > 1 && columns[0] && columns[0] == columns[1] &&
        TableColumns::from_header({columns.begin() + 1, columns.end()})) {
      columns.erase(columns.begin());
    }
    auto table = TableColumns::from_header(columns);
    if (!table) {
      columns.clear();
      results = false;
      last = s;
      const bool all_cells = util::all_folded_words(segments[s].text, [&](const std::string& word) {
        if (!TableColumns::read_header_cell(rules_, word, column)) return false;
        columns.push_back(column);
        results = results || contains(rules_.result_labels, word);
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
    table_ = Table{std::move(*table), section, results, segments[s].table, drafts_.size()};
    if (!under_goal) current_.reset();
    last_.reset();
    return last;
  }

  // True while `segment` continues the table: anything within a row; at the
  // start of a row, what can open one: not a field label (nor a goal's or
  // activity's label and number without a colon: "Effektmål 1.2 – Färre
  // …", "Mål 2. Fler …"), a follow-up, a
  // problem or a deadline, and a heading only when it reads as a goal. A
  // heading that is a cell ("Länsstyrelsen och Polismyndigheten" standing
  // alone) belongs to the table's section.
  bool in_table(const Segment& segment) {
    if (table_->number != 0 && segment.table != table_->number) return false;
    if (table_->columns.at_row_start()) {
      if (field_label(rules_, segment.text) || numbered_label(rules_, segment.text)) return false;
      const auto spans = segment.kind == SegmentKind::heading || segment.sentences.empty()
                             ? document::split_sentences(segment.text)
                             : segment.sentences;
      const std::size_t end = spans.empty() ? segment.text.size() : spans.front().end;
      const Piece first = roles_.read_cell(segment, spans.empty() ? 0 : spans.front().begin, end);
      if (first.inert || first.lead_in || first.role == Role::follow_up ||
          first.role == Role::problem) {
        return false;
      }
      // "Mål 2." as a sentence of its own before "Den som ... ska upptäckas"
      // over the next table: a goal's label and number open the next goal,
      // no row (with its text on the line, numbered_label above says so).
      const std::string_view opening = std::string_view(segment.text).substr(0, end);
      if (is_bare_numbered_label(rules_, opening) &&
          codebook::role_of_label(rules_, util::tokenize_words(opening).front().folded) == Role::goal) {
        return false;
      }
      if (segment.kind == SegmentKind::heading && first.role != Role::goal &&
          !(table_->columns.has_column(Role::goal) && goal_restated(segment.text))) {
        return false;
      }
      // A goal heading over a table without a goal column opens the next goal.
      if (segment.kind == SegmentKind::heading && !table_->columns.has_column(Role::goal)) return false;
    }
    if (segment.kind == SegmentKind::heading) aliases_[path_of(segment)] = table_->section;
    return true;
  }

  // Each sentence of `segment` (a heading: the whole) is the next cell, in
  // the column TableColumns places it in.
  std::vector<document::SentenceSpan> cell_spans(const Segment& segment) const {
    std::vector<document::SentenceSpan> spans;
    if (segment.kind == SegmentKind::heading) {
      spans.push_back({0, segment.text.size()});
    } else {
      spans = segment.sentences.empty() ? document::split_sentences(segment.text) : segment.sentences;
      if (spans.empty()) spans.push_back({0, segment.text.size()});
      // A cell's own number ("1. Kvinnor som ...") is no cell of its own.
      if (spans.size() > 1 && only_numbers(std::string_view(segment.text)
                                                .substr(spans[0].begin, spans[0].end - spans[0].begin))) {
        spans[1].begin = spans[0].begin;
        spans.erase(spans.begin());
      }
    }
    return spans;
  }

  static bool opens_with_number(std::string_view text) {
    const auto words = util::tokenize_words(text);
    return !words.empty() && !words.front().folded.empty() && words.front().folded[0] >= '0' &&
           words.front().folded[0] <= '9';
  }

  // "1.", "2.3", "3a.": numbers of items only.
  static bool only_numbers(std::string_view text) {
    const auto words = util::tokenize_words(text);
    return !words.empty() && std::all_of(words.begin(), words.end(), [](const util::WordToken& word) {
             const std::string& w = word.folded;
             return is_number(w) || (w.size() > 1 && is_number(w.substr(0, w.size() - 1)) && w.back() >= 'a' &&
                                     w.back() <= 'z');
           });
  }

  // One cell of a table read once: by its codes, by the plan grammar, and
  // what TableColumns::place needs to know of it as the cell after another.
  struct CellReading {
    const Segment* segment = nullptr;
    std::size_t begin = 0;
    Piece piece;                  // the cell alone, its role by its codes
    std::optional<Role> grammar;  // its role by the plan grammar
    TableColumns::NextCell as_next;
  };

  CellReading read_table_cell(const Segment& segment, const document::SentenceSpan& span) const {
    CellReading cell;
    cell.segment = &segment;
    cell.begin = span.begin;
    cell.piece = roles_.read_cell(segment, span.begin, span.end);
    const std::string_view text = std::string_view(segment.text).substr(span.begin, span.end - span.begin);
    cell.grammar = grammar_.read(text).role;
    // "Ta fram en rutin för ...": a cell that opens with a deed is an
    // activity, as a list item under a goal is.
    if (!cell.grammar && grammar_.opens_with_deed(text)) cell.grammar = Role::activity;
    cell.as_next.present = true;
    cell.as_next.empty = util::count_words(text) == 0;
    if (!cell.as_next.empty) cell.as_next.coded = cell.piece.role;
    cell.as_next.actor = !cell.as_next.empty && names_only_actor(segment, span);
    return cell;
  }

  // The cell names an actor in a few words and no sentence ("Barn- och
  // utbildningsförvaltningen", "Kommunstyrelsens förvaltning"; opening with
  // a known actor, a few more: "Länsstyrelsen tillsammans med elevhälsan i
  // länets kommuner", "Regionkoordinatorn mot prostitution och
  // människohandel, region Mitt") and reads as no element by its grammar: a
  // cell of a responsible column.
  bool names_only_actor(const Segment& segment, const document::SentenceSpan& span) const {
    constexpr std::size_t kMaxActorCellWords = 5;
    constexpr std::size_t kMaxActorFirstCellWords = 10;
    const std::string_view text =
        document::trim_white_space(std::string_view(segment.text).substr(span.begin, span.end - span.begin));
    if (text.empty() || text.back() == '.') return false;
    const auto hits = index_.between(segment, span.begin, span.end);
    if (std::none_of(hits.begin(), hits.end(), [&](const auto& hit) { return r_.is_actor(hit); })) return false;
    const std::size_t words = util::count_words(text);
    if (words > kMaxActorFirstCellWords) return false;
    if (words > kMaxActorCellWords) {
      const std::size_t first = span.begin + static_cast<std::size_t>(text.data() - (segment.text.data() + span.begin));
      const bool opens_with_actor = std::any_of(hits.begin(), hits.end(), [&](const auto& hit) {
        return r_.is_actor(hit) && hit.begin == first;
      });
      if (!opens_with_actor) return false;
    }
    return !grammar_.read(std::string_view(segment.text).substr(span.begin, span.end - span.begin)).role;
  }

  // True when the segment before `segment`, footnotes skipped, is a list
  // item: the two are items of one list.
  bool follows_list_item(const Segment& segment) const {
    const auto& segments = document_.segments;
    for (auto n = static_cast<std::size_t>(&segment - segments.data()); n-- > 0;) {
      if (segments[n].kind == SegmentKind::footnote) continue;
      return segments[n].kind == SegmentKind::list_item;
    }
    return false;
  }

  // Each cell of `segment` is read once: the first cell of the segment
  // after it is read here as the last cell's next and kept for when that
  // segment's turn comes.
  void add_table_cells(const Segment& segment, const Segment* next_segment) {
    const auto spans = cell_spans(segment);
    std::vector<CellReading> cells;
    cells.reserve(spans.size() + 1);
    for (const auto& span : spans) {
      if (read_ahead_ && read_ahead_->segment == &segment && read_ahead_->begin == span.begin) {
        cells.push_back(std::move(*read_ahead_));
      } else {
        cells.push_back(read_table_cell(segment, span));
      }
    }
    read_ahead_.reset();
    if (next_segment != nullptr &&
        (next_segment->kind == SegmentKind::paragraph || next_segment->kind == SegmentKind::heading)) {
      read_ahead_ = read_table_cell(*next_segment, cell_spans(*next_segment).front());
    }
    for (std::size_t k = 0; k < spans.size(); ++k) {
      const CellReading& reading = cells[k];
      const auto& span = spans[k];
      TableColumns::NextCell next;
      if (k + 1 < spans.size()) {
        next = cells[k + 1].as_next;
      } else if (read_ahead_) {
        next = read_ahead_->as_next;
      }
      if (cell_number(reading.piece).find('.') != std::string::npos) table_->columns.open_numbered_row();
      // "2. Fler unga nås", numbered or set as a heading, restates goal 2:
      // it opens a row in the goal column, also where the row before ended
      // short of cells (its last two on one line).
      std::optional<std::size_t> restated;
      if (k == 0 && table_->columns.has_column(Role::goal) &&
          (segment.kind == SegmentKind::heading || opens_with_number(segment.text))) {
        restated = goal_restated(segment.text);
      }
      // A goal sentence after an item's own ("• Uppföljning varje kvartal
      // Samordnaren Personalen ska ...") is the next row run into the item.
      const bool list_item = segment.kind == SegmentKind::list_item &&
                             !(k > 0 && reading.grammar == Role::goal);
      const auto role = restated ? table_->columns.place_goal()
                        : list_item && (k > 0 || follows_list_item(segment))
                            ? table_->columns.place_in_last_cell()
                            : table_->columns.place(reading.piece.role, reading.grammar, next, list_item);
      Piece cell = piece_of(segment, role, span.begin, span.end);
      cell.measured = reading.piece.measured && cell.role == Role::indicator;
      cell.for_goal = table_->columns.activity_in_goal_column();
      // A follow-up cell that names a measure ("Antal personer som fått
      // samtalsstöd." under "Uppföljning") is an indicator, as "Uppföljning:
      // antalet ..." is; a table of results reports figures, no measures.
      if (cell.role == Role::follow_up && !table_->results && names_measure(cell)) {
        cell.role = Role::indicator;
        cell.measured = true;
      }
      // A column of no element, or an empty cell ("–").
      cell.inert = !cell.role || util::count_words(segment.text) == 0;
      if (!cell.inert && refers_only(cell)) {
        // "1" in the goal column of a table of indicators: the row is goal
        // 1's; "5.1 a–b" in another column refers to items, no element.
        const auto goal = cell.role == Role::goal ? goal_numbered(cell_number(cell)) : std::nullopt;
        if (goal) {
          current_ = *goal;
          borrowed_ = Borrowed{table_->section, nullptr, nullptr};
        }
        cell.inert = true;
        if (goal) {
          last_.reset();
          continue;
        }
      }
      if (!cell.inert && cell.role == Role::goal) {
        if (const auto goal = restated ? restated : goal_restated(piece_text(cell))) {
          current_ = *goal;
          borrowed_ = Borrowed{table_->section, nullptr, nullptr};
          last_.reset();
          continue;
        }
      }
      // "Indikator saknas, tas fram ..." in the indicator column names none.
      if (cell.role == Role::indicator && pending_in_cell(cell)) cell.inert = true;
      if (!cell.inert && cell.role == Role::activity && add_dashed_tasks(cell)) continue;
      add(cell);
    }
  }

  // "Länsstyrelsen ska: – samordna ... – sprida ...": an activity cell that
  // holds a lead-in and its dashed tasks, as a list stands in a cell. Each
  // task is an activity with the lead-in's actors; false when the cell is
  // no such thing.
  bool add_dashed_tasks(const Piece& cell) {
    const std::string_view text = std::string_view(cell.segment->text).substr(cell.content, cell.end - cell.content);
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || !grammar_.read(text.substr(0, colon + 1), true).lead_in) return false;
    std::vector<std::pair<std::size_t, std::size_t>> tasks;  // offsets in `text`
    std::size_t at = colon + 1;
    const auto dash_at = [&](std::size_t from) {
      for (std::size_t k = from; k < text.size(); ++k) {
        if (text[k] != ' ') {
          for (const std::string_view dash : {std::string_view("– "), std::string_view("- ")}) {
            if (text.substr(k, dash.size()) == dash) return k;
          }
          return std::string_view::npos;
        }
      }
      return std::string_view::npos;
    };
    std::size_t dash = dash_at(at);
    if (dash == std::string_view::npos) return false;
    while (dash != std::string_view::npos) {
      const std::size_t begin = text.find(' ', dash) + 1;
      std::size_t next = text.find(" – ", begin);
      if (next == std::string_view::npos) next = text.find(" - ", begin);
      const std::size_t end = next == std::string_view::npos ? text.size() : next;
      tasks.emplace_back(begin, end);
      dash = next == std::string_view::npos ? std::string_view::npos : next + 1;
    }
    for (const auto& [begin, end] : tasks) {
      Piece task = cell;
      task.begin = task.content = cell.content + begin;
      task.end = cell.content + end;
      task.lead_segment = cell.segment;
      task.lead_begin = cell.content;
      task.lead_end = cell.content + colon + 1;
      add(task);
    }
    return true;
  }

  // True when the cell's words are numbers and single letters only ("1",
  // "5.1 a–b", "5.2 a, b"): it refers to goals or items stated elsewhere.
  static bool refers_only(const Piece& cell) {
    const auto words = util::tokenize_words(piece_text(cell));
    return !words.empty() && std::all_of(words.begin(), words.end(), [](const util::WordToken& word) {
      return is_number(word.folded) || util::count_code_points(word.folded) == 1;
    });
  }

  // The goal number a cell of numbers gives ("2", "2.1"); empty when it
  // holds letters or several numbers.
  static std::string cell_number(const Piece& cell) {
    std::string number;
    const std::string_view text = piece_text(cell);
    const auto words = util::tokenize_words(text);
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (!is_number(words[w].folded)) return {};
      if (w > 0 && text.substr(words[w - 1].end, words[w].begin - words[w - 1].end) != ".") return {};
      if (!number.empty()) number += '.';
      number += words[w].folded;
    }
    return number;
  }

  // An indicator cell that says the indicator is still to be made, after
  // the indicator's own label ("Indikator saknas", "Saknas").
  bool pending_in_cell(const Piece& cell) const {
    const std::string_view text = piece_text(cell);
    const auto words = util::tokenize_words(text);
    if (words.empty()) return false;
    const bool labelled = codebook::role_of_label(rules_, words.front().folded) == Role::indicator;
    return grammar_.is_pending_indicator(labelled && words.size() > 1 ? text.substr(words[1].begin) : text);
  }

  std::optional<CellReading> read_ahead_;  // the next segment's first cell, read as a next cell
  std::optional<Table> table_;

  // True when a measurable term ("Antal", "Andel") is among the first words
  // of the piece, a goal's number before it skipped.
  bool opens_with_measure(const Piece& piece) const {
    constexpr std::size_t kOpeningWords = 2;
    const std::string_view text = std::string_view(piece.segment->text).substr(piece.content, piece.end - piece.content);
    std::size_t words = 0;
    std::size_t limit = text.size();
    for (const auto& word : util::tokenize_words(text)) {
      if (is_number(word.folded)) continue;
      if (++words > kOpeningWords) {
        limit = word.begin;
        break;
      }
    }
    const auto hits = index_.between(*piece.segment, piece.content, piece.content + limit);
    return std::any_of(hits.begin(), hits.end(), [&](const auto& hit) { return r_.is_measurable(hit); });
  }

  bool names_measure(const Piece& piece) const {
    const auto hits = index_.between(*piece.segment, piece.begin, piece.end);
    return std::any_of(hits.begin(), hits.end(), [&](const auto& hit) { return r_.is_measurable(hit); });
  }

  void add(const Piece& piece) {
    const Segment& segment = *piece.segment;
    if (piece.inert) {
      last_.reset();  // what follows a deadline does not continue the element before it
      return;
    }
    if (!piece.role && !goals_referred(piece).empty() && role_of_kind(segment.kind) == std::nullopt &&
        segment.kind != SegmentKind::heading) {
      // "Samtal om sexköp med killar på fritidsgårdarna [6.2]": what names
      // the goal it serves is done for it; "6.2 Antal anmälda brott ..."
      // opens with a measure of it.
      Piece element = piece;
      element.role = opens_with_measure(piece) ? Role::indicator : Role::activity;
      add(element);
      return;
    }
    if (!piece.role) {
      continue_last(piece);
      return;
    }
    const Role role = *piece.role;
    last_role_ = role;
    if (role == Role::problem) {
      last_ = ElementRef{std::nullopt, role, problems_.add(Element{{piece}})};
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
    if (!structured && role == Role::goal && explains_heading_goal(piece)) {
      last_.reset();
      return;
    }
    also_.clear();
    if (!structured && role != Role::goal) follow_reference(piece);
    if (!structured && role == Role::activity && (!current_ || drafts_[*current_].goal.empty())) {
      serve_goal_of_section_before(segment);
    }
    if (piece.whole_plan) whole_plan_.push_back(Element{{piece}});
    // "Utöver målen samordnade länsstyrelsen ett arbete om hedersrelaterat
    // våld": a task on another topic, naming none of this one's, is done
    // beside the topic's goal above, not for it (a goal on that other topic
    // keeps it).
    if (role == Role::activity && !structured && current_ && !drafts_[*current_].goal.empty() &&
        other_topic_only(piece) && names_topic(drafts_[*current_].goal.front().first())) {
      last_.reset();
      return;
    }
    const bool goalless = current_ && drafts_[*current_].goal.empty() &&
                          !drafts_[*current_].activities.empty();
    if (role == Role::goal || (role == Role::activity && piece.for_goal)) {
      open(piece);
    } else if (role == Role::activity && !structured && goalless) {
      open(piece);  // every activity without a goal is a chain of its own
    } else if (!current_) {
      // An indicator where no chain is open measures a goal stated elsewhere.
      if (role == Role::indicator && !structured) indicators_apart_.keep(piece);
      if (role != Role::activity) return;
      open(piece);
    }
    Draft& draft = drafts_[*current_];
    auto* list = draft.list_of(role);
    list->push_back(Element{{piece}});
    last_ = ElementRef{current_, role, list->size() - 1};
    chain_of_segment_[segment.id] = *current_;
    for (const std::size_t other : also_) {
      if (other != *current_) drafts_[other].list_of(role)->push_back(Element{{piece}});
    }
    also_.clear();
  }

  // True when `piece`, a goal by its words in a paragraph of the section a
  // goal heading opened ("Mål 1: Färre köper sex i Göteborg" over "... Staden
  // ska därför rikta sig till dem som köper sex."), comes before anything of
  // that goal's own: the heading states the goal, the paragraph explains it.
  // A goal with a label, a number or a goal's word first ("Målet är att")
  // states one of its own.
  bool explains_heading_goal(const Piece& piece) const {
    if (!current_ || piece.segment->kind != SegmentKind::paragraph || piece.content != piece.begin ||
        !piece.segment->label.empty() || !piece.goal_references.empty() || piece.answers_question) {
      return false;
    }
    const Draft& draft = drafts_[*current_];
    if (draft.goal.size() != 1 || !draft.activities.empty() || !draft.indicators.empty() ||
        !draft.responsibility.empty() || !draft.follow_up.empty()) {
      return false;
    }
    const Piece& goal = draft.goal.front().first();
    if (goal.segment->kind != SegmentKind::heading ||
        codebook::role_of_label(rules_, label_word(goal)) != Role::goal ||
        util::count_words(piece_text(goal)) < 2 || effective(piece.segment->section) != draft.chain.section) {
      return false;
    }
    // "Målet för perioden var att ...", "Målsättningen är ...": a goal's word.
    const auto words = util::tokenize_words(piece_text(piece));
    return !words.empty() && std::none_of(rules_.field_labels.begin(), rules_.field_labels.end(), [&](const auto& label) {
      return label.second == Role::goal && words.front().folded.starts_with(label.first);
    });
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

  // Headings above the chain, nearest first (a goal heading included), the
  // document's title left out.
  std::vector<const Segment*> headings_above(const Chain& chain) const {
    std::vector<const Segment*> out;
    auto path = chain.section;
    while (!path.empty()) {
      if (const auto it = headings_.find(path); it != headings_.end() && !is_title(*it->second)) {
        out.push_back(it->second);
      }
      path.pop_back();
    }
    return out;
  }

  // The headings above the chain that may class it: not the heading of a
  // goal of its own level ("Mål 1: Färre köper sex" above "Mål 3: Stadens
  // anställda ska ...", a paragraph where the heading's section goes on),
  // which classes its own goal. A sub-goal ("Delmål 1.1" under "Mål 1: ...")
  // keeps its goal's heading.
  std::vector<const Segment*> class_headings(const Draft& draft) const {
    auto headings = headings_above(draft.chain);
    if (draft.goal.empty()) return headings;
    const Piece& goal = draft.goal.front().first();
    const std::string label = label_word(goal);
    if (label.empty() || codebook::role_of_label(rules_, label) != Role::goal) return headings;
    std::erase_if(headings, [&](const Segment* heading) {
      if (heading == goal.segment || !goal_heading(rules_, heading->text)) return false;
      const auto words = util::tokenize_words(heading->text);
      return !words.empty() && words.front().folded == label;
    });
    return headings;
  }

  // The document's title as a heading above every section. Numbered headings
  // ("2. Stöd till ...") are chapters, never the title (as the text reader
  // finds titles).
  bool is_title(const Segment& heading) const {
    const std::string_view text = heading.text;
    return heading.section.empty() && text == document_.title && !text.empty() &&
           (text[0] < '0' || text[0] > '9');
  }

  // True when the heading names other topics beside the chain topic
  // (rules.other_topics): it is shared, and says nothing of the chains under
  // it. Each heading is read once.
  bool shared_heading(const Segment& heading) const {
    const auto [it, fresh] = shared_heading_.try_emplace(&heading, false);
    if (fresh) it->second = names_other_topic(rules_, heading.text);
    return it->second;
  }

  // A chain is about the topic when its code fires in the goal, an activity,
  // an indicator, the lead-in of a list item, or a heading above them; the
  // document's title does not count ("Handlingsplan mot mäns våld mot kvinnor,
  // prostitution och människohandel" heads every section), nor does a heading
  // shared with other topics. A codebook without
  // the topic's code has no chains (lint says so).
  bool names_topic(const Piece& piece) const {
    const auto hits = index_.between(*piece.segment, piece.content, piece.end);
    return std::any_of(hits.begin(), hits.end(), [&](const auto& hit) { return r_.is_topical(hit); });
  }

  // True when the piece names one of other_topics and no code of the topic.
  bool other_topic_only(const Piece& piece) const {
    return names_other_topic(rules_, piece_text(piece)) && !names_topic(piece);
  }

  // True when the topic's code fires in one of `elements`.
  bool names_topic(std::span<const Element> elements) const {
    bool found = false;
    each_hit(index_, elements, [&](const Piece&, const codebook::Hit& hit) { found = found || r_.is_topical(hit); });
    return found;
  }

  bool about_topic(const Draft& draft) const {
    if (!r_.topic) return false;
    bool found = false;
    auto look = [&](const Piece&, const codebook::Hit& hit) {
      found = found || r_.is_topical(hit);
    };
    each_hit(index_, draft.goal, look);
    each_hit(index_, draft.activities, look);
    each_hit(index_, draft.indicators, look);
    if (found) return true;
    for (const auto* elements : {&draft.goal, &draft.activities}) {
      for (const Element& element : *elements) {
        const Piece& piece = element.first();
        if (piece.lead_segment == nullptr) continue;
        for (const auto& hit : index_.between(*piece.lead_segment, piece.lead_begin, piece.lead_end)) {
          if (r_.is_topical(hit)) return true;
        }
      }
    }
    for (const Segment* heading : headings_above(draft.chain)) {
      if (shared_heading(*heading)) continue;
      for (const auto& hit : heading->hits) {
        if (r_.is_topical(hit)) return true;
      }
    }
    return false;
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
    responsible_.find(draft);
    problems_.link(chain);
    classification_.classify(draft, class_headings(draft));
    score_chain(draft, rules_, r_, index_);
  }

  const document::Document& document_;
  const ChainRules& rules_;
  PlanGrammar grammar_;
  ResolvedRules r_;
  mutable HitIndex index_;
  SentenceRoles roles_;
  ProblemLinkage problems_;
  ResponsibleActors responsible_;
  ResponsibilityAppendix appendix_;
  IndicatorsApart indicators_apart_;
  ChainClassification classification_;
  std::vector<Draft> drafts_;
  std::optional<std::size_t> current_;
  std::optional<Role> last_role_;
  std::optional<ElementRef> last_;
  std::map<std::vector<std::string>, const Segment*> headings_;
  std::map<std::string, std::size_t> chain_of_segment_;
  std::map<std::vector<std::string>, std::vector<std::string>> aliases_;  // label headings
  mutable std::map<const Segment*, bool> shared_heading_;
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
