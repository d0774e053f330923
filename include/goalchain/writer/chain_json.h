// The chains of a document and a county's profile in results.json
// (docs/results-json.md, docs/chains.md).
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/report/county_profile.h"
#include "goalchain/util/json_stream.h"

namespace goalchain::writer {

// One chain as a JSON object: id, section, problem, goal, national_goals,
// activities, indicators, responsible, follow_up, target_groups, elements,
// score, complete, flags, evidence, location.
void write_chain_json(util::JsonStream& json, const chain::Chain& chain);

// The profile's members (pmh_mentioned … national_goals), written into the
// county object the caller has open.
void write_county_profile_members(util::JsonStream& json, const report::CountyProfile& profile);

}  // namespace goalchain::writer
