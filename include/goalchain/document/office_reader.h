// Word (.docx) and OpenDocument (.odt) files, read the way a person sees their
// structure: headings from the paragraph styles' outline levels, list items,
// table rows, and footnotes apart from the running text.
#pragma once

#include "goalchain/document/document.h"
#include "goalchain/document/read_options.h"

#include <string>
#include <string_view>

namespace goalchain::document {

// The text of a .docx's word/document.xml as the text reader reads it: a
// heading as "#" times its level and its words (the level from w:outlineLvl
// of the paragraph or of its style in `styles_xml`, following w:basedOn; the
// built-in "Title" style is level 1), paragraphs apart by a blank line, list
// items (w:numPr) as "• " lines, each table row as one line with its cells
// joined by " | ", and the footnotes of `footnotes_xml` after a page break at
// the end, each as its number and words. Deleted text and field codes are left
// out. Throws util::DiagnosticError naming `path` when the XML is not well formed.
std::string docx_to_text(std::string_view document_xml, std::string_view styles_xml,
                         std::string_view footnotes_xml, const std::string& path);

// The same for an .odt's content.xml: text:h with its outline level, text:p,
// text:list-item, table rows, and text:note bodies as footnotes.
std::string odt_to_text(std::string_view content_xml, const std::string& path);

// Reads the bytes of a .docx or .odt (chosen by `path`'s extension): unzips the
// parts above (each at most kMaxOfficePartBytes unpacked), converts them and
// reads the text as read_text_document does; format "docx" or "odt". Throws
// util::DiagnosticError when the file is not such a zip, or a part is missing,
// too large or not well formed.
Document read_office_document(std::string_view bytes, const std::string& path,
                              const ReadOptions& options = {});

// A zip entry unpacks to at most this many bytes: a small file cannot expand
// into gigabytes (a zip bomb).
inline constexpr std::size_t kMaxOfficePartBytes = 256u << 20;

}  // namespace goalchain::document
