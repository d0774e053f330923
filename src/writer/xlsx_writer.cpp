#include "goalchain/writer/xlsx_writer.h"

#include "goalchain/report/report_tables.h"
#include "goalchain/report/summary_tables.h"
#include "goalchain/writer/county_workbook_index.h"
#include "goalchain/writer/summary_links.h"
#include "goalchain/writer/xlsx_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::writer {
namespace {

// Fills of conditional formats: Excel's own "good", "neutral" and "bad".
// The language whose code and question labels are the codebook's label_en;
// other languages show their label.
constexpr std::string_view kEnglish = "en";
constexpr std::uint32_t kGreen = 0xC6EFCE;
constexpr std::uint32_t kYellow = 0xFFEB9C;

const codebook::Codebook& codebook_of(const report::ReportModel& model) {
  if (model.codebook == nullptr) {
    throw std::invalid_argument("xlsx writer: the report model has no codebook");
  }
  return *model.codebook;
}

std::string file_name_of(std::string_view path) {
  std::string name = std::filesystem::path(std::string(path)).filename().string();
  return name.empty() ? std::string(path) : name;
}

// A link to the document by its path relative to `folder`, the workbook's;
// "" for standard input.
std::string link_to(std::string_view path, const std::filesystem::path& folder) {
  return file_link(relative_link_path(std::string(path), folder));
}

template <typename Range, typename Fn>
std::string join(const Range& items, std::string_view separator, Fn&& to_text) {
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += separator;
    first = false;
    out += to_text(item);
  }
  return out;
}

Cell text(std::string_view s) { return text_cell(s); }
Cell number(long long n) { return number_cell(static_cast<double>(n)); }

// Words of the workbooks in one language.
class Words {
 public:
  Words(const codebook::Codebook& codebook, const std::string& language)
      : codebook_(codebook), labels_(codebook.labels, language) {}

  std::string operator()(std::string_view key) const { return labels_(key); }
  const Labels& labels() const { return labels_; }

  std::string yes_no(bool value) const { return (*this)(value ? "yes" : "no"); }
  std::string answer(const std::optional<bool>& value) const {
    return value ? yes_no(*value) : (*this)("unknown");
  }

  // The code's label in the workbook's language, or its id when it has none.
  std::string code_label(std::string_view id) const {
    const auto index = codebook_.find(id);
    if (!index) return std::string(id);
    const auto& code = codebook_.codes[*index];
    if (labels_.language() == kEnglish && !code.label_en.empty()) return code.label_en;
    return code.label.empty() ? code.id : code.label;
  }

  std::string code_labels(const std::vector<std::string>& ids) const {
    if (ids.empty()) return {};
    return join(ids, ", ", [&](const std::string& id) { return code_label(id); });
  }

  // Headings for codes: their labels, made unique where two codes share one
  // by the parent's label ("Stöd (Målgrupper)"), else by a number.
  std::vector<std::string> code_headings(const std::vector<std::size_t>& codes) const {
    std::vector<std::string> out;
    std::map<std::string, int> seen;
    for (const std::size_t c : codes) seen[code_label(codebook_.codes[c].id)] += 1;
    std::map<std::string, int> used;
    for (const std::size_t c : codes) {
      const auto& code = codebook_.codes[c];
      std::string heading = code_label(code.id);
      if (seen[heading] > 1) {
        heading += code.parent.empty() ? " (" + std::to_string(++used[heading]) + ")"
                                       : " (" + code_label(code.parent) + ")";
      }
      out.push_back(std::move(heading));
    }
    return out;
  }

  // A list of code ids as the report tables join them ("pmh; goal"), as labels.
  std::string code_label_list(const std::string& joined) const {
    return map_list(joined, [&](std::string_view id) { return code_label(id); });
  }

  // "pmh: sexköp, köp av sex; goal: Mål" with the codes as labels.
  std::string code_term_list(const std::string& joined) const {
    return map_list(joined, [&](std::string_view item) {
      const auto colon = item.find(": ");
      if (colon == std::string_view::npos) return std::string(item);
      return code_label(item.substr(0, colon)) + std::string(item.substr(colon));
    });
  }

  // Headings for the report table's column ids.
  std::vector<std::string> headings(const std::vector<std::string>& ids) const {
    std::vector<std::string> out;
    for (const auto& id : ids) out.push_back((*this)(id));
    return out;
  }

