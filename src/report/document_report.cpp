#include "goalchain/report/document_report.h"

#include "goalchain/chain/chain_finder.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

namespace goalchain::report {
namespace {

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

}  // namespace

std::vector<std::vector<SegmentCode>> collect_segment_codes(const document::Document& doc,
                                                            const codebook::Codebook& codebook) {
  std::vector<std::vector<SegmentCode>> per_segment;
  per_segment.reserve(doc.segments.size());
  for (const auto& segment : doc.segments) {
    per_segment.push_back(code_segment(doc, segment, codebook));
  }
  return per_segment;
}

DocumentReport analyze_document(document::Document doc, const codebook::Codebook& codebook) {
  DocumentReport report;
  report.segment_codes = collect_segment_codes(doc, codebook);
  report.chains = chain::find_chains(doc, codebook);
  report.document = std::move(doc);
  return report;
}

ChainCounts& ChainCounts::operator+=(const ChainCounts& other) {
  chains += other.chains;
  complete += other.complete;
  goals += other.goals;
  with_indicator += other.with_indicator;
  with_responsible += other.with_responsible;
  for (std::size_t g = 0; g < national_goals.size(); ++g) national_goals[g] += other.national_goals[g];
  return *this;
}

DocumentFacts summarize_document(const document::Document& doc,
                                 const std::vector<std::vector<SegmentCode>>& segment_codes,
                                 const std::vector<chain::Chain>& chains) {
  DocumentFacts facts;
  facts.path = doc.path;
  facts.type = doc.type;
  facts.period = doc.period;
  facts.title = doc.title;
  facts.issuer = doc.issuer;
  facts.segments = static_cast<long long>(doc.segments.size());
  for (const auto& codes : segment_codes) facts.coded_segments += codes.empty() ? 0 : 1;
  ChainCounts& counts = facts.chains;
  for (const auto& chain : chains) {
    ++counts.chains;
    if (chain.complete) ++counts.complete;
    for (const int g : chain.national_goals) {
      if (g >= 1 && g <= 4) ++counts.national_goals[static_cast<std::size_t>(g - 1)];
    }
    if (!chain.elements.goal) continue;
    ++counts.goals;
    if (chain.elements.indicator) ++counts.with_indicator;
    if (chain.elements.responsibility) ++counts.with_responsible;
  }
  return facts;
}

}  // namespace goalchain::report
