#include "goalchain/document/text_reader.h"

#include "goalchain/document/office_reader.h"

#include "goalchain/document/text_lines.h"

#include "goalchain/document/metadata.h"
#include "goalchain/document/page_furniture.h"
#include "goalchain/document/pdf_reader.h"
#include "goalchain/document/segmenter.h"
#include "goalchain/document/text_decoder.h"
#include "goalchain/document/yaml_document_reader.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/utf8.h"

#include <fmt/format.h>

#include <algorithm>
#include <system_error>

namespace goalchain::document {
namespace {

constexpr int kTitleAreaLines = 10;
constexpr std::size_t kMaxTitleChars = 200;

// Length of the white space at `pos` (ASCII or a no-break space), or 0.
std::size_t space_at(std::string_view s, std::size_t pos) {
  const char c = s[pos];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  return s.substr(pos, 2) == "\xC2\xA0" ? 2 : 0;
}

bool is_blank(std::string_view line) {
  for (std::size_t pos = 0; pos < line.size();) {
    const std::size_t n = space_at(line, pos);
    if (n == 0) return false;
    pos += n;
  }
  return true;
}

// The first `count` non-blank lines, joined with '\n', and the number of the
// last of them.
struct TitleArea {
  std::string text;
  int last_line = 0;
};

TitleArea title_area(std::string_view text, int count) {
  TitleArea area;
  int number = 0;
  int seen = 0;
  std::size_t pos = 0;
  while (pos < text.size() && seen < count) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    ++number;
    if (!is_blank(line)) {
      ++seen;
      if (!area.text.empty()) area.text += '\n';
      area.text.append(line);
      area.last_line = number;
    }
    pos = end + 1;
  }
  return area;
}

std::string first_non_blank_line(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    if (!is_blank(line)) {
      // Collapse white space the way segment texts are collapsed.
      std::string collapsed;
      bool pending = false;
      for (std::size_t i = 0; i < line.size();) {
        if (const std::size_t n = space_at(line, i)) {
          pending = !collapsed.empty();
          i += n;
          continue;
        }
        if (pending) collapsed += ' ';
        pending = false;
        collapsed += line[i++];
      }
      return util::to_nfc(collapsed);
    }
    pos = end + 1;
  }
  return {};
}

// At most `max_chars` code points, cut at a code point boundary.
std::string truncate_chars(std::string text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) {
      text.resize(i);
      break;
    }
  }
  return text;
}

bool starts_with_digit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

// The first unnumbered heading in the title area ("HANDLINGSPLAN 2020"),
// else the first non-blank line. Numbered headings such as "1. Inledning" are
// chapters, not titles.
std::string find_title(const std::vector<Segment>& segments, const TitleArea& area,
                       std::string_view text) {
  for (const Segment& segment : segments) {
    if (segment.line > area.last_line) break;
    if (segment.kind == SegmentKind::heading && !starts_with_digit(segment.text)) {
      return truncate_chars(segment.text, kMaxTitleChars);
    }
  }
  return truncate_chars(first_non_blank_line(text), kMaxTitleChars);
}

std::string replace_chars(std::string s, std::string_view from, char to) {
  for (char& c : s) {
    if (from.find(c) != std::string_view::npos) c = to;
  }
  return s;
}

[[noreturn]] void throw_unreadable(const std::filesystem::path& path, const std::string& reason,
                                   std::string hint) {
  util::Diagnostic diagnostic;
  diagnostic.file = path.string();
  diagnostic.message = "cannot read file: " + reason;
  diagnostic.hint = std::move(hint);
  throw util::DiagnosticError(std::move(diagnostic));
}

// The limit on segments, checked once a reader has made them.
Document enforce_segment_limit(Document document, const ReadOptions& options) {
  if (document.segments.size() <= options.max_segments) return document;
  util::Diagnostic diagnostic;
  diagnostic.file = document.path;
  diagnostic.message = fmt::format("more than {} segments, the limit on one document",
                                   options.max_segments);
  diagnostic.hint = "a plan has thousands; split the file if it really holds this many paragraphs";
  throw util::DiagnosticError(std::move(diagnostic));
}

std::string lower_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return extension;
}

