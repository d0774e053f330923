// Reads YAML-coded documents (format version 1, docs/document-format.md):
// documents a person has already structured and, optionally, coded by hand.
#pragma once

#include "goalchain/document/document.h"
#include "goalchain/document/read_options.h"

#include <string>
#include <string_view>

namespace goalchain::document {

// Builds a Document from YAML text. Every `paragraphs` entry, problem, goal,
// activity, indicator, responsible item and follow-up becomes one segment whose
// text is exactly the YAML text; `text:` prose is segmented like a text file.
// Throws util::DiagnosticError listing every problem (unknown keys, wrong types,
// unknown county or type, codes not in options.known_codes) with line and column.
Document read_yaml_document(std::string_view yaml_text, const std::string& path,
                            const ReadOptions& options = {});

}  // namespace goalchain::document
