#include "layout_rules_parser.h"

#include <set>

namespace goalchain::codebook {
namespace {

const std::vector<std::string> kLayoutKeys = {"section_words", "title_words", "issuer_forms",
                                              "reference_abbreviations", "contents_headings",
                                              "chapter_words", "common_words", "lead_in_words",
                                              "continuation_words"};

// The entries of the list `node`, each checked as text, non-empty and unique.
std::vector<std::string> read_word_list(const YAML::Node& node, std::string_view key, Checker& check) {
  std::vector<std::string> words;
  const std::string what = fmt::format("an entry of 'layout: {}'", key);
  if (!node.IsSequence()) {
    check.error(node.Mark(), fmt::format("'layout: {}' must be a list", key),
                fmt::format("write {}: [word, another word]", key));
    return words;
  }
  std::set<std::string> seen;
  for (const auto& entry : node) {
    auto word = check.scalar(entry, what);
    if (!word) continue;
    if (word->find_first_not_of(" \t") == std::string::npos) {
      check.error(entry.Mark(), fmt::format("{} is empty", what), "remove the entry");
      continue;
    }
    if (!seen.insert(*word).second) {
      check.error(entry.Mark(), fmt::format("'{}' is listed twice in 'layout: {}'", *word, key),
                  "remove one of them");
      continue;
    }
    words.push_back(std::move(*word));
  }
  return words;
}

// An issuer form needs a name beside its '*': "* kommun", not "*".
void check_issuer_forms(const YAML::Node& node, const std::vector<std::string>& forms, Checker& check) {
  std::size_t i = 0;
  for (const auto& entry : node) {
    if (i >= forms.size()) break;
    if (!entry.IsScalar() || entry.Scalar() != forms[i]) continue;
    if (forms[i].find_first_not_of("* \t") == std::string::npos) {
      check.error(entry.Mark(), fmt::format("issuer form '{}' names nothing", forms[i]),
                  "write the fixed part beside '*', e.g. \"* kommun\" or \"Region *\"");
    }
    ++i;
  }
}

}  // namespace

void read_layout_rules(const YAML::Node& node, Checker& check, LayoutRules& rules) {
  if (!node.IsMap()) {
    check.error(node.Mark(), "'layout' must be a map of word lists",
                fmt::format("use the keys {}", fmt::join(kLayoutKeys, ", ")));
    return;
  }
  check.check_keys(node, kLayoutKeys, "in 'layout'");
  const auto read = [&](const char* key, std::vector<std::string>& into) {
    if (node[key]) into = read_word_list(node[key], key, check);
  };
  read("section_words", rules.section_words);
  read("title_words", rules.title_words);
  read("issuer_forms", rules.issuer_forms);
  read("reference_abbreviations", rules.reference_abbreviations);
  read("contents_headings", rules.contents_headings);
  read("chapter_words", rules.chapter_words);
  read("common_words", rules.common_words);
  read("lead_in_words", rules.lead_in_words);
  read("continuation_words", rules.continuation_words);
  if (node["issuer_forms"] && node["issuer_forms"].IsSequence()) {
    check_issuer_forms(node["issuer_forms"], rules.issuer_forms, check);
  }
}

}  // namespace goalchain::codebook
