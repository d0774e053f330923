// What a run read and how it was asked to run: for the Körning/Run sheet, so
// that anyone can check a workbook against its inputs.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace goalchain::report {

struct InputRecord {
  std::string path;      // as in the report model
  std::string sha256;    // of the bytes read (a file or standard input)
  std::string format;    // "text", "pdf", "yaml"
  std::string encoding;  // the encoding its bytes were read in
};

struct RunInfo {
  std::string tool_version;
  std::string codebook_name;
  std::string codebook_path;
  std::string codebook_sha256;
  std::vector<InputRecord> inputs;                            // in document order
  std::vector<std::pair<std::string, std::string>> options;   // ("--format", "xlsx,json"), ...
  std::string timestamp;  // UTC, ISO 8601, only with --timestamp; empty otherwise
};

}  // namespace goalchain::report
