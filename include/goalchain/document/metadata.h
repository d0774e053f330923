// Detects a document's type and period from its text and file name.
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "goalchain/document/document.h"

#include <optional>
#include <string_view>

namespace goalchain::document {

// The type named by the first word of `text` that is one of `rules`' document
// type words (the codebook's `layout: document_types:`, compounds and endings
// included: "Länsstrategin"), or nullopt. Without document types, nullopt.
std::optional<DocumentType> detect_document_type(std::string_view text,
                                                 const codebook::LayoutRules& rules);

// The first period in `text`: "2017–2020", "2017-2020", "2020–22" or a lone
// year (1990–2099). Report numbers such as "2021:14" are not periods.
std::optional<Period> detect_period(std::string_view text);

// The same, skipping the numbers of references after a reference abbreviation
// of `rules` ("Skr. 2007/08:167", "dnr 2019-1234"). Years written with a
// slash ("2016/17") are never periods.
std::optional<Period> detect_period(std::string_view text, const codebook::LayoutRules& rules);

}  // namespace goalchain::document
