#include "goalchain/report/report_model.h"

#include "goalchain/report/county_totals.h"
#include "goalchain/util/parallel_for.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <utility>

namespace goalchain::report {

struct ReportBuilder::State {
  State(const codebook::Codebook& book, std::string version, bool keep)
      : codebook(book),
        tool_version(std::move(version)),
        keep_documents(keep),
        totals(book),
        cooccurrence(book.codes.size() * book.codes.size(), 0) {}

  const codebook::Codebook& codebook;
  std::string tool_version;
  bool keep_documents;
  CountyTotals totals;  // CountyReport::documents in the order added, until finish()
  std::vector<long long> cooccurrence;
  std::vector<DocumentFacts> facts;  // in the order added
  std::vector<DocumentReport> kept;  // in the order added, when keep_documents
};

ReportBuilder::ReportBuilder(const codebook::Codebook& codebook, std::string tool_version,
                             bool keep_documents)
    : state_(std::make_unique<State>(codebook, std::move(tool_version), keep_documents)) {}

ReportBuilder::~ReportBuilder() = default;
ReportBuilder::ReportBuilder(ReportBuilder&&) noexcept = default;
ReportBuilder& ReportBuilder::operator=(ReportBuilder&&) noexcept = default;

void ReportBuilder::add(DocumentReport&& report) {
  State& st = *state_;
  st.totals.add(report.document, report.segment_codes, report.chains, st.facts.size());
  const std::size_t n = st.codebook.codes.size();
  for (const auto& codes : report.segment_codes) {
    for (const auto& a : codes) {
      for (const auto& b : codes) ++st.cooccurrence[a.code * n + b.code];
    }
  }
  st.facts.push_back(summarize_document(report.document, report.segment_codes, report.chains));
  if (st.keep_documents) st.kept.push_back(std::move(report));
}

ReportModel ReportBuilder::finish() {
  State& st = *state_;
  // The order of the model: by path, documents with equal paths as they came.
  std::vector<std::size_t> order(st.facts.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return st.facts[a].path < st.facts[b].path;
  });
  std::vector<std::size_t> position(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) position[order[i]] = i;

  ReportModel model;
  model.tool_version = std::move(st.tool_version);
  model.codebook = &st.codebook;
  model.counties = st.totals.finish();
  for (auto& county : model.counties) {
    for (auto& d : county.documents) d = position[d];
    std::sort(county.documents.begin(), county.documents.end());
  }
  model.cooccurrence = std::move(st.cooccurrence);
  model.document_facts.reserve(order.size());
  for (const std::size_t i : order) model.document_facts.push_back(std::move(st.facts[i]));
  if (st.keep_documents) {
    model.documents.reserve(order.size());
    model.segment_codes.reserve(order.size());
    model.chains.reserve(order.size());
    for (const std::size_t i : order) {
      model.documents.push_back(std::move(st.kept[i].document));
      model.segment_codes.push_back(std::move(st.kept[i].segment_codes));
      model.chains.push_back(std::move(st.kept[i].chains));
    }
  }
  state_.reset();
  return model;
}

ReportModel assemble_report(std::vector<DocumentReport> documents,
                            const codebook::Codebook& codebook, std::string tool_version) {
  ReportBuilder builder(codebook, std::move(tool_version), true);
  for (auto& report : documents) builder.add(std::move(report));
  return builder.finish();
}

ReportModel build_report(std::vector<document::Document> documents,
                         const codebook::Codebook& codebook, std::string tool_version,
                         unsigned jobs) {
  std::vector<DocumentReport> reports(documents.size());
  util::parallel_for(documents.size(), jobs, [&](std::size_t d) {
    reports[d] = analyze_document(std::move(documents[d]), codebook);
  });
  return assemble_report(std::move(reports), codebook, std::move(tool_version));
}

}  // namespace goalchain::report
