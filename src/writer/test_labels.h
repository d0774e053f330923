// For the writers' unit tests: the labels of the shipped codebook, read once
// from the source tree (the workbooks' words are data, not C++).
#pragma once

#include "goalchain/codebook/label_table.h"
#include "goalchain/util/atomic_file.h"
#include "test_paths.h"

namespace goalchain::writer {

inline const codebook::LabelTable& shipped_label_table() {
  static const codebook::LabelTable table = [] {
    const std::string path = GOALCHAIN_SOURCE_DIR "/codebooks/pmh-sv.yaml";
    return codebook::parse_label_table(util::read_file(path), path)
        .value_or(codebook::LabelTable{});
  }();
  return table;
}

}  // namespace goalchain::writer
