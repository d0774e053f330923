#include "goalchain/document/text_reader.h"

#include "goalchain/document/office_reader.h"

#include "goalchain/document/text_lines.h"

#include "goalchain/document/document_metadata.h"
#include "goalchain/document/page_furniture.h"
#include "goalchain/document/pdf_reader.h"
#include "goalchain/document/segmenter.h"
#include "goalchain/document/title_detector.h"
#include "goalchain/document/text_decoder.h"
#include "goalchain/document/yaml_document_reader.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/sha256.h"
#include "goalchain/util/utf8.h"

#include <fmt/format.h>

#include <algorithm>
#include <system_error>

namespace goalchain::document {
namespace {

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

// The text of the segments a reader reads as the document's own: not its
// footnotes (references, sources) or contents pages.
std::string body_of(const std::vector<Segment>& segments) {
  std::string body;
  for (const Segment& segment : segments) {
    if (segment.kind == SegmentKind::footnote || segment.kind == SegmentKind::contents) continue;
    body += segment.text;
    body += '\n';
  }
  return body;
}

// The text pipeline: UTF-8 text (NFC, '\n' line ends, form feeds between
// pages) to segments and metadata.
Document build_document(const std::string& raw_text, const std::string& path, const ReadOptions& options) {
  static const codebook::LayoutRules kNoRules;
  const codebook::LayoutRules& rules = options.layout ? *options.layout : kNoRules;
  // Checked before anything is built per line: 256 MiB of "a\n" would
  // otherwise make 134 million lines and segments.
  const std::size_t max_lines = options.max_lines;
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
  const std::string stem = fs_path.stem().string();
  const bool stem_is_utf8 = util::find_invalid_utf8(stem) == std::string::npos;

  Document document;
  document.path = path;
  // Counted on the cleaned text: a removed page footer marks a page break there.
  document.pages = count_pages(text);
  document.removed_lines = std::move(cleaned.removed);
  document.id = stem_is_utf8 ? util::to_ascii_slug(stem) : std::string{};
  if (document.id.empty()) document.id = "document";

  document.segments = segment_text(text, rules);
  for (std::size_t i = 0; i < document.segments.size(); ++i) {
    document.segments[i].id = fmt::format("{}:{}", document.id, i + 1);
  }
  const TitleAndIssuer names = detect_title_and_issuer(document.segments, rules);
  detach_title_and_issuer(document.segments, names);
  document.title = names.title;
  document.issuer = names.issuer;

  MetadataSources sources;
  sources.file_stem = stem_is_utf8 ? std::string_view(stem) : std::string_view();
  sources.title = document.title;
  sources.issuer = document.issuer;
  sources.body = body_of(document.segments);
  detect_document_metadata(document, sources, rules);
  check_document_language(document, sources.body, options.language, rules.common_words);
  return document;
}

}  // namespace

Document read_text_document(std::string_view content, const std::string& path,
                            const ReadOptions& options) {
  DecodedText decoded = decode_text(content, path, options.encoding);
  Document document = build_document(decoded.text, path, options);
  document.encoding = std::move(decoded.encoding);
  document.read_warnings = std::move(decoded.warnings);
  document.format = lower_extension(path) == ".md" ? "markdown" : "text";
  return enforce_segment_limit(std::move(document), options);
}

Document read_pdf_document(std::string_view bytes, const std::string& path, const ReadOptions& options) {
  const std::vector<std::string> pages = read_pdf_pages(bytes, path);
  std::string text;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (i > 0) text += '\f';
    text += pages[i];
  }
  Document document = build_document(text, path, options);
  document.format = "pdf";
  document.encoding = "utf-8";
  document.pages = static_cast<int>(pages.size());
  document.read_warnings = find_unreadable_pages(pages, path);
  return document;
}

namespace {

Document read_by_extension(std::string_view content, const std::string& path,
                           const ReadOptions& options, const std::string& extension) {
  if (extension == ".pdf") {
    return enforce_segment_limit(read_pdf_document(content, path, options), options);
  }
  if (extension == ".docx" || extension == ".odt") {
    return enforce_segment_limit(read_office_document(content, path, options), options);
  }
  if (extension == ".yaml" || extension == ".yml") {
    // Decoded like any text file, so YAML in Windows-1252 or UTF-16 reads too.
    DecodedText decoded = decode_text(content, path, options.encoding);
    Document document = read_yaml_document(decoded.text, path, options);
    document.format = "yaml";
    document.encoding = std::move(decoded.encoding);
    document.read_warnings = std::move(decoded.warnings);
    return enforce_segment_limit(std::move(document), options);
  }
  return read_text_document(content, path, options);
}

}  // namespace

Document read_document_bytes(std::string_view bytes, const std::string& path,
                             const ReadOptions& options, std::string_view extension) {
  // lower_extension of a name made of the extension alone.
  Document document = read_by_extension(
      bytes, path, options,
      lower_extension(extension.empty() ? std::filesystem::path(path)
                                        : std::filesystem::path("-" + std::string(extension))));
  document.sha256 = util::sha256_hex(bytes);
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
  return read_document_bytes(content, path.string(), options);
}

}  // namespace goalchain::document
