#include "goalchain/codebook/qdc_codebook.h"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

namespace goalchain::codebook {
namespace {

Code make_code(std::string id, std::string label, std::string parent,
               std::vector<std::string> keywords, std::string description = {}) {
  Code code;
  code.id = std::move(id);
  code.label = std::move(label);
  code.parent = std::move(parent);
  code.keywords = std::move(keywords);
  code.description = std::move(description);
  return code;
}

// 8-4-4-4-12 lower-case hex digits, version 5, RFC 4122 variant.
bool is_version5_uuid(const std::string& text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    const char c = text[i];
    if (dash != (c == '-')) return false;
    if (!dash && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return text[14] == '5' && std::string_view("89ab").find(text[19]) != std::string_view::npos;
}

Codebook swedish_codebook() {
  Codebook book;
  book.name = "prov";
  book.codes = {make_code("target", "Målgrupper", "", {}, "Vilka insatserna riktar sig till."),
                make_code("target.women", "Kvinnor & flickor", "target", {"kvinnor", "flickor"}),
                make_code("target.buyers", "Sexköpare <\"män\">", "target", {"sexköpare*"}),
                make_code("actor.police", "Polisen", "", {"polis"}, "Rad 1\nRad 2 med åäö")};
  return book;
}

TEST(QdcCodebookTest, GuidsAreVersion5UuidsOfTheCodePath) {
  // Reference values from Python: uuid.uuid5(uuid.NAMESPACE_URL, "goalchain:pmh-sv/pmh").
  EXPECT_EQ(derive_code_guid("pmh-sv", "pmh"), "df5f6d59-08e6-54bd-93b4-a11400228f10");
  EXPECT_EQ(derive_code_guid("pmh-sv", "problem"), "865ed4f5-81b9-53d3-bc6c-a703623270aa");
  EXPECT_EQ(derive_code_guid("test", "målgrupp/målgrupp.kvinnor"),
            "81adbae9-8f3f-5c78-b7e8-b090b54a5031");
  EXPECT_NE(derive_code_guid("other", "pmh"), derive_code_guid("pmh-sv", "pmh"));
}

TEST(QdcCodebookTest, WritesNestedCodesWithEscapedSwedishNames) {
  const std::string xml = render_qdc_codebook(swedish_codebook(), "goalchain 9.9");
  EXPECT_EQ(
      xml,
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"goalchain 9.9\">\n"
      "  <Codes>\n"
      "    <Code guid=\"" +
          derive_code_guid("prov", "target") +
          "\" name=\"Målgrupper\" isCodable=\"true\">\n"
          "      <Description>Vilka insatserna riktar sig till.\n\ngoalchain id: "
          "target</Description>\n"
          "      <Code guid=\"" +
          derive_code_guid("prov", "target/target.women") +
          "\" name=\"Kvinnor &amp; flickor\" isCodable=\"true\">\n"
          "        <Description>goalchain id: target.women\nkeywords: kvinnor, "
          "flickor</Description>\n"
          "      </Code>\n"
          "      <Code guid=\"" +
          derive_code_guid("prov", "target/target.buyers") +
          "\" name=\"Sexköpare &lt;&quot;män&quot;&gt;\" isCodable=\"true\">\n"
          "        <Description>goalchain id: target.buyers\nkeywords: sexköpare*</Description>\n"
          "      </Code>\n"
          "    </Code>\n"
          "    <Code guid=\"" +
          derive_code_guid("prov", "actor.police") +
          "\" name=\"Polisen\" isCodable=\"true\">\n"
          "      <Description>Rad 1\nRad 2 med åäö\n\ngoalchain id: actor.police\nkeywords: "
          "polis</Description>\n"
          "    </Code>\n"
          "  </Codes>\n"
          "</CodeBook>\n");
}

TEST(QdcCodebookTest, RepeatedExportsAreIdenticalAndGuidsUnique) {
  const std::string first = render_qdc_codebook(swedish_codebook(), "goalchain");
  EXPECT_EQ(first, render_qdc_codebook(swedish_codebook(), "goalchain"));
  std::set<std::string> guids;
  for (auto pos = first.find("guid=\""); pos != std::string::npos;
       pos = first.find("guid=\"", pos + 1)) {
    const std::string guid = first.substr(pos + 6, 36);
    EXPECT_TRUE(is_version5_uuid(guid)) << guid;
    EXPECT_EQ(first[pos + 42], '"');
    guids.insert(guid);
  }
  EXPECT_EQ(guids.size(), 4u);
}

TEST(QdcCodebookTest, DropsCharactersXmlForbidsAndKeepsLineBreaksInAttributes) {
  Codebook book;
  book.name = "x";
  book.codes = {make_code("a", "Ett\x01tv\xC3\xA5\ttab\nrad", "", {}, "bell\x07 & <tag>")};
  const std::string xml = render_qdc_codebook(book, "o\"rigin");
  EXPECT_NE(xml.find("origin=\"o&quot;rigin\""), std::string::npos);
  EXPECT_NE(xml.find("name=\"Etttvå&#9;tab&#10;rad\""), std::string::npos);
  EXPECT_NE(xml.find("<Description>bell &amp; &lt;tag&gt;"), std::string::npos);
  EXPECT_EQ(xml.find('\x01'), std::string::npos);
  EXPECT_EQ(xml.find('\x07'), std::string::npos);
}

TEST(QdcCodebookTest, CodesWithUnknownParentsOrCyclesStillAppearOnce) {
  Codebook book;
  book.name = "x";
  book.codes = {make_code("a", "A", "b", {}), make_code("b", "B", "a", {}),
                make_code("c", "C", "nowhere", {})};
  const std::string xml = render_qdc_codebook(book, "o");
  for (const char* name : {"name=\"A\"", "name=\"B\"", "name=\"C\""}) {
    const auto first = xml.find(name);
    ASSERT_NE(first, std::string::npos) << name;
    EXPECT_EQ(xml.find(name, first + 1), std::string::npos) << name;
  }
}

TEST(QdcCodebookTest, WritesValidColoursOnly) {
  Codebook book;
  book.name = "f";
  book.codes = {make_code("a", "A", "", {}), make_code("b", "B", "", {}),
                make_code("c", "C", "", {}), make_code("d", "D", "", {})};
  book.codes[0].color = "#1F77b4";
  book.codes[1].color = "#abc";
  book.codes[2].color = "blue";
  book.codes[3].color = "#12345G";
  const std::string xml = render_qdc_codebook(book, "o");
  EXPECT_NE(xml.find("name=\"A\" isCodable=\"true\" color=\"#1F77b4\">"), std::string::npos);
  EXPECT_NE(xml.find("name=\"B\" isCodable=\"true\" color=\"#abc\">"), std::string::npos);
  EXPECT_NE(xml.find("name=\"C\" isCodable=\"true\">"), std::string::npos);
  EXPECT_NE(xml.find("name=\"D\" isCodable=\"true\">"), std::string::npos);
}

TEST(QdcCodebookTest, CodebookWithoutCodesIsRejected) {
  Codebook book;
  book.name = "tom";
  EXPECT_THROW(render_qdc_codebook(book, "o"), std::invalid_argument);
}

}  // namespace
}  // namespace goalchain::codebook
