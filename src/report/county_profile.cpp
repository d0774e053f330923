#include "goalchain/report/county_profile.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <set>

namespace goalchain::report {
namespace {

// Per code: lies strictly below `group`.
std::vector<char> codes_below(const codebook::Codebook& codebook, std::optional<std::size_t> group) {
  std::vector<char> below(codebook.codes.size(), 0);
  if (!group) return below;
  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    if (c == *group) continue;
    const auto up = codebook.ancestors_of(c);
    below[c] = std::find(up.begin(), up.end(), *group) != up.end() ? 1 : 0;
  }
  return below;
}

bool fires(const document::Segment& segment, std::optional<std::size_t> code) {
  return code && std::any_of(segment.hits.begin(), segment.hits.end(),
                             [&](const auto& hit) { return hit.code == *code; });
}

bool fires_any(const document::Segment& segment, const std::set<std::size_t>& codes) {
  return std::any_of(segment.hits.begin(), segment.hits.end(),
                     [&](const auto& hit) { return codes.contains(hit.code); });
}

// A question answered by a code: nullopt when the codebook lacks it.
struct Question {
  std::optional<std::size_t> code;
  Answer answer;
  explicit Question(std::optional<std::size_t> c) : code(c) {
    if (code) answer = false;
  }
  void ask(const document::Segment& segment) {
    if (fires(segment, code)) answer = true;
  }
};

std::set<std::size_t> find_all(const codebook::Codebook& codebook,
                               const std::vector<std::string>& ids) {
  std::set<std::size_t> out;
  for (const auto& id : ids) {
    if (auto index = codebook.find(id)) out.insert(*index);
  }
  return out;
}

}  // namespace

struct CountyProfileBuilder::State {
  State(const codebook::Codebook& book, const ProfileRules& profile_rules)
      : codebook(book),
        rules(profile_rules),
        topic(book.find(rules.topic)),
        problem(book.find(rules.problem)),
        targets(codes_below(book, book.find(rules.target_groups))),
        actors(codes_below(book, book.find(rules.actors))),
        sex_buyers(book.find(rules.sex_buyers)),
        intersectional(book.find(rules.intersectional)),
        prevalence(book.find(rules.prevalence_mapping)),
        inter_county(book.find(rules.inter_county)),
        cooperation(book.find(rules.cooperation)),
        local(find_all(book, rules.local_partners)),
        regional(find_all(book, rules.regional_partners)),
        target_seen(book.codes.size(), 0),
        actor_seen(book.codes.size(), 0) {
    for (const auto& place : rules.places) places.emplace_back(book.find(place.second));
    if (cooperation && !local.empty()) cooperation_local = false;
    if (cooperation && !regional.empty()) cooperation_regional = false;
  }

  const codebook::Codebook& codebook;
  ProfileRules rules;
  CountyProfile profile;
  std::optional<std::size_t> topic;
  std::optional<std::size_t> problem;
  std::vector<char> targets;
  std::vector<char> actors;
  Question sex_buyers;
  Question intersectional;
  Question prevalence;
  Question inter_county;
  std::vector<Question> places;
  std::optional<std::size_t> cooperation;
  std::set<std::size_t> local;
  std::set<std::size_t> regional;
  Answer cooperation_local;
  Answer cooperation_regional;
  std::vector<char> target_seen;
  std::vector<char> actor_seen;
};

CountyProfileBuilder::CountyProfileBuilder(const codebook::Codebook& codebook,
                                           const ProfileRules& rules)
    : state_(std::make_unique<State>(codebook, rules)) {}

CountyProfileBuilder::~CountyProfileBuilder() = default;
CountyProfileBuilder::CountyProfileBuilder(CountyProfileBuilder&&) noexcept = default;
CountyProfileBuilder& CountyProfileBuilder::operator=(CountyProfileBuilder&&) noexcept = default;

void CountyProfileBuilder::add(const document::Document& doc, const std::vector<chain::Chain>& chains) {
  State& st = *state_;
  CountyProfile& profile = st.profile;
  // Sections whose heading mentions the topic: everything below is about it.
  std::set<std::vector<std::string>> topical_sections;
  for (const auto& segment : doc.segments) {
    const bool topical = fires(segment, st.topic);
    if (topical) profile.pmh_mentioned = true;
    if (segment.kind == document::SegmentKind::heading && topical) {
      auto path = segment.section;
      path.push_back(segment.text);
      topical_sections.insert(std::move(path));
    }
    bool under_topic = false;
    auto path = segment.section;
    while (!path.empty() && !under_topic) {
      under_topic = topical_sections.contains(path);
      path.pop_back();
    }
    if (!topical && !under_topic) continue;

    ++profile.pmh_segments;
    if (segment.kind == document::SegmentKind::problem || fires(segment, st.problem)) {
      profile.problem_description = true;
      st.sex_buyers.ask(segment);
    }
    for (const auto& hit : segment.hits) {
      if (st.targets[hit.code] != 0) st.target_seen[hit.code] = 1;
      if (st.actors[hit.code] != 0) st.actor_seen[hit.code] = 1;
    }
    st.intersectional.ask(segment);
    st.prevalence.ask(segment);
    st.inter_county.ask(segment);
    for (auto& place : st.places) place.ask(segment);
    if (fires(segment, st.cooperation)) {
      if (st.cooperation_local && fires_any(segment, st.local)) st.cooperation_local = true;
      if (st.cooperation_regional && fires_any(segment, st.regional)) st.cooperation_regional = true;
    }
  }
  for (const auto& chain : chains) {
    ++profile.chains;
    if (chain.complete) ++profile.complete_chains;
    if (chain.problem_link == "section") ++profile.problem_link_section;
    if (chain.problem_link == "plan") ++profile.problem_link_plan;
    for (const int goal : chain.national_goals) {
      if (goal >= 1 && goal <= 4) ++profile.national_goals[static_cast<std::size_t>(goal - 1)];
    }
    if (chain.score >= 0 && chain.score <= 5) {
      ++profile.chain_scores[static_cast<std::size_t>(chain.score)];
    }
  }
}

CountyProfile CountyProfileBuilder::finish() const {
  const State& st = *state_;
  CountyProfile profile = st.profile;
  for (std::size_t c = 0; c < st.codebook.codes.size(); ++c) {
    if (st.target_seen[c] != 0) profile.target_groups.push_back(st.codebook.codes[c].id);
    if (st.actor_seen[c] != 0) profile.actors.push_back(st.codebook.codes[c].id);
  }
  if (profile.problem_description) {
    profile.problem_covers_sex_buyers = st.sex_buyers.answer;
  } else if (st.sex_buyers.code) {
    profile.problem_covers_sex_buyers = false;
  }
  profile.intersectional = st.intersectional.answer;
  profile.prevalence_mapping = st.prevalence.answer;
  profile.cooperation_local = st.cooperation_local;
  profile.cooperation_regional = st.cooperation_regional;
  profile.cooperation_between_counties = st.inter_county.answer;
  for (std::size_t p = 0; p < st.places.size(); ++p) {
    profile.places.emplace_back(st.rules.places[p].first, st.places[p].answer);
  }
  return profile;
}

CountyProfile build_county_profile(const std::vector<document::Document>& all,
                                   const std::vector<std::vector<chain::Chain>>& chains,
                                   const std::vector<std::size_t>& documents,
                                   const codebook::Codebook& codebook,
                                   const ProfileRules& rules) {
  CountyProfileBuilder builder(codebook, rules);
  for (const std::size_t d : documents) builder.add(all.at(d), chains.at(d));
  return builder.finish();
}

}  // namespace goalchain::report