 private:
  template <typename Map>
  static std::string map_list(const std::string& joined, Map map) {
    const std::string_view separator = report::kListSeparator;
    std::string out;
    std::string_view rest = joined;
    while (!rest.empty()) {
      const auto end = rest.find(separator);
      out += (out.empty() ? "" : std::string(separator)) + map(rest.substr(0, end));
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + separator.size());
    }
    return out;
  }

  const codebook::Codebook& codebook_;
  Labels labels_;
};

std::size_t column_of(const report::ReportTable& table, std::string_view id) {
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i] == id) return i;
  }
  throw std::logic_error("report table has no column " + std::string(id));
}

const std::string* text_of(const report::TableValue& value) {
  return std::get_if<std::string>(&value);
}

// A report table value as a cell: yes/no in words, lists and codes as they are.
Cell cell_of(const report::TableValue& value, const Words& words) {
  if (const auto* s = text_of(value)) return text(*s);
  if (const auto* n = std::get_if<long long>(&value)) return number(*n);
  if (const auto* b = std::get_if<bool>(&value)) return text(words.yes_no(*b));
  return Cell{};
}

// ---------------------------------------------------------------- county

Table overview_table(const report::ReportModel& model, const report::CountyReport& county,
                     const Words& words) {
  Table table{words("sheet.overview"), {words("field"), words("value")}, {}};
  table.columns = {ColumnStyle{34, true, {}}, ColumnStyle{100, true, {}}};
  auto add = [&](std::string_view key, Cell value) {
    table.rows.push_back({text(words(key)), std::move(value)});
  };
  add("county", text(county.code.empty() ? county.name : county.name + " (" + county.code + ")"));
  for (const std::size_t d : county.documents) {
    const auto& doc = model.documents.at(d);
    add("document", text(std::string(document::to_string(doc.type)) + " " +
                         document::to_string(doc.period) + ": " + doc.title + " (" +
                         file_name_of(doc.path) + ")"));
    if (!doc.issuer.empty()) add("issuer", text(doc.issuer));
  }
  const report::CountyProfile& p = county.profile;
  add("pmh_mentioned", text(words.yes_no(p.pmh_mentioned)));
  add("pmh_segments", number(p.pmh_segments));
  add("problem_description", text(words.yes_no(p.problem_description)));
  add("problem_covers_sex_buyers", text(words.answer(p.problem_covers_sex_buyers)));
  add("target_groups", text(p.target_groups.empty() ? words("none") : words.code_labels(p.target_groups)));
  add("intersectional", text(words.answer(p.intersectional)));
  add("places", text(join(p.places, "; ", [&](const auto& place) {
        return words("place." + place.first) + ": " + words.answer(place.second);
      })));
  add("prevalence_mapping", text(words.answer(p.prevalence_mapping)));
  add("cooperation_local", text(words.answer(p.cooperation_local)));
  add("cooperation_regional", text(words.answer(p.cooperation_regional)));
  add("cooperation_between_counties", text(words.answer(p.cooperation_between_counties)));
  add("actors", text(p.actors.empty() ? words("none") : words.code_labels(p.actors)));
  add("chains", number(p.chains));
  add("complete_chains", number(p.complete_chains));
  for (std::size_t g = 0; g < p.national_goals.size(); ++g) {
    add("national_goal_" + std::to_string(g + 1), number(p.national_goals[g]));
  }
  // Gaps: goals without indicator or responsible actor, where to find them.
  for (const std::size_t d : county.documents) {
    if (d >= model.chains.size()) continue;
    for (const auto& chain : model.chains[d]) {
      for (const auto& flag : chain.flags) {
        if (flag != "goal_without_indicator" && flag != "goal_without_responsible") continue;
        const std::string goal = chain.goal.empty() ? chain.id : chain.goal.front().text;
        add("gap", text(words(flag) + ": " + goal + " (" + file_name_of(model.documents[d].path) +
                        ", " + words("at_line") + " " + std::to_string(chain.line) + ")"));
      }
    }
  }
  return table;
}

