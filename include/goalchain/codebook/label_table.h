// What the workbooks call things, in every language a codebook's `labels:`
// section gives: sheet names, column headings for the report tables' column
// ids, yes/no, flags, segment kinds. Data an analyst reads and changes (the
// shipped default is codebooks/pmh-sv.yaml's; docs/workbooks.md), not C++: a
// third language is one more line under each key.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

// One label: its text in each language, and where it is written.
struct Label {
  std::map<std::string, std::string, std::less<>> texts;  // language code -> text
  std::vector<std::string> languages;                     // in the order written
  int line = 0;                                           // 0 when not read from a file
  int column = 0;
};

struct LabelTable {
  std::map<std::string, Label, std::less<>> labels;  // by key
  // Every language some label is given in, in order of first appearance; the
  // first is the fallback for a label that lacks a language.
  std::vector<std::string> languages;

  bool empty() const { return labels.empty(); }

  // What `key` is called in `language`: its text in that language, else in the
  // table's first language, else in the first language the label has. nullopt
  // when the table has no such key.
  std::optional<std::string> find(std::string_view key, std::string_view language) const;

  // True when some label is given in `language`.
  bool has_language(std::string_view language) const;
};

// The keys the workbooks ask for, in the order the shipped codebook lists
// them. A `labels:` key outside this list is an error ("did you mean").
const std::vector<std::string>& workbook_label_keys();

// `base` with every text `over` gives put in place of or added to base's.
LabelTable merge_label_tables(LabelTable base, const LabelTable& over);

// Keys of workbook_label_keys() that `table` has no text for.
std::vector<std::string> missing_label_keys(const LabelTable& table);

// The `labels:` section of the codebook text `yaml_text`, or nullopt when the
// codebook has none. Throws util::DiagnosticError with every problem of the
// section (parse_codebook reports the same ones).
std::optional<LabelTable> parse_label_table(std::string_view yaml_text, std::string path);

}  // namespace goalchain::codebook
