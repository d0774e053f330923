// Options every document reader takes.
#pragma once

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
};

}  // namespace goalchain::document
