#include "chain_rules_parser.h"

#include "goalchain/util/utf8.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace goalchain::codebook {
namespace {

const std::vector<std::string> kChainKeys = {
    "topic",          "roles",          "actors",          "target_groups",
    "measurable",     "national_goals", "labels",          "obligation",
    "recommendation", "max_subject_words", "goal_verbs",   "activity_verbs",
    "verb_window",    "past_activity",  "assignment",      "partners",
    "deadlines",      "plan_itself",    "lead_in_endings", "linking_words",
    "min_follow_up_words", "past_activity_active", "work_itself", "preamble_labels",
    "table_other_columns", "sub_goal_labels", "result_labels", "other_topics",
    "goal_openings", "goal_reference", "passive_agent", "pending_indicator",
    "vision_openings", "serves_goal_before", "responsibility_sections", "problem_headings", "intention",
    "decisions", "follow_up_headings", "question_labels", "nominal_goals", "name_joiners",
    "follow_up_labels", "assessments", "overall_goals"};
const std::vector<std::string> kProfileKeys = {
    "topic",       "problem",   "sex_buyers",        "target_groups",
    "actors",      "intersectional", "prevalence_mapping", "places",
    "cooperation", "local_partners", "regional_partners",  "inter_county",
    "questions"};
const std::vector<std::string> kQuestionKeys = {"answer", "label", "label_en"};
const std::vector<std::string> kRoleNames = {"problem",   "goal",           "activity",
                                             "indicator", "responsibility", "follow_up"};

// Reads one section, recording every code id it names with its place.
class SectionReader {
 public:
  SectionReader(Checker& check, std::string section, std::vector<NamedCode>& named)
      : check_(check), section_(std::move(section)), named_(named) {}

  std::string where(std::string_view key) const { return fmt::format("{}.{}", section_, key); }

  // A code id; recorded for lint.
  std::string code(const YAML::Node& node, std::string_view rule) {
    auto id = check_.scalar(node, fmt::format("'{}'", rule));
    if (!id || id->empty()) return {};
    const auto [line, column] = check_.position(node.Mark());
    named_.push_back({*id, std::string(rule), line, column});
    return *id;
  }

  std::vector<std::string> codes(const YAML::Node& node, std::string_view rule) {
    std::vector<std::string> ids;
    if (!node.IsSequence()) {
      check_.error(node.Mark(), fmt::format("'{}' must be a list of code ids", rule));
      return ids;
    }
    for (const auto& item : node) {
      if (auto id = code(item, rule); !id.empty()) ids.push_back(id);
    }
    return ids;
  }

  // A folded word or phrase; empty (with an error) when it holds no word.
  Phrase phrase(const YAML::Node& node, std::string_view rule) {
    const auto text = check_.scalar(node, fmt::format("a word of '{}'", rule));
    if (!text) return {};
    std::string folded;
    try {
      folded = util::fold_case(*text);
    } catch (const std::exception&) {
      check_.error(node.Mark(), fmt::format("a word of '{}' is not valid UTF-8", rule));
      return {};
    }
    Phrase words;
    std::size_t at = 0;
    while (at < folded.size()) {
      const std::size_t end = std::min(folded.find(' ', at), folded.size());
      if (end > at) words.push_back(folded.substr(at, end - at));
      at = end + 1;
    }
    if (words.empty()) {
      check_.error(node.Mark(), fmt::format("an empty word in '{}'", rule),
                   "write a word or a phrase, e.g. genomför*");
    }
    return words;
  }

  std::vector<Phrase> phrases(const YAML::Node& node, std::string_view rule) {
    std::vector<Phrase> out;
    if (!node.IsSequence()) {
      check_.error(node.Mark(), fmt::format("'{}' must be a list of words or phrases", rule),
                   fmt::format("write {}: [word, two words, stem*]", rule));
      return out;
    }
    for (const auto& item : node) {
      if (auto words = phrase(item, rule); !words.empty()) out.push_back(std::move(words));
    }
    return out;
  }

