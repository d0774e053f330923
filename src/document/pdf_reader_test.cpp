#include "goalchain/document/pdf_reader.h"

#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::document {
namespace {

// Fixtures made by tests/e2e/pdf_fixture.py from the .txt beside them.
std::string fixture(const std::string& name) {
  return util::read_file(std::string(GOALCHAIN_TEST_DATA_DIR) + "/pdf/" + name);
}

util::Diagnostic diagnostic_of(std::string_view bytes) {
  try {
    read_pdf_pages(bytes, "plan.pdf");
  } catch (const util::DiagnosticError& error) {
    EXPECT_EQ(error.diagnostics().size(), 1u);
    return error.diagnostics().front();
  }
  ADD_FAILURE() << "no DiagnosticError";
  return {};
}

TEST(PdfReaderTest, ReadsEveryPageInReadingOrder) {
  const std::vector<std::string> pages = read_pdf_pages(fixture("two-pages.pdf"), "two-pages.pdf");
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0],
            "Länsstyrelsen Uppsala län\n"
            "HANDLINGSPLAN 2021–2023\n"
            "\n"
            "1. Mål\n"
            "Efterfrågan på sexuella tjänster ska minska.\n"
            "\n"
            "• Utbildning för socialtjänsten om människohandel.\n");
  EXPECT_EQ(pages[1],
            "Del 2. Uppföljning\n"
            "Indikator: antal anmälda sexköp per år.\n"
            "\n"
            "Ansvarig: Polismyndigheten och idéburen sektor (kvinnojouren).\n");
}

TEST(PdfReaderTest, PagesHaveNoFormFeeds) {
  for (const std::string& page : read_pdf_pages(fixture("two-pages.pdf"), "two-pages.pdf")) {
    EXPECT_EQ(page.find('\f'), std::string::npos);
    EXPECT_EQ(page.find('\r'), std::string::npos);
  }
}

TEST(PdfReaderTest, ImageOnlyPdfNeedsOcr) {
  const util::Diagnostic d = diagnostic_of(fixture("image-only.pdf"));
  EXPECT_EQ(d.file, "plan.pdf");
  EXPECT_EQ(d.message, "no text layer: run OCR first (e.g. ocrmypdf)");
  EXPECT_NE(d.hint.find("ocrmypdf"), std::string::npos);
}

TEST(PdfReaderTest, TruncatedPdfIsDamaged) {
  const std::string bytes = fixture("two-pages.pdf");
  for (const std::size_t keep : {std::size_t{0}, std::size_t{9}, std::size_t{120}, bytes.size() / 3}) {
    SCOPED_TRACE(keep);
    const util::Diagnostic d = diagnostic_of(std::string_view(bytes).substr(0, keep));
    EXPECT_EQ(d.message, "cannot open the PDF: damaged or not a PDF");
    EXPECT_FALSE(d.hint.empty());
  }
}

TEST(PdfReaderTest, OtherFilesAreNotPdfs) {
  EXPECT_EQ(diagnostic_of("Länsstyrelsen Skåne\nHandlingsplan 2020\n").message,
            "cannot open the PDF: damaged or not a PDF");
  EXPECT_EQ(diagnostic_of(std::string("PK\x03\x04\0\0\0\0", 8)).message,
            "cannot open the PDF: damaged or not a PDF");
}

TEST(PdfReaderTest, PagesOfUnmappedCharactersAreNamedInAWarning) {
  // Page 2 as a font without a text encoding gives it: private-use glyph codes.
  std::string unmapped;
  for (int i = 0; i < 30; ++i) unmapped += "\uF041\uF06E ";
  const std::vector<std::string> pages = {
      "Länsstyrelsen i Västmanlands län\nHandlingsplan mot prostitution\n", unmapped + "\n",
      "Åtgärder 2020–2022\n\uFFFD enstaka tecken\n"};
  const auto warnings = find_unreadable_pages(pages, "plan.pdf");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].severity, util::Severity::warning);
  EXPECT_EQ(warnings[0].file, "plan.pdf");
  EXPECT_EQ(warnings[0].message,
            "page 2: 60 of its 60 characters are unmapped or private-use; its text cannot be read");
}

TEST(PdfReaderTest, ShortPagesAreNotJudged) {
  EXPECT_TRUE(find_unreadable_pages({"\uFFFD\uFFFD 3\n"}, "plan.pdf").empty());
}

}  // namespace
}  // namespace goalchain::document
