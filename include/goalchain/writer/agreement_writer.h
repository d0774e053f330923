// Renders an agreement report as an aligned table, JSON or CSV.
#pragma once

#include "goalchain/agreement/agreement_report.h"

#include <string>

namespace goalchain::writer {

// The per-code table, averages, a legend for undefined figures, and the
// disagreements, aligned for a terminal. Undefined figures print as "–".
std::string render_agreement_table(const agreement::AgreementReport& report);

// {"sides", "unit", "units", "codes": [...], "macro", "micro", "disagreements": [...]};
// undefined figures are null.
std::string render_agreement_json(const agreement::AgreementReport& report);

// One row per code, then "macro" and "micro" rows; RFC 4180, undefined figures empty.
std::string render_agreement_csv(const agreement::AgreementReport& report);

}  // namespace goalchain::writer
