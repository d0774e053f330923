#include "goalchain/codebook/dictionary_import.h"

#include "goalchain/codebook/liwc_dictionary.h"
#include "goalchain/codebook/pattern.h"
#include "goalchain/codebook/quanteda_dictionary.h"
#include "goalchain/codebook/wordstat_dictionary.h"
#include "goalchain/util/utf8.h"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <stdexcept>
#include <system_error>

namespace goalchain::codebook {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string lower_ascii(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return text;
}

// Converts Windows-1252 to UTF-8 with glibc iconv. The five bytes Windows-1252
// leaves undefined are reported as errors at their position.
std::string convert_windows1252(std::string_view bytes, const std::string& path) {
  iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    throw std::system_error(errno, std::generic_category(), "iconv_open WINDOWS-1252");
  }
  std::unique_ptr<void, int (*)(iconv_t)> closer(cd, &iconv_close);
  const std::string raw(bytes);
  std::string out;
  std::vector<util::Diagnostic> errors;
  std::size_t pos = 0;
  char buffer[4096];
  while (pos < raw.size()) {
    char* in = const_cast<char*>(raw.data() + pos);
    std::size_t in_left = raw.size() - pos;
    char* out_ptr = buffer;
    std::size_t out_left = sizeof buffer;
    const std::size_t result = iconv(cd, &in, &in_left, &out_ptr, &out_left);
    out.append(buffer, static_cast<std::size_t>(out_ptr - buffer));
    pos = static_cast<std::size_t>(in - raw.data());
    if (result != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) continue;
    // EILSEQ or EINVAL: a byte Windows-1252 does not define.
    errors.push_back(diagnostic_at(util::Severity::error, path, raw, pos,
                                   fmt::format("byte 0x{:02X} is neither UTF-8 nor Windows-1252",
                                               static_cast<unsigned char>(raw[pos])),
                                   "save the dictionary as UTF-8"));
    out += "\xEF\xBF\xBD";
    ++pos;
  }
  if (!errors.empty()) throw util::DiagnosticError(std::move(errors));
  return out;
}

}  // namespace

std::string_view to_string(DictionaryFormat format) {
  switch (format) {
    case DictionaryFormat::quanteda:
      return "quanteda";
    case DictionaryFormat::liwc:
      return "liwc";
    case DictionaryFormat::wordstat:
      return "wordstat";
  }
  return "quanteda";
}

std::optional<DictionaryFormat> dictionary_format_from_name(std::string_view name) {
  for (const auto format :
       {DictionaryFormat::quanteda, DictionaryFormat::liwc, DictionaryFormat::wordstat}) {
    if (to_string(format) == name) return format;
  }
  return std::nullopt;
}

std::optional<DictionaryFormat> dictionary_format_from_extension(
    const std::filesystem::path& path) {
  const std::string extension = lower_ascii(path.extension().string());
  if (extension == ".yml" || extension == ".yaml") return DictionaryFormat::quanteda;
  if (extension == ".dic") return DictionaryFormat::liwc;
  if (extension == ".cat") return DictionaryFormat::wordstat;
  return std::nullopt;
}

Codebook import_dictionary(std::string_view bytes, const std::string& path, DictionaryFormat format,
                           std::vector<util::Diagnostic>& warnings) {
  switch (format) {
    case DictionaryFormat::quanteda:
      return import_quanteda_dictionary(bytes, path, warnings);
    case DictionaryFormat::liwc:
      return import_liwc_dictionary(bytes, path, warnings);
    case DictionaryFormat::wordstat:
      return import_wordstat_dictionary(bytes, path, warnings);
  }
  return import_quanteda_dictionary(bytes, path, warnings);
}

std::string decode_dictionary_text(std::string_view bytes, const std::string& path,
                                   std::vector<util::Diagnostic>& warnings) {
  if (bytes.starts_with(kByteOrderMark)) bytes.remove_prefix(kByteOrderMark.size());
  const std::size_t invalid = util::find_invalid_utf8(bytes);
  if (invalid == std::string_view::npos) return std::string(bytes);
  const std::string raw(bytes);
  auto warning =
      diagnostic_at(util::Severity::warning, path, raw, invalid, "not UTF-8; read as Windows-1252",
                    "check that å, ä and ö came out right, or save the file as UTF-8");
  warning.source_line.clear();  // the undecoded line would show replacement characters
  warnings.push_back(std::move(warning));
  return convert_windows1252(bytes, path);
}

