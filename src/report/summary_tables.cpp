#include "goalchain/report/summary_tables.h"

#include "goalchain/codebook/profile_rules.h"

#include <array>
#include <map>
#include <stdexcept>

namespace goalchain::report {
namespace {

// Sheet keys of the county workbook (writer::label "sheet.<key>").
constexpr std::string_view kChainsSheet = "chains";
constexpr std::string_view kCodesSheet = "codes";

const codebook::Codebook& codebook_of(const ReportModel& model) {
  if (model.codebook == nullptr) {
    throw std::invalid_argument("report tables: the report model has no codebook");
  }
  return *model.codebook;
}

TableValue count(long long n) { return n; }

TableValue answer(Answer value) {
  if (!value) return std::monostate{};
  return *value;
}

TableValue text_or_empty(std::string text) {
  if (text.empty()) return std::monostate{};
  return text;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : kListSeparator) + item;
  return out;
}

std::string join_labels(const codebook::Codebook& codebook, const std::vector<std::string>& ids) {
  std::vector<std::string> labels;
  for (const auto& id : ids) labels.push_back(code_label(codebook, id));
  return join(labels);
}

// What a county profile answers to `question` (profile_answer_names()).
TableValue profile_answer(const CountyProfile& p, std::string_view question) {
  if (question.starts_with("place.")) {
    for (const auto& [name, value] : p.places) {
      if (question.substr(6) == name) return answer(value);
    }
    return std::monostate{};
  }
  if (question.starts_with("national_goal_") && question.size() == 15) {
    const int goal = question.back() - '0';
    if (goal >= 1 && goal <= 4) return count(p.national_goals[static_cast<std::size_t>(goal - 1)]);
  }
  if (question == "pmh_mentioned") return p.pmh_mentioned;
  if (question == "pmh_segments") return count(p.pmh_segments);
  if (question == "problem_description") return p.problem_description;
  if (question == "problem_covers_sex_buyers") return answer(p.problem_covers_sex_buyers);
  if (question == "target_groups") return text_or_empty(join(p.target_groups));
  if (question == "intersectional") return answer(p.intersectional);
  if (question == "prevalence_mapping") return answer(p.prevalence_mapping);
  if (question == "cooperation_local") return answer(p.cooperation_local);
  if (question == "cooperation_regional") return answer(p.cooperation_regional);
  if (question == "cooperation_between_counties") return answer(p.cooperation_between_counties);
  if (question == "actors") return text_or_empty(join(p.actors));
  if (question == "chains") return count(p.chains);
  if (question == "complete_chains") return count(p.complete_chains);
  if (question == "problem_link_section") return count(p.problem_link_section);
  if (question == "problem_link_plan") return count(p.problem_link_plan);
  return std::monostate{};
}

const std::vector<std::string>* list_answer(const CountyProfile& p, std::string_view question) {
  if (question == "target_groups") return &p.target_groups;
  if (question == "actors") return &p.actors;
  return nullptr;
}

// Where the county workbook lists what `question` counts.
std::optional<CountSource> question_source(const ProfileRules& rules, const CountyReport& county,
                                           std::string_view question) {
  if (codebook::profile_answer_counts_chains(question)) {
    return CountSource{county.slug, std::string(kChainsSheet), {}};
  }
  const std::string code = codebook::profile_answer_code(rules, question);
  if (code.empty()) return std::nullopt;
  return CountSource{county.slug, std::string(kCodesSheet), code};
}

const CodeCount& counts_of(const CountyReport& county, std::size_t code) {
  static const CodeCount none;
  return code < county.code_counts.size() ? county.code_counts[code] : none;
}

TableValue share(long long part, long long whole) {
  const double value = whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
  return TableValue(std::in_place_type<double>, value);
}

// Per county: rows of county name and letter code, with sources sized to match.
void add_county_row(ReportTable& table, const CountyReport& county,
                    std::vector<TableValue> values,
                    std::vector<std::optional<CountSource>> sources = {}) {
  std::vector<TableValue> row{county.name, text_or_empty(county.code)};
  for (auto& value : values) row.push_back(std::move(value));
  sources.insert(sources.begin(), 2, std::nullopt);
  sources.resize(row.size());
  table.rows.push_back(std::move(row));
  table.sources.push_back(std::move(sources));
}

ChainCounts tally_chains(const ReportModel& model, const std::vector<std::size_t>& documents) {
  ChainCounts tally;
  for (const std::size_t d : documents) {
    if (d < model.document_facts.size()) tally += model.document_facts[d].chains;
  }
  return tally;
}

}  // namespace

