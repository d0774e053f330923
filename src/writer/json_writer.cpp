#include "goalchain/writer/json_writer.h"

#include "goalchain/codebook/hit_sources.h"
#include "goalchain/document/county.h"
#include "goalchain/report/county_totals.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/json_stream.h"
#include "goalchain/util/parallel_for.h"
#include "goalchain/util/utf8.h"
#include "goalchain/writer/chain_json.h"
#include "goalchain/writer/document_refs.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <numeric>
#include <map>
#include <optional>
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

constexpr int json_format_version = 3;

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

// The distinct words that led to codes in a document, each once, for
// --evidence codes: a segment's codes refer to them by position.
class DocumentTerms {
 public:
  explicit DocumentTerms(const std::vector<std::vector<report::SegmentCode>>& segment_codes) {
    for (const auto& codes : segment_codes) {
      for (const auto& code : codes) {
        for (const auto& term : code.terms) {
          if (index_.try_emplace(term, terms_.size()).second) terms_.push_back(&term);
        }
      }
    }
  }
  std::size_t index_of(const std::string& term) const { return index_.at(term); }
  void write(JsonStream& json) const {
    json.begin_array(Layout::line);
    for (const std::string* term : terms_) json.string(*term);
    json.end_array();
  }

 private:
  std::vector<const std::string*> terms_;
  std::unordered_map<std::string_view, std::size_t> index_;
};

// Every hit as [pattern, start, end], in the segment's (the matcher's) order:
// the position of its pattern in codebook.patterns and the character offsets
// of its words in the segment's text.
void write_hits(JsonStream& json, const document::Segment& segment,
                const codebook::HitSources& sources) {
  const auto spans = character_spans(segment);
  json.begin_array(Layout::compact);
  for (std::size_t h = 0; h < segment.hits.size(); ++h) {
    json.begin_array();
    json.number(sources.index_of(segment.hits[h]));
    json.number(spans[h].first);
    json.number(spans[h].second);
    json.end_array();
  }
  json.end_array();
}

// --evidence codes: each code as [code, term, ...], the code's position in
// codebook.codes and its words' positions in the document's terms.
void write_codes(JsonStream& json, const std::vector<report::SegmentCode>& segment_codes,
                 const DocumentTerms& terms) {
  json.begin_array(Layout::compact);
  for (const auto& code : segment_codes) {
    json.begin_array();
    json.number(code.code);
    for (const auto& term : code.terms) json.number(terms.index_of(term));
    json.end_array();
  }
  json.end_array();
}

// True when `id` is "<document id>:<n>", which format 3 leaves out.
bool is_derived_id(std::string_view id, std::string_view document_id, std::size_t n) {
  const fmt::format_int number(n);
  const std::string_view digits(number.data(), number.size());
  return id.size() == document_id.size() + 1 + digits.size() && id.starts_with(document_id) &&
         id[document_id.size()] == ':' && id.ends_with(digits);
}

// One segment on one line, what is derivable left out: its id when it is
// "<document id>:<n>", its kind when a paragraph, last_line when it is line,
// empty hits, codes and manual_codes.
void write_segment(JsonStream& json, const document::Document& doc, std::size_t s,
                   const std::vector<report::SegmentCode>& segment_codes, const DocumentRefs& refs,
                   const codebook::HitSources& sources, const DocumentTerms* terms) {
  const document::Segment& segment = doc.segments[s];
  json.begin_object(Layout::compact);  // one line a segment, without spaces: a run has 10⁶ of them
  if (!is_derived_id(segment.id, doc.id, s + 1)) {
    json.key("id");
    json.string(segment.id);
  }
  if (segment.kind != document::SegmentKind::paragraph) {
    json.key("kind");
    json.string(document::to_string(segment.kind));
  }
  json.key("page");
  json.number(segment.page);
  json.key("line");
  json.number(segment.line);
  if (segment.last_line != segment.line) {
    json.key("last_line");
    json.number(segment.last_line);
  }
  json.key("section");
  json.number(refs.section_of_segment(s));
  if (!segment.label.empty()) {
    json.key("label");
    json.string(segment.label);
  }
  json.key("text");
  json.string(segment.text);
  if (terms == nullptr) {
    if (!segment.hits.empty()) {
      json.key("hits");
      write_hits(json, segment, sources);
    }
  } else if (!segment_codes.empty()) {
    json.key("codes");
    write_codes(json, segment_codes, *terms);
  }
  if (!segment.manual_codes.empty()) {
    json.key("manual_codes");
    json.string_list(segment.manual_codes);
  }
  if (!segment.parent.empty()) {
    json.key("parent");
    if (const auto parent = refs.segment_of(segment.parent)) {
      json.number(*parent);
    } else {
      json.string(segment.parent);
    }
  }
  json.end_object();
}

