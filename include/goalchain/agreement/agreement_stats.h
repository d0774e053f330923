// Agreement figures between coders (or between a codebook and a person), as
// the references define them. docs/agreement.md gives every formula.
#pragma once

#include <optional>
#include <vector>

namespace goalchain::agreement {

// Counts of units for one code and two sides A and B.
struct BinaryTable {
  int both = 0;     // coded by A and by B
  int only_a = 0;   // coded by A only
  int only_b = 0;   // coded by B only
  int neither = 0;  // coded by neither

  int total() const { return both + only_a + only_b + neither; }
  BinaryTable& operator+=(const BinaryTable& other);
};

// Share of units where A and B agree; nullopt when there are no units.
std::optional<double> percent_agreement(const BinaryTable& table);

// Cohen's kappa: (p_o - p_e) / (1 - p_e). nullopt when undefined, i.e. when
// chance agreement p_e is 1 (both sides give every unit the same value).
std::optional<double> cohen_kappa(const BinaryTable& table);

// Share of units A (and B) coded with the code; nullopt when there are no units.
std::optional<double> prevalence_a(const BinaryTable& table);
std::optional<double> prevalence_b(const BinaryTable& table);

// A is the reference (the person), B the system (the codebook).
struct PrecisionRecall {
  std::optional<double> precision;  // both / (both + only_b); nullopt when B coded nothing
  std::optional<double> recall;     // both / (both + only_a); nullopt when A coded nothing
  std::optional<double> f1;         // harmonic mean; nullopt when either is undefined or both are 0
};
PrecisionRecall precision_recall(const BinaryTable& table);

// One unit's values, one per coder; nullopt where that coder gave no value.
using UnitValues = std::vector<std::optional<int>>;

// Krippendorff's alpha for nominal data, any number of coders, missing values
// allowed: 1 - D_o / D_e over the coincidence matrix. Units with fewer than two
// values are not pairable and are left out. nullopt when undefined (fewer than
// two pairable values in all, or only one value ever used).
std::optional<double> krippendorff_alpha_nominal(const std::vector<UnitValues>& units);

}  // namespace goalchain::agreement