// Links from the chain in the next row of `table` (its columns `ids`) to the
// Segment sheet's rows of the segments its elements stand in: from the marks
// P G A I R, and from Sida, Rad and Kedje-id to where it starts. Short cells
// only: LibreOffice does not wrap the text of a cell with a link.
void link_chain(Table& table, const std::vector<std::string>& ids, const chain::Chain& chain,
                const CountyWorkbookIndex& index, const Words& words) {
  const std::string segments = words("sheet.segments");
  auto link_to_segment = [&](std::string_view id, const std::string& segment_id) {
    const auto row = index.segment_row(segment_id);
    if (!row) return;
    for (std::size_t c = 0; c < ids.size(); ++c) {
      if (ids[c] == id) add_link(table, table.rows.size(), c, sheet_link(segments, *row));
    }
  };
  auto first_of = [](const std::vector<chain::ChainElement>& elements) {
    return elements.empty() ? std::string() : elements.front().segment_id;
  };
  link_to_segment("P", first_of(chain.problem));
  link_to_segment("G", first_of(chain.goal));
  link_to_segment("A", first_of(chain.activities));
  link_to_segment("I", first_of(chain.indicators));
  if (!chain.responsible.empty()) link_to_segment("R", chain.responsible.front().segment_id);
  const std::string start = !chain.goal.empty() ? first_of(chain.goal) : first_of(chain.activities);
  for (const std::string_view id : {"page", "line", "chain_id"}) link_to_segment(id, start);
}

Table chains_sheet(const report::ReportModel& model, const report::CountyReport& county,
                   const CountyWorkbookIndex& index, const Words& words) {
  const report::ReportTable chains = report::tabulate_chains(model, &county.documents);
  const std::vector<std::string> ids = {
      "document",   "section",     "problem",   "problem_link",  "goal",
      "national_goals", "activities", "indicators", "responsible", "follow_up",
      "target_groups", "P",         "G",         "A",             "I",
      "R",          "score",       "complete",  "flags",         "page",
      "line",       "chain_id"};
  Table table{words("sheet.chains"), words.headings(ids), {}};
  table.excel_table = true;
  for (const auto& row : chains.rows) {
    std::vector<Cell> cells;
    for (const auto& id : ids) {
      const auto& value = row[column_of(chains, id)];
      if (id == "document") {
        cells.push_back(text(text_of(value) ? file_name_of(*text_of(value)) : ""));
      } else if (id == "problem_link") {
        const auto* link = text_of(value);
        cells.push_back(link != nullptr && !link->empty() ? text(words("problem_link." + *link))
                                                          : Cell{});
      } else if (id.size() == 1) {  // P G A I R
        cells.push_back(text(std::get<bool>(value) ? "✓" : ""));
      } else if (id == "flags") {
        std::string flags;
        if (const auto* s = text_of(value)) {
          std::string_view rest = *s;
          while (!rest.empty()) {
            const auto end = rest.find(report::kListSeparator);
            flags += (flags.empty() ? "" : "; ") + words(rest.substr(0, end));
            rest = end == std::string_view::npos ? "" : rest.substr(end + 2);
          }
        }
        cells.push_back(flags.empty() ? Cell{} : text(flags));
      } else if (id == "target_groups") {
        std::vector<std::string> groups;
        if (const auto* s = text_of(value)) {
          std::string_view rest = *s;
          while (!rest.empty()) {
            const auto end = rest.find(report::kListSeparator);
            groups.emplace_back(rest.substr(0, end));
            rest = end == std::string_view::npos ? "" : rest.substr(end + 2);
          }
        }
        cells.push_back(groups.empty() ? Cell{} : text(words.code_labels(groups)));
      } else {
        cells.push_back(cell_of(value, words));
      }
    }
    link_chain(table, ids, *index.chains().at(table.rows.size()), index, words);
    table.rows.push_back(std::move(cells));
  }
  // Widths that put a chain on one printed page width; long texts wrap.
  const std::map<std::string_view, double> widths = {
      {"document", 14},  {"section", 18},       {"problem", 28},    {"problem_link", 10},
      {"goal", 28},      {"national_goals", 9}, {"activities", 28}, {"indicators", 24},
      {"responsible", 18}, {"follow_up", 20},   {"target_groups", 18}, {"score", 6},
      {"complete", 9},   {"flags", 20},         {"page", 6},        {"line", 6},
      {"chain_id", 14}};
  table.columns.resize(ids.size());
  for (std::size_t c = 0; c < ids.size(); ++c) {
    const auto width = widths.find(ids[c]);
    table.columns[c] = ids[c].size() == 1 ? ColumnStyle{4, false, {}}  // P G A I R
                       : ColumnStyle{width == widths.end() ? 12 : width->second, true, {}};
  }
  // Complete chains green, chains with gaps yellow.
  const std::string complete = column_letters(16);
  const std::string flags = column_letters(17);
  table.highlights.push_back({0, ids.size() - 1,
                              "=$" + complete + "2=\"" + words.yes_no(true) + "\"", kGreen});
  table.highlights.push_back({0, ids.size() - 1, "=LEN($" + flags + "2)>0", kYellow});
  return table;
}