// One document with its segments' codes and its chains (none when `chains` is null).
void write_document(JsonStream& json, const document::Document& doc,
                    const std::vector<std::vector<report::SegmentCode>>& segment_codes,
                    const std::vector<chain::Chain>* chains, std::string_view county_slug,
                    const codebook::HitSources& sources, Evidence evidence) {
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
  json.key("sha256");
  json.string(doc.sha256);
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
  const DocumentRefs refs(doc, chains);
  json.key("sections");
  json.begin_array();
  for (const auto* path : refs.sections()) json.string_list(*path);
  json.end_array();
  std::optional<DocumentTerms> terms;
  if (evidence == Evidence::codes) {
    terms.emplace(segment_codes);
    json.key("terms");
    terms->write(json);
  }
  json.key("segments");
  json.begin_array();
  for (std::size_t s = 0; s < doc.segments.size(); ++s) {
    write_segment(json, doc, s, segment_codes.at(s), refs, sources, terms ? &*terms : nullptr);
  }
  json.end_array();
  json.key("chains");
  json.begin_array();
  if (chains != nullptr) {
    for (const auto& chain : *chains) write_chain_json(json, chain, refs);
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

// A county's figures; the paths of its documents when they are at hand
// (`documents`), else only their number (counties.json of a streamed run).
void write_county(JsonStream& json, const codebook::Codebook& codebook,
                  const report::CountyReport& county,
                  const std::vector<report::DocumentFacts>* documents) {
  json.begin_object();
  json.key("county");
  json.string(county.name);
  json.key("county_code");
  json.string_or_null(county.code);
  json.key("slug");
  json.string(county.slug);
  if (documents != nullptr) {
    json.key("documents");
    json.begin_array();
    for (const std::size_t d : county.documents) json.string(documents->at(d).path);
    json.end_array();
  } else {
    json.key("document_count");
    json.number(county.document_count);
  }
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

// The "goalchain" member: the version that wrote the file, its format and shard.
void write_header(JsonStream& json, const std::string& tool_version, const std::string& shard,
                  Evidence evidence) {
  json.key("goalchain");
  json.begin_object(Layout::line);
  json.key("version");
  json.string(tool_version);
  json.key("format");
  json.number(json_format_version);
  json.key("evidence");
  json.string(evidence == Evidence::full ? "full" : "codes");
  if (!shard.empty()) {
    json.key("shard");
    json.string(shard);
  }
  json.end_object();
}

// results.json up to the first document: the header, the codebook and the
// opening of "documents".
void begin_results(JsonStream& json, const codebook::Codebook& codebook,
                   const codebook::HitSources& sources, const std::string& tool_version,
                   const std::string& shard, Evidence evidence) {
  json.begin_object();
  write_header(json, tool_version, shard, evidence);
  json.key("codebook");
  write_codebook(json, codebook, sources);
  json.key("documents");
  json.begin_array();
}

// results.json after the last document: "counties", each with its documents'
// paths (`model`'s document_facts), and the end.
void end_results(JsonStream& json, const report::ReportModel& model) {
  json.end_array();
  json.key("counties");
  json.begin_array();
  for (const auto& county : model.counties) {
    write_county(json, *model.codebook, county, &model.document_facts);
  }
  json.end_array();
  json.end_object();
  json.finish();
}

// One entry of "documents" rendered apart, as it stands two levels deep, for
// JsonStream::encoded().
std::string render_entry(const std::function<void(JsonStream&)>& write) {
  std::ostringstream text;
  JsonStream fragment(text, Layout::block, 2);
  write(fragment);
  fragment.finish();
  std::string entry = std::move(text).str();
  entry.pop_back();  // finish()'s newline
  return entry;
}

}  // namespace

struct JsonLinesWriter::State {
  State(std::ostream& out, const codebook::Codebook& book, Evidence kind)
      : json(out, Layout::line), codebook(book), sources(book), evidence(kind) {}
  JsonStream json;
  const codebook::Codebook& codebook;
  codebook::HitSources sources;
  Evidence evidence;
};

JsonLinesWriter::JsonLinesWriter(std::ostream& out, const codebook::Codebook& codebook,
                                 Evidence evidence)
    : state_(std::make_unique<State>(out, codebook, evidence)) {}

JsonLinesWriter::~JsonLinesWriter() = default;

void JsonLinesWriter::write(const document::Document& doc,
                            const std::vector<std::vector<report::SegmentCode>>& segment_codes,
                            const std::vector<chain::Chain>& chains) {
  State& st = *state_;
  write_document(st.json, doc, segment_codes, &chains, report::county_slug(doc), st.sources,
                 st.evidence);
  st.json.finish();
}

void write_json_lines(const report::ReportModel& model, std::ostream& out, Evidence evidence) {
  if (model.codebook == nullptr) {
    throw std::invalid_argument("write_json_lines: the report model has no codebook");
  }
  JsonLinesWriter lines(out, *model.codebook, evidence);
  static const std::vector<chain::Chain> no_chains;
  for (std::size_t d = 0; d < model.documents.size(); ++d) {
    lines.write(model.documents[d], model.segment_codes.at(d),
                d < model.chains.size() ? model.chains[d] : no_chains);
  }
}

void write_counties_json(const codebook::Codebook& codebook,
                         const std::vector<report::CountyReport>& counties,
                         const std::string& tool_version, const std::string& shard,
                         std::ostream& out, Evidence evidence) {
  JsonStream json(out);
  json.begin_object();
  write_header(json, tool_version, shard, evidence);
  const codebook::HitSources sources(codebook);
  json.key("codebook");
  write_codebook(json, codebook, sources);
  json.key("counties");
  json.begin_array();
  for (const auto& county : counties) write_county(json, codebook, county, nullptr);
  json.end_array();
  json.end_object();
  json.finish();
}

void write_json(const report::ReportModel& model, std::ostream& out, Evidence evidence,
                unsigned jobs) {
  if (model.codebook == nullptr) {
    throw std::invalid_argument("write_json: the report model has no codebook");
  }
  JsonStream json(out);
  const codebook::HitSources sources(*model.codebook);
  begin_results(json, *model.codebook, sources, model.tool_version, model.shard, evidence);

  // Each document's county group, as the model grouped it (the unknown county's if none).
  std::vector<std::string> slugs(model.documents.size(),
                                 std::string(document::unknown_county().slug));
  for (const auto& county : model.counties) {
    for (const std::size_t d : county.documents) {
      if (d < slugs.size()) slugs[d] = county.slug;
    }
  }
  auto write_one = [&](JsonStream& to, std::size_t d) {
    write_document(to, model.documents[d], model.segment_codes.at(d),
                   d < model.chains.size() ? &model.chains[d] : nullptr, slugs[d], sources,
                   evidence);
  };
  if (jobs == 1) {
    for (std::size_t d = 0; d < model.documents.size(); ++d) write_one(json, d);
  } else {
    // Documents rendered a batch at a time on `jobs` threads, each as it
    // would stand two levels deep, then written in order: the same bytes,
    // with the rendering shared out instead of all on the calling thread.
    constexpr std::size_t kBatch = 32;
    std::vector<std::string> rendered(kBatch);
    for (std::size_t first = 0; first < model.documents.size(); first += kBatch) {
      const std::size_t count = std::min(kBatch, model.documents.size() - first);
      util::parallel_for(count, jobs, [&](std::size_t i) {
        rendered[i] = render_entry([&](JsonStream& to) { write_one(to, first + i); });
      });
      for (std::size_t i = 0; i < count; ++i) {
        json.encoded(rendered[i]);
        std::string().swap(rendered[i]);
      }
    }
  }
  end_results(json, model);
}

struct JsonResultsWriter::State {
  State(std::filesystem::path path, const codebook::Codebook& book, std::string version,
        std::string shard_of, Evidence kind)
      : file(std::move(path)),
        out(file, std::ios::binary | std::ios::trunc),
        json(out),
        codebook(book),
        sources(book),
        tool_version(std::move(version)),
        shard(std::move(shard_of)),
        evidence(kind) {}

  // Where an entry stands in the file, its separator from the one before included.
  struct Entry {
    std::string path;
    std::uint64_t begin = 0;
    std::uint64_t end = 0;
  };

  std::filesystem::path file;
  std::ofstream out;
  JsonStream json;
  const codebook::Codebook& codebook;
  codebook::HitSources sources;
  std::string tool_version;
  std::string shard;
  Evidence evidence;
  std::vector<Entry> entries;  // in the order added
  bool in_order = true;        // every entry's path >= the one before
};

JsonResultsWriter::JsonResultsWriter(std::filesystem::path file,
                                     const codebook::Codebook& codebook,
                                     std::string tool_version, std::string shard,
                                     Evidence evidence)
    : state_(std::make_unique<State>(std::move(file), codebook, std::move(tool_version),
                                     std::move(shard), evidence)) {
  State& st = *state_;
  if (!st.out) throw std::runtime_error("cannot create " + st.file.string());
  begin_results(st.json, codebook, st.sources, st.tool_version, st.shard, evidence);
}

JsonResultsWriter::~JsonResultsWriter() = default;

std::string JsonResultsWriter::render(const report::DocumentReport& report) const {
  const State& st = *state_;
  return render_entry([&](JsonStream& json) {
    write_document(json, report.document, report.segment_codes, &report.chains,
                   report::county_slug(report.document), st.sources, st.evidence);
  });
}

void JsonResultsWriter::add(const std::string& path, const std::string& entry) {
  State& st = *state_;
  if (!st.entries.empty() && path < st.entries.back().path) st.in_order = false;
  const std::uint64_t begin = st.json.size();
  st.json.encoded(entry);
  st.entries.push_back({path, begin, st.json.size()});
}

void JsonResultsWriter::finish(const report::ReportModel& model) {
  State& st = *state_;
  if (model.document_facts.size() != st.entries.size()) {
    throw std::logic_error("JsonResultsWriter: the model has " +
                           std::to_string(model.document_facts.size()) + " documents, the file " +
                           std::to_string(st.entries.size()));
  }
  if (st.in_order) {
    end_results(st.json, model);
    st.out.close();
    if (!st.out) throw std::runtime_error("cannot write " + st.file.string());
    return;
  }
  // The entries came out of the model's order (inputs named out of order):
  // the file is written again from its own entries, in that order.
  st.json.flush();
  st.out.close();
  if (!st.out) throw std::runtime_error("cannot write " + st.file.string());
  std::vector<std::size_t> order(st.entries.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return st.entries[a].path < st.entries[b].path;
  });
  util::AtomicFile sorted(st.file);
  {
    std::ifstream in(st.file, std::ios::binary);
    std::ofstream out(sorted.temp_path(), std::ios::binary | std::ios::trunc);
    if (!in || !out) throw std::runtime_error("cannot write " + sorted.temp_path().string());
    JsonStream json(out);
    begin_results(json, st.codebook, st.sources, st.tool_version, st.shard, st.evidence);
    std::string entry;
    for (std::size_t i = 0; i < order.size(); ++i) {
      const auto& where = st.entries[order[i]];
      if (where.path != model.document_facts[i].path) {
        throw std::logic_error("JsonResultsWriter: the model's documents are in another order");
      }
      entry.resize(where.end - where.begin);
      in.seekg(static_cast<std::streamoff>(where.begin));
      in.read(entry.data(), static_cast<std::streamsize>(entry.size()));
      if (!in) throw std::runtime_error("cannot read back " + st.file.string());
      json.encoded(std::string_view(entry).substr(entry.find('{')));
    }
    end_results(json, model);
    out.close();
    if (!out) throw std::runtime_error("cannot write " + sorted.temp_path().string());
  }
  sorted.commit();
}

std::string render_json(const report::ReportModel& model, Evidence evidence) {
  std::ostringstream out;
  write_json(model, out, evidence);
  return std::move(out).str();
}

}  // namespace goalchain::writer
