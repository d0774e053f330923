#include "goalchain/report/report_model.h"

#include "goalchain/chain/chain_finder.h"
#include "goalchain/util/parallel_for.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <numeric>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace goalchain::report {
namespace {

constexpr std::string_view unknown_county_name = "Okänt län";
constexpr std::string_view unknown_county_slug = "okant-lan";

void check_hit(const document::Document& doc, const document::Segment& segment,
               const codebook::Hit& hit, const codebook::Codebook& codebook) {
  if (hit.code >= codebook.codes.size()) {
    throw std::invalid_argument("segment " + segment.id + " of " + doc.path +
                                ": hit refers to code " + std::to_string(hit.code) +
                                ", but the codebook has " + std::to_string(codebook.codes.size()) +
                                " codes");
  }
  if (hit.begin > hit.end || hit.end > segment.text.size()) {
    throw std::invalid_argument("segment " + segment.id + " of " + doc.path + ": hit [" +
                                std::to_string(hit.begin) + ", " + std::to_string(hit.end) +
                                ") lies outside the segment text of " +
                                std::to_string(segment.text.size()) + " bytes");
  }
}

// The codes of one segment, ordered by first hit position, then code index.
std::vector<SegmentCode> code_segment(const document::Document& doc,
                                      const document::Segment& segment,
                                      const codebook::Codebook& codebook) {
  for (const auto& hit : segment.hits) check_hit(doc, segment, hit, codebook);

  // Hits in text order; stable so equal positions keep the coder's order.
  std::vector<std::size_t> order(segment.hits.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& ha = segment.hits[a];
    const auto& hb = segment.hits[b];
    return std::pair(ha.begin, ha.end) < std::pair(hb.begin, hb.end);
  });

  struct Entry {
    std::uint32_t first_begin;
    SegmentCode code;
  };
  std::vector<Entry> entries;
  for (const std::size_t i : order) {
    const auto& hit = segment.hits[i];
    auto it = std::find_if(entries.begin(), entries.end(),
                           [&](const Entry& e) { return e.code.code == hit.code; });
    if (it == entries.end()) {
      entries.push_back(Entry{hit.begin, SegmentCode{hit.code, {}}});
      it = std::prev(entries.end());
    }
    std::string term = segment.text.substr(hit.begin, hit.end - hit.begin);
    auto& terms = it->code.terms;
    if (std::find(terms.begin(), terms.end(), term) == terms.end()) {
      terms.push_back(std::move(term));
    }
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::pair(a.first_begin, a.code.code) < std::pair(b.first_begin, b.code.code);
  });

  std::vector<SegmentCode> codes;
  codes.reserve(entries.size());
  for (auto& entry : entries) codes.push_back(std::move(entry.code));
  return codes;
}

CountyReport make_county_report(const document::County* county, std::size_t code_count) {
  CountyReport report;
  report.county = county;
  if (county != nullptr) {
    report.name = std::string(county->name);
    report.code = std::string(county->code);
    report.slug = std::string(county->slug);
  } else {
    report.name = std::string(unknown_county_name);
    report.slug = std::string(unknown_county_slug);
  }
  report.code_counts.assign(code_count, CodeCount{});
  return report;
}

// Adds one document's segments to its county's figures.
void count_document(CountyReport& report, const std::vector<SegmentCode>* segment_codes,
                    std::size_t segment_count, const document::Document& doc,
                    const codebook::Codebook& codebook) {
  std::vector<char> seen(codebook.codes.size());
  for (std::size_t s = 0; s < segment_count; ++s) {
    const auto& codes = segment_codes[s];
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

ReportModel build_report(std::vector<document::Document> documents,
                         const codebook::Codebook& codebook, std::string tool_version,
                         unsigned jobs) {
  ReportModel model;
  model.tool_version = std::move(tool_version);
  model.codebook = &codebook;
  model.documents = std::move(documents);
  std::stable_sort(
      model.documents.begin(), model.documents.end(),
      [](const document::Document& a, const document::Document& b) { return a.path < b.path; });

  model.segment_codes.reserve(model.documents.size());
  for (const auto& doc : model.documents) {
    std::vector<std::vector<SegmentCode>> per_segment;
    per_segment.reserve(doc.segments.size());
    for (const auto& segment : doc.segments) {
      per_segment.push_back(code_segment(doc, segment, codebook));
    }
    model.segment_codes.push_back(std::move(per_segment));
  }

  model.chains.resize(model.documents.size());
  util::parallel_for(model.documents.size(), jobs, [&](std::size_t d) {
    model.chains[d] = chain::find_chains(model.documents[d], codebook);
  });

  const auto counties = document::all_counties();
  // Group position of each document: index into all_counties(), or counties.size() if unknown.
  auto group_of = [&](const document::Document& doc) -> std::size_t {
    if (doc.county == nullptr) return counties.size();
    for (std::size_t i = 0; i < counties.size(); ++i) {
      if (&counties[i] == doc.county || counties[i].code == doc.county->code) return i;
    }
    // A county outside the table: treat it by its own identity, after the known ones.
    return counties.size();
  };

  for (std::size_t group = 0; group <= counties.size(); ++group) {
    CountyReport* report = nullptr;
    for (std::size_t d = 0; d < model.documents.size(); ++d) {
      const auto& doc = model.documents[d];
      if (group_of(doc) != group) continue;
      if (report == nullptr) {
        model.counties.push_back(make_county_report(
            group < counties.size() ? &counties[group] : nullptr, codebook.codes.size()));
        report = &model.counties.back();
      }
      report->documents.push_back(d);
      count_document(*report, model.segment_codes[d].data(), doc.segments.size(), doc, codebook);
    }
  }
  for (auto& county : model.counties) {
    county.profile =
        build_county_profile(model.documents, model.chains, county.documents, codebook,
                             codebook.profile.value_or(codebook::ProfileRules{}));
  }
  return model;
}

}  // namespace goalchain::report