Table segments_sheet(const report::ReportModel& model, const report::CountyReport& county,
                     const CountyWorkbookIndex& index, const std::filesystem::path& folder,
                     const Words& words) {
  const report::ReportTable segments = report::tabulate_segments(model, &county.documents);
  const std::vector<std::string> ids = {"document", "page",  "line",  "last_line",
                                        "kind",     "section", "text", "codes",
                                        "terms",    "segment_id", "manual_codes"};
  Table table{words("sheet.segments"), words.headings(ids), {}};
  table.excel_table = true;
  const std::size_t path = column_of(segments, "document");
  // The report table has every segment of the county's documents, in order;
  // the sheet lists those the index lists (coded, or part of a chain).
  const auto& listed = index.segments();
  std::size_t next = 0;
  std::size_t r = 0;
  for (const std::size_t d : county.documents) {
    for (std::size_t s = 0; s < model.documents[d].segments.size(); ++s) {
      const auto& row = segments.rows.at(r++);
      if (next == listed.size() || listed[next].document != d || listed[next].segment != s) continue;
      ++next;
      std::vector<Cell> cells;
      for (const auto& id : ids) {
        const auto& value = row[column_of(segments, id)];
        if (id == "document") {
          cells.push_back(text(file_name_of(*text_of(value))));
        } else if (id == "kind") {
          cells.push_back(text(words("kind." + *text_of(value))));
        } else if ((id == "codes" || id == "manual_codes") && text_of(value)) {
          cells.push_back(text(words.code_label_list(*text_of(value))));
        } else if (id == "terms" && text_of(value)) {
          cells.push_back(text(words.code_term_list(*text_of(value))));
        } else {
          cells.push_back(cell_of(value, words));
        }
      }
      add_link(table, table.rows.size(), 0, link_to(*text_of(row[path]), folder));
      table.rows.push_back(std::move(cells));
    }
  }
  // Widths that put a segment on one printed page width; long texts wrap.
  table.columns.resize(ids.size());
  table.columns[5] = ColumnStyle{22, true, {}};
  table.columns[6] = ColumnStyle{60, true, {}};
  table.columns[7] = ColumnStyle{24, true, {}};
  table.columns[8] = ColumnStyle{30, true, {}};
  table.columns[10] = ColumnStyle{18, true, {}};
  return table;
}

Table codes_sheet(const report::ReportModel& model, const report::CountyReport& county,
                  const Words& words) {
  const report::ReportTable source = report::tabulate_county_code_counts(model, county);
  std::vector<std::string> headings;
  for (std::size_t c = 0; c < source.columns.size(); ++c) {
    const bool document = c >= 2 && c < 2 + county.documents.size();
    headings.push_back(document ? file_name_of(source.columns[c])
                                : words(c == 1 ? "code_label" : source.columns[c]));
  }
  Table table{words("sheet.codes"), std::move(headings), {}};
  table.excel_table = true;
  for (const auto& row : source.rows) {
    std::vector<Cell> cells;
    for (const auto& value : row) cells.push_back(cell_of(value, words));
    // The label in the workbook's language.
    if (const auto* id = text_of(row.front())) cells[1] = text(words.code_label(*id));
    table.rows.push_back(std::move(cells));
  }
  return table;
}

// ---------------------------------------------------------------- summary

// A link for the figure in row `row`, column `column` of a report table, or "".
using FigureLink = std::function<std::string(std::size_t row, std::size_t column)>;

