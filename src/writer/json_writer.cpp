#include "goalchain/writer/json_writer.h"

#include "goalchain/codebook/hit_sources.h"
#include "goalchain/util/json_stream.h"
#include "goalchain/writer/chain_json.h"
#include "goalchain/util/utf8.h"

#include <functional>
#include <map>
#include <unordered_map>
#include <sstream>
#include <tuple>
#include <utility>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::writer {
namespace {

using util::JsonStream;
using Layout = JsonStream::Layout;

constexpr int json_format_version = 2;

void year_or_null(JsonStream& json, int year) {
  if (year == 0) {
    json.null();
  } else {
    json.number(year);
  }
}

// Each pattern a hit can come from, once: hits refer to it by position.
void write_patterns(JsonStream& json, const codebook::Codebook& codebook,
                    const codebook::HitSources& sources) {
  json.begin_array();
  for (const auto& source : sources.all()) {
    codebook::Hit hit;
    hit.code = source.code;
    hit.rule = source.rule;
    hit.keyword = source.keyword;
    json.begin_object(Layout::line);
    json.key("code");
    json.string(codebook.codes.at(source.code).id);
    json.key("pattern");
    json.string(codebook::describe_hit_pattern(codebook, hit));
    json.key("rule");
    json.string_or_null(codebook::describe_hit_rule(codebook, hit));
    json.key("weight");
    json.number(static_cast<double>(source.weight));
    json.end_object();
  }
  json.end_array();
}

void write_codebook(JsonStream& json, const codebook::Codebook& codebook,
                    const codebook::HitSources& sources) {
  json.begin_object();
  json.key("name");
  json.string(codebook.name);
  json.key("title");
  json.string(codebook.title);
  json.key("language");
  json.string(codebook.language);
  json.key("path");
  json.string(codebook.path);
  json.key("codes");
  json.begin_array();
  for (const auto& code : codebook.codes) {
    json.begin_object(Layout::line);
    json.key("id");
    json.string(code.id);
    json.key("label");
    json.string(code.label);
    json.key("label_en");
    json.string(code.label_en);
    json.key("parent");
    json.string(code.parent);
    json.end_object();
  }
  json.end_array();
  json.key("patterns");
  write_patterns(json, codebook, sources);
  json.end_object();
}

// Character offsets of byte offsets in one text, counted on from the last
// offset asked for when offsets come in ascending order.
class CharacterOffsets {
 public:
  explicit CharacterOffsets(std::string_view text) : text_(text) {}

  std::size_t at(std::size_t byte) {
    if (byte < byte_) {
      byte_ = 0;
      characters_ = 0;
    }
    characters_ += util::count_code_points(text_.substr(byte_, byte - byte_));
    byte_ = byte;
    return characters_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t characters_ = 0;
};

// The character offsets of each hit's words in the segment's text, counted
// in one pass over the text rather than once for each code.
std::vector<std::pair<std::size_t, std::size_t>> character_spans(const document::Segment& segment) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  spans.reserve(segment.hits.size());
  CharacterOffsets offsets(segment.text);
  for (const auto& hit : segment.hits) {
    const std::string_view term =
        std::string_view(segment.text).substr(hit.begin, hit.end - hit.begin);
    const auto start = offsets.at(hit.begin);
    spans.emplace_back(start, start + util::count_code_points(term));
  }
  return spans;
}

// [pattern, start, end]: the position of its pattern in codebook.patterns and
// the character offsets of its words in the segment's text.
void write_hit(JsonStream& json, const codebook::Hit& hit, const codebook::HitSources& sources,
               const std::pair<std::size_t, std::size_t>& span) {
  json.begin_array(Layout::line);
  json.number(sources.index_of(hit));
  json.number(span.first);
  json.number(span.second);
  json.end_array();
}

void write_segment(JsonStream& json, const document::Segment& segment,
                   const std::vector<report::SegmentCode>& segment_codes,
                   const codebook::Codebook& codebook, const codebook::HitSources& sources,
                   Evidence evidence) {
  json.begin_object(Layout::line);  // one line a segment: no indentation inside
  json.key("id");
  json.string(segment.id);
  json.key("kind");
  json.string(document::to_string(segment.kind));
  json.key("page");
  json.number(segment.page);
  json.key("line");
  json.number(segment.line);
  json.key("last_line");
  json.number(segment.last_line);
  json.key("section");
  json.string_list(segment.section);
  if (!segment.label.empty()) {
    json.key("label");
    json.string(segment.label);
  }
  json.key("text");
  json.string(segment.text);
  const auto spans = evidence == Evidence::full ? character_spans(segment)
                                                : std::vector<std::pair<std::size_t, std::size_t>>();
  json.key("codes");
  json.begin_array();
  for (const auto& code : segment_codes) {
    json.begin_object(Layout::line);
    json.key("code");
    json.string(codebook.codes.at(code.code).id);
    json.key("terms");
    json.string_list(code.terms);
    if (evidence == Evidence::full) {
      json.key("hits");
      json.begin_array();
      for (std::size_t h = 0; h < segment.hits.size(); ++h) {
        if (segment.hits[h].code == code.code) write_hit(json, segment.hits[h], sources, spans[h]);
      }
      json.end_array();
    }
    json.end_object();
  }
  json.end_array();
  json.key("manual_codes");
  json.string_list(segment.manual_codes);
  if (!segment.parent.empty()) {
    json.key("parent");
    json.string(segment.parent);
  }
  json.end_object();
}

void write_document(JsonStream& json, const report::ReportModel& model, std::size_t index,
                    const std::string& county_slug, const codebook::HitSources& sources,
                    Evidence evidence) {
  const auto& doc = model.documents[index];
  json.begin_object();
  json.key("id");
  json.string(doc.id);
  json.key("path");
  json.string(doc.path);
  json.key("county");
  if (doc.county != nullptr) {
    json.string(doc.county->name);
  } else {
    json.null();
  }
  json.key("county_code");
  if (doc.county != nullptr) {
    json.string(doc.county->code);
  } else {
    json.null();
  }
  json.key("county_slug");
  json.string(county_slug);
  json.key("type");
  json.string(document::to_string(doc.type));
  json.key("period");
  json.begin_object(Layout::line);
  json.key("from");
  year_or_null(json, doc.period.from);
  json.key("to");
  year_or_null(json, doc.period.to);
  json.end_object();
  json.key("title");
  json.string(doc.title);
  json.key("issuer");
  json.string(doc.issuer);
  json.key("format");
  json.string(doc.format);
  json.key("encoding");
  json.string(doc.encoding);
  json.key("source");
  json.string(doc.source);
  json.key("language");
  json.string(doc.language);
  json.key("pages");
  json.number(doc.pages);
  json.key("removed_lines");
  json.begin_array();
  for (const auto& line : doc.removed_lines) {
    json.begin_object(Layout::line);
    json.key("text");
    json.string(line.text);
    json.key("count");
    json.number(line.count);
    json.end_object();
  }
  json.end_array();
  json.key("segments");
  json.begin_array();
  for (std::size_t s = 0; s < doc.segments.size(); ++s) {
    write_segment(json, doc.segments[s], model.segment_codes.at(index).at(s), *model.codebook,
                  sources, evidence);
  }
  json.end_array();
  json.key("chains");
  json.begin_array();
  if (index < model.chains.size()) {
    for (const auto& chain : model.chains[index]) write_chain_json(json, chain);
  }
  json.end_array();
  json.end_object();
}

void write_code_map(JsonStream& json, const report::CountyReport& county,
                    const codebook::Codebook& codebook, int report::CodeCount::*field) {
  json.begin_object();
  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    const report::CodeCount counts =
        c < county.code_counts.size() ? county.code_counts[c] : report::CodeCount{};
    json.key_text(codebook.codes[c].id);
    json.number(counts.*field);
  }
  json.end_object();
}

