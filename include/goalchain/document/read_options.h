// Options every document reader takes.
#pragma once

#include "goalchain/codebook/layout_rules.h"

#include <string>
#include <vector>

namespace goalchain::document {

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
};

}  // namespace goalchain::document