// A summary table as a sheet: columns named by code ids headed by the codes'
// labels, other columns by their words, rows named by a code labelled; shares
// as percentages; each cell linked by `link` when given. Columns in `skip` are
// left out.
Table sheet_of(const report::ReportTable& source, std::string name, const Words& words,
               const std::vector<std::string_view>& skip = {}, const FigureLink& link = {}) {
  std::vector<std::size_t> shown;
  std::vector<std::size_t> codes;
  for (std::size_t c = 0; c < source.columns.size(); ++c) {
    if (std::find(skip.begin(), skip.end(), source.columns[c]) != skip.end()) continue;
    shown.push_back(c);
    if (c < source.column_codes.size() && source.column_codes[c]) codes.push_back(*source.column_codes[c]);
  }
  const std::vector<std::string> code_headings = words.code_headings(codes);
  Table table{std::move(name), {}, {}};
  table.excel_table = true;
  std::size_t next_code = 0;
  for (const std::size_t c : shown) {
    const bool code = c < source.column_codes.size() && source.column_codes[c];
    table.headers.push_back(code ? code_headings[next_code++] : words(source.columns[c]));
  }
  std::vector<std::size_t> row_codes;
  for (const auto& code : source.row_codes) row_codes.push_back(code.value_or(0));
  const std::vector<std::string> row_headings = words.code_headings(row_codes);
  table.columns.resize(shown.size());
  for (std::size_t r = 0; r < source.rows.size(); ++r) {
    std::vector<Cell> cells;
    for (std::size_t i = 0; i < shown.size(); ++i) {
      const auto& value = source.rows[r][shown[i]];
      if (std::holds_alternative<double>(value)) table.columns[i].number_format = "0.0%";
      if (link) add_link(table, r, i, link(r, shown[i]));
      cells.push_back(std::holds_alternative<double>(value) ? number_cell(std::get<double>(value))
                                                            : cell_of(value, words));
    }
    if (r < source.row_codes.size() && source.row_codes[r] && !cells.empty()) {
      cells.front() = text(row_headings[r]);
    }
    table.rows.push_back(std::move(cells));
  }
  return table;
}

// The county whose figures row `row` of a summary table holds, by its name;
// nullptr for a county without a document (it has no workbook to link to).
const report::CountyReport* county_of_row(const report::ReportModel& model,
                                          const report::ReportTable& source, std::size_t row) {
  const std::string* name = text_of(source.rows.at(row)[column_of(source, "county")]);
  if (name == nullptr) return nullptr;
  for (const auto& county : model.counties) {
    if (county.name == *name) return &county;
  }
  return nullptr;
}

// Links each figure of a county row to the first of what it counted: the
// column's id ("chains", "complete_pct", ...) or code says what.
FigureLink figure_links(const report::ReportModel& model, const report::ReportTable& source,
                        const SummaryLinks& links) {
  return [&model, &source, &links](std::size_t r, std::size_t c) -> std::string {
    const report::CountyReport* county = county_of_row(model, source, r);
    if (county == nullptr) return {};
    const auto code = c < source.column_codes.size() ? source.column_codes[c] : std::nullopt;
    return links.to_figure(*county, source.columns[c], code);
  };
}

// A county table as a sheet (sheet_of), each figure linked to what it counted.
Table county_sheet_of(const report::ReportModel& model, const report::ReportTable& source,
                      std::string name, const SummaryLinks& links, const Words& words,
                      const std::vector<std::string_view>& skip = {"county_code"}) {
  return sheet_of(source, std::move(name), words, skip, figure_links(model, source, links));
}

// The first code column to the last, for a colour scale over code counts.
void shade_code_columns(Table& table, std::size_t first) {
  if (table.headers.size() > first && !table.rows.empty()) {
    table.color_scales.push_back({first, table.headers.size() - 1});
  }
}

// Headings of the report's questions: the codebook's labels in the workbook's language.
std::string question_heading(const codebook::Codebook& codebook, std::string_view answer,
                             const Words& words) {
  if (codebook.profile) {
    for (const auto& question : codebook.profile->questions) {
      if (question.answer != answer) continue;
      if (words.labels().language() == kEnglish && !question.label_en.empty()) {
        return question.label_en;
      }
      return question.label.empty() ? question.answer : question.label;
    }
  }
  return words(answer);
}

// A link from a county's answer to what it counted: the chains for chain
// counts, the first segment with the answer's code for the others.
std::string question_link(const report::ReportModel& model, const report::ReportTable& source,
                          std::size_t row, std::size_t column, const report::CountyReport& county,
                          const SummaryLinks& links) {
  std::string link = links.to_figure(county, source.columns[column]);
  if (!link.empty() || row >= source.sources.size() || column >= source.sources[row].size()) {
    return link;
  }
  const auto& counted = source.sources[row][column];
  if (!counted || counted->code.empty()) return link;
  const auto code = codebook_of(model).find(counted->code);
  return code ? links.to_code(county, *code) : link;
}

