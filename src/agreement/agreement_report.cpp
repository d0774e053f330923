#include "goalchain/agreement/agreement_report.h"

#include <algorithm>

namespace goalchain::agreement {
namespace {

std::optional<double> mean_of(const std::vector<std::optional<double>>& values) {
  double sum = 0;
  int count = 0;
  for (const auto& value : values) {
    if (!value) continue;
    sum += *value;
    ++count;
  }
  if (count == 0) return std::nullopt;
  return sum / count;
}

// Every code any side used, in `code_order` first, then the rest sorted.
std::vector<std::string> codes_in_use(const std::vector<Unit>& units,
                                      const std::vector<std::string>& code_order) {
  std::set<std::string> used;
  for (const auto& unit : units) {
    for (const auto& side : unit.codes) used.insert(side.begin(), side.end());
  }
  std::vector<std::string> ordered;
  for (const auto& code : code_order) {
    if (used.erase(code) > 0) ordered.push_back(code);
  }
  ordered.insert(ordered.end(), used.begin(), used.end());
  return ordered;
}

}  // namespace

AgreementReport compute_agreement(const std::vector<Unit>& units, std::vector<std::string> sides,
                                  bool second_side_is_codebook, std::string unit_kind,
                                  const std::vector<std::string>& code_order) {
  AgreementReport report;
  report.sides = std::move(sides);
  report.unit_kind = std::move(unit_kind);
  report.second_side_is_codebook = second_side_is_codebook;
  report.units = static_cast<int>(units.size());

  BinaryTable summed;
  std::vector<std::optional<double>> percents, kappas, alphas, precisions, recalls, f1s;
  for (const auto& code : codes_in_use(units, code_order)) {
    CodeAgreement row;
    row.code = code;
    std::vector<UnitValues> values;
    for (const auto& unit : units) {
      const bool a = unit.codes.size() > 0 && unit.codes[0].contains(code);
      const bool b = unit.codes.size() > 1 && unit.codes[1].contains(code);
      if (a && b) ++row.table.both;
      else if (a) ++row.table.only_a;
      else if (b) ++row.table.only_b;
      else ++row.table.neither;
      UnitValues unit_values;
      for (const auto& side : unit.codes) unit_values.push_back(side.contains(code) ? 1 : 0);
      values.push_back(std::move(unit_values));
    }
    row.percent = percent_agreement(row.table);
    row.kappa = cohen_kappa(row.table);
    row.alpha = krippendorff_alpha_nominal(values);
    row.prevalence_a = prevalence_a(row.table);
    row.prevalence_b = prevalence_b(row.table);
    row.precision_recall = precision_recall(row.table);
    summed += row.table;
    percents.push_back(row.percent);
    kappas.push_back(row.kappa);
    alphas.push_back(row.alpha);
    precisions.push_back(row.precision_recall.precision);
    recalls.push_back(row.precision_recall.recall);
    f1s.push_back(row.precision_recall.f1);
    report.codes.push_back(std::move(row));
  }

  report.macro = {mean_of(percents), mean_of(kappas),  mean_of(alphas),
                  mean_of(precisions), mean_of(recalls), mean_of(f1s)};
  const PrecisionRecall micro_pr = precision_recall(summed);
  report.micro.percent = percent_agreement(summed);
  report.micro.kappa = cohen_kappa(summed);
  report.micro.precision = micro_pr.precision;
  report.micro.recall = micro_pr.recall;
  report.micro.f1 = micro_pr.f1;

  for (const auto& unit : units) {
    const bool differ = std::any_of(unit.codes.begin(), unit.codes.end(),
                                    [&](const auto& side) { return side != unit.codes.front(); });
    if (differ) report.disagreements.push_back(unit);
  }
  return report;
}

}  // namespace goalchain::agreement
