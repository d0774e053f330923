// The agreement workbook: a summary sheet and a disagreements sheet.
#pragma once

#include "goalchain/agreement/agreement_report.h"
#include "goalchain/writer/workbook_labels.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace goalchain::writer {

// Kappa bands of the summary sheet, judged on the figure rounded to three
// decimals as shown: below 0.4, 0.4 to 0.6, above 0.6 to 0.8, above 0.8.
// "< 0.4", "0.4–0.6", "0.6–0.8", "> 0.8"; "undefined" without a kappa.
std::string kappa_band(const std::optional<double>& kappa);
// The band's cell colour, 0xRRGGBB; 0 (none) without a kappa.
std::uint32_t kappa_band_color(const std::optional<double>& kappa);

// Writes `path` directly (callers make it atomic): sheet "Sammanfattning"
// (Summary), an Excel table with one row per code (label from `labels` when
// given, prevalence, 2×2 counts, agreement, kappa with its band coloured,
// alpha, and precision, recall and F1 when the second side is the codebook)
// and the macro and micro rows; sheet "Oenigheter" (Disagreements), one row
// per unit where the sides differ. Sheet names, headings and the word for an
// undefined figure ("odefinierat", "undefined") by `workbook_labels`; every column
// at least as wide as its heading. Throws std::runtime_error.
void write_agreement_workbook(const agreement::AgreementReport& report,
                              const std::map<std::string, std::string>& labels,
                              const std::filesystem::path& path, const std::string& tool_version,
                              const Labels& workbook_labels);

}  // namespace goalchain::writer