std::string make_code_id(std::string_view name, const std::string& parent_id,
                         std::set<std::string>& taken) {
  std::string slug =
      util::find_invalid_utf8(name) == std::string_view::npos ? util::to_ascii_slug(name) : "";
  if (slug.empty()) slug = "category";
  const std::string base = parent_id.empty() ? slug : parent_id + "." + slug;
  std::string id = base;
  for (int n = 2; taken.count(id) > 0; ++n) id = fmt::format("{}-{}", base, n);
  taken.insert(id);
  return id;
}

Codebook make_imported_codebook(const std::string& path, DictionaryFormat format) {
  Codebook book;
  const std::filesystem::path file(path);
  book.name = util::to_ascii_slug(file.stem().string());
  if (book.name.empty()) book.name = "imported";
  book.path = path;
  const std::string_view tool = format == DictionaryFormat::quanteda ? "quanteda"
                                : format == DictionaryFormat::liwc   ? "LIWC"
                                                                     : "WordStat";
  book.title = fmt::format("{} ({} dictionary)", file.filename().string(), tool);
  book.description = fmt::format("Imported by goalchain from the {} dictionary {}.", tool,
                                 file.filename().string());
  return book;
}

std::string check_keyword(std::string_view pattern) {
  std::string problem;
  if (parse_pattern(pattern, problem).empty() && problem.empty())
    problem = "the pattern has no words";
  return problem;
}

void add_keyword(Code& code, std::string pattern, std::set<std::string>& seen) {
  if (seen.insert(util::fold_case(pattern)).second) code.keywords.push_back(std::move(pattern));
}

void remove_shadowed_keywords(Codebook& codebook, std::vector<util::Diagnostic>& warnings) {
  for (Code& code : codebook.codes) {
    std::vector<std::vector<PatternWord>> words;
    for (const auto& keyword : code.keywords) {
      std::string error;
      words.push_back(parse_pattern(keyword, error));
    }
    const auto covers = [&](std::size_t general, std::size_t specific) {
      const auto& a = words[general];
      const auto& b = words[specific];
      if (a.empty() || a.size() != b.size()) return false;
      for (std::size_t w = 0; w < a.size(); ++w) {
        if (!glob_covers(a[w].text, b[w].text)) return false;
      }
      return true;
    };
    std::vector<bool> dropped(code.keywords.size(), false);
    for (std::size_t j = 0; j < code.keywords.size(); ++j) {
      for (std::size_t i = 0; i < code.keywords.size(); ++i) {
        if (i == j || dropped[i] || !covers(i, j)) continue;
        if (i > j && covers(j, i)) continue;  // of two equal patterns the later goes
        dropped[j] = true;
        util::Diagnostic d;
        d.severity = util::Severity::warning;
        d.file = codebook.path;
        d.line = code.line;
        d.message =
            fmt::format("pattern '{}' of '{}' is dropped: '{}' matches every word it matches",
                        code.keywords[j], code.label, code.keywords[i]);
        warnings.push_back(std::move(d));
        break;
      }
    }
    std::vector<std::string> kept;
    for (std::size_t k = 0; k < code.keywords.size(); ++k) {
      if (!dropped[k]) kept.push_back(std::move(code.keywords[k]));
    }
    code.keywords = std::move(kept);
  }
}

util::Diagnostic diagnostic_at(util::Severity severity, const std::string& path,
                               const std::string& text, std::size_t offset, std::string message,
                               std::string hint) {
  const auto where = util::locate_offset(text, offset);
  util::Diagnostic d;
  d.severity = severity;
  d.file = path;
  d.line = where.line;
  d.column = where.column;
  d.source_line = where.line_text;
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

util::Diagnostic ImportProblems::at(util::Severity severity, std::optional<std::size_t> offset,
                                    std::string message, std::string hint) const {
  if (!offset)
    return util::Diagnostic{severity, path_, 0, 0, std::move(message), std::move(hint), {}};
  return diagnostic_at(severity, path_, text_, *offset, std::move(message), std::move(hint));
}

void ImportProblems::error(std::optional<std::size_t> offset, std::string message,
                           std::string hint) {
  errors_.push_back(at(util::Severity::error, offset, std::move(message), std::move(hint)));
}

void ImportProblems::warn(std::optional<std::size_t> offset, std::string message,
                          std::string hint) {
  warnings_.push_back(at(util::Severity::warning, offset, std::move(message), std::move(hint)));
}

void ImportProblems::add_errors(std::vector<util::Diagnostic> errors) {
  errors_.insert(errors_.end(), std::make_move_iterator(errors.begin()),
                 std::make_move_iterator(errors.end()));
}

void ImportProblems::fail() { throw util::DiagnosticError(std::move(errors_)); }

Codebook ImportProblems::finish(Codebook book) {
  if (!errors_.empty()) fail();
  remove_shadowed_keywords(book, warnings_);
  return book;
}

}  // namespace goalchain::codebook
