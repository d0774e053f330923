#include "goalchain/codebook/lint.h"

#include "goalchain/codebook/codebook_parser.h"
#include "goalchain/codebook/county_table.h"
#include "goalchain/codebook/pattern.h"
#include "goalchain/codebook/stemmer.h"
#include "goalchain/util/spelling.h"
#include "goalchain/util/utf8.h"
#include "yaml_checker.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

namespace goalchain::codebook {
namespace {

// A pattern's words as the matcher sees them: each word a glob, a stem or a compound part.
struct WordForm {
  enum class Kind { glob, stem, compound } kind = Kind::glob;
  std::string text;  // folded word or glob
  std::string stem;  // kind stem: the stem
};

class Linter {
 public:
  Linter(std::string_view text, std::string path) : text_(text), path_(std::move(path)) {}

  std::vector<util::Diagnostic> run() {
    ParsedCodebook parsed = parse_codebook_with_diagnostics(text_, path_);
    diagnostics_ = std::move(parsed.diagnostics);
    if (parsed.yaml_ok) {
      const Codebook& book = parsed.codebook;
      for (const Code& code : book.codes) {
        check_shadowed_keywords(code);
        for (std::size_t k = 0; k < code.keywords.size(); ++k) {
          check_pattern(keyword_pattern(code, k));
        }
        for (const Rule& rule : code.rules) check_node(rule.match);
        for (const RuleNode& exclusion : code.exclusions) check_node(exclusion);
        check_assignable(book, code);
        check_short_keywords(code);
      }
      check_rule_sections(book);
      check_label_languages(book.labels);
      check_county_forms();
      check_word_lists();
    }
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                     [](const util::Diagnostic& a, const util::Diagnostic& b) {
                       return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return std::move(diagnostics_);
  }

 private:
  // Chains and the county profile need their sections, and every code those
  // name: a rule whose code is missing would never fire.
  void check_rule_sections(const Codebook& book) {
    constexpr const char* kHint =
        "copy the section of codebooks/pmh-sv.yaml and adapt it (docs/chains.md)";
    if (!book.chains && !book.profile) {
      report(util::Severity::warning, 1, 1,
             "the codebook has no 'chains:' and no 'profile:' section: goalchain finds no "
             "chains with it, and county profiles answer no question",
             kHint);
    } else if (!book.chains) {
      report(util::Severity::warning, 1, 1,
             "the codebook has no 'chains:' section: goalchain finds no chains with it", kHint);
    } else if (!book.profile) {
      report(util::Severity::warning, 1, 1,
             "the codebook has no 'profile:' section: county profiles answer no question", kHint);
    }
    if (book.profile) check_questions(book, *book.profile);
    std::vector<const NamedCode*> named;
    if (book.chains) {
      for (const auto& n : book.chains->named_codes) named.push_back(&n);
    }
    if (book.profile) {
      for (const auto& n : book.profile->named_codes) named.push_back(&n);
    }
    std::vector<std::string> ids;
    for (const Code& code : book.codes) ids.push_back(code.id);
    for (const NamedCode* n : named) {
      if (book.find(n->id)) continue;
      std::string hint = "name a code of this codebook, or add the code";
      if (auto suggestion = util::suggest_closest(n->id, ids)) {
        hint = fmt::format("did you mean '{}'?", *suggestion);
      }
      report(util::Severity::warning, n->line, n->column,
             fmt::format("'{}' names code '{}', which the codebook lacks: that rule never fires",
                         n->rule, n->id),
             hint);
    }
  }

  // Counties without forms are found by their names alone: "Länsstyrelsen i
  // Kalmar län" then decides a document's county no more than "Kalmar" does.
  void check_county_forms() {
    bool bare = false;
    try {
      bare = parse_county_table(text_, path_) && !parse_county_forms(text_, path_);
    } catch (const util::DiagnosticError&) {
      return;  // the parser has reported the section's problems
    }
    if (bare) {
      report(util::Severity::warning, 1, 1,
             "the codebook has 'counties:' but no 'county_forms:': a document's county is "
             "decided by bare mentions of its name",
             R"(add e.g. county_forms: ["Länsstyrelsen i *", "Länsstyrelsen *", "* län"])");
    }
  }

  // The lists a rule reads: a missing or empty one switches the rule off
  // without a word, so lint says so. Document types and sentence
  // abbreviations a codebook lacks are the shipped pmh-sv's (Swedish).
  void check_word_lists() {
    Checker check(text_, path_);
    YAML::Node root;
    try {
      root = YAML::Load(text_);
    } catch (const YAML::Exception&) {
      return;  // the parser has reported it
    }
    if (!root.IsMap()) return;
    for (const char* section : {"layout", "chains", "profile", "counties", "county_forms"}) {
      if (root[section]) report_empty_lists(root[section], section, check);
    }
    // Where `key` of the top level is written; 1:1 when it is not.
    const auto key_position = [&](std::string_view key) {
      for (const auto& entry : root) {
        if (entry.first.IsScalar() && entry.first.Scalar() == key) {
          return check.position(entry.first.Mark());
        }
      }
      return std::pair<int, int>{1, 1};
    };
    const YAML::Node layout = root["layout"];
    const auto [layout_line, layout_column] = key_position("layout");
    if (!layout || !layout.IsMap()) {
      report(util::Severity::warning, layout_line, layout_column,
             "the codebook has no 'layout:' section: headings, titles and lead-ins are found "
             "without its words, and documents are typed and split into sentences by the "
             "shipped pmh-sv's Swedish words",
             "copy the layout: section of codebooks/pmh-sv.yaml and adapt it (docs/codebook.md)");
    } else {
      std::vector<std::string> missing;
      for (const char* key : {"section_words", "title_words", "issuer_forms",
                              "reference_abbreviations", "contents_headings", "chapter_words",
                              "common_words", "lead_in_words", "continuation_words"}) {
        if (!layout[key]) missing.emplace_back(key);
      }
      if (!missing.empty()) {
        report(util::Severity::warning, layout_line, layout_column,
               fmt::format("'layout' has no {}: the rules that read {} never fire",
                           fmt::join(missing, ", "), missing.size() == 1 ? "it" : "them"),
               "give the words of the codebook's language (docs/codebook.md)");
      }
      for (const char* key : {"document_types", "sentence_abbreviations", "hanging_hyphen_words",
                              "hyphen_prefixes"}) {
        if (layout[key]) continue;
        report(util::Severity::warning, layout_line, layout_column,
               fmt::format("'layout' has no '{}': the shipped pmh-sv's Swedish ones are used", key),
               "give the words of the codebook's language (docs/codebook.md)");
      }
    }
    const YAML::Node chains = root["chains"];
    if (chains && chains.IsMap()) {
      std::vector<std::string> missing;
      for (const char* key :
           {"labels", "obligation", "recommendation", "goal_verbs", "activity_verbs",
            "past_activity", "past_activity_active", "work_itself", "assignment", "partners",
            "deadlines", "plan_itself", "lead_in_endings", "linking_words", "preamble_labels",
            "table_other_columns", "sub_goal_labels", "result_labels", "other_topics",
            "vision_openings", "serves_goal_before", "responsibility_sections", "problem_headings", "intention",
            "decisions", "follow_up_headings", "question_labels", "nominal_goals", "name_joiners",
            "follow_up_labels", "assessments", "overall_goals"}) {
        if (!chains[key]) missing.emplace_back(key);
      }
      if (!missing.empty()) {
        const auto [line, column] = key_position("chains");
        report(util::Severity::warning, line, column,
               fmt::format("'chains' has no {}: the rules that read {} never fire",
                           fmt::join(missing, ", "), missing.size() == 1 ? "it" : "them"),
               "copy them from codebooks/pmh-sv.yaml and adapt them (docs/chains.md)");
      }
    }
    if (root["counties"] && !root["unknown_county"]) {
      const auto [line, column] = key_position("counties");
      report(util::Severity::warning, line, column,
             "the codebook has 'counties:' but no 'unknown_county:': documents without a "
             "county are reported under the shipped pmh-sv's unknown county",
             "add e.g. unknown_county: {name: Unknown county, slug: unknown}");
    }
  }

  // Every `[]` under `node`, the path to it named.
  void report_empty_lists(const YAML::Node& node, const std::string& where, Checker& check) {
    if (node.IsSequence() && node.size() == 0) {
      const auto [line, column] = check.position(node.Mark());
      report(util::Severity::warning, line, column,
             fmt::format("'{}' is an empty list: the rule that reads it never fires", where),
             "give it its words, or remove the key");
      return;
    }
    if (node.IsMap()) {
      for (const auto& entry : node) {
        if (!entry.first.IsScalar()) continue;
        report_empty_lists(entry.second, where + ": " + entry.first.Scalar(), check);
      }
    } else if (node.IsSequence()) {
      for (const auto& item : node) report_empty_lists(item, where, check);
    }
  }

  // A keyword of one or two letters ("rk") matches only that whole word, but
  // it is someone else's abbreviation too often to pass unseen.
  void check_short_keywords(const Code& code) {
    for (std::size_t k = 0; k < code.keywords.size(); ++k) {
      const Pattern pattern = keyword_pattern(code, k);
      if (pattern.regex || pattern.short_word) continue;
      std::string error;
      const auto words = parse_pattern(pattern.text, error);
      if (words.size() != 1 || words.front().has_wildcards()) continue;
      const std::size_t letters = util::count_code_points(words.front().text);
      if (letters > 2) continue;
      report(util::Severity::warning, pattern.line, pattern.column,
             fmt::format("keyword '{}' of code '{}' has {} letter{}: it matches that whole word "
                         "wherever it stands, also as another word's abbreviation",
                         pattern.text, code.id, letters, letters == 1 ? "" : "s"),
             fmt::format("check its hits (goalchain kwic -c CODEBOOK --code {} DOCS); if it is "
                         "meant, write {{word: {}, short: true}}",
                         code.id, pattern.text));
    }
  }

  // A label the workbooks show in one language but not another falls back to
  // the first language: a Swedish heading in an English workbook.
  void check_label_languages(const LabelTable& table) {
    for (const auto& [key, label] : table.labels) {
      for (const auto& language : table.languages) {
        if (label.texts.count(language) != 0) continue;
        const std::string& shown = label.texts.count(table.languages.front()) != 0
                                       ? table.languages.front()
                                       : label.languages.front();
        report(util::Severity::warning, label.line, label.column,
               fmt::format("label '{}' has no '{}' text: {} workbooks show its '{}' one", key,
                           language, language, shown),
               fmt::format("add {}: ... to it", language));
      }
    }
  }

  // A question that can only ever say "unknown" is one the analyst meant to ask.
  void check_questions(const Codebook& book, const ProfileRules& profile) {
    for (const auto& question : profile.questions) {
      const std::string code = profile_answer_code(profile, question.answer);
      if (profile_answer_counts_chains(question.answer)) {
        if (!book.chains) {
          report(util::Severity::warning, question.line, question.column,
                 fmt::format("question '{}' counts chains, but the codebook has no 'chains:' "
                             "section: it is always 0",
                             question.answer),
                 "add a 'chains:' section (docs/chains.md)");
        }
        continue;
      }
      // "places: {street: null}" says so on purpose: the column shows unknown.
      const bool said_null = code.empty() && question.answer.starts_with("place.");
      if (!said_null && (code.empty() || !book.find(code))) {
        report(util::Severity::warning, question.line, question.column,
               fmt::format("question '{}' can only answer 'unknown': {}", question.answer,
                           code.empty() ? "the profile names no code for it"
                                        : fmt::format("code '{}' is missing", code)),
               "name a code for it in 'profile:', or leave the question out");
      }
    }
  }

  void report(util::Severity severity, int line, int column, std::string message,
              std::string hint) {
    util::Diagnostic d;
    d.severity = severity;
    d.file = path_;
    d.line = line;
    d.column = column;
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.source_line = line_text(line);
    diagnostics_.push_back(std::move(d));
  }

  std::string line_text(int line) const {
    if (line <= 0) return {};
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
      start = text_.find('\n', start);
      if (start == std::string::npos) return {};
      ++start;
    }
    const std::size_t end = text_.find('\n', start);
    std::string result =
        text_.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!result.empty() && result.back() == '\r') result.pop_back();
    return result;
  }

