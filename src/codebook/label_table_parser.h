// Reads a codebook's `labels:` section (private to src/codebook).
#pragma once

#include "goalchain/codebook/label_table.h"
#include "yaml_checker.h"

namespace goalchain::codebook {

// The `labels:` map `node`: each key one of workbook_label_keys(), its value a
// map from language code ("sv", "en") to text. Problems go to `check`.
LabelTable read_label_table(const YAML::Node& node, Checker& check);

}  // namespace goalchain::codebook
