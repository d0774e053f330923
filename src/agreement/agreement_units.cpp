#include "goalchain/agreement/agreement_units.h"

#include "goalchain/document/sentence_splitter.h"
#include "goalchain/util/diagnostic.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace goalchain::agreement {
namespace {

using document::Document;
using document::Segment;

std::vector<const Segment*> hand_codable_segments(const Document& document) {
  std::vector<const Segment*> segments;
  for (const auto& segment : document.segments) {
    if (segment.hand_codable || !segment.manual_codes.empty()) segments.push_back(&segment);
  }
  return segments;
}

std::string section_path(const Segment& segment) {
  return fmt::format("{}", fmt::join(segment.section, " › "));
}

// Each side's code set for one stretch of a segment, and the evidence behind
// a codebook side.
struct SideCodes {
  std::vector<std::set<std::string>> codes;
  std::vector<std::string> evidence;
};

void add_evidence(std::vector<std::string>& into, const std::vector<std::string>& evidence) {
  for (const auto& line : evidence) {
    if (std::find(into.begin(), into.end(), line) == into.end()) into.push_back(line);
  }
}

// Appends the units of `segments` (all of one document) to `out`. `codes_of(segment,
// begin, end)` gives the sides' codes for the bytes [begin, end) of a segment.
template <typename CodesOf>
void add_units(const Document& document, const std::vector<const Segment*>& segments,
               UnitKind kind, CodesOf codes_of, std::vector<Unit>& out) {
  if (kind == UnitKind::section) {
    std::map<std::string, std::size_t> unit_of_section;
    for (const auto* segment : segments) {
      const std::string path = section_path(*segment);
      SideCodes sides = codes_of(*segment, 0, segment->text.size());
      auto [it, inserted] = unit_of_section.emplace(path, out.size());
      if (inserted) {
        Unit unit;
        unit.id = document.id + ":" + (path.empty() ? "(no heading)" : path);
        unit.document = document.path;
        unit.line = segment->line;
        unit.text = path.empty() ? "(no heading)" : path;
        unit.codes.resize(sides.codes.size());
        out.push_back(std::move(unit));
      }
      Unit& unit = out[it->second];
      for (std::size_t s = 0; s < sides.codes.size(); ++s) {
        unit.codes[s].insert(sides.codes[s].begin(), sides.codes[s].end());
      }
      add_evidence(unit.evidence, sides.evidence);
    }
    return;
  }
  for (const auto* segment : segments) {
    auto spans = kind == UnitKind::sentence ? document::split_sentences(segment->text)
                                            : std::vector<document::SentenceSpan>{};
    if (spans.size() <= 1) {
      SideCodes sides = codes_of(*segment, 0, segment->text.size());
      std::string id = kind == UnitKind::sentence ? segment->id + "#1" : segment->id;
      out.push_back(Unit{std::move(id), document.path, segment->line, segment->text,
                         std::move(sides.codes), {}});
      add_evidence(out.back().evidence, sides.evidence);
      continue;
    }
    // Hits are assigned to the sentence they start in; the first sentence
    // also takes hits before its first character (there are none in practice).
    spans.front().begin = 0;
    for (std::size_t n = 0; n < spans.size(); ++n) {
      const std::size_t end = n + 1 < spans.size() ? spans[n + 1].begin : segment->text.size();
      SideCodes sides = codes_of(*segment, spans[n].begin, end);
      out.push_back(Unit{fmt::format("{}#{}", segment->id, n + 1), document.path, segment->line,
                         segment->text.substr(spans[n].begin, spans[n].end - spans[n].begin),
                         std::move(sides.codes), {}});
      add_evidence(out.back().evidence, sides.evidence);
    }
  }
}

std::string describe_document(const Document& d) {
  std::string out(d.county ? d.county->name : std::string_view("no county"));
  out += fmt::format(", {}", document::to_string(d.type));
  const std::string period = document::to_string(d.period);
  out += period.empty() ? ", no period" : ", " + period;
  return out;
}

// A short quotation of a segment's text for messages.
std::string quote(const std::string& text) {
  constexpr std::size_t kMax = 60;
  if (text.size() <= kMax) return "\"" + text + "\"";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + text.substr(0, cut) + "…\"";
}

// Byte offset where 1-based `line` starts in `source`, or nullopt.
std::optional<std::size_t> line_start(const std::string& source, int line) {
  if (line < 1) return std::nullopt;
  std::size_t offset = 0;
  for (int l = 1; l < line; ++l) {
    offset = source.find('\n', offset);
    if (offset == std::string::npos) return std::nullopt;
    ++offset;
  }
  return offset;
}

// Points `d` at `offset` of `source`: line, column and the source line.
void locate(util::Diagnostic& d, const std::string& source, std::size_t offset) {
  const util::TextPosition position = util::locate_offset(source, offset);
  d.line = position.line;
  d.column = position.column;
  d.source_line = position.line_text;
}

// A problem at the top-level key `key:` of a coder file (line 0 without a source).
util::Diagnostic at_key(const Document& version, const std::string& source, std::string_view key,
                        std::string message, std::string hint) {
  util::Diagnostic d;
  d.file = version.path;
  d.message = std::move(message);
  d.hint = std::move(hint);
  const std::string needle = std::string(key) + ":";
  for (std::size_t offset = 0; offset < source.size();) {
    if (source.compare(offset, needle.size(), needle) == 0) {
      locate(d, source, offset);
      break;
    }
    const std::size_t next = source.find('\n', offset);
    if (next == std::string::npos) break;
    offset = next + 1;
  }
  return d;
}

// A problem at a segment of a coder file: its line, and when the source is
// known the column where its text starts.
util::Diagnostic at_segment(const Document& version, const std::string& source,
                            const Segment& segment, std::string message, std::string hint) {
  util::Diagnostic d;
  d.file = version.path;
  d.line = segment.line;
  d.message = std::move(message);
  d.hint = std::move(hint);
  const auto start = line_start(source, segment.line);
  if (!start) return d;
  const std::size_t end = std::min(source.find('\n', *start), source.size());
  const std::string_view line_text(source.data() + *start, end - *start);
  const std::string first_word = segment.text.substr(0, segment.text.find(' '));
  std::size_t column = first_word.empty() ? std::string_view::npos : line_text.find(first_word);
  if (column == std::string_view::npos) column = line_text.find_first_not_of(" \t-");
  if (column == std::string_view::npos) column = 0;
  locate(d, source, *start + column);
  return d;
}

// The problems that keep `version` from lining up with `first`; empty when it does.
std::vector<util::Diagnostic> check_alignment(const Document& first,
                                              const std::vector<const Segment*>& first_segments,
                                              const Document& version,
                                              const std::vector<const Segment*>& segments,
                                              const std::string& source) {
  const std::string other_document_hint =
      "compare coders' versions of the same document: copy the first file and change only "
      "the codes: lists";
  const std::string_view differing_key = version.county != first.county ? "county"
                                         : version.type != first.type   ? "type"
                                         : version.period.from != first.period.from ||
                                                 version.period.to != first.period.to
                                             ? "period"
                                             : "";
  if (!differing_key.empty()) {
    return {at_key(version, source, differing_key,
                   fmt::format("this coder file describes {}, but the first ({}) describes {}",
                               describe_document(version), first.path, describe_document(first)),
                   other_document_hint)};
  }
  const std::string same_text_hint = "coders must code the same text: copy the first file and "
                                     "change only the codes: lists";
  const std::size_t common = std::min(segments.size(), first_segments.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (segments[i]->text == first_segments[i]->text) continue;
    return {at_segment(version, source, *segments[i],
                       fmt::format("codable segment {} does not line up with {}:{}, which reads {}",
                                   i + 1, first.path, first_segments[i]->line,
                                   quote(first_segments[i]->text)),
                       same_text_hint)};
  }
  if (segments.size() > first_segments.size()) {
    return {at_segment(version, source, *segments[common],
                       fmt::format("this file has {} codable segments, but {} has {}: this one "
                                   "has no counterpart",
                                   segments.size(), first.path, first_segments.size()),
                       same_text_hint)};
  }
  if (segments.size() < first_segments.size()) {
    util::Diagnostic d =
        segments.empty()
            ? util::Diagnostic{util::Severity::error, version.path, 0, 0, "", "", ""}
            : at_segment(version, source, *segments.back(), "", "");
    d.message = fmt::format("this file has {} codable segments, but {} has {}: {}:{} {} is missing",
                            segments.size(), first.path, first_segments.size(), first.path,
                            first_segments[common]->line, quote(first_segments[common]->text));
    d.hint = same_text_hint;
    return {d};
  }
  return {};
}

}  // namespace

