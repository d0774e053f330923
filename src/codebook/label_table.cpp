#include "goalchain/codebook/label_table.h"

#include <algorithm>

namespace goalchain::codebook {

std::optional<std::string> LabelTable::find(std::string_view key, std::string_view language) const {
  const auto found = labels.find(key);
  if (found == labels.end()) return std::nullopt;
  const Label& label = found->second;
  if (const auto text = label.texts.find(language); text != label.texts.end()) {
    return text->second;
  }
  if (!languages.empty()) {
    if (const auto text = label.texts.find(languages.front()); text != label.texts.end()) {
      return text->second;
    }
  }
  if (label.languages.empty()) return std::nullopt;
  return label.texts.find(label.languages.front())->second;
}

bool LabelTable::has_language(std::string_view language) const {
  return std::find(languages.begin(), languages.end(), language) != languages.end();
}

const std::vector<std::string>& workbook_label_keys() {
  // Ids only, in the order the shipped codebook lists them: what each is
  // called lives in the codebook's `labels:`.
  // clang-format off
  static const std::vector<std::string> keys = {
      "sheet.overview", "sheet.chains", "sheet.segments", "sheet.codes", "sheet.questions",
      "sheet.county_code", "sheet.national_goals", "sheet.completeness", "sheet.target_groups",
      "sheet.actors", "sheet.cooccurrence", "sheet.charts", "sheet.trend", "sheet.documents",
      "sheet.codebook", "sheet.run", "sheet.fallback", "chain_id", "document", "county", "section", "problem",
      "goal", "national_goals", "activities", "indicators", "responsible", "follow_up",
      "target_groups", "P", "G", "A", "I", "R", "score", "complete", "flags", "page", "line",
      "problem_link", "problem_link.section", "problem_link.plan", "problem_link_section",
      "problem_link_plan", "segment_id", "kind", "last_line", "text", "codes", "terms",
      "manual_codes", "county_code", "documents", "segments", "coded_segments", "pmh_mentioned",
      "pmh_segments", "problem_description", "problem_covers_sex_buyers", "intersectional",
      "places", "prevalence_mapping", "cooperation_local", "cooperation_regional",
      "cooperation_between_counties", "actors", "chains", "complete_chains", "incomplete_chains",
      "national_goal_1", "national_goal_2", "national_goal_3", "national_goal_4", "field",
      "value", "type", "period", "title", "issuer", "label", "file", "path", "code",
      "code_label", "label_sv", "label_en", "parent", "description", "patterns", "rules", "hits",
      "segments_with_children", "total", "goals", "with_indicator_pct", "with_responsible_pct",
      "complete_pct", "gap", "trend_empty", "sha256", "format", "encoding", "yes", "no",
      "unknown", "none", "unknown_short", "no_plan", "slug", "has_plan", "target_groups_labels",
      "actors_labels", "at_line", "place.internet", "place.street", "run.tool", "run.codebook",
      "run.codebook_path", "run.codebook_sha256", "run.timestamp", "run.option", "run.input",
      "kind.heading", "kind.paragraph", "kind.list_item", "kind.footnote", "kind.problem",
      "kind.goal", "kind.activity", "kind.indicator", "kind.responsible", "kind.follow_up",
      "activity_without_goal", "goal_without_indicator", "goal_without_responsible",
      "vague_goal", "follow_up_not_described", "agree.sheet.summary",
      "agree.sheet.disagreements", "agree.prevalence", "agree.both", "agree.only",
      "agree.neither", "agree.agreement", "agree.kappa", "agree.kappa_band", "agree.alpha",
      "agree.precision", "agree.recall", "agree.f1", "agree.undefined", "agree.macro",
      "agree.macro_means", "agree.micro", "agree.micro_means", "agree.unit", "agree.line",
      "agree.codes_of", "agree.title", "agree.subject", "agree.patterns_fired", "summary_title",
      "subject", "subject_with_codebook"};
  // clang-format on
  return keys;
}

LabelTable merge_label_tables(LabelTable base, const LabelTable& over) {
  for (const auto& [key, label] : over.labels) {
    Label& merged = base.labels[key];
    for (const auto& language : label.languages) {
      if (merged.texts.find(language) == merged.texts.end()) merged.languages.push_back(language);
      merged.texts[language] = label.texts.find(language)->second;
    }
    merged.line = label.line;
    merged.column = label.column;
  }
  for (const auto& language : over.languages) {
    if (!base.has_language(language)) base.languages.push_back(language);
  }
  return base;
}

std::vector<std::string> missing_label_keys(const LabelTable& table) {
  std::vector<std::string> missing;
  for (const auto& key : workbook_label_keys()) {
    const auto found = table.labels.find(key);
    if (found == table.labels.end() || found->second.texts.empty()) missing.push_back(key);
  }
  return missing;
}

}  // namespace goalchain::codebook
