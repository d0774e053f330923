// A responsibility line whose label names the area it answers for
// ("Ansvariga för område D: socialnämnden och lokalpolisområde Halmstad."
// after the last effektmål of "Område D Prostitution och människohandel").
#pragma once

#include <string_view>

namespace goalchain::chain {

// True when `label` (a responsibility's field label, the words before its
// colon) names the area `heading` opens: the label holds the heading's first
// word after any number and, when the heading goes on with a short name of
// one or two characters ("D", "2"), that name too ("Ansvariga för område D"
// names "Område D Prostitution ..."; "Ansvar:" and "Ansvariga aktörer:" name
// none).
bool label_names_area(std::string_view label, std::string_view heading);

}  // namespace goalchain::chain
