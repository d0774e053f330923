#include "goalchain/util/yaml_scalar.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

namespace goalchain::util {
namespace {

TEST(YamlScalarTest, PlainWhenSafe) {
  for (const char* text :
       {"mål", "köp av sexuella tjänster", "sexköp*", "actor.police", "hbtq-personer",
        "Länsstyrelsen i Stockholms län", "a:b", "a#b", "it's"}) {
    EXPECT_EQ(quote_yaml_scalar(text), text);
  }
}

TEST(YamlScalarTest, QuotedWhenPlainWouldChangeTheMeaning) {
  EXPECT_EQ(quote_yaml_scalar("*prostitution"), "\"*prostitution\"");
  EXPECT_EQ(quote_yaml_scalar(""), "\"\"");
  EXPECT_EQ(quote_yaml_scalar("yes"), "\"yes\"");
  EXPECT_EQ(quote_yaml_scalar("No"), "\"No\"");
  EXPECT_EQ(quote_yaml_scalar("null"), "\"null\"");
  EXPECT_EQ(quote_yaml_scalar("2020"), "\"2020\"");
  EXPECT_EQ(quote_yaml_scalar("mål: delmål"), "\"mål: delmål\"");
  EXPECT_EQ(quote_yaml_scalar("mål #1"), "\"mål #1\"");
  EXPECT_EQ(quote_yaml_scalar("a, b"), "\"a, b\"");
  EXPECT_EQ(quote_yaml_scalar("- lista"), "\"- lista\"");
  EXPECT_EQ(quote_yaml_scalar(" kant"), "\" kant\"");
  EXPECT_EQ(quote_yaml_scalar("\"nej\" säger \\"), "\"\\\"nej\\\" säger \\\\\"");
  EXPECT_EQ(quote_yaml_scalar("säger \"nej\""),
            "säger \"nej\"");  // quotes inside a plain scalar are text
  EXPECT_EQ(quote_yaml_scalar("två\nrader\t\x01"), "\"två\\nrader\\t\\x01\"");
}

TEST(YamlScalarTest, EveryScalarReadsBackAsTheSameString) {
  for (const char* text : {"mål",        "*prostitution*",
                           "",           "yes",
                           "~",          "3.14",
                           "+1",         ".5",
                           "a: b",       "a #b",
                           "[x]",        "{y}",
                           "a,b",        "@x",
                           "`x",         "!tag",
                           "&anchor",    "|",
                           ">",          "%x",
                           "'q'",        "\"dq\"",
                           "två\nrader", "tab\there",
                           "slut:",      "ß ÅÄÖ é",
                           "= lika",     "<< merge",
                           "? fråga",    "a:b",
                           "a#b",        "it's",
                           "x:"}) {
    SCOPED_TRACE(text);
    const std::string yaml =
        "k: " + quote_yaml_scalar(text) + "\nl: [" + quote_yaml_scalar(text) + "]\n";
    const YAML::Node node = YAML::Load(yaml);
    EXPECT_EQ(node["k"].as<std::string>(), text);
    ASSERT_EQ(node["l"].size(), 1u);
    EXPECT_EQ(node["l"][0].as<std::string>(), text);
  }
}

}  // namespace
}  // namespace goalchain::util
