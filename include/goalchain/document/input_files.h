// Turns command-line inputs into the list of files to read.
#pragma once

#include "goalchain/util/diagnostic.h"

#include <filesystem>
#include <string>
#include <vector>

namespace goalchain::document {

// Files named directly are taken as they are; directories are searched
// recursively for *.txt files, in sorted order. Duplicates are dropped.
// Inputs that do not exist are reported in `problems` and skipped.
std::vector<std::filesystem::path> collect_input_files(const std::vector<std::string>& inputs,
                                                       std::vector<util::Diagnostic>& problems);

}  // namespace goalchain::document
