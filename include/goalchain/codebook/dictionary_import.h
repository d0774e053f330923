// Dictionaries of other text-analysis tools (quanteda, LIWC, WordStat) read
// as codebooks, and the pieces the three importers share. docs/interop.md
// describes each format and how it maps onto codes.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/util/diagnostic.h"

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

enum class DictionaryFormat { quanteda, liwc, wordstat };

// "quanteda", "liwc", "wordstat".
std::string_view to_string(DictionaryFormat format);

// The format with this name ("quanteda", "liwc", "wordstat"), or nullopt.
std::optional<DictionaryFormat> dictionary_format_from_name(std::string_view name);

// The format a file name implies: .yml/.yaml quanteda, .dic LIWC, .cat
// WordStat (case-insensitive); nullopt for any other extension.
std::optional<DictionaryFormat> dictionary_format_from_extension(const std::filesystem::path& path);

// Imports a dictionary in `format` from its bytes. `path` names it in messages
// and gives the codebook its name. Problems that lose nothing essential are
// appended to `warnings`; malformed input throws util::DiagnosticError listing
// every error with line and column.
Codebook import_dictionary(std::string_view bytes, const std::string& path, DictionaryFormat format,
                           std::vector<util::Diagnostic>& warnings);

// Shared by the importers -------------------------------------------------

// The text of a dictionary file: UTF-8 as it is (without a byte-order mark);
// anything else is taken as Windows-1252 and converted, with a warning.
std::string decode_dictionary_text(std::string_view bytes, const std::string& path,
                                   std::vector<util::Diagnostic>& warnings);

// A valid, unused code id for category `name` below `parent_id` (empty for a
// top-level category): "<parent_id>.<slug of name>", the slug in ASCII letters,
// digits and '-' ("Målgrupper" -> "malgrupper"); "-2", "-3" ... are appended
// when the id is taken. The id is added to `taken`.
std::string make_code_id(std::string_view name, const std::string& parent_id,
                         std::set<std::string>& taken);

// The codebook the importers fill in: name from the file name, a title and a
// description saying where it came from, no codes yet.
Codebook make_imported_codebook(const std::string& path, DictionaryFormat format);

// Empty when `pattern` is a valid goalchain keyword; otherwise why it is not.
std::string check_keyword(std::string_view pattern);

// Appends `pattern` to the code's keywords unless an equal one (ignoring case)
// is there already; `seen` holds the code's keywords case-folded.
void add_keyword(Code& code, std::string pattern, std::set<std::string>& seen);

// Removes every keyword that another keyword of the same code already covers
// (glob_covers word by word: "abandoned" under "abandon*"), as goalchain lint
// would report it, with a warning at the code's line for each.
void remove_shadowed_keywords(Codebook& codebook, std::vector<util::Diagnostic>& warnings);

// A diagnostic at byte `offset` of `text`, with line, column and source line.
util::Diagnostic diagnostic_at(util::Severity severity, const std::string& path,
                               const std::string& text, std::size_t offset, std::string message,
                               std::string hint = {});

// The problems of importing one dictionary, at byte offsets of its text
// (nullopt: no position): errors are collected and thrown together, warnings
// are appended to the caller's list. `path` and `text` must outlive it.
class ImportProblems {
 public:
  ImportProblems(const std::string& path, const std::string& text,
                 std::vector<util::Diagnostic>& warnings)
      : path_(path), text_(text), warnings_(warnings) {}

  void error(std::optional<std::size_t> offset, std::string message, std::string hint = {});
  void warn(std::optional<std::size_t> offset, std::string message, std::string hint = {});
  // Errors found before reading (check_yaml_text's).
  void add_errors(std::vector<util::Diagnostic> errors);

  // Throws util::DiagnosticError with every error so far: for input that
  // cannot be read any further.
  [[noreturn]] void fail();

  // The imported codebook: throws as fail() does when there were errors;
  // otherwise removes shadowed keywords (remove_shadowed_keywords).
  Codebook finish(Codebook book);

 private:
  util::Diagnostic at(util::Severity severity, std::optional<std::size_t> offset,
                      std::string message, std::string hint) const;

  const std::string& path_;
  const std::string& text_;
  std::vector<util::Diagnostic>& warnings_;
  std::vector<util::Diagnostic> errors_;
};

}  // namespace goalchain::codebook