// The report's questions: one row per county (all of them), one column per
// question; "ingen plan" for counties without a document, "okänt" where the
// codebook cannot answer.
Table questions_sheet(const report::ReportModel& model, const SummaryLinks& links,
                      const Words& words) {
  const auto& codebook = codebook_of(model);
  const report::ReportTable source = report::tabulate_questions(model);
  const std::size_t has_plan = column_of(source, "has_plan");
  std::vector<std::size_t> questions;
  Table table{words("sheet.questions"), {words("county"), words("county_code"), words("documents")},
              {}};
  table.excel_table = true;
  if (codebook.profile) {
    for (const auto& question : codebook.profile->questions) {
      questions.push_back(column_of(source, question.answer));
      table.headers.push_back(question_heading(codebook, question.answer, words));
    }
  }
  table.columns.resize(table.headers.size());
  table.columns[0] = ColumnStyle{18, false, {}};
  for (std::size_t c = 3; c < table.columns.size(); ++c) table.columns[c] = ColumnStyle{14, true, {}};
  for (std::size_t r = 0; r < source.rows.size(); ++r) {
    const auto& row = source.rows[r];
    const report::CountyReport* county = county_of_row(model, source, r);
    std::vector<Cell> cells{cell_of(row[column_of(source, "county")], words),
                            cell_of(row[column_of(source, "county_code")], words),
                            cell_of(row[column_of(source, "documents")], words)};
    const bool plan = std::get<bool>(row[has_plan]);
    for (const std::size_t q : questions) {
      const auto& value = row[q];
      const std::string& answer = source.columns[q];
      // A yes or a count links; a "no" or an empty answer has nothing to show,
      // and a list of labels stays unlinked so that it wraps (LibreOffice does
      // not wrap a linked cell).
      const bool yes = std::holds_alternative<bool>(value) && std::get<bool>(value);
      if (county != nullptr && (yes || std::holds_alternative<long long>(value))) {
        add_link(table, r, cells.size(), question_link(model, source, r, q, *county, links));
      }
      if (!plan) {
        cells.push_back(text(words("no_plan")));
      } else if (std::holds_alternative<std::monostate>(value)) {
        const bool listed = answer == "target_groups" || answer == "actors";
        cells.push_back(text(words(listed ? "none" : "unknown_short")));
      } else if ((answer == "target_groups" || answer == "actors") && text_of(value)) {
        cells.push_back(text(words.code_label_list(*text_of(value))));
      } else {
        cells.push_back(cell_of(value, words));
      }
    }
    table.rows.push_back(std::move(cells));
  }
  return table;
}

Table county_code_matrix(const report::ReportModel& model, const SummaryLinks& links,
                         const Words& words) {
  Table table = county_sheet_of(model, report::tabulate_county_codes(model),
                                words("sheet.county_code"), links, words, {});
  table.excel_table = false;
  table.rotate_headers = true;
  shade_code_columns(table, 5);
  return table;
}

Table national_goal_matrix(const report::ReportModel& model, const SummaryLinks& links,
                           const Words& words) {
  Table table = county_sheet_of(model, report::tabulate_national_goals(model),
                                words("sheet.national_goals"), links, words);
  table.color_scales.push_back({1, 4});
  return table;
}

Table completeness_matrix(const report::ReportModel& model, const SummaryLinks& links,
                          const Words& words) {
  Table table = county_sheet_of(model, report::tabulate_completeness(model),
                                words("sheet.completeness"), links, words);
  for (std::size_t c = 3; c <= 5 && c < table.columns.size(); ++c) {
    table.columns[c].number_format = "0.0%";
  }
  table.color_scales.push_back({3, 5});
  return table;
}

// County × every code under `root`: segments with the code or one below it.
Table county_subcode_matrix(const report::ReportModel& model, std::string_view root,
                            const std::string& name, const SummaryLinks& links,
                            const Words& words) {
  Table table =
      county_sheet_of(model, report::tabulate_county_subcodes(model, root), name, links, words);
  table.rotate_headers = true;
  if (table.headers.size() == 1) table.headers.push_back(words("none"));
  shade_code_columns(table, 1);
  return table;
}

