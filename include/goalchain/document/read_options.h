// Options every document reader takes.
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "goalchain/util/atomic_file.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace goalchain::document {

// Segments (paragraphs, headings, list items) one document may have: a
// 60 MB plan has about half a million; text made of nothing but blank-line
// separated characters would have a hundred times as many.
inline constexpr std::size_t kDefaultMaxSegments = 5'000'000;
// Lines of text one document may have, checked before it is segmented: a
// 60 MB plan has about a million.
inline constexpr std::size_t kDefaultMaxLines = 5'000'000;

// How the bytes of a text file are decoded.
enum class Encoding { detect, utf8, windows1252, utf16 };

struct ReadOptions {
  Encoding encoding = Encoding::detect;
  // Code ids of the codebook in use: manual codes in YAML-coded documents must
  // be among them. Empty: manual codes are not checked.
  std::vector<std::string> known_codes;
  // The codebook's `layout:` words (section words, title words, issuer forms,
  // reference abbreviations); nullptr reads with the mechanisms alone.
  const codebook::LayoutRules* layout = nullptr;
  // The codebook's `language:` ("sv", "en"); a document that reads as another
  // language gets a warning. Empty: not checked.
  std::string language;
  // Bytes one input file may have (--max-file-size); reading stops there.
  std::uintmax_t max_file_size = util::kDefaultMaxFileSize;
  // Segments one document may have; more is an error for that document.
  std::size_t max_segments = kDefaultMaxSegments;
  // Lines of a text document (text files, PDFs); more is an error for it.
  std::size_t max_lines = kDefaultMaxLines;
};

}  // namespace goalchain::document
