// The codebook language: nesting, colours, pattern options, rules, and the
// errors each of them can give.
#include "goalchain/codebook/codebook_parser.h"

#include "goalchain/util/atomic_file.h"
#include "test_paths.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

std::string with_codes(const std::string& codes, const std::string& top = "") {
  return "goalchain_codebook: 1\nname: t\nlanguage: sv\n" + top + "codes:\n" + codes;
}

struct Problem {
  int line;
  int column;
  std::string message;
  std::string hint;
};

std::vector<Problem> problems_of(const std::string& yaml) {
  std::vector<Problem> out;
  for (const auto& d : parse_codebook_with_diagnostics(yaml, "t.yaml").diagnostics) {
    out.push_back({d.line, d.column, d.message, d.hint});
  }
  return out;
}

TEST(CodebookParserTest, NestedChildrenGetTheirParentInFileOrder) {
  const auto book = parse_codebook(with_codes(R"(
  - id: actor
    label: Aktörer
    children:
      - id: actor.police
        label: Polisen
        keywords: [polis]
        children:
          - id: actor.police.border
            label: Gränspolisen
            keywords: [gränspolis*]
      - id: actor.social
        parent: actor
        label: Socialtjänsten
        keywords: [socialtjänst*]
  - id: pmh
    label: PMH
    keywords: [sexköp*]
)"));
  std::vector<std::pair<std::string, std::string>> tree;
  for (const auto& code : book.codes) tree.emplace_back(code.id, code.parent);
  EXPECT_EQ(tree, (std::vector<std::pair<std::string, std::string>>{
                      {"actor", ""},
                      {"actor.police", "actor"},
                      {"actor.police.border", "actor.police"},
                      {"actor.social", "actor"},
                      {"pmh", ""}}));
  EXPECT_EQ(book.ancestors_of(2), (std::vector<std::size_t>{2, 1, 0}));
}

TEST(CodebookParserTest, NestedCodeNamingAnotherParentIsAnError) {
  const auto problems = problems_of(with_codes(R"(  - id: a
    label: A
    children:
      - id: b
        parent: c
        label: B
  - id: c
    label: C
)"));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message, "code 'b' is nested under 'a' but names parent 'c'");
  EXPECT_EQ(problems[0].line, 9);
  EXPECT_EQ(problems[0].column, 17);
}

TEST(CodebookParserTest, ColoursAreValidatedAndNormalised) {
  const auto book = parse_codebook(with_codes("  - id: a\n    label: A\n    color: \"#1f77b4\"\n"));
  EXPECT_EQ(book.codes[0].color, "#1F77B4");
  const auto problems = problems_of(with_codes(R"(  - id: a
    label: A
    color: red
  - id: b
    label: B
    color: #1F77B4
  - id: c
    label: C
    color: "#1F77B"
)"));
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].message, "invalid colour 'red'");
  EXPECT_EQ(problems[0].line, 7);
  EXPECT_EQ(problems[0].column, 12);
  EXPECT_EQ(problems[1].message, "empty colour (an unquoted '#' starts a YAML comment)");
  EXPECT_EQ(problems[2].message, "invalid colour '#1F77B'");
  EXPECT_NE(problems[2].hint.find("#RRGGBB"), std::string::npos);
}

TEST(CodebookParserTest, PatternMapsCarryTheirOptions) {
  const auto book = parse_codebook(with_codes(R"(  - id: a
    label: A
    keywords:
      - plain*
      - {word: människohandel, compound: head}
      - {word: indikator, stem: true}
      - {word: trafficking, stem: english}
      - {regex: "köp(er|te) sex"}
)"));
  const Code& code = book.codes[0];
  ASSERT_EQ(code.keywords.size(), 5u);
  ASSERT_EQ(code.patterns.size(), 5u);
  EXPECT_EQ(code.keywords[1], "människohandel");
  EXPECT_EQ(code.patterns[1].compound, Compound::head);
  EXPECT_EQ(code.patterns[2].stem, "swedish");
  EXPECT_EQ(code.patterns[3].stem, "english");
  EXPECT_TRUE(code.patterns[4].regex);
  EXPECT_EQ(code.keywords[4], "köp(er|te) sex");
  EXPECT_EQ(code.patterns[4].line, 12);
  EXPECT_EQ(code.patterns[4].column, 9);
  EXPECT_TRUE(code.patterns[0].stem.empty());
}

TEST(CodebookParserTest, PatternPositionsCountCharactersNotBytes) {
  const auto book = parse_codebook(with_codes(R"(  - id: a
    label: Å
    keywords: [människohandel, köp*, sexköp]
)"));
  const Code& code = book.codes[0];
  ASSERT_EQ(code.patterns.size(), 3u);
  EXPECT_EQ(code.patterns[1].line, code.patterns[0].line);
  EXPECT_EQ(code.patterns[0].column, 16);
  EXPECT_EQ(code.patterns[1].column, 32);
  EXPECT_EQ(code.patterns[2].column, 38);
  EXPECT_EQ(code.patterns[0].line, code.line + 2);
}

TEST(CodebookParserTest, CodebookStemAppliesUnlessAPatternSaysOtherwise) {
  const auto book = parse_codebook(with_codes(R"(  - id: a
    label: A
    keywords: [utbildning, {word: mål, stem: false}, "köp*", {regex: x}]
)",
                                              "stem: true\n"));
  EXPECT_EQ(book.stem, "swedish");
  const Code& code = book.codes[0];
  EXPECT_EQ(code.patterns[0].stem, "swedish");
  EXPECT_EQ(code.patterns[1].stem, "");
  EXPECT_EQ(code.patterns[2].stem, "swedish");  // the matcher keeps wildcard words as written
  EXPECT_EQ(code.patterns[3].stem, "");
  const auto problems =
      problems_of("goalchain_codebook: 1\nname: t\nstem: true\ncodes:\n  - id: a\n    label: A\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message, "'stem: true' needs 'language: sv' or 'language: en'");
  const auto typo = problems_of(with_codes("  - id: a\n    label: A\n", "stem: swedsh\n"));
  ASSERT_EQ(typo.size(), 1u);
  EXPECT_EQ(typo[0].hint, "did you mean 'swedish'?");
}

TEST(CodebookParserTest, InvalidPatternOptions) {
  const auto problems = problems_of(with_codes(R"(  - id: a
    label: A
    keywords:
      - {word: köp av sex, compound: head}
      - {word: "prost*tution", compound: tail}
      - {word: "indikat*", stem: true}
      - {word: handel, compound: hed}
      - {wrd: handel}
      - {word: x, regex: y}
      - {regex: "(?<=a)b"}
)"));
  std::vector<std::pair<int, std::string>> found;
  for (const auto& p : problems) found.emplace_back(p.line, p.message);
  EXPECT_EQ(found, (std::vector<std::pair<int, std::string>>{
                       {8, "'compound' needs a single word, not 'köp av sex'"},
                       {9, "a compound part takes no wildcards but a final '*': 'prost*tution'"},
                       {10, "'stem' and wildcards do not combine in 'indikat*'"},
                       {11, "unknown compound 'hed'"},
                       {12, "a keyword without 'word' or 'regex'"},
                       {12, "unknown key 'wrd' in a pattern"},
                       {13, "a pattern has either 'word' or 'regex', not both"},
                       {14, "invalid regex '(?<=a)b': invalid perl operator: (?<"},
                   }));
  EXPECT_EQ(problems[3].hint, "did you mean 'head'?");
  EXPECT_EQ(problems[5].hint, "did you mean 'word'?");
  EXPECT_EQ(problems[7].column, 18);  // at "(?<" inside the regex
}

TEST(CodebookParserTest, RulesAreReadWithTheirScopeAndOptions) {
  const auto book = parse_codebook(with_codes(R"(  - id: goal
    label: Mål
    scope: sentence
    requires: pmh
    not: [saknas]
    min_hits: 2
    weight: 0.5
    rules:
      - all: [mål, {any: ["prostitution*", {near: {terms: [köp, sex], within: 2, ordered: true}}]}]
        not: [inte, {all: [arbetskraft*, exploatering]}]
        scope: section
        requires: [pmh]
        min_hits: 3
        weight: 2
      - any: [målet]
  - id: pmh
    label: PMH
    keywords: [sexköp]
)"));
  const Code& goal = book.codes[0];
  EXPECT_EQ(goal.scope, Scope::sentence);
  EXPECT_EQ(goal.required_codes, (std::vector<std::string>{"pmh"}));
  ASSERT_EQ(goal.exclusions.size(), 1u);
  EXPECT_EQ(goal.min_hits, 2);
  EXPECT_DOUBLE_EQ(goal.weight, 0.5);
  ASSERT_EQ(goal.rules.size(), 2u);
  const Rule& rule = goal.rules[0];
  EXPECT_EQ(rule.scope, Scope::section);
  EXPECT_EQ(rule.min_hits, 3);
  EXPECT_DOUBLE_EQ(rule.weight, 2.0);
  EXPECT_EQ(rule.match.kind, RuleNode::Kind::all);
  ASSERT_EQ(rule.match.parts.size(), 2u);
  const RuleNode& near = rule.match.parts[1].parts[1];
  EXPECT_EQ(near.kind, RuleNode::Kind::near);
  EXPECT_EQ(near.within, 2);
  EXPECT_TRUE(near.ordered);
  EXPECT_EQ(rule.match.exclusions.size(), 2u);
  EXPECT_EQ(goal.rules[1].scope, Scope::sentence);  // inherited from the code
  EXPECT_EQ(rule_patterns(rule.match).size(), 7u);
  EXPECT_EQ(describe_rule(rule),
            "all(mål, any(prostitution*, near(köp, sex within 2, ordered))) "
            "not(inte, all(arbetskraft*, exploatering)) in section requires pmh min_hits 3");
}

TEST(CodebookParserTest, RuleMistakes) {
  const auto problems = problems_of(with_codes(R"(  - id: a
    label: A
    rules:
      - {not: [x]}
      - {all: [a], any: [b]}
      - {near: {terms: [a]}}
      - {near: {terms: [a, b], within: 0}}
      - {all: [a, {any: [b], scope: sentence}]}
      - {all: []}
      - {al: [a]}
      - mål
      - {any: [a], min_hits: 0, weight: -1, requires: [a]}
)"));
  std::vector<std::pair<int, std::string>> found;
  for (const auto& p : problems) found.emplace_back(p.line, p.message);
  EXPECT_EQ(found, (std::vector<std::pair<int, std::string>>{
                       {8, "a rule needs 'all', 'any' or 'near'"},
                       {9, "a rule has more than one of 'all', 'any' and 'near'"},
                       {10, "'near' needs 'within': how many words apart the terms may be"},
                       {10, "'near' needs 'terms' with at least two patterns"},
                       {11, "within must be a whole number of at least 1"},
                       {12, "'scope' applies to a whole rule, not to a part of it"},
                       {13, "'all' must be a list of patterns or rules"},
                       {14, "a rule needs 'all', 'any' or 'near'"},
                       {14, "unknown key 'al' in a rule"},
                       {15, "a rule must be a map with 'all', 'any' or 'near'"},
                       {16, "min_hits must be a whole number of at least 1"},
                       {16, "weight must be a number greater than 0"},
                       {16, "code 'a' requires itself"},
                   }));
}

TEST(CodebookParserTest, RequiresNamesKnownCodesWithoutCycles) {
  const auto problems = problems_of(with_codes(R"(  - id: a
    label: A
    keywords: [a]
    requires: b
  - id: b
    label: B
    keywords: [b]
    rules:
      - any: [b]
        requires: a
  - id: c
    label: C
    keywords: [c]
    requires: [goal]
)"));
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].message, "code 'a' requires itself through other codes (requires cycle)");
  EXPECT_EQ(problems[1].message, "code 'b' requires itself through other codes (requires cycle)");
  EXPECT_EQ(problems[2].message, "unknown code 'goal' in 'requires'");
  EXPECT_EQ(problems[2].line, 18);
}

TEST(CodebookParserTest, ShippedAndOlderCodebooksStillLoad) {
  for (const std::string path : {GOALCHAIN_SOURCE_DIR "/codebooks/pmh-sv.yaml",
                                 GOALCHAIN_TEST_DATA_DIR "/codebooks/mini.yaml"}) {
    const auto parsed = parse_codebook_with_diagnostics(util::read_file(path), path);
    EXPECT_TRUE(parsed.diagnostics.empty()) << path;
    EXPECT_FALSE(parsed.codebook.codes.empty()) << path;
  }
}

TEST(CodebookParserTest, ASelfReferencingRuleIsAnErrorWithPosition) {
  const auto problems = problems_of(with_codes(R"(  - id: a
    label: A
    rules:
      - all: &p [polis, {any: *p}]
)"));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 8);
  EXPECT_EQ(problems[0].column, 31);
  EXPECT_EQ(problems[0].message, "alias '*p' lies inside the node '&p' it refers to");
}

TEST(CodebookParserTest, InvalidUtf8IsNamedBeforeAnyNameIsCompared) {
  // In a key, a parent, a requirement and a label: the bytes never reach
  // "did you mean" (case folding) or a workbook.
  for (const std::string codes :
       {"  - id: a\n    lab\xE9l: A\n", "  - id: a\n    label: A\n    parent: p\xF6lis\n",
        "  - id: a\n    label: A\n    requires: [b\xFF]\n", "  - id: a\n    label: K\xF6p\n"}) {
    SCOPED_TRACE(codes);
    const ParsedCodebook parsed = parse_codebook_with_diagnostics(with_codes(codes), "t.yaml");
    ASSERT_EQ(parsed.diagnostics.size(), 1u);
    EXPECT_FALSE(parsed.yaml_ok);
    EXPECT_GE(parsed.diagnostics[0].line, 6);
    EXPECT_GT(parsed.diagnostics[0].column, 1);
    EXPECT_NE(parsed.diagnostics[0].message.find("not valid UTF-8"), std::string::npos);
  }
}

TEST(CodebookParserTest, DuplicateKeysAreReportedWithTheOtherMistakes) {
  const auto problems = problems_of(with_codes("  - id: a\n    label: A\n    label: B\n"
                                               "    colour: red\n"));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].line, 7);
  EXPECT_EQ(problems[0].message, "duplicate key 'label'");
  EXPECT_EQ(problems[1].line, 8);
  EXPECT_EQ(problems[1].hint, "did you mean 'color'?");
}

}  // namespace
}  // namespace goalchain::codebook
