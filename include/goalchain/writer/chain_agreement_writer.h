// Renders a chain agreement report (goalchain agree --chains) as an aligned
// table, JSON or CSV. docs/agreement.md describes each.
#pragma once

#include "goalchain/agreement/chain_agreement.h"

#include <string>

namespace goalchain::writer {

// The figures per plan and in total, then per plan the matched chains with
// their element agreement, the hand chains missed and the chains found in
// excess. Undefined figures print as "–".
std::string render_chain_agreement_table(const agreement::ChainAgreementReport& report);

// {"threshold", "documents": [{"hand", "document", "figures", "matched",
// "missed", "extra"}], "total"}; undefined figures are null.
std::string render_chain_agreement_json(const agreement::ChainAgreementReport& report);

// One row per plan, then a "total" row; RFC 4180, undefined figures empty.
std::string render_chain_agreement_csv(const agreement::ChainAgreementReport& report);

}  // namespace goalchain::writer
