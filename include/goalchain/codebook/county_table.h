// The counties (län) a codebook's documents come from, as its `counties:`
// section lists them: data an analyst reads and changes, not C++. The
// document stage detects counties by these names (document/county_table.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

struct CountyEntry {
  std::string name;  // "Västra Götaland": as documents write it, without "län"
  std::string code;  // letter code: "O"
  std::string slug;  // "vastra-gotaland": file names and sheet keys
};

// The `counties:` section of the codebook text `yaml_text`, in its order, or
// nullopt when the codebook has none. Throws util::DiagnosticError with every
// problem of the section (parse_codebook reports the same ones).
std::optional<std::vector<CountyEntry>> parse_county_table(std::string_view yaml_text,
                                                           std::string path);

// The `county_forms:` of the codebook text `yaml_text`: how its documents
// name a county's authority or the county itself, '*' standing for the county's
// name ("Länsstyrelsen i *", "Länsstyrelsen *", "* län"); nullopt when the
// codebook has none. A name in one of these forms is a strong mention (it
// decides the county of a document), and --county accepts the forms. Throws
// util::DiagnosticError with every problem of the section.
std::optional<std::vector<std::string>> parse_county_forms(std::string_view yaml_text,
                                                           std::string path);

// The `unknown_county:` of the codebook text `yaml_text`: the name and slug
// (code empty) of the group documents without a county are reported under
// ("Okänt län", "okant-lan": results.json's county_slug, the county workbook's
// file name); nullopt when the codebook has none. Throws util::DiagnosticError
// with every problem of the section.
std::optional<CountyEntry> parse_unknown_county(std::string_view yaml_text, std::string path);

}  // namespace goalchain::codebook
