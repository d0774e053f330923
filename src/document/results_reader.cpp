#include "goalchain/document/results_reader.h"

#include "goalchain/codebook/hit_sources.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/utf8.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace goalchain::document {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& path, std::string message, std::string hint) {
  util::throw_file_error(path, std::move(message), std::move(hint));
}

// A member of an object, or null when it has none (no copy of the value).
const json& member(const json& object, const char* key) {
  static const json null;
  if (!object.is_object()) return null;
  const auto found = object.find(key);
  return found == object.end() ? null : *found;
}

int integer_or(const json& value, int otherwise) {
  return value.is_number_integer() ? value.get<int>() : otherwise;
}

std::string text_or_empty(const json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

std::vector<std::string> strings(const json& value) {
  std::vector<std::string> out;
  if (!value.is_array()) return out;
  for (const auto& item : value) out.push_back(text_or_empty(item));
  return out;
}

DocumentType type_from(const std::string& name) {
  for (const DocumentType type : {DocumentType::strategi, DocumentType::handlingsplan,
                                  DocumentType::slutredovisning, DocumentType::lagesrapport}) {
    if (to_string(type) == name) return type;
  }
  return DocumentType::annat;
}

// Byte offsets of character offsets in one text, for offsets in any order.
class ByteOffsets {
 public:
  explicit ByteOffsets(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
      starts_.push_back(pos);
      util::decode_code_point(text, pos);
    }
    starts_.push_back(text.size());
  }
  std::uint32_t at(std::size_t character) const {
    return static_cast<std::uint32_t>(starts_.at(std::min(character, starts_.size() - 1)));
  }

 private:
  std::vector<std::size_t> starts_;
};

// A hit [pattern, start, end] of a segment, its offsets turned into bytes.
codebook::Hit read_hit(const json& h, const codebook::HitSources& sources, const ByteOffsets& offsets,
                       const std::string& path) {
  if (!h.is_array() || h.size() != 3 || !h[0].is_number_unsigned() ||
      !h[1].is_number_unsigned() || !h[2].is_number_unsigned()) {
    fail(path, "a hit is not [pattern, start, end]", "the file is damaged");
  }
  const auto index = h[0].get<std::size_t>();
  if (index >= sources.all().size()) fail(path, "a hit names no pattern", "the file is damaged");
  if (h[1].get<std::size_t>() > h[2].get<std::size_t>()) {
    fail(path, "a hit ends before it starts", "the file is damaged");
  }
  const auto& source = sources.all()[index];
  codebook::Hit hit;
  hit.code = source.code;
  hit.rule = source.rule;
  hit.keyword = source.keyword;
  hit.weight = source.weight;
  hit.begin = offsets.at(h[1].get<std::size_t>());
  hit.end = offsets.at(h[2].get<std::size_t>());
  return hit;
}

[[noreturn]] void fail_without_hits(const std::string& path) {
  fail(path, "written with --evidence codes: the hits behind the codes are not in it",
       "code the documents again with --evidence full to re-render or merge them");
}

// The hits of a segment: format 3 lists them in "hits", format 2 under each
// of its "codes".
std::vector<codebook::Hit> read_hits(const json& s, int format, const std::string& text,
                                     const codebook::HitSources& sources, const std::string& path) {
  std::vector<codebook::Hit> hits;
  const ByteOffsets offsets(text);
  if (format >= 3) {
    for (const json& h : member(s, "hits")) hits.push_back(read_hit(h, sources, offsets, path));
    return hits;
  }
  for (const json& code : member(s, "codes")) {
    const json& code_hits = member(code, "hits");
    if (!code_hits.is_array()) fail_without_hits(path);
    for (const json& h : code_hits) hits.push_back(read_hit(h, sources, offsets, path));
  }
  // The order the matcher gives: by start, code, end, keyword before rule.
  std::sort(hits.begin(), hits.end(), [](const codebook::Hit& a, const codebook::Hit& b) {
    return std::tuple(a.begin, a.code, a.end, a.from_rule(), a.rule, a.keyword) <
           std::tuple(b.begin, b.code, b.end, b.from_rule(), b.rule, b.keyword);
  });
  return hits;
}

