#include "goalchain/document/pdf_reader.h"

#include "goalchain/util/diagnostic.h"
#include "goalchain/util/utf8.h"

#include <fmt/format.h>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>

namespace goalchain::document {
namespace {

void ignore_poppler_message(const std::string& /*message*/, void* /*closure*/) {}

// Poppler reports every oddity of a PDF on stderr; our own messages say what matters.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(ignore_poppler_message, nullptr); });
}

[[noreturn]] void throw_pdf_problem(const std::string& path, std::string message, std::string hint) {
  util::Diagnostic diagnostic;
  diagnostic.file = path;
  diagnostic.message = std::move(message);
  diagnostic.hint = std::move(hint);
  throw util::DiagnosticError(std::move(diagnostic));
}

[[noreturn]] void throw_damaged(const std::string& path) {
  throw_pdf_problem(path, "cannot open the PDF: damaged or not a PDF",
                    "open it in a PDF viewer to check it; re-download or re-export it, or repair "
                    "it (e.g. qpdf damaged.pdf repaired.pdf)");
}

// One page's text: '\n' line ends, no form feeds, no trailing spaces on a line,
// no blank lines at the end, NFC.
std::string clean_page_text(std::string raw) {
  std::string text;
  text.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') continue;
    if (c == '\r' || c == '\f') c = '\n';
    if (c == '\n') {
      while (!text.empty() && text.back() == ' ') text.pop_back();
    }
    text += c;
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  if (!text.empty()) text += '\n';
  return util::to_nfc(util::replace_invalid_utf8(text));
}

bool has_text(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\n' && c != '\t'; });
}

}  // namespace

std::vector<std::string> read_pdf_pages(std::string_view bytes, const std::string& path) {
  silence_poppler();
  // Poppler keeps global state; goalchain -j reads files on several threads.
  static std::mutex poppler_mutex;
  const std::lock_guard lock(poppler_mutex);
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    throw_pdf_problem(path, "cannot open the PDF: larger than 2 GB", "split the PDF into parts");
  }
  // Poppler reads the bytes in place; they outlive the document.
  const std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) throw_damaged(path);
  if (pdf->is_locked()) {
    throw_pdf_problem(path, "the PDF is encrypted: remove the password first (e.g. qpdf --decrypt)",
                      "qpdf --decrypt --password=PASSWORD locked.pdf unlocked.pdf, then read "
                      "unlocked.pdf");
  }
  const int count = pdf->pages();
  if (count <= 0) throw_damaged(path);

  std::vector<std::string> pages;
  pages.reserve(static_cast<std::size_t>(count));
  bool any_text = false;
  for (int index = 0; index < count; ++index) {
    const std::unique_ptr<poppler::page> page(pdf->create_page(index));
    if (!page) throw_damaged(path);
    // physical_layout keeps the vertical gaps between paragraphs as blank
    // lines, which the segmenter needs; the other modes run paragraphs together.
    const poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    pages.push_back(clean_page_text(std::string(utf8.begin(), utf8.end())));
    any_text = any_text || has_text(pages.back());
  }
  if (!any_text) {
    throw_pdf_problem(path, "no text layer: run OCR first (e.g. ocrmypdf)",
                      "the pages are images, as in a scan: ocrmypdf scan.pdf searchable.pdf adds "
                      "the text, then read searchable.pdf");
  }
  return pages;
}

namespace {

// Fewer characters than this on a page say too little to judge it by.
constexpr std::size_t kMinCharactersJudged = 20;

bool is_unmapped(char32_t c) {
  return c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000 ||
         (c < 0x20 && c != '\n' && c != '\t' && c != '\f') || (c >= 0x7F && c < 0xA0);
}

}  // namespace

std::vector<util::Diagnostic> find_unreadable_pages(const std::vector<std::string>& pages,
                                                    const std::string& path) {
  std::vector<util::Diagnostic> warnings;
  for (std::size_t page = 0; page < pages.size(); ++page) {
    const std::string& text = pages[page];
    std::size_t characters = 0;
    std::size_t unmapped = 0;
    for (std::size_t pos = 0; pos < text.size();) {
      const char32_t c = util::decode_code_point(text, pos);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\f') continue;
      ++characters;
      if (is_unmapped(c)) ++unmapped;
    }
    if (characters < kMinCharactersJudged || unmapped * 2 <= characters) continue;
    util::Diagnostic warning;
    warning.severity = util::Severity::warning;
    warning.file = path;
    warning.message = fmt::format(
        "page {}: {} of its {} characters are unmapped or private-use; its text cannot be read",
        page + 1, unmapped, characters);
    warning.hint =
        "the PDF's fonts carry no usable text encoding: export the PDF again from its source, "
        "or run OCR on the page";
    warnings.push_back(std::move(warning));
  }
  return warnings;
}

}  // namespace goalchain::document
