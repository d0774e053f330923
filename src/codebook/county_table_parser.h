// Reader of a codebook's `counties:` section, called by the codebook parser
// with its Checker. Private to src/codebook.
#pragma once

#include "goalchain/codebook/county_table.h"
#include "yaml_checker.h"

namespace goalchain::codebook {

// The `counties:` section; its problems go to `check`.
std::vector<CountyEntry> read_county_table(const YAML::Node& node, Checker& check);

// The `county_forms:` section: a list of forms each with one '*' standing
// alone for the county's name and a word beside it; problems go to `check`.
std::vector<std::string> read_county_forms(const YAML::Node& node, Checker& check);

// The `unknown_county:` section: the name and slug of the group documents
// without a county are reported under; problems go to `check`.
CountyEntry read_unknown_county(const YAML::Node& node, Checker& check);

}  // namespace goalchain::codebook