// Code × code: segments in which both codes were assigned.
Table cooccurrence_matrix(const report::ReportModel& model, const Words& words) {
  Table table = sheet_of(report::tabulate_cooccurrence(model), words("sheet.cooccurrence"), words,
                         {"label"});
  table.excel_table = false;
  table.rotate_headers = true;
  if (table.headers.size() == 1) table.headers.push_back(words("none"));
  shade_code_columns(table, 1);
  return table;
}

// Counties with documents from several periods: the figures per period.
Table trend_table(const report::ReportModel& model, const SummaryLinks& links,
                  const Words& words) {
  const report::ReportTable source = report::tabulate_trend(model);
  const std::size_t period = column_of(source, "period");
  // The figures of a row count the county's documents of the row's period.
  const FigureLink link = [&](std::size_t r, std::size_t c) -> std::string {
    const report::CountyReport* county = county_of_row(model, source, r);
    const std::string* wanted = text_of(source.rows[r][period]);
    if (county == nullptr || wanted == nullptr) return {};
    std::vector<std::size_t> documents;
    for (const std::size_t d : county->documents) {
      if (document::to_string(model.documents[d].period) == *wanted) documents.push_back(d);
    }
    return links.to_figure(*county, source.columns[c], std::nullopt, &documents);
  };
  Table table = sheet_of(source, words("sheet.trend"), words, {"county_code"}, link);
  // An empty sheet would look like a failure; say why there is nothing.
  if (table.rows.empty()) table.rows.push_back({text(words("trend_empty"))});
  return table;
}

Table documents_table(const report::ReportModel& model, const SummaryLinks& links,
                      const std::filesystem::path& folder, const Words& words) {
  const report::ReportTable source = report::tabulate_documents(model);
  Table table{words("sheet.documents"),
              {words("county"), words("file"), words("path"), words("type"), words("period"),
               words("title"), words("issuer"), words("segments"), words("coded_segments"),
               words("chains")},
              {}};
  table.excel_table = true;
  const std::size_t path = column_of(source, "document");
  // The report table lists the documents county by county, as model.counties does.
  std::size_t r = 0;
  for (const auto& county : model.counties) {
    for (const std::size_t d : county.documents) {
      const auto& row = source.rows.at(r++);
      const std::string& file = *text_of(row[path]);
      add_link(table, table.rows.size(), 1, link_to(file, folder));
      add_link(table, table.rows.size(), 8, links.to_document_segments(county, d));
      add_link(table, table.rows.size(), 9, links.to_document_chains(county, d));
      std::vector<Cell> cells{cell_of(row[column_of(source, "county")], words),
                              text(file_name_of(file)), text(file)};
      for (const char* id : {"type", "period", "title", "issuer", "segments", "coded_segments",
                             "chains"}) {
        cells.push_back(cell_of(row[column_of(source, id)], words));
      }
      table.rows.push_back(std::move(cells));
    }
  }
  return table;
}

Table codebook_table(const report::ReportModel& model, const Words& words) {
  const auto& codebook = codebook_of(model);
  Table table{words("sheet.codebook"),
              {words("code"), words("label_sv"), words("label_en"), words("parent"),
               words("description"), words("patterns"), words("rules")},
              {}};
  table.excel_table = true;
  table.columns.resize(7);
  table.columns[4] = ColumnStyle{50, true, {}};
  table.columns[5] = ColumnStyle{60, true, {}};
  table.columns[6] = ColumnStyle{60, true, {}};
  for (const auto& code : codebook.codes) {
    std::vector<std::string> patterns;
    for (std::size_t k = 0; k < code.keywords.size(); ++k) {
      patterns.push_back(codebook::describe_pattern(codebook::keyword_pattern(code, k)));
    }
    std::vector<std::string> rules;
    for (const auto& rule : code.rules) rules.push_back(codebook::describe_rule(rule));
    auto joined = [](const std::vector<std::string>& items) {
      return join(items, "; ", [](const std::string& s) { return s; });
    };
    table.rows.push_back({text(code.id), text(code.label), text(code.label_en), text(code.parent),
                          text(code.description), text(joined(patterns)), text(joined(rules))});
  }
  return table;
}

