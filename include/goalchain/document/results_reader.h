// results.json read back into coded documents, so that workbooks and CSV can
// be rendered again (goalchain report) and shard outputs combined (goalchain
// merge) without reading a single plan again.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

class ResultsReader {
 public:
  // Parses results.json text; `path` names it in messages. Throws
  // util::DiagnosticError (with line and column for bad JSON) when the text is
  // not JSON, not goalchain results, or of a format other than 2 and 3.
  ResultsReader(std::string_view text, std::string path);
  ~ResultsReader();
  ResultsReader(const ResultsReader&) = delete;
  ResultsReader& operator=(const ResultsReader&) = delete;

  // The codebook the results were coded with, as they name it.
  const std::string& codebook_name() const;
  const std::string& codebook_path() const;
  // The tool version that wrote them.
  const std::string& tool_version() const;
  // "K/N" when the run coded one shard of its inputs, else "".
  const std::string& shard() const;

  // The documents with their segments and hits, as the coding stage left
  // them. `codebook` must be the one they were coded with: its patterns are
  // checked against the file's list. Throws util::DiagnosticError when they
  // differ, or when the file was written with --evidence codes (it has no
  // hits to rebuild).
  std::vector<Document> read_documents(const codebook::Codebook& codebook) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace goalchain::document
