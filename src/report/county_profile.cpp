#include "goalchain/report/county_profile.h"

#include <algorithm>
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

CountyProfile build_county_profile(const std::vector<document::Document>& all,
                                   const std::vector<std::vector<chain::Chain>>& chains,
                                   const std::vector<std::size_t>& documents,
                                   const codebook::Codebook& codebook,
                                   const ProfileRules& rules) {
  CountyProfile profile;
  const auto topic = codebook.find(rules.topic);
  const auto problem = codebook.find(rules.problem);
  const auto targets = codes_below(codebook, codebook.find(rules.target_groups));
  const auto actors = codes_below(codebook, codebook.find(rules.actors));
  Question sex_buyers(codebook.find(rules.sex_buyers));
  Question intersectional(codebook.find(rules.intersectional));
  Question prevalence(codebook.find(rules.prevalence_mapping));
  Question inter_county(codebook.find(rules.inter_county));
  std::vector<Question> places;
  for (const auto& place : rules.places) places.emplace_back(codebook.find(place.second));
  const auto cooperation = codebook.find(rules.cooperation);
  const auto local = find_all(codebook, rules.local_partners);
  const auto regional = find_all(codebook, rules.regional_partners);
  Answer cooperation_local;
  Answer cooperation_regional;
  if (cooperation && !local.empty()) cooperation_local = false;
  if (cooperation && !regional.empty()) cooperation_regional = false;
  std::vector<char> target_seen(codebook.codes.size(), 0);
  std::vector<char> actor_seen(codebook.codes.size(), 0);

  for (const std::size_t d : documents) {
    const auto& doc = all.at(d);
    // Sections whose heading mentions the topic: everything below is about it.
    std::set<std::vector<std::string>> topical_sections;
    for (const auto& segment : doc.segments) {
      const bool topical = fires(segment, topic);
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
      if (segment.kind == document::SegmentKind::problem || fires(segment, problem)) {
        profile.problem_description = true;
        sex_buyers.ask(segment);
      }
      for (const auto& hit : segment.hits) {
        if (targets[hit.code] != 0) target_seen[hit.code] = 1;
        if (actors[hit.code] != 0) actor_seen[hit.code] = 1;
      }
      intersectional.ask(segment);
      prevalence.ask(segment);
      inter_county.ask(segment);
      for (auto& place : places) place.ask(segment);
      if (fires(segment, cooperation)) {
        if (cooperation_local && fires_any(segment, local)) cooperation_local = true;
        if (cooperation_regional && fires_any(segment, regional)) cooperation_regional = true;
      }
    }
    for (const auto& chain : chains.at(d)) {
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

  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    if (target_seen[c] != 0) profile.target_groups.push_back(codebook.codes[c].id);
    if (actor_seen[c] != 0) profile.actors.push_back(codebook.codes[c].id);
  }
  if (profile.problem_description) {
    profile.problem_covers_sex_buyers = sex_buyers.answer;
  } else if (sex_buyers.code) {
    profile.problem_covers_sex_buyers = false;
  }
  profile.intersectional = intersectional.answer;
  profile.prevalence_mapping = prevalence.answer;
  profile.cooperation_local = cooperation_local;
  profile.cooperation_regional = cooperation_regional;
  profile.cooperation_between_counties = inter_county.answer;
  for (std::size_t p = 0; p < places.size(); ++p) {
    profile.places.emplace_back(rules.places[p].first, places[p].answer);
  }
  return profile;
}

}  // namespace goalchain::report
