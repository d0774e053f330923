#include "goalchain/writer/chain_json.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::writer {
namespace {

using util::JsonStream;
using Layout = JsonStream::Layout;
using util::JsonName;

void write_answer(JsonStream& json, const report::Answer& answer) {
  if (answer) {
    json.boolean(*answer);
  } else {
    json.null();
  }
}

// Where words of a chain stand, into the array the caller has open: the
// segment's position in the document's segments and a character range of its
// text (segment, start, end); (segment, "words") for words that are not in
// that segment's text, (null, "words") for a segment the document does not
// have: neither comes from find_chains, both keep the words.
void write_reference(JsonStream& json, const DocumentRefs& refs, std::string_view segment_id,
                     std::string_view words) {
  const auto segment = refs.segment_of(segment_id);
  const auto span = segment ? refs.span_of(*segment, words) : std::nullopt;
  if (segment) {
    json.number(*segment);
  } else {
    json.null();
  }
  if (span) {
    json.number(span->first);
    json.number(span->second);
  } else {
    json.string(words);
  }
}

// A piece of an element: [segment, start, end].
void write_piece(JsonStream& json, const DocumentRefs& refs, std::string_view segment_id,
                 std::string_view words) {
  json.begin_array(Layout::compact);
  write_reference(json, refs, segment_id, words);
  json.end_array();
}

// The pieces of one element, into the array the caller has open: its parts,
// or its words when it has one piece.
void write_pieces(JsonStream& json, const DocumentRefs& refs, const chain::ChainElement& element) {
  if (element.parts.empty()) {
    write_piece(json, refs, element.segment_id, element.text);
    return;
  }
  for (const auto& part : element.parts) write_piece(json, refs, part.segment_id, part.text);
}

// An element as the list of its pieces; several elements (joined follow-ups)
// as one, their pieces in order.
void write_element(JsonStream& json, const DocumentRefs& refs,
                   std::span<const chain::ChainElement> elements) {
  json.begin_array(Layout::compact);
  for (const auto& element : elements) write_pieces(json, refs, element);
  json.end_array();
}

// A list member, left out when empty.
template <typename Item, typename Write>
void write_list(JsonStream& json, JsonName name, const std::vector<Item>& items, Write write) {
  if (items.empty()) return;
  json.key(name);
  json.begin_array(Layout::compact);
  for (const auto& item : items) write(item);
  json.end_array();
}

}  // namespace

void write_chain_json(JsonStream& json, const chain::Chain& chain, const DocumentRefs& refs) {
  json.begin_object(Layout::compact);  // one line a chain, without spaces: a run has 10⁵ of them
  json.key("section");
  json.number(refs.section_of(chain.section));
  const auto element_member = [&](JsonName name, const std::vector<chain::ChainElement>& elements) {
    if (elements.empty()) return;
    json.key(name);
    write_element(json, refs, elements);
  };
  const auto elements_member = [&](JsonName name, const std::vector<chain::ChainElement>& elements) {
    write_list(json, name, elements, [&](const chain::ChainElement& element) {
      write_element(json, refs, std::span(&element, 1));
    });
  };
  element_member("problem", chain.problem);
  element_member("goal", chain.goal);
  write_list(json, "national_goals", chain.national_goals, [&](int goal) { json.number(goal); });
  elements_member("activities", chain.activities);
  elements_member("indicators", chain.indicators);
  // [code, segment, start, end]: the actor code (null for words naming no
  // known actor) and where its words stand.
  write_list(json, "responsible", chain.responsible, [&](const chain::ResponsibleActor& actor) {
    json.begin_array();
    json.string_or_null(actor.code);
    write_reference(json, refs, actor.segment_id, actor.raw);
    json.end_array();
  });
  element_member("follow_up", chain.follow_up);
  write_list(json, "target_groups", chain.target_groups,
             [&](const std::string& code) { json.string(code); });
  json.key("score");
  json.number(chain.score);
  json.key("complete");
  json.boolean(chain.complete);
  write_list(json, "flags", chain.flags, [&](const std::string& flag) { json.string(flag); });
  // [code, segment, start, end]: the code and where the words behind it stand.
  write_list(json, "evidence", chain.evidence, [&](const chain::Evidence& evidence) {
    json.begin_array();
    json.string(evidence.code);
    write_reference(json, refs, evidence.segment_id, evidence.term);
    json.end_array();
  });
  json.key("location");
  json.begin_object(Layout::line);
  json.key("page");
  json.number(chain.page);
  json.key("line");
  json.number(chain.line);
  json.end_object();
  if (!chain.problem_link.empty()) {
    json.key("problem_link");
    json.string(chain.problem_link);
  }
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
