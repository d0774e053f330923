#include "goalchain/codebook/quanteda_dictionary.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

namespace goalchain::codebook {
namespace {

Code make_code(std::string id, std::string label, std::string parent,
               std::vector<std::string> keywords, std::string label_en = {},
               std::string description = {}) {
  Code code;
  code.id = std::move(id);
  code.label = std::move(label);
  code.parent = std::move(parent);
  code.keywords = std::move(keywords);
  code.label_en = std::move(label_en);
  code.description = std::move(description);
  return code;
}

Codebook sample_codebook() {
  Codebook book;
  book.name = "prov";
  book.codes = {
      make_code("pmh", "PMH", "",
                {"prostitution*", "*människohandel*", "köp av sexuella tjänster"}),
      make_code("actor", "Aktörer", "", {}),
      make_code("actor.police", "Polisen", "actor", {"polis", "polisen"}),
      make_code("goal", "Mål", "", {"mål"}),
      make_code("goal.kind1", "Förebyggande", "goal", {"förebygg*"}),
      make_code("empty", "Tom", "", {}),
      make_code("police", "Andra poliser", "actor", {"yes", "no: 1"}),
      make_code("school", "Skolan", "actor", {"skola"}),
      make_code("actor.school", "Skolan igen", "actor", {"skolor"}),
  };
  return book;
}

TEST(QuantedaDictionaryExportTest, WritesNestedKeysWithPatterns) {
  EXPECT_EQ(render_quanteda_dictionary(sample_codebook()),
            "# quanteda dictionary written by goalchain from the codebook 'prov'.\n"
            "# Read it in R with quanteda::dictionary(file = \"THIS FILE\", format = \"YAML\").\n"
            "pmh:\n"
            "  - prostitution*\n"
            "  - \"*människohandel*\"\n"
            "  - köp av sexuella tjänster\n"
            "actor:\n"
            "  police:\n"
            "    - polis\n"
            "    - polisen\n"
            "  police-2:\n"  // "police" is taken by the first child, and is this one's id
            "    - \"yes\"\n"
            "    - \"no: 1\"\n"
            "  school:\n"
            "    - skola\n"
            "  actor.school:\n"  // "school" is taken; its id is not
            "    - skolor\n"
            "goal:\n"
            "  - mål\n"
            "  - kind1:\n"
            "      - förebygg*\n"
            "empty: []\n");
}

TEST(QuantedaDictionaryExportTest, ReadsBackAsTheSameTree) {
  std::vector<util::Diagnostic> warnings;
  const Codebook back = import_quanteda_dictionary(render_quanteda_dictionary(sample_codebook()),
                                                   "prov.yml", warnings);
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(back.codes.size(), 9u);
  const std::vector<std::pair<std::string, std::string>> ids_and_parents = {
      {"pmh", ""},
      {"actor", ""},
      {"actor.police", "actor"},
      {"actor.police-2", "actor"},
      {"actor.school", "actor"},
      {"actor.actor-school", "actor"},
      {"goal", ""},
      {"goal.kind1", "goal"},
      {"empty", ""}};
  for (std::size_t i = 0; i < ids_and_parents.size(); ++i) {
    EXPECT_EQ(back.codes[i].id, ids_and_parents[i].first);
    EXPECT_EQ(back.codes[i].parent, ids_and_parents[i].second);
  }
  EXPECT_EQ(back.codes[0].keywords, sample_codebook().codes[0].keywords);
  EXPECT_EQ(back.codes[3].keywords, (std::vector<std::string>{"yes", "no: 1"}));
  EXPECT_EQ(back.codes[7].keywords, (std::vector<std::string>{"förebygg*"}));
}

TEST(QuantedaDictionaryExportTest, OtherYamlReadersSeeStringsOnly) {
  const YAML::Node root = YAML::Load(render_quanteda_dictionary(sample_codebook()));
  ASSERT_TRUE(root.IsMap());
  EXPECT_EQ(root["pmh"][1].as<std::string>(), "*människohandel*");
  EXPECT_EQ(root["actor"]["police-2"][0].Tag(), "!");  // quoted: not the boolean yes
  EXPECT_TRUE(root["empty"].IsSequence());
  EXPECT_EQ(root["empty"].size(), 0u);
}

TEST(QuantedaDictionaryExportTest, SaysWhatQuantedaCannotExpress) {
  Codebook book;
  book.name = "regler";
  Code code =
      make_code("pmh", "PMH", "", {"människohandel", "köp(er|te) sex", "indikator", "sexköp*"});
  Pattern compound;
  compound.text = "människohandel";
  compound.compound = Compound::head;
  Pattern regex;
  regex.text = "köp(er|te) sex";
  regex.regex = true;
  Pattern stemmed;
  stemmed.text = "indikator";
  stemmed.stem = "swedish";
  Pattern plain;
  plain.text = "sexköp*";
  code.patterns = {compound, regex, stemmed, plain};
  code.rules.emplace_back();
  Code tail = make_code("barn", "Barn", "", {"prostitution"});
  Pattern tail_pattern;
  tail_pattern.text = "prostitution";
  tail_pattern.compound = Compound::tail;
  tail.patterns = {tail_pattern};
  book.codes = {code, tail, make_code("plain", "Vanlig", "", {"polis"})};

  std::vector<std::string> notes;
  const std::string yaml = render_quanteda_dictionary(book, &notes);
  EXPECT_NE(
      yaml.find(
          "pmh:\n  - människohandel*\n  - indikator\n  - sexköp*\nbarn:\n  - \"*prostitution\"\n"),
      std::string::npos)
      << yaml;
  EXPECT_EQ(yaml.find("köp(er"), std::string::npos);
  EXPECT_EQ(
      notes,
      (std::vector<std::string>{
          "code 'pmh': 1 rule left out; 1 regex keyword left out; 1 compound keyword widened to "
          "wildcards; 1 stemmed keyword written without stemming",
          "code 'barn': 1 compound keyword widened to wildcards"}));
}

TEST(QuantedaDictionaryExportTest, CodebookStemmingCountsForWordsWithoutWildcards) {
  Codebook book;
  book.name = "stam";
  book.stem = "swedish";
  book.codes = {make_code("a", "A", "", {"indikator", "mål*"})};
  std::vector<std::string> notes;
  render_quanteda_dictionary(book, &notes);
  EXPECT_EQ(notes,
            (std::vector<std::string>{"code 'a': 1 stemmed keyword written without stemming"}));
}

}  // namespace
}  // namespace goalchain::codebook