  StemCache& stems(const std::string& algorithm) {
    auto& cache = stem_caches_[algorithm];
    if (!cache) cache = std::make_unique<StemCache>(algorithm);
    return *cache;
  }

  std::optional<std::vector<WordForm>> forms_of(const Pattern& pattern) {
    if (pattern.regex) return std::nullopt;
    std::string error;
    const auto words = parse_pattern(pattern.text, error);
    if (words.empty()) return std::nullopt;
    std::vector<WordForm> forms;
    for (const PatternWord& word : words) {
      WordForm form;
      form.text = word.text;
      if (pattern.compound != Compound::none) {
        form.kind = WordForm::Kind::compound;
      } else if (!pattern.stem.empty() && !word.has_wildcards() &&
                 is_stemmer_algorithm(pattern.stem)) {
        form.kind = WordForm::Kind::stem;
        form.stem = std::string(stems(pattern.stem).stem(word.text));
      }
      forms.push_back(std::move(form));
    }
    return forms;
  }

  // True when every word `specific` matches, `general` matches too.
  bool word_covers(const WordForm& general, const WordForm& specific,
                   const std::string& algorithm) {
    using Kind = WordForm::Kind;
    if (general.kind == Kind::compound || specific.kind == Kind::compound) {
      return general.kind == specific.kind && general.text == specific.text;
    }
    if (general.kind == Kind::stem) {
      if (specific.kind == Kind::stem) return general.stem == specific.stem;
      return !specific.text.empty() && specific.text.find_first_of("*?") == std::string::npos &&
             stems(algorithm).stem(specific.text) == general.stem;
    }
    if (specific.kind == Kind::stem) {
      // A Swedish stem is the beginning of every word that has it.
      return algorithm == "swedish" && !specific.stem.empty() &&
             glob_covers(general.text, specific.stem + "*");
    }
    return glob_covers(general.text, specific.text);
  }

