// Reads the text layer of PDF files (poppler).
#pragma once

#include "goalchain/util/diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

// The text of every page of the PDF in `bytes`, in reading order, as UTF-8
// (NFC, '\n' line ends, no form feeds, ending in '\n' unless empty). Lines keep
// their vertical spacing, so a gap between paragraphs is a blank line; text in
// columns side by side comes out side by side, as a table row does.
// `path` names the file in messages. Throws util::DiagnosticError when the PDF
// is damaged or not a PDF, is encrypted with a password, or has no text on any
// page (a scan without OCR).
std::vector<std::string> read_pdf_pages(std::string_view bytes, const std::string& path);

// A warning for every page (1-based, in `path`) whose text is mostly
// characters with no meaning of their own: U+FFFD, private-use code points,
// control characters. That is what a font without a usable text encoding
// gives; coding such a page finds nothing, silently.
std::vector<util::Diagnostic> find_unreadable_pages(const std::vector<std::string>& pages,
                                                    const std::string& path);

}  // namespace goalchain::document
