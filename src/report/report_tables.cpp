#include "goalchain/report/report_tables.h"

#include <string_view>

namespace goalchain::report {
namespace {

template <typename Range, typename Fn>
std::string join(const Range& items, Fn&& to_text) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += kListSeparator;
    out += to_text(item);
  }
  return out;
}

std::string join_strings(const std::vector<std::string>& items) {
  return join(items, [](const std::string& s) { return s; });
}

std::string join_elements(const std::vector<chain::ChainElement>& elements) {
  return join(elements, [](const chain::ChainElement& e) { return e.text; });
}

TableValue text_or_empty(std::string text) {
  if (text.empty()) return std::monostate{};
  return text;
}

TableValue answer(Answer value) {
  if (!value) return std::monostate{};
  return *value;
}

// The county group each document was put in, as the model grouped them.
std::vector<const CountyReport*> county_of_documents(const ReportModel& model) {
  std::vector<const CountyReport*> counties(model.documents.size(), nullptr);
  for (const auto& county : model.counties) {
    for (const std::size_t d : county.documents) {
      if (d < counties.size()) counties[d] = &county;
    }
  }
  return counties;
}

std::string county_name(const CountyReport* county) {
  return county == nullptr ? std::string() : county->name;
}

std::vector<std::size_t> selected_documents(const ReportModel& model,
                                            const std::vector<std::size_t>* documents) {
  if (documents != nullptr) return *documents;
  std::vector<std::size_t> all(model.documents.size());
  for (std::size_t d = 0; d < all.size(); ++d) all[d] = d;
  return all;
}

}  // namespace

std::string code_label(const codebook::Codebook& codebook, std::string_view id) {
  const auto index = codebook.find(id);
  if (!index) return std::string(id);
  const auto& code = codebook.codes[*index];
  return code.label.empty() ? code.id : code.label;
}