// The text pipeline: UTF-8 text (NFC, '\n' line ends, form feeds between
// pages) to segments and metadata.
Document build_document(const std::string& raw_text, const std::string& path,
                        std::size_t max_lines) {
  // Checked before anything is built per line: 256 MiB of "a\n" would
  // otherwise make 134 million lines and segments.
  const auto lines = static_cast<std::size_t>(std::count(raw_text.begin(), raw_text.end(), '\n'));
  if (lines > max_lines) {
    util::Diagnostic diagnostic;
    diagnostic.file = path;
    diagnostic.message = fmt::format("more than {} lines, the limit on one document", max_lines);
    diagnostic.hint = "a plan has tens of thousands; split the file if it really is this long";
    throw util::DiagnosticError(std::move(diagnostic));
  }
  // Running headers and footers are blanked before anything reads the text,
  // so they never reach a segment, a title or a count.
  CleanedText cleaned = remove_page_furniture(raw_text);
  const std::string& text = cleaned.text;

  const std::filesystem::path fs_path(path);
  const std::string file_name = fs_path.filename().string();
  const std::string stem = fs_path.stem().string();
  const bool stem_is_utf8 = util::find_invalid_utf8(stem) == std::string::npos;

  Document document;
  document.path = path;
  // Counted on the cleaned text: a removed page footer marks a page break there.
  document.pages = count_pages(text);
  document.removed_lines = std::move(cleaned.removed);
  document.id = stem_is_utf8 ? util::to_ascii_slug(stem) : std::string{};
  if (document.id.empty()) document.id = "document";

  document.segments = segment_text(text);
  for (std::size_t i = 0; i < document.segments.size(); ++i) {
    document.segments[i].id = fmt::format("{}:{}", document.id, i + 1);
  }

  const TitleArea area = title_area(text, kTitleAreaLines);
  document.title = find_title(document.segments, area, text);

  document.county = detect_county_in_text(text);
  if (document.county == nullptr) document.county = detect_county_in_file_name(file_name);

  // Type and period: the title area decides, then the file name, then the text.
  const std::string name_words = stem_is_utf8 ? replace_chars(stem, "-_", ' ') : std::string{};
  auto type = detect_document_type(area.text);
  if (!type) type = detect_document_type(name_words);
  if (!type) type = detect_document_type(text);
  document.type = type.value_or(DocumentType::annat);

  // In file names '_' separates like '-': "plan_2018_2021" covers 2018–2021.
  const std::string name_dashes = stem_is_utf8 ? replace_chars(stem, "_", '-') : std::string{};
  auto period = detect_period(area.text);
  if (!period) period = detect_period(name_dashes);
  if (!period) period = detect_period(text);
  document.period = period.value_or(Period{});
  return document;
}

}  // namespace

Document read_text_document(std::string_view content, const std::string& path,
                            const ReadOptions& options) {
  DecodedText decoded = decode_text(content, path, options.encoding);
  Document document = build_document(decoded.text, path, options.max_lines);
  document.encoding = std::move(decoded.encoding);
  document.warnings = std::move(decoded.warnings);
  document.format = lower_extension(path) == ".md" ? "markdown" : "text";
  return enforce_segment_limit(std::move(document), options);
}

Document read_pdf_document(std::string_view bytes, const std::string& path) {
  const std::vector<std::string> pages = read_pdf_pages(bytes, path);
  std::string text;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (i > 0) text += '\f';
    text += pages[i];
  }
  Document document = build_document(text, path, kDefaultMaxLines);
  document.format = "pdf";
  document.encoding = "utf-8";
  document.pages = static_cast<int>(pages.size());
  document.warnings = find_unreadable_pages(pages, path);
  return document;
}

Document read_document_file(const std::filesystem::path& path, const ReadOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw_unreadable(path, std::make_error_code(std::errc::is_a_directory).message(),
                     "name a file here; pass the directory as an input to read every document in it");
  }
  std::string content;
  try {
    content = util::read_file(path, options.max_file_size);
  } catch (const std::system_error& error) {
    throw_unreadable(path, error.code().message(), "check that the file exists and is readable");
  }
  const std::string extension = lower_extension(path);
  if (extension == ".pdf") {
    return enforce_segment_limit(read_pdf_document(content, path.string()), options);
  }
  if (extension == ".docx" || extension == ".odt") {
    return enforce_segment_limit(read_office_document(content, path.string(), options), options);
  }
  if (extension == ".yaml" || extension == ".yml") {
    // Decoded like any text file, so YAML in Windows-1252 or UTF-16 reads too.
    DecodedText decoded = decode_text(content, path.string(), options.encoding);
    Document document = read_yaml_document(decoded.text, path.string(), options);
    document.format = "yaml";
    document.encoding = std::move(decoded.encoding);
    document.warnings = std::move(decoded.warnings);
    return enforce_segment_limit(std::move(document), options);
  }
  return read_text_document(content, path.string(), options);
}

}  // namespace goalchain::document
