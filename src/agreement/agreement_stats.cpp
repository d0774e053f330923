#include "goalchain/agreement/agreement_stats.h"

#include <map>
#include <utility>

namespace goalchain::agreement {

BinaryTable& BinaryTable::operator+=(const BinaryTable& other) {
  both += other.both;
  only_a += other.only_a;
  only_b += other.only_b;
  neither += other.neither;
  return *this;
}

std::optional<double> percent_agreement(const BinaryTable& t) {
  if (t.total() == 0) return std::nullopt;
  return static_cast<double>(t.both + t.neither) / t.total();
}

std::optional<double> cohen_kappa(const BinaryTable& t) {
  const double n = t.total();
  if (n == 0) return std::nullopt;
  const double observed = (t.both + t.neither) / n;
  const double a_yes = (t.both + t.only_a) / n;
  const double b_yes = (t.both + t.only_b) / n;
  const double expected = a_yes * b_yes + (1 - a_yes) * (1 - b_yes);
  if (expected >= 1.0) return std::nullopt;
  return (observed - expected) / (1 - expected);
}

std::optional<double> prevalence_a(const BinaryTable& t) {
  if (t.total() == 0) return std::nullopt;
  return static_cast<double>(t.both + t.only_a) / t.total();
}

std::optional<double> prevalence_b(const BinaryTable& t) {
  if (t.total() == 0) return std::nullopt;
  return static_cast<double>(t.both + t.only_b) / t.total();
}

PrecisionRecall precision_recall(const BinaryTable& t) {
  PrecisionRecall result;
  if (t.both + t.only_b > 0) result.precision = static_cast<double>(t.both) / (t.both + t.only_b);
  if (t.both + t.only_a > 0) result.recall = static_cast<double>(t.both) / (t.both + t.only_a);
  if (result.precision && result.recall && *result.precision + *result.recall > 0) {
    result.f1 = 2 * *result.precision * *result.recall / (*result.precision + *result.recall);
  }
  return result;
}

std::optional<double> krippendorff_alpha_nominal(const std::vector<UnitValues>& units) {
  // Coincidence matrix o[c][k]: each ordered pair of values from two different
  // coders of one unit adds 1 / (m_u - 1), m_u being the unit's value count.
  std::map<std::pair<int, int>, double> coincidences;
  for (const auto& unit : units) {
    std::vector<int> values;
    for (const auto& value : unit) {
      if (value) values.push_back(*value);
    }
    const std::size_t m = values.size();
    if (m < 2) continue;
    for (std::size_t i = 0; i < m; ++i) {
      for (std::size_t j = 0; j < m; ++j) {
        if (i != j) coincidences[{values[i], values[j]}] += 1.0 / static_cast<double>(m - 1);
      }
    }
  }
  std::map<int, double> marginals;
  double n = 0;
  double disagreement = 0;
  for (const auto& [pair, count] : coincidences) {
    marginals[pair.first] += count;
    n += count;
    if (pair.first != pair.second) disagreement += count;
  }
  if (n < 2) return std::nullopt;
  double expected = 0;
  for (const auto& [c, n_c] : marginals) {
    for (const auto& [k, n_k] : marginals) {
      if (c != k) expected += n_c * n_k;
    }
  }
  if (expected == 0) return std::nullopt;
  return 1.0 - (n - 1) * disagreement / expected;
}

}  // namespace goalchain::agreement
