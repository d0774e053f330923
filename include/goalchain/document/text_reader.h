// Reads plain-text documents into the document model.
#pragma once

#include "goalchain/document/document.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace goalchain::document {

// Builds a Document from UTF-8 text: segments, county, type, period and title.
// `path` names the document in messages and outputs, and is the fallback for
// county, type and period. Throws util::DiagnosticError with line and column
// when the text is not valid UTF-8.
Document read_text_document(std::string_view content, const std::string& path);

// Reads a file and parses it with read_text_document. Throws util::DiagnosticError
// when the file cannot be read or is not valid UTF-8.
Document read_document_file(const std::filesystem::path& path);

}  // namespace goalchain::document
