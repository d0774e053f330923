// Which counties the finders of county.h know: the table a codebook's
// `counties:` section lists (codebook/county_table.h), set once before
// documents are read. Until it is set, no county is known.
#pragma once

#include "goalchain/codebook/county_table.h"

#include <string>
#include <vector>

namespace goalchain::document {

// Makes `counties` the table all_counties(), find_county() and the detectors
// use, in its order, with the `forms` documents name them in
// (codebook::parse_county_forms: "Länsstyrelsen i *", "* län"); without forms
// a county is known by its name, code and slug alone. A table equal to the one
// in use changes nothing; another one invalidates every County pointer handed
// out before. `unknown` (codebook::parse_unknown_county: name and slug) is
// the group documents without a county are reported under (unknown_county()).
// Not to be called while documents are being read.
void use_county_table(std::vector<codebook::CountyEntry> counties,
                      std::vector<std::string> forms = {}, codebook::CountyEntry unknown = {});

}  // namespace goalchain::document