std::string_view to_string(UnitKind kind) {
  switch (kind) {
    case UnitKind::segment:
      return "segment";
    case UnitKind::sentence:
      return "sentence";
    case UnitKind::section:
      return "section";
  }
  return "segment";
}

std::optional<UnitKind> unit_kind_from_string(std::string_view name) {
  for (const UnitKind kind : {UnitKind::segment, UnitKind::sentence, UnitKind::section}) {
    if (to_string(kind) == name) return kind;
  }
  return std::nullopt;
}

std::vector<Unit> units_person_vs_codebook(const std::vector<Document>& documents,
                                           const codebook::Codebook& codebook, UnitKind kind) {
  std::vector<Unit> units;
  for (const auto& document : documents) {
    auto codes_of = [&](const Segment& segment, std::size_t begin, std::size_t end) {
      SideCodes sides;
      sides.codes.resize(2);
      sides.codes[0].insert(segment.manual_codes.begin(), segment.manual_codes.end());
      for (const auto& hit : segment.hits) {
        if (hit.begin < begin || hit.begin >= end || hit.code >= codebook.codes.size()) continue;
        const std::string& code = codebook.codes[hit.code].id;
        sides.codes[1].insert(code);
        const std::size_t hit_end = std::min<std::size_t>(hit.end, segment.text.size());
        const std::string term =
            hit.begin < hit_end ? segment.text.substr(hit.begin, hit_end - hit.begin) : "";
        add_evidence(sides.evidence, {fmt::format("{}: {} → {}", code,
                                                  codebook::describe_hit_pattern(codebook, hit),
                                                  term)});
      }
      return sides;
    };
    add_units(document, hand_codable_segments(document), kind, codes_of, units);
  }
  return units;
}

