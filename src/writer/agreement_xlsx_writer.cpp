#include "goalchain/writer/agreement_xlsx_writer.h"

#include "goalchain/writer/xlsx_table.h"

#include <fmt/format.h>

#include <cmath>

namespace goalchain::writer {
namespace {

using agreement::AgreementReport;

constexpr std::string_view kUndefined = "undefined";
constexpr const char* kFigureFormat = "0.000";

// The workbook's words in one language; "{}" in a label stands for a side's name.
struct Words {
  const Labels& labels;
  std::string operator()(std::string_view key) const { return labels(key); }
  std::string operator()(std::string_view key, const std::string& side) const {
    return fmt::format(fmt::runtime(labels(key)), side);
  }
  Cell figure(const std::optional<double>& value) const {
    return value ? number_cell(*value) : text_cell((*this)("agree.undefined"));
  }
  std::string band(const std::optional<double>& kappa) const {
    return kappa ? kappa_band(kappa) : (*this)("agree.undefined");
  }
};

Cell count(int n) { return number_cell(static_cast<double>(n)); }

std::string join_codes(const std::set<std::string>& codes) {
  return fmt::format("{}", fmt::join(codes, ", "));
}

std::string join_lines(const std::vector<std::string>& lines) {
  return fmt::format("{}", fmt::join(lines, "\n"));
}

std::string side_name(const AgreementReport& report, std::size_t side) {
  return side < report.sides.size() ? report.sides[side] : fmt::format("side {}", side + 1);
}

Table summary_table(const AgreementReport& report,
                    const std::map<std::string, std::string>& labels, const Words& words) {
  const std::string a = side_name(report, 0);
  const std::string b = side_name(report, 1);
  Table table;
  table.name = words("agree.sheet.summary");
  table.excel_table = true;
  table.headers = {words("code"),           words("code_label"),     words("agree.prevalence", a),
                   words("agree.prevalence", b), words("agree.both"), words("agree.only", a),
                   words("agree.only", b),  words("agree.neither"),  words("agree.agreement"),
                   words("agree.kappa"),    words("agree.kappa_band"), words("agree.alpha")};
  if (report.second_side_is_codebook) {
    table.headers.insert(table.headers.end(),
                         {words("agree.precision"), words("agree.recall"), words("agree.f1")});
  }
  const ColumnStyle figure_column{11, false, kFigureFormat};
  const ColumnStyle count_column{9, false, ""};
  table.columns = {{16, false, ""},  {30, true, ""}, figure_column, figure_column, count_column,
                   count_column,     count_column,   count_column,  figure_column, figure_column,
                   {12, false, ""},  figure_column,  figure_column, figure_column, figure_column};
  constexpr std::size_t kKappaColumn = 9;

  auto add_row = [&](std::vector<Cell> row, const std::optional<double>& kappa) {
    if (const std::uint32_t color = kappa_band_color(kappa); color != 0) {
      table.fills[{table.rows.size(), kKappaColumn}] = color;
    }
    table.rows.push_back(std::move(row));
  };
  for (const auto& code : report.codes) {
    const auto label = labels.find(code.code);
    std::vector<Cell> row{text_cell(code.code),
                          label == labels.end() ? Cell{} : text_cell(label->second),
                          words.figure(code.prevalence_a),
                          words.figure(code.prevalence_b),
                          count(code.table.both),
                          count(code.table.only_a),
                          count(code.table.only_b),
                          count(code.table.neither),
                          words.figure(code.percent),
                          words.figure(code.kappa),
                          text_cell(words.band(code.kappa)),
                          words.figure(code.alpha)};
    if (report.second_side_is_codebook) {
      row.insert(row.end(), {words.figure(code.precision_recall.precision),
                             words.figure(code.precision_recall.recall), words.figure(code.precision_recall.f1)});
    }
    add_row(std::move(row), code.kappa);
  }
  auto add_average = [&](std::string_view name, std::string_view what,
                         const agreement::Averages& averages) {
    std::vector<Cell> row{text_cell(name), text_cell(what), Cell{}, Cell{}, Cell{}, Cell{},
                          Cell{},          Cell{},          words.figure(averages.percent),
                          words.figure(averages.kappa),           text_cell(words.band(averages.kappa)),
                          words.figure(averages.alpha)};
    if (report.second_side_is_codebook) {
      row.insert(row.end(),
                 {words.figure(averages.precision), words.figure(averages.recall), words.figure(averages.f1)});
    }
    add_row(std::move(row), averages.kappa);
  };
  add_average(words("agree.macro"), words("agree.macro_means"), report.macro);
  add_average(words("agree.micro"), words("agree.micro_means"), report.micro);
  widen_to_headers(table);
  return table;
}

Table disagreement_table(const AgreementReport& report, const Words& words) {
  Table table;
  table.name = words("agree.sheet.disagreements");
  table.excel_table = true;
  table.headers = {words("agree.unit"), words("document"), words("agree.line"), words("text")};
  table.columns = {{28, false, ""}, {28, false, ""}, {7, false, ""}, {60, true, ""}};
  std::size_t sides = report.sides.size();
  for (const auto& unit : report.disagreements) sides = std::max(sides, unit.codes.size());
  for (std::size_t s = 0; s < sides; ++s) {
    table.headers.push_back(words("agree.codes_of", side_name(report, s)));
    table.columns.push_back({20, true, ""});
  }
  table.headers.push_back(words("agree.patterns_fired"));
  table.columns.push_back({45, true, ""});
  for (const auto& unit : report.disagreements) {
    std::vector<Cell> row{text_cell(unit.id), text_cell(unit.document), count(unit.line),
                          text_cell(unit.text)};
    for (std::size_t s = 0; s < sides; ++s) {
      row.push_back(s < unit.codes.size() ? text_cell(join_codes(unit.codes[s])) : Cell{});
    }
    row.push_back(text_cell(join_lines(unit.evidence)));
    table.rows.push_back(std::move(row));
  }
  widen_to_headers(table);
  return table;
}

std::optional<double> rounded(const std::optional<double>& value) {
  if (!value) return std::nullopt;
  return std::round(*value * 1000.0) / 1000.0;
}

}  // namespace

std::string kappa_band(const std::optional<double>& kappa) {
  const auto k = rounded(kappa);
  if (!k) return std::string(kUndefined);
  if (*k < 0.4) return "< 0.4";
  if (*k <= 0.6) return "0.4–0.6";
  if (*k <= 0.8) return "0.6–0.8";
  return "> 0.8";
}

std::uint32_t kappa_band_color(const std::optional<double>& kappa) {
  const auto k = rounded(kappa);
  if (!k) return 0;
  if (*k < 0.4) return 0xF8CBAD;  // light red
  if (*k <= 0.6) return 0xFFE699;  // light yellow
  if (*k <= 0.8) return 0xC6EFCE;  // light green
  return 0x63BE7B;                 // green
}

void write_agreement_workbook(const AgreementReport& report,
                              const std::map<std::string, std::string>& labels,
                              const std::filesystem::path& path, const std::string& tool_version,
                              const Labels& workbook_labels) {
  const Words words{workbook_labels};
  Workbook workbook(path, words("agree.title"),
                    fmt::format(fmt::runtime(words("agree.subject")),
                                fmt::join(report.sides, " vs "), report.unit_kind),
                    tool_version);
  workbook.set_fallback_sheet_name(words("sheet.fallback"));
  workbook.add_table(summary_table(report, labels, words));
  workbook.add_table(disagreement_table(report, words));
  workbook.close();
}

}  // namespace goalchain::writer
