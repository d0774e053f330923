#include "goalchain/writer/agreement_writer.h"

#include "goalchain/util/csv.h"
#include "goalchain/writer/text_table.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace goalchain::writer {
namespace {

using agreement::AgreementReport;
using agreement::Averages;
using agreement::CodeAgreement;
using json = nlohmann::ordered_json;

std::string figure(const std::optional<double>& value, std::string_view undefined) {
  return value ? fmt::format("{:.3f}", *value) : std::string(undefined);
}

json figure_json(const std::optional<double>& value) {
  return value ? json(std::round(*value * 1e6) / 1e6) : json(nullptr);
}

struct Row {
  std::string label;
  std::optional<agreement::BinaryTable> table;
  std::optional<double> percent, kappa, alpha, prevalence_a, prevalence_b, precision, recall, f1;
};

std::vector<Row> rows_of(const AgreementReport& report) {
  std::vector<Row> rows;
  for (const CodeAgreement& c : report.codes) {
    rows.push_back({c.code, c.table, c.percent, c.kappa, c.alpha, c.prevalence_a, c.prevalence_b,
                    c.precision_recall.precision, c.precision_recall.recall,
                    c.precision_recall.f1});
  }
  auto average = [](std::string label, const Averages& a) {
    return Row{std::move(label), std::nullopt, a.percent, a.kappa, a.alpha, std::nullopt,
               std::nullopt, a.precision, a.recall, a.f1};
  };
  rows.push_back(average("macro", report.macro));
  rows.push_back(average("micro", report.micro));
  return rows;
}

std::vector<std::string> headers(const AgreementReport& report) {
  std::vector<std::string> h = {"code", "both", "only " + report.sides.at(0),
                                "only " + report.sides.at(1), "neither", "agreement", "kappa",
                                "alpha", "prevalence " + report.sides.at(0),
                                "prevalence " + report.sides.at(1)};
  if (report.second_side_is_codebook) {
    h.insert(h.end(), {"precision", "recall", "f1"});
  }
  return h;
}

std::vector<std::string> cells(const AgreementReport& report, const Row& row,
                               std::string_view undefined) {
  auto count = [&](int n) { return row.table ? std::to_string(n) : std::string(); };
  std::vector<std::string> c = {row.label,
                                count(row.table ? row.table->both : 0),
                                count(row.table ? row.table->only_a : 0),
                                count(row.table ? row.table->only_b : 0),
                                count(row.table ? row.table->neither : 0),
                                figure(row.percent, undefined),
                                figure(row.kappa, undefined),
                                figure(row.alpha, undefined),
                                row.table ? figure(row.prevalence_a, undefined) : "",
                                row.table ? figure(row.prevalence_b, undefined) : ""};
  if (report.second_side_is_codebook) {
    c.insert(c.end(), {figure(row.precision, undefined), figure(row.recall, undefined),
                       figure(row.f1, undefined)});
  }
  return c;
}

std::string join_codes(const std::set<std::string>& codes) {
  return codes.empty() ? std::string("(none)") : fmt::format("{}", fmt::join(codes, ", "));
}

}  // namespace

std::string render_agreement_table(const AgreementReport& report) {
  std::string out = fmt::format("Agreement: {}, unit {}, {} units\n\n",
                                fmt::join(report.sides, " vs "), report.unit_kind, report.units);
  const auto head = headers(report);
  std::vector<std::vector<std::string>> table{head};
  for (const Row& row : rows_of(report)) table.push_back(cells(report, row, "–"));
  const auto lines = align_columns(table);
  for (std::size_t r = 0; r < lines.size(); ++r) {
    if (r == lines.size() - 2) out += '\n';  // averages apart from the codes
    out += lines[r] + '\n';
  }
  out +=
      "\n– undefined: kappa and alpha when a code's value never varies (chance agreement is 1);\n"
      "  precision when the codebook never gave the code; recall when the person never did.\n"
      "  Read kappa together with prevalence: on rare codes a few disagreements move it far.\n";
  if (report.disagreements.empty()) {
    out += "\nNo disagreements.\n";
    return out;
  }
  out += fmt::format("\nDisagreements ({}):\n", report.disagreements.size());
  for (const auto& unit : report.disagreements) {
    out += fmt::format("\n{}:{} [{}]\n  {}\n", unit.document, unit.line, unit.id, unit.text);
    for (std::size_t s = 0; s < unit.codes.size() && s < report.sides.size(); ++s) {
      out += fmt::format("  {}: {}\n", report.sides[s], join_codes(unit.codes[s]));
    }
    for (const auto& evidence : unit.evidence) out += fmt::format("    {}\n", evidence);
  }
  return out;
}

std::string render_agreement_json(const AgreementReport& report) {
  json codes = json::array();
  for (const CodeAgreement& c : report.codes) {
    json row{{"code", c.code},
             {"both", c.table.both},
             {"only_a", c.table.only_a},
             {"only_b", c.table.only_b},
             {"neither", c.table.neither},
             {"agreement", figure_json(c.percent)},
             {"kappa", figure_json(c.kappa)},
             {"alpha", figure_json(c.alpha)},
             {"prevalence_a", figure_json(c.prevalence_a)},
             {"prevalence_b", figure_json(c.prevalence_b)}};
    if (report.second_side_is_codebook) {
      row["precision"] = figure_json(c.precision_recall.precision);
      row["recall"] = figure_json(c.precision_recall.recall);
      row["f1"] = figure_json(c.precision_recall.f1);
    }
    codes.push_back(std::move(row));
  }
  auto averages = [&](const Averages& a) {
    json out{{"agreement", figure_json(a.percent)},
             {"kappa", figure_json(a.kappa)},
             {"alpha", figure_json(a.alpha)}};
    if (report.second_side_is_codebook) {
      out["precision"] = figure_json(a.precision);
      out["recall"] = figure_json(a.recall);
      out["f1"] = figure_json(a.f1);
    }
    return out;
  };
  json disagreements = json::array();
  for (const auto& unit : report.disagreements) {
    json sides = json::array();
    for (const auto& codes_of_side : unit.codes) sides.push_back(codes_of_side);
    disagreements.push_back(json{{"unit", unit.id},
                                 {"document", unit.document},
                                 {"line", unit.line},
                                 {"text", unit.text},
                                 {"codes", std::move(sides)},
                                 {"evidence", unit.evidence}});
  }
  const json out{{"sides", report.sides},
                 {"unit", report.unit_kind},
                 {"units", report.units},
                 {"codes", std::move(codes)},
                 {"macro", averages(report.macro)},
                 {"micro", averages(report.micro)},
                 {"disagreements", std::move(disagreements)}};
  return out.dump(2) + "\n";
}

std::string render_agreement_csv(const AgreementReport& report) {
  std::vector<std::string> head;
  for (const auto& h : headers(report)) head.push_back(util::csv_text(h));
  std::string out = util::csv_row(head);
  for (const Row& row : rows_of(report)) {
    std::vector<std::string> fields;
    const auto values = cells(report, row, "");
    for (std::size_t c = 0; c < values.size(); ++c) {
      fields.push_back(c == 0 ? util::csv_text(values[c]) : util::csv_number(values[c]));
    }
    out += util::csv_row(fields);
  }
  return out;
}

}  // namespace goalchain::writer