std::vector<Unit> units_between_coders(const std::vector<Document>& versions, UnitKind kind,
                                       const std::vector<std::string>& sources) {
  if (versions.empty()) return {};
  const Document& first = versions.front();
  const auto first_segments = hand_codable_segments(first);
  std::vector<std::vector<const Segment*>> aligned{first_segments};
  std::vector<util::Diagnostic> problems;
  for (std::size_t v = 1; v < versions.size(); ++v) {
    auto segments = hand_codable_segments(versions[v]);
    const std::string no_source;
    auto found = check_alignment(first, first_segments, versions[v], segments,
                                 v < sources.size() ? sources[v] : no_source);
    problems.insert(problems.end(), found.begin(), found.end());
    aligned.push_back(std::move(segments));
  }
  if (!problems.empty()) throw util::DiagnosticError(std::move(problems));

  std::map<const Segment*, std::size_t> position;
  for (std::size_t i = 0; i < first_segments.size(); ++i) position[first_segments[i]] = i;
  auto codes_of = [&](const Segment& segment, std::size_t, std::size_t) {
    SideCodes sides;
    const std::size_t i = position.at(&segment);
    for (const auto& segments : aligned) {
      const auto& manual = segments[i]->manual_codes;
      sides.codes.emplace_back(manual.begin(), manual.end());
    }
    return sides;
  };
  std::vector<Unit> units;
  add_units(first, first_segments, kind, codes_of, units);
  return units;
}

}  // namespace goalchain::agreement
