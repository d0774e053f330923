// Turns command-line inputs into the list of files to read.
#pragma once

#include "goalchain/util/diagnostic.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

// The input that stands for standard input.
inline constexpr std::string_view kStandardInput = "-";

// A key under which two spellings of one file compare equal ("a.txt", "./a.txt",
// a link to it).
std::string file_identity(const std::filesystem::path& path);

// Files named directly are taken as they are, whatever their extension; `-`
// (standard input) is passed on as the path "-". Directories are searched
// recursively, in sorted order, for documents: *.txt, *.md, *.pdf, *.yaml and
// *.yml in any case, skipping hidden entries, README files and links to
// directories. Duplicates are dropped. Inputs that do not exist are reported in
// `problems` and skipped.
std::vector<std::filesystem::path> collect_input_files(const std::vector<std::string>& inputs,
                                                       std::vector<util::Diagnostic>& problems);

}  // namespace goalchain::document
