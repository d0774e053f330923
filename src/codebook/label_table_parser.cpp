#include "label_table_parser.h"

#include "goalchain/util/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace goalchain::codebook {
namespace {

constexpr const char* kLabelHint = "write e.g. sheet.chains: {sv: Kedjor, en: Chains}";

// "sv", "en", "nb", "pt-br": a language code as the workbooks' --lang takes it.
bool is_language_code(const std::string& code) {
  const auto dash = code.find('-');
  const std::string base = code.substr(0, dash);
  const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  if (base.size() < 2 || base.size() > 3 || !std::all_of(base.begin(), base.end(), lower)) {
    return false;
  }
  if (dash == std::string::npos) return true;
  const std::string region = code.substr(dash + 1);
  return !region.empty() && region.size() <= 8 &&
         std::all_of(region.begin(), region.end(),
                     [&](char c) { return lower(c) || (c >= '0' && c <= '9'); });
}

void read_label(const YAML::Node& key_node, const YAML::Node& value, Checker& check,
                LabelTable& table) {
  const std::string key = key_node.Scalar();
  const auto& keys = workbook_label_keys();
  if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
    std::string hint = "see docs/workbooks.md for the keys the workbooks use";
    if (auto suggestion = util::suggest_closest(key, keys)) {
      hint = fmt::format("did you mean '{}'?", *suggestion);
    }
    check.error(key_node.Mark(), fmt::format("unknown label '{}'", key), hint);
    return;
  }
  if (!value.IsMap() || value.size() == 0) {
    check.error(value.Mark(), fmt::format("label '{}' must map languages to texts", key),
                kLabelHint);
    return;
  }
  Label label;
  std::tie(label.line, label.column) = check.position(key_node.Mark());
  for (const auto& entry : value) {
    const std::string language = entry.first.Scalar();
    if (!is_language_code(language)) {
      check.error(entry.first.Mark(),
                  fmt::format("'{}' in label '{}' is not a language code", language, key),
                  "use a lower-case code such as sv, en or nb");
      continue;
    }
    const auto text = check.scalar(entry.second, fmt::format("label '{}' ({})", key, language));
    if (!text) continue;
    if (text->empty()) {
      check.error(entry.second.Mark(), fmt::format("label '{}' ({}) is empty", key, language),
                  kLabelHint);
      continue;
    }
    label.texts.emplace(language, *text);
    label.languages.push_back(language);
    if (!table.has_language(language)) table.languages.push_back(language);
  }
  if (!label.texts.empty()) table.labels.emplace(key, std::move(label));
}

}  // namespace

LabelTable read_label_table(const YAML::Node& node, Checker& check) {
  LabelTable table;
  if (!node.IsMap()) {
    check.error(node.Mark(), "'labels' must map label keys to their texts", kLabelHint);
    return table;
  }
  for (const auto& entry : node) read_label(entry.first, entry.second, check, table);
  return table;
}

std::optional<LabelTable> parse_label_table(std::string_view yaml_text, std::string path) {
  return parse_yaml_section(yaml_text, path, "labels", read_label_table);
}

}  // namespace goalchain::codebook
