// Running headers, footers and page numbers: lines that belong to the page,
// not to the text.
#pragma once

#include "goalchain/document/document.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

struct CleanedText {
  std::string text;                   // the input with removed lines made blank (line count kept)
  std::vector<RemovedLine> removed;   // what was removed, in order of first occurrence
};

// Blanks out lines that recur as running headers or footers (on most pages,
// or repeatedly with page-number patterns such as "9 (38)") and lines that
// are only a page number. Line numbers of everything else stay as they were.
// In text without form feeds, a removed line that carried a page number
// becomes a form feed, so the pages it ended can still be counted. The rules
// are in docs/segmentation.md.
CleanedText remove_page_furniture(std::string_view utf8_text);

}  // namespace goalchain::document
