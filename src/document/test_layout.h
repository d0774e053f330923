// For the document stage's unit tests: the shipped codebook's layout, read
// once from the source tree (the document types and sentence abbreviations
// are data, not C++).
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "goalchain/util/atomic_file.h"
#include "test_paths.h"

namespace goalchain::document {

inline const codebook::LayoutRules& shipped_layout() {
  static const codebook::LayoutRules rules = [] {
    const std::string path = GOALCHAIN_SOURCE_DIR "/codebooks/pmh-sv.yaml";
    return codebook::parse_layout_rules(util::read_file(path), path).value();
  }();
  return rules;
}

// Only the shipped document types: documents read with it are typed as the
// program types them, and laid out without the codebook's words.
inline const codebook::LayoutRules& shipped_document_types() {
  static const codebook::LayoutRules rules = [] {
    codebook::LayoutRules only;
    only.document_types = shipped_layout().document_types;
    return only;
  }();
  return rules;
}

}  // namespace goalchain::document
