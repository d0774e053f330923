#include "goalchain/codebook/codebook_yaml_writer.h"

#include <gtest/gtest.h>

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

TEST(CodebookYamlWriterTest, WritesTheFormatWithComments) {
  Codebook book;
  book.name = "prov";
  book.title = "Prov: kodbok";
  book.language = "sv";
  book.codes = {make_code("pmh", "PMH", "", {"sexköp*", "*prostitution"},
                          "Prostitution and trafficking", "Texten handlar om PMH."),
                make_code("actor", "Aktörer", "", {}),
                make_code("actor.police", "Polisen", "actor", {"polis"})};
  book.codes[1].color = "#1F77B4";
  EXPECT_EQ(render_codebook_yaml(book, "Rad ett\n\nRad tre"),
            "# Rad ett\n"
            "#\n"
            "# Rad tre\n"
            "goalchain_codebook: 1\n"
            "name: prov\n"
            "title: \"Prov: kodbok\"\n"
            "language: sv\n"
            "codes:\n"
            "  - id: pmh\n"
            "    label: {sv: PMH, en: Prostitution and trafficking}\n"
            "    description: Texten handlar om PMH.\n"
            "    keywords:\n"
            "      - sexköp*\n"
            "      - \"*prostitution\"\n"
            "  - id: actor\n"
            "    label: Aktörer\n"
            "    color: \"#1F77B4\"\n"
            "  - id: actor.police\n"
            "    label: Polisen\n"
            "    parent: actor\n"
            "    keywords:\n"
            "      - polis\n");
}

TEST(CodebookYamlWriterTest, TrickyTextReadsBackExactly) {
  Codebook book;
  book.name = "no";
  book.title = "# inte en kommentar";
  book.description = "Två rader\noch \"citat\", kolon: och \\ bakstreck\t";
  book.codes = {make_code("a", "true", "", {"'citat'", "2020", "null", "a #b"}, "Yes, [sic]",
                          "- lista? {nej} & 10%"),
                make_code("b", "", "", {"mål*"}, "Bara engelska")};
  const Codebook back = parse_codebook(render_codebook_yaml(book), "back.yaml");
  EXPECT_EQ(back.name, book.name);
  EXPECT_EQ(back.title, book.title);
  EXPECT_EQ(back.description, book.description);
  ASSERT_EQ(back.codes.size(), 2u);
  EXPECT_EQ(back.codes[0].label, "true");
  EXPECT_EQ(back.codes[0].label_en, "Yes, [sic]");
  EXPECT_EQ(back.codes[0].description, book.codes[0].description);
  EXPECT_EQ(back.codes[0].keywords, book.codes[0].keywords);
  EXPECT_EQ(back.codes[1].label, "Bara engelska");  // the only label given
  EXPECT_EQ(back.codes[1].label_en, "Bara engelska");
  EXPECT_EQ(back.codes[1].keywords, book.codes[1].keywords);
}

TEST(CodebookYamlWriterTest, ColourReadsBack) {
  Codebook book;
  book.name = "f";
  book.codes = {make_code("a", "A", "", {"a"})};
  book.codes[0].color = "#AbCdEf";
  EXPECT_EQ(parse_codebook(render_codebook_yaml(book), "f.yaml").codes[0].color,
            "#ABCDEF");  // the parser normalizes
}

TEST(CodebookYamlWriterTest, CodebookWithoutCodesWritesAnEmptyList) {
  Codebook book;
  book.name = "tom";
  EXPECT_NE(render_codebook_yaml(book).find("codes: []\n"), std::string::npos);
}

}  // namespace
}  // namespace goalchain::codebook