  bool covers(const Pattern& general, const Pattern& specific) {
    if (general.regex || specific.regex) {
      return general.regex && specific.regex && general.text == specific.text &&
             (!general.whole_words || specific.whole_words);
    }
    if (general.compound != specific.compound) return false;
    if (general.stem != specific.stem && !general.stem.empty() && !specific.stem.empty())
      return false;
    const auto a = forms_of(general);
    const auto b = forms_of(specific);
    if (!a || !b || a->size() != b->size()) return false;
    const std::string& algorithm = general.stem.empty() ? specific.stem : general.stem;
    for (std::size_t w = 0; w < a->size(); ++w) {
      if (!word_covers((*a)[w], (*b)[w], algorithm)) return false;
    }
    return true;
  }

  void check_shadowed_keywords(const Code& code) {
    const std::size_t n = code.keywords.size();
    for (std::size_t j = 0; j < n; ++j) {
      const Pattern specific = keyword_pattern(code, j);
      for (std::size_t i = 0; i < n; ++i) {
        if (i == j) continue;
        const Pattern general = keyword_pattern(code, i);
        if (!covers(general, specific)) continue;
        const bool same = covers(specific, general);
        if (same && i > j) continue;  // the later of two equal patterns is the one reported
        const std::string where = general.line > 0 ? fmt::format(" (line {})", general.line) : "";
        report(util::Severity::error, specific.line, specific.column,
               same ? fmt::format("pattern '{}' of code '{}' repeats '{}'{}", specific.text,
                                  code.id, general.text, where)
                    : fmt::format("pattern '{}' of code '{}' is shadowed by '{}'{}: every word "
                                  "it matches, that pattern matches already",
                                  specific.text, code.id, general.text, where),
               "remove it: it never adds a hit (a code counts the same words once)");
        break;
      }
    }
  }

