// The counties (län) of the county table in use (county_table.h: the
// codebook's `counties:`, for pmh-sv the 21 Swedish counties) and how
// documents name them.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace goalchain::document {

struct County {
  std::string_view name;  // "Västra Götaland"
  std::string_view code;  // county letter code: "O"
  std::string_view slug;  // "vastra-gotaland": file names and sheet keys
};

// Every county of the table in use, in its order (pmh-sv: by letter code, AB … BD).
std::span<const County> all_counties();

// The group documents without a county are reported under, as the table in
// use names it (the codebook's `unknown_county:`, for pmh-sv "Okänt län",
// slug "okant-lan"); its code is empty. Name and slug are empty until a table
// that gives them is set.
const County& unknown_county();

// For hints: "one of the 21 counties of the codebook (e.g. Stockholm) or its
// letter code (e.g. AB)", with the count and first county of the table in use.
std::string describe_county_choices();

// The county a name refers to, in any of the spellings documents use:
// "Stockholm", "Stockholms län", "Länsstyrelsen i Stockholms län",
// "Länsstyrelsen Stockholm", the letter code "AB", or the slug; case-insensitive.
// nullptr when nothing matches.
const County* find_county(std::string_view name);

// The county a document's text is about: "Länsstyrelsen X" and "X(s) län" in
// the first lines decide; otherwise the county named most often in such phrases,
// then the county named most often at all. nullptr when no county is named.
const County* detect_county_in_text(std::string_view utf8_text);

// How often `utf8_text` names each county: `strong` counts "Länsstyrelsen
// (i) X" and "X(s) län", `all` every mention. Counties never named are left out;
// in the order of all_counties().
struct CountyMentions {
  const County* county = nullptr;
  int strong = 0;
  int all = 0;
};
std::vector<CountyMentions> count_county_mentions(std::string_view utf8_text);

// The county a file name names ("stockholm-handlingsplan.txt", "AB_plan.txt",
// "Västra_Götaland 2020.txt"), or nullptr.
const County* detect_county_in_file_name(std::string_view file_name);

}  // namespace goalchain::document