// The document's fields other than its segments.
Document read_document_fields(const json& d) {
  Document doc;
  doc.id = text_or_empty(member(d, "id"));
  doc.path = text_or_empty(member(d, "path"));
  const std::string county = text_or_empty(member(d, "county"));
  doc.county = county.empty() ? nullptr : find_county(county);
  doc.type = type_from(text_or_empty(member(d, "type")));
  const json& period = member(d, "period");
  doc.period.from = integer_or(member(period, "from"), 0);
  doc.period.to = integer_or(member(period, "to"), 0);
  doc.title = text_or_empty(member(d, "title"));
  doc.issuer = text_or_empty(member(d, "issuer"));
  doc.format = text_or_empty(member(d, "format"));
  doc.encoding = text_or_empty(member(d, "encoding"));
  doc.sha256 = text_or_empty(member(d, "sha256"));
  doc.source = text_or_empty(member(d, "source"));
  doc.language = text_or_empty(member(d, "language"));
  doc.pages = integer_or(member(d, "pages"), 1);
  for (const json& removed : member(d, "removed_lines")) {
    doc.removed_lines.push_back({text_or_empty(member(removed, "text")),
                                 integer_or(member(removed, "count"), 0)});
  }
  return doc;
}

// What a format 3 segment refers to by position: the document's section
// paths, and the segments before it for its parent.
struct Format3Refs {
  std::vector<std::vector<std::string>> sections;
  std::vector<std::size_t> parents;  // per segment: its parent's position, or npos
};

// One segment, in the shape of format `format`: format 3 leaves out its id
// ("<document id>:<n>"), a paragraph's kind, a last_line equal to line, and
// refers to its section (and a YAML parent) by position.
Segment read_segment(const json& s, int format, const Document& doc, Format3Refs& refs,
                     const codebook::HitSources& sources, const std::string& path) {
  Segment segment;
  const std::size_t n = doc.segments.size();
  segment.id = member(s, "id").is_string() || format < 3 ? text_or_empty(member(s, "id"))
                                                          : fmt::format("{}:{}", doc.id, n + 1);
  segment.kind =
      segment_kind_from_string(text_or_empty(member(s, "kind"))).value_or(SegmentKind::paragraph);
  segment.page = integer_or(member(s, "page"), 1);
  segment.line = integer_or(member(s, "line"), 0);
  segment.last_line = integer_or(member(s, "last_line"), format < 3 ? 0 : segment.line);
  segment.label = text_or_empty(member(s, "label"));
  segment.text = text_or_empty(member(s, "text"));
  segment.manual_codes = strings(member(s, "manual_codes"));
  const json& section = member(s, "section");
  const json& parent = member(s, "parent");
  if (format < 3) {
    segment.section = strings(section);
    segment.parent = text_or_empty(parent);
  } else {
    if (!section.is_number_unsigned() || section.get<std::size_t>() >= refs.sections.size()) {
      fail(path, "a segment's section is not a position in its document's sections",
           "the file is damaged");
    }
    segment.section = refs.sections[section.get<std::size_t>()];
    segment.parent = text_or_empty(parent);  // a parent the document lacked, by its id
    refs.parents.push_back(parent.is_number_unsigned() ? parent.get<std::size_t>()
                                                       : std::string::npos);
  }
  segment.hits = read_hits(s, format, segment.text, sources, path);
  return segment;
}

}  // namespace

struct ResultsReader::Impl {
  std::string path;
  json root;
  std::string codebook_name, codebook_path, tool_version, shard;
  int format = 0;
  std::string evidence;  // format 3: "full" or "codes"
};

