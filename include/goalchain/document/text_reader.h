// Reads text files, and PDFs through their text layer, into the document model.
#pragma once

#include "goalchain/document/document.h"
#include "goalchain/document/read_options.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace goalchain::document {

// Builds a Document from the bytes of a text file: decoded as options.encoding
// says (decode_text), then segments (with options.layout's words), title and
// issuer (title_detector.h), and county, type and period from the file name,
// the title and the text in that order (document_metadata.h), with warnings
// where they disagree. `path` names the document in messages and outputs; a
// path ending in .md gives format "markdown", any other "text". Throws util::DiagnosticError (line and column) when the bytes do not
// decode, or are not text at all.
Document read_text_document(std::string_view content, const std::string& path,
                            const ReadOptions& options = {});

// Builds a Document from the bytes of a PDF: the text of its pages
// (read_pdf_pages), joined with form feeds, read like a text file; format
// "pdf", `pages` the PDF's page count. Throws util::DiagnosticError when the PDF
// is damaged, encrypted or has no text layer.
Document read_pdf_document(std::string_view bytes, const std::string& path,
                           const ReadOptions& options = {});

// Reads the bytes of an input by the extension of `path`, in any case: .pdf as
// PDF, .docx and .odt as Word and OpenDocument files (read_office_document),
// .yaml and .yml as YAML-coded documents (read_yaml_document), anything else
// (standard input, "<stdin>", too) as text. The document carries the SHA-256 of
// `bytes`. Throws util::DiagnosticError when the content is bad.
// `extension`, when given (".yaml"), says how to read instead of the path's.
Document read_document_bytes(std::string_view bytes, const std::string& path,
                             const ReadOptions& options = {}, std::string_view extension = {});

// Reads a file and then its bytes (read_document_bytes), so the document's
// SHA-256 is of the bytes read: a file by its extension, in any case: .pdf as PDF, .docx and .odt as
// Word and OpenDocument files (read_office_document), .yaml and .yml as
// YAML-coded documents (read_yaml_document), anything else as text. Throws
// util::DiagnosticError when the file cannot be read or its content is bad.
Document read_document_file(const std::filesystem::path& path, const ReadOptions& options = {});

}  // namespace goalchain::document
