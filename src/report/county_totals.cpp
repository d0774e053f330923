#include "goalchain/report/county_totals.h"

#include "goalchain/report/county_profile.h"

#include <algorithm>
#include <string>
#include <utility>

namespace goalchain::report {
namespace {

// Position of a document's county group: its index in all_counties(), or
// all_counties().size() when it has none (or one outside the table).
std::size_t group_of(const document::Document& doc) {
  const auto counties = document::all_counties();
  if (doc.county == nullptr) return counties.size();
  for (std::size_t i = 0; i < counties.size(); ++i) {
    if (&counties[i] == doc.county || counties[i].code == doc.county->code) return i;
  }
  return counties.size();
}

CountyReport make_county_report(const document::County* county, std::size_t code_count) {
  CountyReport report;
  report.county = county;
  if (county != nullptr) {
    report.name = std::string(county->name);
    report.code = std::string(county->code);
    report.slug = std::string(county->slug);
  } else {
    report.name = std::string(document::unknown_county().name);
    report.slug = std::string(document::unknown_county().slug);
  }
  report.code_counts.assign(code_count, CodeCount{});
  return report;
}

// Adds one document's segments to its county's counts.
void count_document(CountyReport& report, const std::vector<std::vector<SegmentCode>>& segment_codes,
                    const document::Document& doc, const codebook::Codebook& codebook) {
  std::vector<char> seen(codebook.codes.size());
  for (std::size_t s = 0; s < doc.segments.size(); ++s) {
    const auto& codes = segment_codes.at(s);
    ++report.segments;
    if (!codes.empty()) ++report.coded_segments;

    std::fill(seen.begin(), seen.end(), 0);
    for (const auto& code : codes) {
      ++report.code_counts[code.code].segments;
      for (const std::size_t ancestor : codebook.ancestors_of(code.code)) {
        if (ancestor < seen.size()) seen[ancestor] = 1;
      }
    }
    for (std::size_t c = 0; c < seen.size(); ++c) {
      if (seen[c] != 0) ++report.code_counts[c].segments_with_children;
    }
    for (const auto& hit : doc.segments[s].hits) ++report.code_counts[hit.code].hits;
  }
}

}  // namespace

std::string_view county_slug(const document::Document& doc) {
  const auto counties = document::all_counties();
  const std::size_t group = group_of(doc);
  return group < counties.size() ? counties[group].slug : document::unknown_county().slug;
}

struct CountyTotals::Group {
  Group(CountyReport first, const codebook::Codebook& codebook)
      : report(std::move(first)),
        profile(codebook, codebook.profile.value_or(codebook::ProfileRules{})) {}
  CountyReport report;
  CountyProfileBuilder profile;
};

CountyTotals::CountyTotals(const codebook::Codebook& codebook)
    : codebook_(&codebook), groups_(document::all_counties().size() + 1) {}

CountyTotals::~CountyTotals() = default;
CountyTotals::CountyTotals(CountyTotals&&) noexcept = default;
CountyTotals& CountyTotals::operator=(CountyTotals&&) noexcept = default;

void CountyTotals::add(const document::Document& doc,
                       const std::vector<std::vector<SegmentCode>>& segment_codes,
                       const std::vector<chain::Chain>& chains, std::optional<std::size_t> index) {
  const std::size_t group = group_of(doc);
  auto& slot = groups_.at(group);
  if (!slot) {
    const auto counties = document::all_counties();
    slot = std::make_unique<Group>(
        make_county_report(group < counties.size() ? &counties[group] : nullptr,
                           codebook_->codes.size()),
        *codebook_);
  }
  CountyReport& report = slot->report;
  ++report.document_count;
  if (index) report.documents.push_back(*index);
  count_document(report, segment_codes, doc, *codebook_);
  slot->profile.add(doc, chains);
}

std::vector<CountyReport> CountyTotals::finish() {
  std::vector<CountyReport> counties;
  for (auto& group : groups_) {
    if (!group) continue;
    group->report.profile = group->profile.finish();
    counties.push_back(std::move(group->report));
    group.reset();
  }
  return counties;
}

}  // namespace goalchain::report