  // Single words only (obligation words, linking words).
  std::vector<std::string> words(const YAML::Node& node, std::string_view rule) {
    std::vector<std::string> out;
    if (!node.IsSequence()) {
      check_.error(node.Mark(), fmt::format("'{}' must be a list of words", rule));
      return out;
    }
    for (const auto& item : node) {
      Phrase words = phrase(item, rule);
      if (words.size() > 1) {
        check_.error(item.Mark(), fmt::format("'{}' takes single words", rule),
                     "a phrase belongs in a list that takes phrases");
      } else if (!words.empty()) {
        out.push_back(words.front());
      }
    }
    return out;
  }

  Checker& check() { return check_; }

 private:
  Checker& check_;
  std::string section_;
  std::vector<NamedCode>& named_;
};

// A map from role names to values ("roles:", "labels:"): calls
// fn(role, value, rule name) for each known role; unknown roles are errors.
template <typename Fn>
void each_role(const YAML::Node& node, SectionReader& in, std::string_view key,
               std::string_view message, std::string_view hint, Fn&& fn) {
  if (!node.IsMap()) {
    in.check().error(node.Mark(), fmt::format("'{}' must map each role to {}", key, message),
                     std::string(hint));
    return;
  }
  in.check().check_keys(node, kRoleNames, fmt::format("in '{}'", key));
  for (const auto& entry : node) {
    if (const auto role = chain_role_from_string(entry.first.Scalar())) {
      fn(*role, entry.second, in.where(fmt::format("{}.{}", key, entry.first.Scalar())));
    }
  }
}

void read_roles(const YAML::Node& node, SectionReader& in, ChainRules& rules) {
  each_role(node, in, "roles", "a code id", "write roles: {goal: goal, activity: activity}",
            [&](ChainRole role, const YAML::Node& value, const std::string& rule) {
              if (auto id = in.code(value, rule); !id.empty()) rules.role_codes.emplace_back(role, id);
            });
}

void read_labels(const YAML::Node& node, SectionReader& in, ChainRules& rules) {
  each_role(node, in, "labels", "its field labels",
            "write labels: {goal: [mål, delmål], activity: [insats, aktivitet]}",
            [&](ChainRole role, const YAML::Node& value, const std::string& rule) {
              for (auto& word : in.words(value, rule)) {
                rules.field_labels.emplace_back(std::move(word), role);
              }
            });
}

void read_question_labels(const YAML::Node& node, SectionReader& in, ChainRules& rules) {
  each_role(node, in, "question_labels", "the questions it answers",
            "write question_labels: {goal: [vad vill vi uppnå], activity: [vad ska göras]}",
            [&](ChainRole role, const YAML::Node& value, const std::string& rule) {
              for (auto& phrase : in.phrases(value, rule)) {
                rules.question_labels.emplace_back(std::move(phrase), role);
              }
            });
}

void read_national_goals(const YAML::Node& node, SectionReader& in, ChainRules& rules) {
  if (!node.IsMap()) {
    in.check().error(node.Mark(), "'national_goals' must map code ids to goal numbers",
                     "write national_goals: {NS1: 1, NS2: 2}");
    return;
  }
  for (const auto& entry : node) {
    const auto id = in.code(entry.first, in.where("national_goals"));
    const auto number = in.check().whole_number(entry.second, "a national goal number", 1);
    if (!id.empty() && number) rules.national_goals.emplace_back(id, *number);
  }
}

std::vector<std::pair<std::string, std::string>> read_places(const YAML::Node& node,
                                                             SectionReader& in) {
  std::vector<std::pair<std::string, std::string>> places;
  if (!node.IsMap()) {
    in.check().error(node.Mark(), "'places' must map a place's name to a code id",
                     "write places: {internet: quality.internet}");
    return places;
  }
  for (const auto& entry : node) {
    const auto name = in.check().scalar(entry.first, "a place's name");
    if (name && entry.second.IsNull()) {
      places.emplace_back(*name, "");  // asked, but this codebook cannot answer: null
      continue;
    }
    const auto id = in.code(entry.second, in.where("places." + entry.first.Scalar()));
    if (name && !id.empty()) places.emplace_back(*name, id);
  }
  return places;
}

// `questions:`: a list of {answer, label, label_en}, each answer one the
// profile gives (profile_answer_names), each at most once.
std::vector<ProfileQuestion> read_questions(const YAML::Node& node, const ProfileRules& rules,
                                            Checker& check) {
  std::vector<ProfileQuestion> questions;
  if (!node.IsSequence()) {
    check.error(node.Mark(), "'questions' must be a list of questions",
                "write questions: [{answer: pmh_mentioned, label: Nämner PMH}]");
    return questions;
  }
  const std::vector<std::string> answers = profile_answer_names(rules);
  for (const auto& item : node) {
    if (!item.IsMap()) {
      check.error(item.Mark(), "a question must be a map with 'answer' and 'label'",
                  "write {answer: pmh_mentioned, label: Nämner PMH, label_en: Mentions PMH}");
      continue;
    }
    check.check_keys(item, kQuestionKeys, "in a question");
    ProfileQuestion question;
    std::tie(question.line, question.column) = check.position(item.Mark());
    if (!item["answer"]) {
      check.error(item.Mark(), "a question has no 'answer'",
                  fmt::format("name one of: {}", fmt::join(answers, ", ")));
      continue;
    }
    if (!item["label"]) {
      check.error(item.Mark(), "a question has no 'label'", "write the column's heading");
    } else if (auto label = check.scalar(item["label"], "a question's 'label'")) {
      question.label = *label;
    }
    if (item["label_en"]) {
      question.label_en = check.scalar(item["label_en"], "a question's 'label_en'").value_or("");
    }
    const auto answer = check.choice(item["answer"], "answer", answers);
    if (!answer) continue;
    const bool repeated = std::any_of(questions.begin(), questions.end(),
                                      [&](const ProfileQuestion& q) { return q.answer == *answer; });
    if (repeated) {
      check.error(item["answer"].Mark(), fmt::format("answer '{}' is asked twice", *answer),
                  "keep one of the two questions");
      continue;
    }
    question.answer = *answer;
    questions.push_back(std::move(question));
  }
  return questions;
}

// True when the section is a map; its unknown keys are reported.
bool is_section(const YAML::Node& node, Checker& check, std::string_view name,
                const std::vector<std::string>& keys) {
  if (!node.IsMap()) {
    check.error(node.Mark(), fmt::format("'{}' must be a map of rules", name),
                "see docs/chains.md for the keys");
    return false;
  }
  check.check_keys(node, keys, fmt::format("in '{}'", name));
  return true;
}

}  // namespace

