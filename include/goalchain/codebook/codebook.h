// A codebook: a tree of codes, each with the keyword patterns that assign it.
// The YAML format is documented in docs/codebook.md.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

struct Code {
  std::string id;                     // "actor.police"
  std::string label;                  // Swedish label (or the only one given)
  std::string label_en;               // English label; empty when not given
  std::string parent;                 // id of the parent code; empty for a root
  std::string description;
  std::vector<std::string> keywords;  // patterns as written in the codebook
  int line = 0;                       // where the code is defined
};

struct Codebook {
  std::string name;
  std::string title;
  std::string language;
  std::string description;
  std::string path;         // file it was read from; "<string>" when parsed from text
  std::vector<Code> codes;  // in the order of the file

  // Index of the code with this id.
  std::optional<std::size_t> find(std::string_view id) const;

  // Indexes of `code` and every code above it, nearest first.
  std::vector<std::size_t> ancestors_of(std::size_t code) const;
};

// Parses codebook YAML. `path` is used in messages only. Throws
// util::DiagnosticError listing every problem with line and column.
Codebook parse_codebook(std::string_view yaml_text, std::string path = "<string>");

// Reads and parses a codebook file.
Codebook load_codebook(const std::filesystem::path& path);

}  // namespace goalchain::codebook