ReportTable tabulate_questions(const ReportModel& model) {
  const auto& codebook = codebook_of(model);
  const ProfileRules rules = codebook.profile.value_or(ProfileRules{});
  ReportTable table;
  table.columns = {"county_code", "county", "slug", "documents", "has_plan"};
  for (const auto& question : rules.questions) {
    table.columns.push_back(question.answer);
    if (question.answer == "target_groups" || question.answer == "actors") {
      table.columns.push_back(question.answer + "_labels");
    }
  }
  auto add_row = [&](const std::string& code, const std::string& name, const std::string& slug,
                     const CountyReport* county) {
    std::vector<TableValue> row{text_or_empty(code), name, slug,
                                count(county ? static_cast<long long>(county->documents.size()) : 0),
                                county != nullptr};
    std::vector<std::optional<CountSource>> sources(row.size());
    for (const auto& question : rules.questions) {
      const bool listed = question.answer == "target_groups" || question.answer == "actors";
      if (county == nullptr) {
        const std::size_t columns = listed ? 2 : 1;
        row.insert(row.end(), columns, TableValue{});
        sources.insert(sources.end(), columns, std::nullopt);
        continue;
      }
      row.push_back(profile_answer(county->profile, question.answer));
      sources.push_back(question_source(rules, *county, question.answer));
      if (listed) {
        const auto* ids = list_answer(county->profile, question.answer);
        row.push_back(text_or_empty(ids ? join_labels(codebook, *ids) : std::string()));
        sources.push_back(sources.back());
      }
    }
    table.rows.push_back(std::move(row));
    table.sources.push_back(std::move(sources));
  };
  for (const auto& county : document::all_counties()) {
    const CountyReport* found = nullptr;
    for (const auto& report : model.counties) {
      if (report.county != nullptr && report.county->code == county.code) found = &report;
    }
    add_row(std::string(county.code), std::string(county.name), std::string(county.slug), found);
  }
  for (const auto& report : model.counties) {
    if (report.county == nullptr) add_row(report.code, report.name, report.slug, &report);
  }
  return table;
}

ReportTable tabulate_county_codes(const ReportModel& model) {
  const auto& codebook = codebook_of(model);
  ReportTable table;
  table.columns = {"county", "county_code", "documents", "segments", "coded_segments"};
  table.column_codes.assign(table.columns.size(), std::nullopt);
  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    table.columns.push_back(codebook.codes[c].id);
    table.column_codes.emplace_back(c);
  }
  for (const auto& county : model.counties) {
    std::vector<TableValue> values{count(static_cast<long long>(county.documents.size())),
                                   count(county.segments), count(county.coded_segments)};
    std::vector<std::optional<CountSource>> sources(3);
    for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
      values.push_back(count(counts_of(county, c).segments_with_children));
      sources.push_back(CountSource{county.slug, std::string(kCodesSheet), codebook.codes[c].id});
    }
    add_county_row(table, county, std::move(values), std::move(sources));
  }
  return table;
}

ReportTable tabulate_county_subcodes(const ReportModel& model, std::string_view root) {
  const auto& codebook = codebook_of(model);
  const std::string prefix = std::string(root) + ".";
  std::vector<std::size_t> codes;
  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    if (codebook.codes[c].id.starts_with(prefix)) codes.push_back(c);
  }
  ReportTable table;
  table.columns = {"county", "county_code"};
  table.column_codes.assign(table.columns.size(), std::nullopt);
  for (const std::size_t c : codes) {
    table.columns.push_back(codebook.codes[c].id);
    table.column_codes.emplace_back(c);
  }
  for (const auto& county : model.counties) {
    std::vector<TableValue> values;
    std::vector<std::optional<CountSource>> sources;
    for (const std::size_t c : codes) {
      values.push_back(count(counts_of(county, c).segments_with_children));
      sources.push_back(CountSource{county.slug, std::string(kCodesSheet), codebook.codes[c].id});
    }
    add_county_row(table, county, std::move(values), std::move(sources));
  }
  return table;
}

ReportTable tabulate_national_goals(const ReportModel& model) {
  ReportTable table;
  table.columns = {"county",          "county_code",     "national_goal_1", "national_goal_2",
                   "national_goal_3", "national_goal_4", "chains"};
  for (const auto& county : model.counties) {
    const ChainCounts tally = tally_chains(model, county.documents);
    std::vector<TableValue> values;
    for (const long long n : tally.national_goals) values.push_back(count(n));
    values.push_back(count(tally.chains));
    const CountSource chains{county.slug, std::string(kChainsSheet), {}};
    add_county_row(table, county, std::move(values),
                   std::vector<std::optional<CountSource>>(5, chains));
  }
  return table;
}

ReportTable tabulate_completeness(const ReportModel& model) {
  ReportTable table;
  table.columns = {"county",           "county_code",          "chains",
                   "goals",            "with_indicator_pct",   "with_responsible_pct",
                   "complete_pct",     "complete_chains",      "incomplete_chains"};
  for (const auto& county : model.counties) {
    const ChainCounts t = tally_chains(model, county.documents);
    const CountSource chains{county.slug, std::string(kChainsSheet), {}};
    add_county_row(table, county,
                   {count(t.chains), count(t.goals), share(t.with_indicator, t.goals),
                    share(t.with_responsible, t.goals), share(t.complete, t.chains),
                    count(t.complete), count(t.chains - t.complete)},
                   std::vector<std::optional<CountSource>>(7, chains));
  }
  return table;
}

