#include "goalchain/writer/chain_json.h"

#include <string>
#include <vector>

namespace goalchain::writer {
namespace {

using util::JsonStream;
using Layout = JsonStream::Layout;

void write_answer(JsonStream& json, const report::Answer& answer) {
  if (answer) {
    json.boolean(*answer);
  } else {
    json.null();
  }
}

void write_place(JsonStream& json, std::string_view text, const std::string& segment, int page,
                 int line) {
  json.key("text");
  json.string(text);
  json.key("segment");
  json.string(segment);
  json.key("page");
  json.number(page);
  json.key("line");
  json.number(line);
}

void write_element(JsonStream& json, const chain::ChainElement& element) {
  json.begin_object(Layout::line);
  write_place(json, element.text, element.segment_id, element.page, element.line);
  if (!element.parts.empty()) {
    json.key("parts");
    json.begin_array();
    for (const auto& part : element.parts) {
      json.begin_object();
      write_place(json, part.text, part.segment_id, part.page, part.line);
      json.end_object();
    }
    json.end_array();
  }
  json.end_object();
}

void write_elements(JsonStream& json, const std::vector<chain::ChainElement>& elements) {
  json.begin_array();
  for (const auto& element : elements) write_element(json, element);
  json.end_array();
}

// Several elements as one: their texts joined, each piece among the parts.
chain::ChainElement merge_elements(const std::vector<chain::ChainElement>& elements) {
  chain::ChainElement merged = elements.front();
  if (elements.size() == 1) return merged;
  merged.parts.clear();
  merged.text.clear();
  for (const auto& element : elements) {
    if (!merged.text.empty()) merged.text += ' ';
    merged.text += element.text;
    if (element.parts.empty()) {
      merged.parts.push_back({element.text, element.segment_id, element.page, element.line});
    } else {
      merged.parts.insert(merged.parts.end(), element.parts.begin(), element.parts.end());
    }
  }
  return merged;
}

void write_element_or_null(JsonStream& json, const std::vector<chain::ChainElement>& elements) {
  if (elements.empty()) {
    json.null();
  } else {
    write_element(json, merge_elements(elements));
  }
}

}  // namespace

void write_chain_json(JsonStream& json, const chain::Chain& chain) {
  json.begin_object(Layout::line);  // one line a chain: no indentation inside
  json.key("id");
  json.string(chain.id);
  json.key("section");
  json.string_list(chain.section);
  json.key("problem");
  write_element_or_null(json, chain.problem);
  json.key("goal");
  write_element_or_null(json, chain.goal);
  json.key("national_goals");
  json.begin_array(Layout::line);
  for (const int goal : chain.national_goals) json.number(goal);
  json.end_array();
  json.key("activities");
  write_elements(json, chain.activities);
  json.key("indicators");
  write_elements(json, chain.indicators);
  json.key("responsible");
  json.begin_array();
  for (const auto& actor : chain.responsible) {
    json.begin_object(Layout::line);
    json.key("code");
    json.string_or_null(actor.code);
    json.key("label");
    if (actor.code.empty()) {
      json.null();
    } else {
      json.string(actor.label);
    }
    json.key("raw");
    json.string(actor.raw);
    json.key("segment");
    json.string(actor.segment_id);
    json.key("line");
    json.number(actor.line);
    json.end_object();
  }
  json.end_array();
  json.key("follow_up");
  write_element_or_null(json, chain.follow_up);
  json.key("target_groups");
  json.string_list(chain.target_groups);
  json.key("elements");
  json.begin_object(Layout::line);
  json.key("problem");
  json.boolean(chain.elements.problem);
  json.key("goal");
  json.boolean(chain.elements.goal);
  json.key("activity");
  json.boolean(chain.elements.activity);
  json.key("indicator");
  json.boolean(chain.elements.indicator);
  json.key("responsibility");
  json.boolean(chain.elements.responsibility);
  json.end_object();
  json.key("score");
  json.number(chain.score);
  json.key("complete");
  json.boolean(chain.complete);
  json.key("flags");
  json.string_list(chain.flags);
  json.key("evidence");
  json.begin_array();
  for (const auto& evidence : chain.evidence) {
    json.begin_object(Layout::line);
    json.key("code");
    json.string(evidence.code);
    json.key("term");
    json.string(evidence.term);
    json.key("segment");
    json.string(evidence.segment_id);
    json.key("line");
    json.number(evidence.line);
    json.end_object();
  }
  json.end_array();
  json.key("location");
  json.begin_object(Layout::line);
  json.key("page");
  json.number(chain.page);
  json.key("line");
  json.number(chain.line);
  json.end_object();
  json.key("problem_link");
  json.string(chain.problem_link);
  json.end_object();
}

void write_county_profile_members(JsonStream& json, const report::CountyProfile& profile) {
  json.key("pmh_mentioned");
  json.boolean(profile.pmh_mentioned);
  json.key("pmh_segments");
  json.number(profile.pmh_segments);
  json.key("problem_description");
  json.boolean(profile.problem_description);
  json.key("problem_covers_sex_buyers");
  write_answer(json, profile.problem_covers_sex_buyers);
  json.key("target_groups");
  json.string_list(profile.target_groups);
  json.key("intersectional");
  write_answer(json, profile.intersectional);
  json.key("places");
  json.begin_object(Layout::line);
  for (const auto& [name, answer] : profile.places) {
    json.key_text(name);
    write_answer(json, answer);
  }
  json.end_object();
  json.key("prevalence_mapping");
  write_answer(json, profile.prevalence_mapping);
  json.key("cooperation");
  json.begin_object(Layout::line);
  json.key("local");
  write_answer(json, profile.cooperation_local);
  json.key("regional");
  write_answer(json, profile.cooperation_regional);
  json.key("between_counties");
  write_answer(json, profile.cooperation_between_counties);
  json.end_object();
  json.key("actors");
  json.string_list(profile.actors);
  json.key("chains");
  json.number(profile.chains);
  json.key("complete_chains");
  json.number(profile.complete_chains);
  json.key("problem_links");
  json.begin_object(Layout::line);
  json.key("section");
  json.number(profile.problem_link_section);
  json.key("plan");
  json.number(profile.problem_link_plan);
  json.end_object();
  json.key("chain_scores");
  json.begin_object(Layout::line);
  for (std::size_t s = 0; s < profile.chain_scores.size(); ++s) {
    json.key_text(std::to_string(s));
    json.number(profile.chain_scores[s]);
  }
  json.end_object();
  json.key("national_goals");
  json.begin_object(Layout::line);
  for (std::size_t g = 0; g < profile.national_goals.size(); ++g) {
    json.key_text(std::to_string(g + 1));
    json.number(profile.national_goals[g]);
  }
  json.end_object();
}

}  // namespace goalchain::writer
