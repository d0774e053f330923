#include "goalchain/writer/county_workbook_index.h"

#include <set>

namespace goalchain::writer {
namespace {

// The ids of the segments that hold part of one of `chains`.
std::set<std::string, std::less<>> chain_segment_ids(const std::vector<chain::Chain>& chains) {
  std::set<std::string, std::less<>> ids;
  auto add = [&](const std::vector<chain::ChainElement>& elements) {
    for (const auto& element : elements) {
      ids.insert(element.segment_id);
      for (const auto& part : element.parts) ids.insert(part.segment_id);
    }
  };
  for (const auto& chain : chains) {
    add(chain.problem);
    add(chain.goal);
    add(chain.activities);
    add(chain.indicators);
    add(chain.follow_up);
    for (const auto& actor : chain.responsible) ids.insert(actor.segment_id);
  }
  return ids;
}

}  // namespace

CountyWorkbookIndex::CountyWorkbookIndex(const report::ReportModel& model,
                                         const report::CountyReport& county)
    : first_row_of_code_(model.codebook == nullptr ? 0 : model.codebook->codes.size()) {
  static const std::vector<chain::Chain> no_chains;
  for (const std::size_t d : county.documents) {
    const auto& doc = model.documents.at(d);
    const auto& chains = d < model.chains.size() ? model.chains[d] : no_chains;
    for (const auto& chain : chains) chains_.push_back(&chain);
    const auto in_chains = chain_segment_ids(chains);
    for (std::size_t s = 0; s < doc.segments.size(); ++s) {
      const auto& segment = doc.segments[s];
      const auto& codes = model.segment_codes.at(d).at(s);
      if (codes.empty() && segment.manual_codes.empty() &&
          in_chains.find(segment.id) == in_chains.end()) {
        continue;
      }
      const std::size_t row = segments_.size();
      for (const auto& assigned : codes) {
        if (model.codebook == nullptr) break;
        for (const std::size_t code : model.codebook->ancestors_of(assigned.code)) {
          if (code < first_row_of_code_.size() && !first_row_of_code_[code]) {
            first_row_of_code_[code] = row;
          }
        }
      }
      segment_rows_.emplace(segment.id, row);
      segments_.push_back({d, s});
    }
  }
}

std::optional<std::size_t> CountyWorkbookIndex::segment_row(std::string_view id) const {
  const auto it = segment_rows_.find(id);
  if (it == segment_rows_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> CountyWorkbookIndex::first_segment_with(std::size_t code) const {
  return code < first_row_of_code_.size() ? first_row_of_code_[code] : std::nullopt;
}

std::optional<std::size_t> CountyWorkbookIndex::first_chain(
    const std::function<bool(const chain::Chain&)>& wanted) const {
  for (std::size_t row = 0; row < chains_.size(); ++row) {
    if (wanted(*chains_[row])) return row;
  }
  return std::nullopt;
}

std::filesystem::path county_workbook_path(const report::CountyReport& county) {
  return std::filesystem::path("counties") / (county.slug + ".xlsx");
}

}  // namespace goalchain::writer