ResultsReader::ResultsReader(std::string_view text, std::string path) : impl_(new Impl) {
  impl_->path = std::move(path);
  try {
    impl_->root = json::parse(text);
  } catch (const json::parse_error& e) {
    // nlohmann gives a byte position; a line and column are what a person can find.
    util::Diagnostic d;
    d.file = impl_->path;
    const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    d.line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
    const std::size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
    d.column = 1 + static_cast<int>(util::count_code_points(
                       text.substr(line_start == std::string_view::npos ? 0 : line_start + 1,
                                   at - (line_start == std::string_view::npos ? 0 : line_start + 1))));
    d.message = "not valid JSON";
    d.hint = "give the results.json that goalchain code wrote, complete";
    throw util::DiagnosticError(std::move(d));
  } catch (const json::exception& e) {
    // Valid syntax that nlohmann cannot hold, e.g. a number beyond double's range.
    util::Diagnostic d;
    d.file = impl_->path;
    d.message = std::string("not a results.json goalchain can read: ") + e.what();
    d.hint = "give the results.json that goalchain code wrote, complete";
    throw util::DiagnosticError(std::move(d));
  }
  const json& root = impl_->root;
  const json* header = &member(root, "goalchain");
  if (!header->is_object() || !member(root, "documents").is_array() ||
      !member(root, "codebook").is_object()) {
    fail(impl_->path, "not a goalchain results.json", "give the results.json that goalchain code wrote");
  }
  const int format = integer_or(member(*header, "format"), 0);
  if (format != 2 && format != 3) {
    fail(impl_->path, fmt::format("results.json format {} cannot be read back", format),
         "code the documents again with this goalchain (it writes format 3 and reads 2 and 3)");
  }
  impl_->format = format;
  impl_->evidence = text_or_empty(member(*header, "evidence"));
  impl_->tool_version = text_or_empty(member(*header, "version"));
  impl_->shard = text_or_empty(member(*header, "shard"));
  impl_->codebook_name = text_or_empty(member(member(root, "codebook"), "name"));
  impl_->codebook_path = text_or_empty(member(member(root, "codebook"), "path"));
}

ResultsReader::~ResultsReader() = default;

const std::string& ResultsReader::codebook_name() const { return impl_->codebook_name; }
const std::string& ResultsReader::codebook_path() const { return impl_->codebook_path; }
const std::string& ResultsReader::tool_version() const { return impl_->tool_version; }
const std::string& ResultsReader::shard() const { return impl_->shard; }

std::vector<Document> ResultsReader::read_documents(const codebook::Codebook& codebook) const {
  const std::string& path = impl_->path;
  const codebook::HitSources sources(codebook);
  const json& patterns = member(member(impl_->root, "codebook"), "patterns");
  bool same = patterns.size() == sources.all().size();
  for (std::size_t i = 0; same && i < patterns.size(); ++i) {
    const auto& source = sources.all()[i];
    codebook::Hit hit;
    hit.code = source.code;
    hit.rule = source.rule;
    hit.keyword = source.keyword;
    same = text_or_empty(member(patterns[i], "code")) == codebook.codes[source.code].id &&
           text_or_empty(member(patterns[i], "pattern")) ==
               codebook::describe_hit_pattern(codebook, hit);
  }
  if (!same) {
    fail(path, fmt::format("coded with another version of codebook '{}': its patterns differ",
                           impl_->codebook_name),
         "give the codebook the results were coded with (-c FILE), or code the documents again");
  }
  const bool sentences = codebook::Matcher(codebook).uses_sentences();
  const int format = impl_->format;
  if (format >= 3 && impl_->evidence != "full") fail_without_hits(path);

  std::vector<Document> documents;
  for (const json& d : member(impl_->root, "documents")) {
    Document doc = read_document_fields(d);
    Format3Refs refs;
    for (const json& section : member(d, "sections")) refs.sections.push_back(strings(section));
    for (const json& s : member(d, "segments")) {
      Segment segment = read_segment(s, format, doc, refs, sources, path);
      if (sentences) segment.sentences = split_sentences(segment.text);
      doc.segments.push_back(std::move(segment));
    }
    for (std::size_t s = 0; s < refs.parents.size(); ++s) {
      if (refs.parents[s] == std::string::npos) continue;
      if (refs.parents[s] >= doc.segments.size()) {
        fail(path, "a segment's parent is not a position in its document's segments",
             "the file is damaged");
      }
      doc.segments[s].parent = doc.segments[refs.parents[s]].id;
    }
    documents.push_back(std::move(doc));
  }
  return documents;
}

}  // namespace goalchain::document
