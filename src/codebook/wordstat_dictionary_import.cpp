#include "goalchain/codebook/wordstat_dictionary.h"

#include "goalchain/codebook/dictionary_import.h"
#include "goalchain/codebook/pattern.h"
#include "goalchain/util/utf8.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace goalchain::codebook {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Splits "WORD* (1)" into the entry and its weight; false for a category line.
bool split_weight(std::string_view content, std::string_view& entry, std::string_view& weight) {
  if (content.size() < 3 || content.back() != ')') return false;
  const std::size_t open = content.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  std::string_view number = content.substr(open + 1, content.size() - open - 2);
  if (!number.empty() && (number.front() == '-' || number.front() == '+')) number.remove_prefix(1);
  if (number.empty() || !std::all_of(number.begin(), number.end(), is_digit)) return false;
  std::string_view before = content.substr(0, open);
  if (before.empty() || (before.back() != ' ' && before.back() != '\t')) return false;
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t'))
    before.remove_suffix(1);
  if (before.empty()) return false;
  entry = before;
  weight = content.substr(open + 1, content.size() - open - 2);
  return true;
}

class WordstatReader {
 public:
  WordstatReader(std::string text, const std::string& path, std::vector<util::Diagnostic>& warnings)
      : text_(std::move(text)),
        path_(path),
        problems_(path_, text_, warnings),
        book_(make_imported_codebook(path, DictionaryFormat::wordstat)) {}

  Codebook read() {
    std::size_t begin = 0;
    int line_number = 0;
    while (begin < text_.size()) {
      std::size_t end = text_.find('\n', begin);
      if (end == std::string::npos) end = text_.size();
      std::string_view line = std::string_view(text_).substr(begin, end - begin);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      read_line(begin, line, ++line_number);
      begin = end + 1;
    }
    return problems_.finish(std::move(book_));
  }

 private:
  void read_line(std::size_t begin, std::string_view line, int line_number) {
    std::size_t depth = 0;
    while (depth < line.size() && line[depth] == '\t') ++depth;
    std::string_view content = line.substr(depth);
    while (!content.empty() && (content.back() == ' ' || content.back() == '\t'))
      content.remove_suffix(1);
    if (content.empty()) return;
    if (content.front() == ' ') {
      problems_.error(begin + depth, "indented with spaces",
                      "WordStat indents with tabs: one tab per level below the top categories");
      return;
    }

    std::string_view entry;
    std::string_view weight;
    if (!split_weight(content, entry, weight)) {
      read_category(begin, content, depth, line_number);
      return;
    }
    if (depth == 0 || depth > open_.size()) {
      problems_.error(
          begin + depth,
          depth == 0 ? fmt::format("entry '{}' is not inside a category", entry)
                     : fmt::format(
                           "entry '{}' is indented {} tabs, deeper than one tab below its category",
                           entry, depth),
          "put each entry on the line after its category, one tab deeper");
      return;
    }
    open_.resize(depth);  // the entry closes any deeper category
    if (entry.front() == '@') {
      problems_.warn(
          begin + depth,
          fmt::format("rule '{}' is skipped: goalchain does not import WordStat rules", entry),
          "write it as a goalchain pattern or rule in the imported codebook");
      return;
    }
    if (weight != "1" && !warned_weight_) {
      warned_weight_ = true;
      problems_.warn(
          begin + depth + entry.size(),
          fmt::format("weight ({}) is not kept: goalchain counts every hit once", weight),
          "all weights of this file are dropped; this warning is shown once");
    }
    std::string pattern(entry);
    std::replace(pattern.begin(), pattern.end(), '_', ' ');
    if (!has_word_characters(pattern)) {
      problems_.warn(begin + depth,
                     fmt::format("entry '{}' has no letters or digits and is skipped", entry),
                     "goalchain matches words, so a pattern of punctuation alone cannot match");
      return;
    }
    const std::string problem = check_keyword(pattern);
    if (!problem.empty()) {
      problems_.error(
          begin + depth, fmt::format("entry '{}' is not a valid pattern: {}", entry, problem),
          "WordStat entries are words or phrases with an optional '*' at the start or end");
      return;
    }
    const std::size_t code = open_.back();
    add_keyword(book_.codes[code], util::fold_case(pattern), seen_[code]);
  }

  void read_category(std::size_t begin, std::string_view name, std::size_t depth, int line_number) {
    if (depth > open_.size()) {
      problems_.error(
          begin + depth,
          fmt::format(
              "category '{}' is indented {} tabs, deeper than one tab below the category above it",
              name, depth),
          "a subcategory is one tab deeper than its category; an entry ends with a weight such as "
          "' (1)'");
      return;
    }
    open_.resize(depth);
    Code code;
    code.label = std::string(name);
    code.parent = depth == 0 ? std::string() : book_.codes[open_.back()].id;
    code.id = make_code_id(name, code.parent, taken_ids_);
    code.line = line_number;
    open_.push_back(book_.codes.size());
    book_.codes.push_back(std::move(code));
    seen_.emplace_back();
  }

  std::string text_;
  const std::string& path_;
  ImportProblems problems_;
  Codebook book_;
  std::vector<std::size_t> open_;  // code index of the category open at each level
  std::set<std::string> taken_ids_;
  std::vector<std::set<std::string>> seen_;  // folded keywords per code
  bool warned_weight_ = false;
};

}  // namespace

Codebook import_wordstat_dictionary(std::string_view bytes, const std::string& path,
                                    std::vector<util::Diagnostic>& warnings) {
  std::string text = decode_dictionary_text(bytes, path, warnings);
  return WordstatReader(std::move(text), path, warnings).read();
}

}  // namespace goalchain::codebook