ChainRules read_chain_rules(const YAML::Node& node, Checker& check) {
  ChainRules rules;
  if (!is_section(node, check, "chains", kChainKeys)) return rules;
  SectionReader in(check, "chains", rules.named_codes);
  for (const char* required : {"topic", "roles"}) {
    if (!node[required]) {
      check.error(node.Mark(), fmt::format("'chains' has no '{}'", required),
                  "without it chains cannot be told apart; see docs/chains.md");
    }
  }
  if (node["topic"]) rules.topic = in.code(node["topic"], "chains.topic");
  if (node["roles"]) read_roles(node["roles"], in, rules);
  if (node["actors"]) rules.actors = in.code(node["actors"], "chains.actors");
  if (node["target_groups"]) {
    rules.target_groups = in.code(node["target_groups"], "chains.target_groups");
  }
  if (node["measurable"]) rules.measurable = in.code(node["measurable"], "chains.measurable");
  if (node["national_goals"]) read_national_goals(node["national_goals"], in, rules);
  if (node["labels"]) read_labels(node["labels"], in, rules);
  if (node["question_labels"]) read_question_labels(node["question_labels"], in, rules);
  if (node["obligation"]) rules.obligation_words = in.words(node["obligation"], "obligation");
  if (node["recommendation"]) {
    rules.recommendation_words = in.words(node["recommendation"], "recommendation");
  }
  if (node["max_subject_words"]) {
    rules.max_subject_words =
        check.whole_number(node["max_subject_words"], "max_subject_words", 1).value_or(12);
  }
  if (node["goal_verbs"]) rules.goal_verbs = in.phrases(node["goal_verbs"], "goal_verbs");
  if (node["activity_verbs"]) {
    rules.activity_verbs = in.phrases(node["activity_verbs"], "activity_verbs");
  }
  if (node["verb_window"]) {
    rules.verb_window = check.whole_number(node["verb_window"], "verb_window", 1).value_or(8);
  }
  if (node["past_activity"]) {
    rules.past_activity = in.phrases(node["past_activity"], "past_activity");
  }
  if (node["past_activity_active"]) {
    rules.past_activity_active = in.phrases(node["past_activity_active"], "past_activity_active");
  }
  if (node["work_itself"]) rules.work_itself = in.phrases(node["work_itself"], "work_itself");
  if (node["preamble_labels"]) {
    rules.preamble_labels = in.words(node["preamble_labels"], "preamble_labels");
  }
  if (node["table_other_columns"]) {
    rules.table_other_columns = in.words(node["table_other_columns"], "table_other_columns");
  }
  if (node["result_labels"]) {
    rules.result_labels = in.words(node["result_labels"], "result_labels");
  }
  if (node["other_topics"]) rules.other_topics = in.phrases(node["other_topics"], "other_topics");
  if (node["nominal_goals"]) rules.nominal_goals = in.words(node["nominal_goals"], "nominal_goals");
  if (node["name_joiners"]) rules.name_joiners = in.words(node["name_joiners"], "name_joiners");
  if (node["sub_goal_labels"]) {
    rules.sub_goal_labels = in.words(node["sub_goal_labels"], "sub_goal_labels");
  }
  for (const auto& [key, phrases] :
       {std::pair{"goal_openings", &rules.goal_openings}, std::pair{"goal_reference", &rules.goal_reference},
        std::pair{"passive_agent", &rules.passive_agent},
        std::pair{"pending_indicator", &rules.pending_indicator},
        std::pair{"vision_openings", &rules.vision_openings},
        std::pair{"assessments", &rules.assessments},
        std::pair{"serves_goal_before", &rules.serves_goal_before},
        std::pair{"responsibility_sections", &rules.responsibility_sections},
        std::pair{"problem_headings", &rules.problem_headings},
        std::pair{"follow_up_headings", &rules.follow_up_headings},
        std::pair{"intention", &rules.intention}, std::pair{"decisions", &rules.decisions},
        std::pair{"follow_up_labels", &rules.follow_up_labels},
        std::pair{"overall_goals", &rules.overall_goals}}) {
    if (node[key]) *phrases = in.phrases(node[key], key);
  }
  if (node["assignment"]) rules.assignment_phrases = in.phrases(node["assignment"], "assignment");
  if (node["partners"]) rules.partner_phrases = in.phrases(node["partners"], "partners");
  if (node["deadlines"]) rules.deadline_phrases = in.phrases(node["deadlines"], "deadlines");
  if (node["plan_itself"]) rules.plan_phrases = in.phrases(node["plan_itself"], "plan_itself");
  if (node["lead_in_endings"]) {
    rules.lead_in_endings = in.words(node["lead_in_endings"], "lead_in_endings");
  }
  if (node["linking_words"]) {
    rules.linking_words = in.words(node["linking_words"], "linking_words");
  }
  if (node["min_follow_up_words"]) {
    rules.min_follow_up_words =
        check.whole_number(node["min_follow_up_words"], "min_follow_up_words", 1).value_or(3);
  }
  return rules;
}