ReportTable tabulate_chains(const ReportModel& model, const std::vector<std::size_t>* documents) {
  ReportTable table;
  table.columns = {"chain_id",   "document",       "county",      "section",    "problem",
                   "goal",       "national_goals", "activities",  "indicators", "responsible",
                   "follow_up",  "target_groups",  "P",           "G",          "A",
                   "I",          "R",              "score",       "complete",   "flags",
                   "page",       "line",           "problem_link"};
  const auto counties = county_of_documents(model);
  for (const std::size_t d : selected_documents(model, documents)) {
    if (d >= model.chains.size()) continue;
    for (const chain::Chain& chain : model.chains[d]) {
      std::vector<TableValue> row;
      row.emplace_back(chain.id);
      row.emplace_back(model.documents[d].path);
      row.emplace_back(text_or_empty(county_name(counties[d])));
      row.emplace_back(text_or_empty(join(chain.section, [](const std::string& s) { return s; })));
      row.emplace_back(text_or_empty(join_elements(chain.problem)));
      row.emplace_back(text_or_empty(join_elements(chain.goal)));
      row.emplace_back(text_or_empty(
          join(chain.national_goals, [](int goal) { return std::to_string(goal); })));
      row.emplace_back(text_or_empty(join_elements(chain.activities)));
      row.emplace_back(text_or_empty(join_elements(chain.indicators)));
      row.emplace_back(text_or_empty(join(chain.responsible, [](const chain::ResponsibleActor& a) {
        return a.label.empty() ? a.raw : a.label;
      })));
      row.emplace_back(text_or_empty(join_elements(chain.follow_up)));
      row.emplace_back(text_or_empty(join_strings(chain.target_groups)));
      row.emplace_back(chain.elements.problem);
      row.emplace_back(chain.elements.goal);
      row.emplace_back(chain.elements.activity);
      row.emplace_back(chain.elements.indicator);
      row.emplace_back(chain.elements.responsibility);
      row.emplace_back(static_cast<long long>(chain.score));
      row.emplace_back(chain.complete);
      row.emplace_back(text_or_empty(join_strings(chain.flags)));
      row.emplace_back(static_cast<long long>(chain.page));
      row.emplace_back(static_cast<long long>(chain.line));
      row.emplace_back(text_or_empty(chain.problem_link));
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

ReportTable tabulate_segments(const ReportModel& model,
                              const std::vector<std::size_t>* documents) {
  ReportTable table;
  table.columns = {"segment_id", "document", "county", "kind",  "page",  "line",
                   "last_line",  "section",  "text",   "codes", "terms", "manual_codes",
                   "label",      "issuer"};
  const auto counties = county_of_documents(model);
  const auto& codebook = *model.codebook;
  for (const std::size_t d : selected_documents(model, documents)) {
    const auto& doc = model.documents.at(d);
    for (std::size_t s = 0; s < doc.segments.size(); ++s) {
      const auto& segment = doc.segments[s];
      const auto& codes = model.segment_codes.at(d).at(s);
      std::vector<TableValue> row;
      row.emplace_back(segment.id);
      row.emplace_back(doc.path);
      row.emplace_back(text_or_empty(county_name(counties[d])));
      row.emplace_back(std::string(document::to_string(segment.kind)));
      row.emplace_back(static_cast<long long>(segment.page));
      row.emplace_back(static_cast<long long>(segment.line));
      row.emplace_back(static_cast<long long>(segment.last_line));
      row.emplace_back(text_or_empty(join_strings(segment.section)));
      row.emplace_back(segment.text);
      row.emplace_back(text_or_empty(
          join(codes, [&](const SegmentCode& c) { return codebook.codes.at(c.code).id; })));
      row.emplace_back(text_or_empty(join(codes, [&](const SegmentCode& c) {
        std::string words = codebook.codes.at(c.code).id + ": ";
        for (std::size_t t = 0; t < c.terms.size(); ++t) words += (t ? ", " : "") + c.terms[t];
        return words;
      })));
      row.emplace_back(text_or_empty(join_strings(segment.manual_codes)));
      row.emplace_back(text_or_empty(segment.label));
      row.emplace_back(text_or_empty(doc.issuer));
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

ReportTable tabulate_counties(const ReportModel& model) {
  ReportTable table;
  table.columns = {"county",
                   "county_code",
                   "documents",
                   "segments",
                   "coded_segments",
                   "pmh_mentioned",
                   "pmh_segments",
                   "problem_description",
                   "problem_covers_sex_buyers",
                   "target_groups",
                   "intersectional",
                   "places",
                   "prevalence_mapping",
                   "cooperation_local",
                   "cooperation_regional",
                   "cooperation_between_counties",
                   "actors",
                   "chains",
                   "complete_chains",
                   "national_goal_1",
                   "national_goal_2",
                   "national_goal_3",
                   "national_goal_4",
                   "problem_link_section",
                   "problem_link_plan",
                   "target_groups_labels",
                   "actors_labels"};
  for (const auto& county : model.counties) {
    const CountyProfile& p = county.profile;
    std::vector<TableValue> row;
    row.emplace_back(county.name);
    row.emplace_back(text_or_empty(county.code));
    row.emplace_back(static_cast<long long>(county.documents.size()));
    row.emplace_back(static_cast<long long>(county.segments));
    row.emplace_back(static_cast<long long>(county.coded_segments));
    row.emplace_back(p.pmh_mentioned);
    row.emplace_back(static_cast<long long>(p.pmh_segments));
    row.emplace_back(p.problem_description);
    row.emplace_back(answer(p.problem_covers_sex_buyers));
    row.emplace_back(text_or_empty(join_strings(p.target_groups)));
    row.emplace_back(answer(p.intersectional));
    std::vector<std::string> places;
    for (const auto& [name, present] : p.places) {
      if (present.value_or(false)) places.push_back(name);
    }
    row.emplace_back(text_or_empty(join_strings(places)));
    row.emplace_back(answer(p.prevalence_mapping));
    row.emplace_back(answer(p.cooperation_local));
    row.emplace_back(answer(p.cooperation_regional));
    row.emplace_back(answer(p.cooperation_between_counties));
    row.emplace_back(text_or_empty(join_strings(p.actors)));
    row.emplace_back(static_cast<long long>(p.chains));
    row.emplace_back(static_cast<long long>(p.complete_chains));
    for (const int n : p.national_goals) row.emplace_back(static_cast<long long>(n));
    row.emplace_back(static_cast<long long>(p.problem_link_section));
    row.emplace_back(static_cast<long long>(p.problem_link_plan));
    // For people: the labels beside the ids scripts read.
    row.emplace_back(text_or_empty(join(p.target_groups, [&](const std::string& id) {
      return code_label(*model.codebook, id);
    })));
    row.emplace_back(text_or_empty(
        join(p.actors, [&](const std::string& id) { return code_label(*model.codebook, id); })));
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace goalchain::report
