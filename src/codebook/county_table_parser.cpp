#include "county_table_parser.h"

#include "goalchain/util/diagnostic.h"
#include "goalchain/util/yaml_check.h"

#include <algorithm>
#include <map>

namespace goalchain::codebook {
namespace {

const std::vector<std::string> kCountyKeys = {"name", "code", "slug"};

bool is_letter_code(const std::string& code) {
  return !code.empty() && code.size() <= 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_slug(const std::string& slug) {
  return !slug.empty() && slug.front() != '-' && slug.back() != '-' &&
         std::all_of(slug.begin(), slug.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

}  // namespace

std::vector<CountyEntry> read_county_table(const YAML::Node& node, Checker& check) {
  std::vector<CountyEntry> counties;
  if (!node.IsSequence() || node.size() == 0) {
    check.error(node.Mark(), "'counties' must be a list of counties",
                "write counties: [{name: Stockholm, code: AB, slug: stockholm}]");
    return counties;
  }
  // Each name, code and slug once: where it was first given.
  std::map<std::string, int> seen;
  for (const auto& item : node) {
    if (!item.IsMap()) {
      check.error(item.Mark(), "a county must be a map with 'name', 'code' and 'slug'",
                  "write {name: Stockholm, code: AB, slug: stockholm}");
      continue;
    }
    check.check_keys(item, kCountyKeys, "in a county");
    CountyEntry county;
    bool complete = true;
    for (const auto& [key, field] : {std::pair<const char*, std::string*>{"name", &county.name},
                                     {"code", &county.code},
                                     {"slug", &county.slug}}) {
      if (!item[key]) {
        check.error(item.Mark(), fmt::format("a county has no '{}'", key),
                    "every county has a name, a letter code and a slug");
        complete = false;
      } else if (auto value = check.scalar(item[key], fmt::format("a county's '{}'", key))) {
        *field = *value;
      } else {
        complete = false;
      }
    }
    if (!complete) continue;
    bool valid = true;
    if (county.name.empty()) {
      check.error(item["name"].Mark(), "a county's name is empty");
      valid = false;
    }
    if (!is_letter_code(county.code)) {
      check.error(item["code"].Mark(),
                  fmt::format("county code '{}' must be one to three capital letters A-Z",
                              county.code),
                  "e.g. code: AB");
      valid = false;
    }
    if (!is_slug(county.slug)) {
      check.error(item["slug"].Mark(),
                  fmt::format("slug '{}' must be lower-case letters a-z, digits and '-'",
                              county.slug),
                  "e.g. slug: vastra-gotaland");
      valid = false;
    }
    for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"name", &county.name},
                                     {"code", &county.code},
                                     {"slug", &county.slug}}) {
      const auto [it, added] = seen.emplace(std::string(key) + ":" + *value, 0);
      if (!added) {
        check.error(item[key].Mark(), fmt::format("county {} '{}' is given twice", key, *value),
                    "each county once, with its own name, code and slug");
        valid = false;
      }
    }
    if (valid) counties.push_back(std::move(county));
  }
  return counties;
}

std::vector<std::string> read_county_forms(const YAML::Node& node, Checker& check) {
  constexpr const char* kHint = R"(write county_forms: ["Länsstyrelsen i *", "* län"])";
  std::vector<std::string> forms;
  if (!node.IsSequence() || node.size() == 0) {
    check.error(node.Mark(), "'county_forms' must be a list of forms", kHint);
    return forms;
  }
  for (const auto& item : node) {
    const auto form = check.scalar(item, "a county form");
    if (!form) continue;
    // One '*', alone between spaces, with a word before or after it.
    const std::size_t star = form->find('*');
    const bool one_star =
        star != std::string::npos && form->find('*', star + 1) == std::string::npos;
    const bool alone = one_star && (star == 0 || (*form)[star - 1] == ' ') &&
                       (star + 1 == form->size() || (*form)[star + 1] == ' ');
    const bool worded = form->find_first_not_of("* ") != std::string::npos;
    if (!alone || !worded) {
      check.error(item.Mark(),
                  fmt::format("county form '{}' must have one '*' for the name, apart from "
                              "the words beside it",
                              *form),
                  kHint);
      continue;
    }
    if (std::find(forms.begin(), forms.end(), *form) != forms.end()) {
      check.error(item.Mark(), fmt::format("county form '{}' is given twice", *form), kHint);
      continue;
    }
    forms.push_back(*form);
  }
  return forms;
}

CountyEntry read_unknown_county(const YAML::Node& node, Checker& check) {
  constexpr const char* kHint = "write unknown_county: {name: Okänt län, slug: okant-lan}";
  CountyEntry unknown;
  if (!node.IsMap()) {
    check.error(node.Mark(), "'unknown_county' must be a map with 'name' and 'slug'", kHint);
    return unknown;
  }
  check.check_keys(node, {"name", "slug"}, "in 'unknown_county'");
  for (const auto& [key, field] : {std::pair<const char*, std::string*>{"name", &unknown.name},
                                   {"slug", &unknown.slug}}) {
    if (!node[key]) {
      check.error(node.Mark(), fmt::format("'unknown_county' has no '{}'", key), kHint);
    } else if (auto value = check.scalar(node[key], fmt::format("the unknown county's '{}'", key))) {
      *field = *value;
    }
  }
  if (node["name"] && unknown.name.find_first_not_of(" \t") == std::string::npos) {
    check.error(node["name"].Mark(), "the unknown county's name is empty", kHint);
  }
  if (node["slug"] && !is_slug(unknown.slug)) {
    check.error(node["slug"].Mark(),
                fmt::format("slug '{}' must be lower-case letters a-z, digits and '-'", unknown.slug),
                "e.g. slug: okant-lan");
  }
  return unknown;
}

std::optional<CountyEntry> parse_unknown_county(std::string_view yaml_text, std::string path) {
  return parse_yaml_section(yaml_text, path, "unknown_county", read_unknown_county);
}

std::optional<std::vector<std::string>> parse_county_forms(std::string_view yaml_text,
                                                           std::string path) {
  return parse_yaml_section(yaml_text, path, "county_forms", read_county_forms);
}

std::optional<std::vector<CountyEntry>> parse_county_table(std::string_view yaml_text,
                                                           std::string path) {
  return parse_yaml_section(yaml_text, path, "counties", read_county_table);
}

}  // namespace goalchain::codebook