Table run_table(const report::RunInfo& run, const Words& words) {
  Table table{words("sheet.run"),
              {words("field"), words("value"), words("sha256"), words("format"), words("encoding")},
              {}};
  table.rows.push_back({text(words("run.tool")), text("goalchain " + run.tool_version), {}, {}, {}});
  table.rows.push_back({text(words("run.codebook")), text(run.codebook_name),
                        text(run.codebook_sha256), {}, {}});
  table.rows.push_back({text(words("run.codebook_path")), text(run.codebook_path), {}, {}, {}});
  if (!run.timestamp.empty()) {
    table.rows.push_back({text(words("run.timestamp")), text(run.timestamp), {}, {}, {}});
  }
  for (const auto& [option, value] : run.options) {
    table.rows.push_back({text(words("run.option")), text(option + " " + value), {}, {}, {}});
  }
  for (const auto& input : run.inputs) {
    table.rows.push_back({text(words("run.input")), text(input.path), text(input.sha256),
                          text(input.format), text(input.encoding)});
  }
  return table;
}

std::string codebook_subject(const codebook::Codebook& codebook, const Words& words) {
  const std::string& name = codebook.title.empty() ? codebook.name : codebook.title;
  if (name.empty()) return words("subject");
  return fmt::format(fmt::runtime(words("subject_with_codebook")), name);
}

bool wants_constant_memory(const report::ReportModel& model, const WorkbookOptions& options) {
  std::size_t segments = 0;
  for (const auto& doc : model.documents) segments += doc.segments.size();
  return segments > options.constant_memory_segments;
}

}  // namespace

std::vector<std::string> write_county_workbook(const report::ReportModel& model,
                                               const report::CountyReport& county,
                                               const std::filesystem::path& path,
                                               const WorkbookOptions& options) {
  const auto& codebook = codebook_of(model);
  const Words words(codebook, options.language);
  Workbook workbook(path, "goalchain: " + county.name, codebook_subject(codebook, words),
                    model.tool_version, wants_constant_memory(model, options), options.created);
  workbook.set_fallback_sheet_name(words("sheet.fallback"));
  const CountyWorkbookIndex index(model, county);
  const std::filesystem::path folder = path.parent_path();
  workbook.add_table(overview_table(model, county, words));
  workbook.add_table(chains_sheet(model, county, index, words));
  workbook.add_table(segments_sheet(model, county, index, folder, words));
  workbook.add_table(codes_sheet(model, county, words));
  workbook.close();
  return workbook.warnings();
}

std::vector<std::string> write_summary_workbook(const report::ReportModel& model,
                                                const std::filesystem::path& path,
                                                const WorkbookOptions& options) {
  const auto& codebook = codebook_of(model);
  const Words words(codebook, options.language);
  Workbook workbook(path, words("summary_title"), codebook_subject(codebook, words), model.tool_version,
                    wants_constant_memory(model, options), options.created);
  workbook.set_fallback_sheet_name(words("sheet.fallback"));
  const SummaryLinks links(model, words.labels());
  workbook.add_table(questions_sheet(model, links, words));
  workbook.add_table(county_code_matrix(model, links, words));
  const Table goals_table = national_goal_matrix(model, links, words);
  const std::string goals_sheet = workbook.add_table(goals_table);
  const Table completeness_table = completeness_matrix(model, links, words);
  const std::string completeness_sheet = workbook.add_table(completeness_table);
  workbook.add_table(
      county_subcode_matrix(model, "target", words("sheet.target_groups"), links, words));
  workbook.add_table(county_subcode_matrix(model, "actor", words("sheet.actors"), links, words));
  workbook.add_table(cooccurrence_matrix(model, words));

  const std::size_t counties = model.counties.size();
  ColumnChart completeness{words("complete_chains") + " / " + words("incomplete_chains"),
                           completeness_sheet, counties, 0, {6, 7}, true, words("chains")};
  ColumnChart coverage{words("sheet.national_goals"), goals_sheet, counties, 0, {1, 2, 3, 4},
                       false, words("chains")};
  completeness.counts = coverage.counts = true;
  completeness.max_value = chart_max_value(completeness_table.rows, completeness.series, true);
  coverage.max_value = chart_max_value(goals_table.rows, coverage.series, false);
  workbook.add_chart_sheet(words("sheet.charts"), {completeness, coverage});

  workbook.add_table(trend_table(model, links, words));
  workbook.add_table(documents_table(model, links, path.parent_path(), words));
  workbook.add_table(codebook_table(model, words));
  if (options.run != nullptr) workbook.add_table(run_table(*options.run, words));
  workbook.close();
  return workbook.warnings();
}

}  // namespace goalchain::writer