void write_county(JsonStream& json, const report::ReportModel& model,
                  const report::CountyReport& county) {
  const auto& codebook = *model.codebook;
  json.begin_object();
  json.key("county");
  json.string(county.name);
  json.key("county_code");
  json.string_or_null(county.code);
  json.key("slug");
  json.string(county.slug);
  json.key("documents");
  json.begin_array();
  for (const std::size_t d : county.documents) json.string(model.documents.at(d).path);
  json.end_array();
  json.key("segments");
  json.number(county.segments);
  json.key("coded_segments");
  json.number(county.coded_segments);
  json.key("code_counts");
  write_code_map(json, county, codebook, &report::CodeCount::segments);
  json.key("code_hits");
  write_code_map(json, county, codebook, &report::CodeCount::hits);
  json.key("code_segments_with_children");
  write_code_map(json, county, codebook, &report::CodeCount::segments_with_children);
  write_county_profile_members(json, county.profile);
  json.end_object();
}

}  // namespace

void write_json(const report::ReportModel& model, std::ostream& out, Evidence evidence) {
  if (model.codebook == nullptr) {
    throw std::invalid_argument("write_json: the report model has no codebook");
  }
  JsonStream json(out);
  json.begin_object();
  json.key("goalchain");
  json.begin_object(Layout::line);
  json.key("version");
  json.string(model.tool_version);
  json.key("format");
  json.number(json_format_version);
  if (!model.shard.empty()) {
    json.key("shard");
    json.string(model.shard);
  }
  json.end_object();
  const codebook::HitSources sources(*model.codebook);
  json.key("codebook");
  write_codebook(json, *model.codebook, sources);

  // Each document's county group, as the model grouped it ("okant-lan" if none).
  std::vector<std::string> slugs(model.documents.size(), "okant-lan");
  for (const auto& county : model.counties) {
    for (const std::size_t d : county.documents) {
      if (d < slugs.size()) slugs[d] = county.slug;
    }
  }
  json.key("documents");
  json.begin_array();
  for (std::size_t d = 0; d < model.documents.size(); ++d) {
    write_document(json, model, d, slugs[d], sources, evidence);
  }
  json.end_array();

  json.key("counties");
  json.begin_array();
  for (const auto& county : model.counties) write_county(json, model, county);
  json.end_array();
  json.end_object();
  json.finish();
}

std::string render_json(const report::ReportModel& model, Evidence evidence) {
  std::ostringstream out;
  write_json(model, out, evidence);
  return std::move(out).str();
}

}  // namespace goalchain::writer
