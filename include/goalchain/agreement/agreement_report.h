// Agreement between two or more sides (coders, or a person and the codebook)
// over aligned units, per code, with the units where they differ.
#pragma once

#include "goalchain/agreement/agreement_stats.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace goalchain::agreement {

// One unit (segment, sentence or section) and the codes each side gave it.
struct Unit {
  std::string id;                            // segment id, "<segment id>#<sentence>" or section path
  std::string document;                      // path of the (first side's) document
  int line = 0;
  std::string text;
  std::vector<std::set<std::string>> codes;  // one set per side
  std::vector<std::string> evidence;         // for a codebook side: "code: pattern → term"
};

struct CodeAgreement {
  std::string code;
  BinaryTable table;  // first two sides
  std::optional<double> percent;
  std::optional<double> kappa;
  std::optional<double> alpha;  // all sides
  std::optional<double> prevalence_a;
  std::optional<double> prevalence_b;
  PrecisionRecall precision_recall;  // meaningful when the second side is the codebook
};

struct Averages {
  std::optional<double> percent;
  std::optional<double> kappa;
  std::optional<double> alpha;
  std::optional<double> precision;
  std::optional<double> recall;
  std::optional<double> f1;
};

struct AgreementReport {
  std::vector<std::string> sides;   // names of the sides, e.g. {"manual", "codebook"}
  std::string unit_kind;            // "segment", "sentence" or "section"
  bool second_side_is_codebook = false;
  int units = 0;
  std::vector<CodeAgreement> codes;  // codes either side used, in `code_order`
  Averages macro;                    // unweighted mean over codes where defined
  Averages micro;                    // from the summed 2×2 tables
  std::vector<Unit> disagreements;   // units where the sides' code sets differ
};

// Computes the report. `code_order` lists codes in the order to report them
// (usually the codebook's); codes used but not listed follow in sorted order.
AgreementReport compute_agreement(const std::vector<Unit>& units, std::vector<std::string> sides,
                                  bool second_side_is_codebook, std::string unit_kind,
                                  const std::vector<std::string>& code_order);

}  // namespace goalchain::agreement
