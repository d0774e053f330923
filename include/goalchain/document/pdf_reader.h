// Reads the text layer of PDF files (poppler).
#pragma once

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

}  // namespace goalchain::document
