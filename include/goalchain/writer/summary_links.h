// Links from the figures of the summary workbook to the rows of the county
// workbooks (written beside it in counties/) that list what was counted.
#pragma once

#include "goalchain/report/report_model.h"
#include "goalchain/writer/county_workbook_index.h"
#include "goalchain/writer/workbook_labels.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::writer {

class SummaryLinks {
 public:
  // Links into the workbooks of `model.counties`, whose sheets are named by `labels`.
  SummaryLinks(const report::ReportModel& model, Labels labels);

  // Each returns a link for Table::links, or "" when nothing was counted (or
  // `county` is not one of the model's counties).

  // The figure of `county` in the report table column `id` ("documents",
  // "segments", "coded_segments", "chains", "goals", "with_indicator_pct",
  // "with_responsible_pct", "complete_pct", "complete_chains",
  // "incomplete_chains", "national_goal_1" … "national_goal_4"), or with
  // `code` the segments with that code: to the first of what it counted,
  // among the chains of `documents` when given. "" for other ids.
  std::string to_figure(const report::CountyReport& county, std::string_view id,
                        std::optional<std::size_t> code = std::nullopt,
                        const std::vector<std::size_t>* documents = nullptr) const;

  // The Översikt row of the county's first document.
  std::string to_documents(const report::CountyReport& county) const;
  // The first row of the Segment sheet.
  std::string to_segments(const report::CountyReport& county) const;
  // The first segment coded with `code` or a code below it.
  std::string to_code(const report::CountyReport& county, std::size_t code) const;
  // The first chain for which `wanted` holds.
  std::string to_chain(const report::CountyReport& county,
                       const std::function<bool(const chain::Chain&)>& wanted) const;
  // The first listed segment of documents[document], in its county's workbook.
  std::string to_document_segments(const report::CountyReport& county, std::size_t document) const;
  // The first chain of documents[document], in its county's workbook.
  std::string to_document_chains(const report::CountyReport& county, std::size_t document) const;

 private:
  const CountyWorkbookIndex* index_of(const report::CountyReport& county) const;
  std::string link(const report::CountyReport& county, std::string_view sheet_key,
                   std::size_t row) const;

  const report::ReportModel& model_;
  Labels labels_;
  std::vector<CountyWorkbookIndex> indexes_;  // one per model.counties, in order
};

}  // namespace goalchain::writer