  void check_node(const RuleNode& node) {
    if (node.kind == RuleNode::Kind::pattern) check_pattern(node.pattern);
    if (node.kind == RuleNode::Kind::near &&
        node.within + 1 < static_cast<int>(node.parts.size()) && !node.parts.empty()) {
      const Pattern& first = node.parts.front().pattern;
      report(util::Severity::warning, first.line, first.column,
             fmt::format("'near' with {} terms within {} can never match: the terms need {} "
                         "different words",
                         node.parts.size(), node.within, node.parts.size()),
             fmt::format("raise 'within' to at least {}", node.parts.size() - 1));
    }
    for (const auto& part : node.parts) check_node(part);
    for (const auto& exclusion : node.exclusions) check_node(exclusion);
  }

  void check_pattern(const Pattern& pattern) {
    if (pattern.regex) {
      RE2::Options options;
      options.set_log_errors(false);
      options.set_case_sensitive(false);
      const RE2 regex(pattern.text, options);
      if (regex.ok() && RE2::FullMatch("", regex)) {
        report(
            util::Severity::warning, pattern.line, pattern.column,
            fmt::format("regex '{}' matches empty text; empty matches never count", pattern.text),
            "make sure it needs at least one character, e.g. '+' instead of '*'");
      }
      return;
    }
    if (!has_word_characters(pattern.text)) {
      report(util::Severity::warning, pattern.line, pattern.column,
             fmt::format("pattern '{}' has no letters or digits and can never match", pattern.text),
             "the text is split into words at every other character; write a word");
      return;
    }
    check_split_wildcards(pattern);
    if (!pattern.stem.empty() && pattern.compound == Compound::none &&
        is_stemmer_algorithm(pattern.stem)) {
      std::string error;
      for (const PatternWord& word : parse_pattern(pattern.text, error)) {
        if (word.has_wildcards()) continue;
        if (stems(pattern.stem).stem(word.text).empty()) {
          report(util::Severity::warning, pattern.line, pattern.column,
                 fmt::format("the {} stem of '{}' is empty, so it can never match", pattern.stem,
                             word.text),
                 "write the word without stemming, or with a wildcard");
        }
      }
    }
  }

