#include "goalchain/report/report_model.h"

#include "goalchain/report/county_totals.h"
#include "goalchain/util/parallel_for.h"

#include <algorithm>
#include <string>
#include <utility>

namespace goalchain::report {

ReportModel assemble_report(std::vector<DocumentReport> documents,
                            const codebook::Codebook& codebook, std::string tool_version) {
  ReportModel model;
  model.tool_version = std::move(tool_version);
  model.codebook = &codebook;
  std::stable_sort(documents.begin(), documents.end(),
                   [](const DocumentReport& a, const DocumentReport& b) {
                     return a.document.path < b.document.path;
                   });
  model.documents.reserve(documents.size());
  model.segment_codes.reserve(documents.size());
  model.chains.reserve(documents.size());
  CountyTotals totals(codebook);
  for (auto& report : documents) {
    totals.add(report.document, report.segment_codes, report.chains, model.documents.size());
    model.documents.push_back(std::move(report.document));
    model.segment_codes.push_back(std::move(report.segment_codes));
    model.chains.push_back(std::move(report.chains));
  }
  model.counties = totals.finish();
  return model;
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
