// The summary's tables across counties, computed once from the report model:
// the report's questions for every county, county × code, national goals,
// completeness, co-occurrence, trend and the documents. summary.xlsx,
// summary.json and the CSV files render these same tables; docs/workbooks.md
// lists their columns.
#pragma once

#include "goalchain/report/report_tables.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::report {

// One row per county of document::all_counties() (all 21, with or without a
// document), then one for documents of no known county if there are any.
// Columns: "county_code", "county", "slug", "documents", "has_plan", then one
// per question of the codebook's `profile: questions:` named by its answer
// ("pmh_mentioned", "place.internet", "chains", ...), a list answer followed by
// "<answer>_labels" with the codes' labels. A county without a document has
// has_plan false and every answer empty; an answer the codebook cannot give
// is empty too. Sources point at the county workbook's sheet and row.
ReportTable tabulate_questions(const ReportModel& model);

// One row per county group of the model: "county", "county_code", "documents",
// "segments", "coded_segments", then one column per code of the codebook
// (column_codes set): segments with the code or a code below it.
ReportTable tabulate_county_codes(const ReportModel& model);

// The same for the codes below `root` only ("target", "actor"), after
// "county" and "county_code".
ReportTable tabulate_county_subcodes(const ReportModel& model, std::string_view root);

// Per county group: chains serving each national goal ("national_goal_1" …
// "national_goal_4") and "chains".
ReportTable tabulate_national_goals(const ReportModel& model);

// Per county group: "chains", "goals" (chains with a goal), the shares of
// goals with an indicator and with a responsible actor and of complete chains
// ("with_indicator_pct", "with_responsible_pct", "complete_pct", as 0…1), and
// "complete_chains", "incomplete_chains".
ReportTable tabulate_completeness(const ReportModel& model);

// Code × code: segments in which both were assigned (the diagonal: the code's
// own segments), over codes that occur at all. Columns "code", "label" (the
// codebook's label), then one per code; row_codes and column_codes set.
ReportTable tabulate_cooccurrence(const ReportModel& model);

// Counties with documents from two or more periods: one row per county and
// period with "documents", "chains", "complete_chains" and the national goals.
// Empty when no county has two periods.
ReportTable tabulate_trend(const ReportModel& model);

// One row per document in county order: "county", "document" (its path),
// "type", "period", "title", "issuer", "segments", "coded_segments", "chains".
ReportTable tabulate_documents(const ReportModel& model);

// A summary table with the name it is known by in outputs: "questions" is
// questions.csv and summary.json's "questions".
struct NamedTable {
  std::string name;
  ReportTable table;
};

// Every summary table across counties, in the order outputs list them:
// questions, county_codes, national_goals, completeness, cooccurrence, trend,
// documents.
std::vector<NamedTable> tabulate_summary(const ReportModel& model);

// A county's codes sheet: one row per code ("code", "label"), segments per
// document (columns named by the document's path), "total", "hits",
// "segments_with_children".
ReportTable tabulate_county_code_counts(const ReportModel& model, const CountyReport& county);

}  // namespace goalchain::report
