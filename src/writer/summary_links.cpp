#include "goalchain/writer/summary_links.h"

#include "goalchain/writer/xlsx_table.h"

#include <algorithm>

namespace goalchain::writer {

SummaryLinks::SummaryLinks(const report::ReportModel& model, Labels labels)
    : model_(model), labels_(std::move(labels)) {
  indexes_.reserve(model.counties.size());
  for (const auto& county : model.counties) indexes_.emplace_back(model, county);
}

const CountyWorkbookIndex* SummaryLinks::index_of(const report::CountyReport& county) const {
  for (std::size_t i = 0; i < model_.counties.size(); ++i) {
    if (&model_.counties[i] == &county) return &indexes_[i];
  }
  return nullptr;
}

std::string SummaryLinks::link(const report::CountyReport& county, std::string_view sheet_key,
                               std::size_t row) const {
  return workbook_link(county_workbook_path(county).generic_string(), labels_(sheet_key),
                       row);
}

std::string SummaryLinks::to_figure(const report::CountyReport& county, std::string_view id,
                                    std::optional<std::size_t> code,
                                    const std::vector<std::size_t>* documents) const {
  using chain::Chain;
  if (code) return to_code(county, *code);
  if (id == "documents") return to_documents(county);
  if (id == "segments" || id == "coded_segments") return to_segments(county);
  std::function<bool(const Chain&)> counted;
  if (id == "chains") counted = [](const Chain&) { return true; };
  if (id == "goals") counted = [](const Chain& c) { return c.elements.goal; };
  if (id == "with_indicator_pct") {
    counted = [](const Chain& c) { return c.elements.goal && c.elements.indicator; };
  }
  if (id == "with_responsible_pct") {
    counted = [](const Chain& c) { return c.elements.goal && c.elements.responsibility; };
  }
  if (id == "complete_pct" || id == "complete_chains") {
    counted = [](const Chain& c) { return c.complete; };
  }
  if (id == "incomplete_chains") counted = [](const Chain& c) { return !c.complete; };
  constexpr std::string_view goal_prefix = "national_goal_";
  if (id.size() == goal_prefix.size() + 1 && id.substr(0, goal_prefix.size()) == goal_prefix) {
    const int goal = id.back() - '0';
    counted = [goal](const Chain& c) {
      return std::find(c.national_goals.begin(), c.national_goals.end(), goal) !=
             c.national_goals.end();
    };
  }
  if (!counted) return {};
  if (documents == nullptr) return to_chain(county, counted);
  return to_chain(county, [&](const Chain& chain) {
    const std::less<const Chain*> before;
    return counted(chain) &&
           std::any_of(documents->begin(), documents->end(), [&](std::size_t d) {
             const auto& chains = model_.chains.at(d);
             return !chains.empty() && !before(&chain, &chains.front()) &&
                    !before(&chains.back(), &chain);
           });
  });
}

std::string SummaryLinks::to_documents(const report::CountyReport& county) const {
  // Översikt: the county's name, then its documents.
  if (index_of(county) == nullptr || county.documents.empty()) return {};
  return link(county, "sheet.overview", 1);
}

std::string SummaryLinks::to_segments(const report::CountyReport& county) const {
  const auto* index = index_of(county);
  if (index == nullptr || index->segments().empty()) return {};
  return link(county, "sheet.segments", 0);
}

std::string SummaryLinks::to_code(const report::CountyReport& county, std::size_t code) const {
  const auto* index = index_of(county);
  const auto row = index == nullptr ? std::nullopt : index->first_segment_with(code);
  return row ? link(county, "sheet.segments", *row) : std::string();
}

std::string SummaryLinks::to_chain(const report::CountyReport& county,
                                   const std::function<bool(const chain::Chain&)>& wanted) const {
  const auto* index = index_of(county);
  const auto row = index == nullptr ? std::nullopt : index->first_chain(wanted);
  return row ? link(county, "sheet.chains", *row) : std::string();
}

std::string SummaryLinks::to_document_segments(const report::CountyReport& county,
                                               std::size_t document) const {
  const auto* index = index_of(county);
  if (index == nullptr) return {};
  const auto& segments = index->segments();
  for (std::size_t row = 0; row < segments.size(); ++row) {
    if (segments[row].document == document) return link(county, "sheet.segments", row);
  }
  return {};
}

std::string SummaryLinks::to_document_chains(const report::CountyReport& county,
                                             std::size_t document) const {
  if (document >= model_.chains.size() || model_.chains[document].empty()) return {};
  const chain::Chain* first = &model_.chains[document].front();
  return to_chain(county, [first](const chain::Chain& chain) { return &chain == first; });
}

}  // namespace goalchain::writer