  // A wildcard right beside a character that splits words ("sex*-köp") cannot
  // reach across it: the text is split there too.
  void check_split_wildcards(const Pattern& pattern) {
    const std::string& text = pattern.text;
    std::size_t pos = 0;
    char32_t previous = U' ';
    while (pos < text.size()) {
      const std::size_t start = pos;
      const char32_t cp = util::decode_code_point(text, pos);
      const bool splits =
          !util::is_word_character(cp) && cp != U'*' && cp != U'?' && cp != U' ' && cp != U'\t';
      const bool wildcard_before = previous == U'*' || previous == U'?';
      bool wildcard_after = false;
      if (splits && pos < text.size()) {
        std::size_t peek = pos;
        const char32_t next = util::decode_code_point(text, peek);
        wildcard_after = next == U'*' || next == U'?';
      }
      if (splits && (wildcard_before || wildcard_after)) {
        const std::string separator = text.substr(start, pos - start);
        report(util::Severity::warning, pattern.line, pattern.column,
               fmt::format("in '{}' a wildcard stands next to '{}', where the text is split into "
                           "words: it cannot reach across it",
                           text, separator),
               "write the parts as separate words of a phrase, or drop the wildcard");
        return;
      }
      previous = cp;
    }
  }

  void check_assignable(const Codebook& book, const Code& code) {
    if (!code.keywords.empty() || !code.rules.empty()) return;
    const bool has_children = std::any_of(book.codes.begin(), book.codes.end(),
                                          [&](const Code& c) { return c.parent == code.id; });
    if (has_children) return;
    report(util::Severity::warning, code.line, code.column,
           fmt::format("code '{}' has no keywords, rules or child codes: nothing can assign it",
                       code.id),
           "add keywords, or remove the code");
  }

  std::string text_;
  std::string path_;
  std::vector<util::Diagnostic> diagnostics_;
  std::map<std::string, std::unique_ptr<StemCache>> stem_caches_;
};

}  // namespace

std::vector<util::Diagnostic> lint_codebook(std::string_view yaml_text, std::string path) {
  return Linter(yaml_text, std::move(path)).run();
}

}  // namespace goalchain::codebook
