#include "goalchain/codebook/liwc_dictionary.h"

#include "goalchain/codebook/dictionary_import.h"
#include "goalchain/codebook/pattern.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace goalchain::codebook {
namespace {

struct Line {
  std::size_t begin = 0;  // byte offset in the text
  std::string_view text;  // without the line break
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back({begin, line});
    begin = end + 1;
  }
  return lines;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool is_blank(std::string_view text) { return std::all_of(text.begin(), text.end(), is_space); }

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// LIWC2007 writes a few entries with conditions: "02 134/125/464 (02 134)126".
bool is_conditional(std::string_view token) {
  return token.find_first_of("/()") != std::string_view::npos;
}

struct Token {
  std::size_t offset = 0;  // in the line
  std::string_view text;
};

std::vector<Token> split_on_spaces(std::string_view line) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && is_space(line[pos])) ++pos;
    const std::size_t start = pos;
    while (pos < line.size() && !is_space(line[pos])) ++pos;
    if (pos > start) tokens.push_back({start, line.substr(start, pos - start)});
  }
  return tokens;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

int to_number(std::string_view digits) {
  int value = 0;
  // Saturates: a huge number is still no category, and never overflows.
  for (const char c : digits) {
    value = static_cast<int>(std::min<long long>(value * 10LL + (c - '0'), 1'000'000'000));
  }
  return value;
}

class LiwcReader {
 public:
  LiwcReader(std::string text, const std::string& path, std::vector<util::Diagnostic>& warnings)
      : text_(std::move(text)),
        path_(path),
        problems_(path_, text_, warnings),
        book_(make_imported_codebook(path, DictionaryFormat::liwc)) {}

  Codebook read() {
    const auto lines = split_lines(text_);
    std::size_t i = 0;
    while (i < lines.size() && is_blank(lines[i].text)) ++i;
    if (i == lines.size() || trim(lines[i].text) != "%") {
      problems_.error(i < lines.size() ? lines[i].begin : text_.size(),
                      "a LIWC dictionary starts with a line holding only '%'",
                      "the category legend goes between two '%' lines: %, 1<TAB>name, ..., %");
      problems_.fail();
    }
    for (++i; i < lines.size() && trim(lines[i].text) != "%"; ++i) read_category(lines[i]);
    if (i == lines.size()) {
      problems_.error(text_.size(), "the category legend is not closed by a line holding only '%'",
                      "end the legend with a '%' line before the entries");
    }
    for (++i; i < lines.size(); ++i) read_entry(lines[i]);
    return problems_.finish(std::move(book_));
  }

 private:
  void read_category(const Line& line) {
    if (is_blank(line.text)) return;
    const auto tokens = split_on_spaces(line.text);
    const Token& number = tokens.front();
    if (!all_digits(number.text) || tokens.size() < 2) {
      problems_.error(line.begin + number.offset,
                      "expected a category number and a name, such as '1<TAB>funct'",
                      "the legend lists one category per line; end it with a '%' line");
      return;
    }
    const int id = to_number(number.text);
    if (categories_.count(id) > 0) {
      problems_.error(
          line.begin + number.offset, fmt::format("category number {} is used twice", number.text),
          fmt::format("it was given to '{}' already", book_.codes[categories_[id]].label));
      return;
    }
    // "1<TAB>funct" or "1<TAB>funct<TAB>Function words": the name, then an
    // optional description.
    std::string_view rest = line.text.substr(tokens[1].offset);
    std::string_view name = rest;
    std::string_view description;
    if (const auto tab = rest.find('\t'); tab != std::string_view::npos) {
      name = rest.substr(0, tab);
      description = trim(rest.substr(tab + 1));
    }
    Code code;
    code.label = std::string(trim(name));
    code.id = make_code_id(code.label, "", taken_ids_);
    code.description = std::string(description);
    code.line = static_cast<int>(util::locate_offset(text_, line.begin).line);
    categories_[id] = book_.codes.size();
    book_.codes.push_back(std::move(code));
    seen_.emplace_back();
  }

  void read_entry(const Line& line) {
    if (is_blank(line.text)) return;
    // The term runs up to the first tab; without tabs, up to the trailing
    // numbers (some files separate with spaces).
    const auto tokens = split_on_spaces(line.text);
    std::size_t first_category = tokens.size();
    if (const auto tab = line.text.find('\t');
        tab != std::string_view::npos && !is_blank(line.text.substr(0, tab))) {
      first_category =
          static_cast<std::size_t>(std::find_if(tokens.begin(), tokens.end(),
                                                [&](const Token& t) { return t.offset > tab; }) -
                                   tokens.begin());
    } else {
      while (first_category > 1 && (all_digits(tokens[first_category - 1].text) ||
                                    is_conditional(tokens[first_category - 1].text))) {
        --first_category;
      }
    }
    const std::size_t term_begin = tokens.front().offset;
    const std::string_view term = trim(line.text.substr(
        term_begin, first_category < tokens.size() ? tokens[first_category].offset - term_begin
                                                   : std::string_view::npos));
    if (first_category == tokens.size()) {
      problems_.error(line.begin + line.text.size(),
                      fmt::format("entry '{}' has no category numbers", term),
                      "write the numbers of its categories after a tab: word*<TAB>1<TAB>2");
      return;
    }

    std::vector<std::size_t> codes;
    bool skipped_condition = false;
    for (std::size_t t = first_category; t < tokens.size(); ++t) {
      const Token& token = tokens[t];
      if (is_conditional(token.text)) {
        skipped_condition = true;
        continue;
      }
      if (!all_digits(token.text)) {
        problems_.error(line.begin + token.offset,
                        fmt::format("'{}' is not a category number", token.text),
                        "after the word come the numbers of its categories from the legend");
        continue;
      }
      const auto category = categories_.find(to_number(token.text));
      if (category == categories_.end()) {
        problems_.error(line.begin + token.offset,
                        fmt::format("category {} is not in the legend", token.text),
                        "add it between the '%' lines at the top, or correct the number");
        continue;
      }
      codes.push_back(category->second);
    }
    if (skipped_condition) {
      problems_.warn(
          line.begin + tokens[first_category].offset,
          fmt::format(
              "the conditional categories of '{}' (LIWC2007 'a/b' and '(a)b' forms) are skipped",
              term),
          "only the plain category numbers of this entry were imported");
    }

    if (!has_word_characters(term)) {
      problems_.warn(line.begin + term_begin,
                     fmt::format("entry '{}' has no letters or digits and is skipped", term),
                     "goalchain matches words, so a pattern of punctuation alone cannot match");
      return;
    }
    const std::string problem = check_keyword(term);
    if (!problem.empty()) {
      problems_.error(line.begin + term_begin,
                      fmt::format("entry '{}' is not a valid pattern: {}", term, problem),
                      "LIWC entries are words or phrases with an optional '*' at the end");
      return;
    }
    for (const std::size_t code : codes)
      add_keyword(book_.codes[code], std::string(term), seen_[code]);
  }

  std::string text_;
  const std::string& path_;
  ImportProblems problems_;
  Codebook book_;
  std::map<int, std::size_t> categories_;  // legend number -> code index
  std::set<std::string> taken_ids_;
  std::vector<std::set<std::string>> seen_;  // folded keywords per code
};

}  // namespace

Codebook import_liwc_dictionary(std::string_view bytes, const std::string& path,
                                std::vector<util::Diagnostic>& warnings) {
  std::string text = decode_dictionary_text(bytes, path, warnings);
  return LiwcReader(std::move(text), path, warnings).read();
}

}  // namespace goalchain::codebook
