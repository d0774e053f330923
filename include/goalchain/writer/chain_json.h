// The chains of a document and a county's profile in results.json
// (docs/results-json.md, docs/chains.md).
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/report/county_profile.h"
#include "goalchain/util/json_stream.h"
#include "goalchain/writer/document_refs.h"

namespace goalchain::writer {

// One chain as a JSON object of format 3, its words referred to in the
// document's segments through `refs`: section, problem, goal,
// national_goals, activities, indicators, responsible, follow_up,
// target_groups, score, complete, flags, evidence, location, problem_link;
// empty lists, absent elements and an empty problem_link left out.
void write_chain_json(util::JsonStream& json, const chain::Chain& chain, const DocumentRefs& refs);

// The profile's members (pmh_mentioned … national_goals), written into the
// county object the caller has open.
void write_county_profile_members(util::JsonStream& json, const report::CountyProfile& profile);

}  // namespace goalchain::writer