ProfileRules read_profile_rules(const YAML::Node& node, Checker& check) {
  ProfileRules rules;
  if (!is_section(node, check, "profile", kProfileKeys)) return rules;
  SectionReader in(check, "profile", rules.named_codes);
  const std::pair<const char*, std::string*> single[] = {
      {"topic", &rules.topic},
      {"problem", &rules.problem},
      {"sex_buyers", &rules.sex_buyers},
      {"target_groups", &rules.target_groups},
      {"actors", &rules.actors},
      {"intersectional", &rules.intersectional},
      {"prevalence_mapping", &rules.prevalence_mapping},
      {"cooperation", &rules.cooperation},
      {"inter_county", &rules.inter_county},
  };
  for (const auto& [key, field] : single) {
    if (node[key]) *field = in.code(node[key], in.where(key));
  }
  if (!node["topic"]) {
    check.error(node.Mark(), "'profile' has no 'topic'",
                "name the code that marks a passage about the topic, e.g. topic: pmh");
  }
  if (node["places"]) rules.places = read_places(node["places"], in);
  if (node["local_partners"]) {
    rules.local_partners = in.codes(node["local_partners"], "profile.local_partners");
  }
  if (node["regional_partners"]) {
    rules.regional_partners = in.codes(node["regional_partners"], "profile.regional_partners");
  }
  if (node["questions"]) rules.questions = read_questions(node["questions"], rules, check);
  return rules;
}

}  // namespace goalchain::codebook
