#include "layout_rules_parser.h"

#include <set>
#include <tuple>

namespace goalchain::codebook {
namespace {

const std::vector<std::string> kLayoutKeys = {
    "section_words",     "title_words",   "issuer_forms",  "reference_abbreviations",
    "contents_headings", "chapter_words", "common_words",  "lead_in_words",
    "continuation_words", "hanging_hyphen_words", "hyphen_prefixes", "document_types",
    "sentence_abbreviations", "question_labels"};
const std::vector<std::string> kDocumentTypeKeys = {"words", "endings"};

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

// `document_types:`: a map from type ids to their words and endings.
std::vector<DocumentTypeWords> read_document_types(const YAML::Node& node, Checker& check) {
  constexpr const char* kHint =
      "write document_types: {handlingsplan: {words: [handlingsplan], endings: [\"\", en, er]}}";
  std::vector<DocumentTypeWords> types;
  if (!node.IsMap()) {
    check.error(node.Mark(), "'layout: document_types' must be a map from types to their words",
                kHint);
    return types;
  }
  for (const auto& entry : node) {
    const auto type = check.choice(entry.first, "document type", document_type_ids());
    if (!type) continue;
    const YAML::Node& body = entry.second;
    if (!body.IsMap()) {
      check.error(body.Mark(), fmt::format("document type '{}' must be a map with 'words'", *type),
                  kHint);
      continue;
    }
    check.check_keys(body, kDocumentTypeKeys, fmt::format("in document type '{}'", *type));
    DocumentTypeWords words;
    words.type = *type;
    std::tie(words.line, words.column) = check.position(entry.first.Mark());
    const std::string key = fmt::format("document_types: {}", *type);
    if (!body["words"]) {
      check.error(body.Mark(), fmt::format("document type '{}' has no 'words'", *type), kHint);
    } else {
      words.words = read_word_list(body["words"], key + ": words", check);
    }
    words.endings = {""};
    if (body["endings"]) {
      words.endings.clear();
      if (!body["endings"].IsSequence()) {
        check.error(body["endings"].Mark(),
                    fmt::format("'layout: {}: endings' must be a list", key),
                    "write endings: [\"\", en, er]: \"\" for the word as it stands");
      } else {
        for (const auto& ending : body["endings"]) {
          if (auto text = check.scalar(ending, "an ending")) words.endings.push_back(*text);
        }
      }
    }
    types.push_back(std::move(words));
  }
  return types;
}

// `question_labels:`: a map from a question heading to the field label it stands for.
std::vector<std::pair<std::string, std::string>> read_question_labels(const YAML::Node& node, Checker& check) {
  std::vector<std::pair<std::string, std::string>> questions;
  if (!node.IsMap()) {
    check.error(node.Mark(), "'layout: question_labels' must be a map from questions to labels",
                "write question_labels: {\"What we will do\": Actions, \"Vem ansvarar?\": Ansvar}");
    return questions;
  }
  for (const auto& entry : node) {
    auto question = check.scalar(entry.first, "a question of 'layout: question_labels'");
    auto label = check.scalar(entry.second, "the label of a question");
    if (!question || !label) continue;
    if (question->find_first_not_of(" \t?:") == std::string::npos ||
        label->find_first_not_of(" \t") == std::string::npos) {
      check.error(entry.first.Mark(), "a question or its label in 'layout: question_labels' is empty",
                  "remove the entry");
      continue;
    }
    questions.emplace_back(std::move(*question), std::move(*label));
  }
  return questions;
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
  read("hanging_hyphen_words", rules.hanging_hyphen_words);
  read("hyphen_prefixes", rules.hyphen_prefixes);
  read("sentence_abbreviations", rules.sentence_abbreviations);
  if (node["question_labels"]) rules.question_labels = read_question_labels(node["question_labels"], check);
  if (node["document_types"]) rules.document_types = read_document_types(node["document_types"], check);
  if (node["issuer_forms"] && node["issuer_forms"].IsSequence()) {
    check_issuer_forms(node["issuer_forms"], rules.issuer_forms, check);
  }
}

const std::vector<std::string>& document_type_ids() {
  // The values results.json ships (document::DocumentType), not words to find:
  // what names each type in a document is the codebook's.
  static const std::vector<std::string> ids = {"strategi", "handlingsplan", "slutredovisning",
                                               "lägesrapport"};
  return ids;
}

std::optional<LayoutRules> parse_layout_rules(std::string_view yaml_text, std::string path) {
  return parse_yaml_section(yaml_text, path, "layout", [](const YAML::Node& node, Checker& check) {
    LayoutRules rules;
    read_layout_rules(node, check, rules);
    return rules;
  });
}

LayoutRules fill_layout_rules(LayoutRules rules, const LayoutRules& shipped) {
  if (rules.document_types.empty()) rules.document_types = shipped.document_types;
  if (rules.sentence_abbreviations.empty()) {
    rules.sentence_abbreviations = shipped.sentence_abbreviations;
  }
  if (rules.hanging_hyphen_words.empty()) rules.hanging_hyphen_words = shipped.hanging_hyphen_words;
  if (rules.hyphen_prefixes.empty()) rules.hyphen_prefixes = shipped.hyphen_prefixes;
  return rules;
}

}  // namespace goalchain::codebook