ReportTable tabulate_cooccurrence(const ReportModel& model) {
  const auto& codebook = codebook_of(model);
  const std::size_t n = codebook.codes.size();
  std::vector<long long> counts = model.cooccurrence;
  counts.resize(n * n, 0);
  std::vector<std::size_t> present;
  for (std::size_t c = 0; c < n; ++c) {
    if (counts[c * n + c] > 0) present.push_back(c);
  }
  ReportTable table;
  table.columns = {"code", "label"};
  table.column_codes.assign(2, std::nullopt);
  for (const std::size_t c : present) {
    table.columns.push_back(codebook.codes[c].id);
    table.column_codes.emplace_back(c);
  }
  for (const std::size_t a : present) {
    std::vector<TableValue> row{codebook.codes[a].id, code_label(codebook, codebook.codes[a].id)};
    for (const std::size_t b : present) row.push_back(count(counts[a * n + b]));
    table.rows.push_back(std::move(row));
    table.row_codes.emplace_back(a);
  }
  return table;
}

ReportTable tabulate_trend(const ReportModel& model) {
  ReportTable table;
  table.columns = {"county",          "county_code",     "period",          "documents",
                   "chains",          "complete_chains", "national_goal_1", "national_goal_2",
                   "national_goal_3", "national_goal_4"};
  for (const auto& county : model.counties) {
    std::map<std::pair<int, int>, std::vector<std::size_t>> by_period;
    for (const std::size_t d : county.documents) {
      const auto& period = model.document_facts.at(d).period;
      by_period[{period.from, period.to}].push_back(d);
    }
    if (by_period.size() < 2) continue;
    for (const auto& [key, documents] : by_period) {
      const ChainCounts t = tally_chains(model, documents);
      std::vector<TableValue> values{
          std::string(document::to_string(model.document_facts[documents.front()].period)),
          count(static_cast<long long>(documents.size())), count(t.chains), count(t.complete)};
      for (const long long g : t.national_goals) values.push_back(count(g));
      add_county_row(table, county, std::move(values));
    }
  }
  return table;
}

ReportTable tabulate_documents(const ReportModel& model) {
  ReportTable table;
  table.columns = {"county", "document", "type",  "period",         "title",
                   "issuer", "segments", "coded_segments", "chains"};
  for (const auto& county : model.counties) {
    for (const std::size_t d : county.documents) {
      const DocumentFacts& doc = model.document_facts.at(d);
      table.rows.push_back({county.name, doc.path, std::string(document::to_string(doc.type)),
                            std::string(document::to_string(doc.period)), text_or_empty(doc.title),
                            text_or_empty(doc.issuer), count(doc.segments),
                            count(doc.coded_segments), count(doc.chains.chains)});
    }
  }
  return table;
}

std::vector<NamedTable> tabulate_summary(const ReportModel& model) {
  std::vector<NamedTable> tables;
  tables.push_back({"questions", tabulate_questions(model)});
  tables.push_back({"county_codes", tabulate_county_codes(model)});
  tables.push_back({"national_goals", tabulate_national_goals(model)});
  tables.push_back({"completeness", tabulate_completeness(model)});
  tables.push_back({"cooccurrence", tabulate_cooccurrence(model)});
  tables.push_back({"trend", tabulate_trend(model)});
  tables.push_back({"documents", tabulate_documents(model)});
  return tables;
}

ReportTable tabulate_county_code_counts(const ReportModel& model, const CountyReport& county) {
  const auto& codebook = codebook_of(model);
  ReportTable table;
  table.columns = {"code", "label"};
  for (const std::size_t d : county.documents) table.columns.push_back(model.documents.at(d).path);
  for (const char* column : {"total", "hits", "segments_with_children"}) {
    table.columns.emplace_back(column);
  }
  std::vector<std::vector<long long>> per_document(county.documents.size(),
                                                   std::vector<long long>(codebook.codes.size(), 0));
  for (std::size_t i = 0; i < county.documents.size(); ++i) {
    for (const auto& codes : model.segment_codes.at(county.documents[i])) {
      for (const auto& code : codes) ++per_document[i].at(code.code);
    }
  }
  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    std::vector<TableValue> row{codebook.codes[c].id, code_label(codebook, codebook.codes[c].id)};
    for (const auto& counts : per_document) row.push_back(count(counts[c]));
    const CodeCount& counts = counts_of(county, c);
    row.push_back(count(counts.segments));
    row.push_back(count(counts.hits));
    row.push_back(count(counts.segments_with_children));
    table.rows.push_back(std::move(row));
    table.row_codes.emplace_back(c);
  }
  return table;
}

}  // namespace goalchain::report
