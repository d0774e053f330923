#include "goalchain/document/office_reader.h"

#include "goalchain/util/diagnostic.h"

#include <gtest/gtest.h>

namespace goalchain::document {
namespace {

constexpr const char* kW =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string docx_body(const std::string& inner) {
  return std::string("<w:document ") + kW + "><w:body>" + inner + "</w:body></w:document>";
}

std::string paragraph(const std::string& style, const std::string& text,
                      const std::string& more_properties = "") {
  std::string ppr;
  if (!style.empty() || !more_properties.empty()) {
    ppr = "<w:pPr>" + (style.empty() ? "" : "<w:pStyle w:val=\"" + style + "\"/>") +
          more_properties + "</w:pPr>";
  }
  return "<w:p>" + ppr + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// Styles as Word writes them in a Swedish document: ids in Swedish, outline
// levels on the built-in headings, and a style based on one of them.
const std::string kStyles = std::string("<w:styles ") + kW + ">" +
    R"(<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/>)"
    R"(<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/>)"
    R"(<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="EgenRubrik"><w:basedOn w:val="Rubrik2"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Brodtext"><w:name w:val="Body Text"/></w:style>)"
    "</w:styles>";

TEST(OfficeReaderTest, DocxHeadingsFromStyleLevelsListsTablesAndFootnotes) {
  const std::string body = docx_body(
      paragraph("Rubrik", "Handlingsplan mot prostitution") +
      paragraph("Rubrik1", "1 Bakgrund") +
      paragraph("Brodtext", "Länsstyrelsen samordnar arbetet.") +
      paragraph("EgenRubrik", "Mål") +
      paragraph("", "Polisen ska genomföra insatsveckor", "<w:numPr><w:ilvl w:val=\"0\"/></w:numPr>") +
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Aktivitet</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:p><w:r><w:t>Ansvar</w:t></w:r></w:p></w:tc></w:tr>"
      "<w:tr><w:tc><w:p><w:r><w:t>Utbildning</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:p><w:r><w:t>Region</w:t></w:r></w:p><w:p><w:r><w:t>Kommun</w:t></w:r></w:p>"
      "</w:tc></w:tr></w:tbl>" +
      "<w:p><w:r><w:t>Text med</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>"
      "<w:del><w:r><w:delText>struken</w:delText></w:r></w:del>"
      "<w:r><w:tab/><w:t>flik.</w:t></w:r></w:p>");
  const std::string footnotes = std::string("<w:footnotes ") + kW + ">" +
      R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>)"
      R"(<w:footnote w:id="2"><w:p><w:r><w:t>Skr. 2016/17:10.</w:t></w:r></w:p></w:footnote>)"
      "</w:footnotes>";
  EXPECT_EQ(docx_to_text(body, kStyles, footnotes, "plan.docx"),
            "# Handlingsplan mot prostitution\n\n"
            "# 1 Bakgrund\n\n"
            "Länsstyrelsen samordnar arbetet.\n\n"
            "## Mål\n\n"
            "• Polisen ska genomföra insatsveckor\n\n"
            "Aktivitet | Ansvar\n\n"
            "Utbildning | Region Kommun\n\n"
            "Text med flik.\n\n"
            "\f1 Skr. 2016/17:10.\n");
}

TEST(OfficeReaderTest, DocxWithoutStylesOrFootnotesStillReads) {
  EXPECT_EQ(docx_to_text(docx_body(paragraph("", "Bara text.")), "", "", "plan.docx"),
            "Bara text.\n\n");
}

TEST(OfficeReaderTest, OdtHeadingsListsTablesAndNotes) {
  const std::string content =
      R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
      R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
      R"( xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>)"
      R"(<text:h text:outline-level="1">Strategi</text:h>)"
      R"(<text:p>Stöd<text:s text:c="2"/>och skydd<text:note><text:note-citation>1</text:note-citation>)"
      R"(<text:note-body><text:p>Prop. 2017/18:1.</text:p></text:note-body></text:note>.</text:p>)"
      R"(<text:h text:outline-level="2">Insatser</text:h>)"
      R"(<text:list><text:list-item><text:p>utbilda personal</text:p></text:list-item></text:list>)"
      R"(<table:table><table:table-row><table:table-cell><text:p>Mål</text:p></table:table-cell>)"
      R"(<table:table-cell><text:p>Indikator</text:p></table:table-cell></table:table-row></table:table>)"
      R"(</office:text></office:body></office:document-content>)";
  EXPECT_EQ(odt_to_text(content, "plan.odt"),
            "# Strategi\n\n"
            "Stöd och skydd.\n\n"
            "## Insatser\n\n"
            "• utbilda personal\n\n"
            "Mål | Indikator\n\n"
            "\f1 Prop. 2017/18:1.\n");
}

TEST(OfficeReaderTest, BrokenXmlAndNonZipBytesAreErrorsNamingTheFile) {
  try {
    docx_to_text("<w:document><w:body>", "", "", "trasig.docx");
    FAIL() << "expected an error";
  } catch (const util::DiagnosticError& e) {
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].file, "trasig.docx");
    EXPECT_NE(e.diagnostics()[0].message.find("word/document.xml is not well-formed XML"),
              std::string::npos);
  }
  try {
    read_office_document("this is plain text, not a zip", "plan.docx");
    FAIL() << "expected an error";
  } catch (const util::DiagnosticError& e) {
    EXPECT_EQ(e.diagnostics()[0].message, "not a Word document (not a zip archive)");
  }
}

TEST(OfficeReaderTest, EntitiesAreNotExpanded) {
  // A document type with an entity: the parser must neither expand nor fetch it.
  const std::string xml = std::string("<!DOCTYPE w:document [<!ENTITY big \"xxxxxxxxxx\">") +
                          "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>" +
                          docx_body(paragraph("", "före &ext; efter"));
  const std::string text = docx_to_text(xml, "", "", "plan.docx");
  EXPECT_EQ(text.find("root:"), std::string::npos);
}

}  // namespace
}  // namespace goalchain::document
