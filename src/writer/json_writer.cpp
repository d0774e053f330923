#include "goalchain/writer/json_writer.h"

#include "goalchain/util/utf8.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::writer {
namespace {

using json = nlohmann::ordered_json;

constexpr int json_format_version = 1;

json string_or_null(std::string_view text) {
  if (text.empty()) return nullptr;
  return json(std::string(text));
}

json year_or_null(int year) {
  if (year == 0) return nullptr;
  return json(year);
}


json render_codebook(const codebook::Codebook& codebook) {
  json codes = json::array();
  for (const auto& code : codebook.codes) {
    codes.push_back(json{{"id", code.id},
                         {"label", code.label},
                         {"label_en", code.label_en},
                         {"parent", code.parent}});
  }
  return json{{"name", codebook.name},
              {"title", codebook.title},
              {"language", codebook.language},
              {"path", codebook.path},
              {"codes", std::move(codes)}};
}

json render_segment(const document::Segment& segment,
                    const std::vector<report::SegmentCode>& segment_codes,
                    const codebook::Codebook& codebook) {
  json section = json::array();
  for (const auto& heading : segment.section) section.push_back(heading);

  json codes = json::array();
  for (const auto& code : segment_codes) {
    json terms = json::array();
    for (const auto& term : code.terms) terms.push_back(term);
    json hits = json::array();
    for (const auto& hit : segment.hits) {
      if (hit.code != code.code) continue;
      const std::string_view text = segment.text;
      const std::string_view prefix = text.substr(0, hit.begin);
      const std::string_view term = text.substr(hit.begin, hit.end - hit.begin);
      const auto start = util::count_code_points(prefix);
      hits.push_back(json{{"term", std::string(term)},
                          {"pattern", codebook::describe_hit_pattern(codebook, hit)},
                          {"start", start},
                          {"end", start + util::count_code_points(term)},
                          {"rule", string_or_null(codebook::describe_hit_rule(codebook, hit))},
                          {"weight", hit.weight}});
    }
    codes.push_back(json{{"code", codebook.codes.at(code.code).id},
                         {"terms", std::move(terms)},
                         {"hits", std::move(hits)}});
  }

  json manual_codes = json::array();
  for (const auto& code : segment.manual_codes) manual_codes.push_back(code);
  json out{{"id", segment.id},
           {"kind", std::string(document::to_string(segment.kind))},
           {"page", segment.page},
           {"line", segment.line},
           {"last_line", segment.last_line},
           {"section", std::move(section)},
           {"text", segment.text},
           {"codes", std::move(codes)},
           {"manual_codes", std::move(manual_codes)}};
  if (!segment.parent.empty()) out["parent"] = segment.parent;
  return out;
}

json render_document(const report::ReportModel& model, std::size_t index,
                     const std::string& county_slug) {
  const auto& doc = model.documents[index];
  const auto& codebook = *model.codebook;
  json segments = json::array();
  for (std::size_t s = 0; s < doc.segments.size(); ++s) {
    segments.push_back(
        render_segment(doc.segments[s], model.segment_codes.at(index).at(s), codebook));
  }
  json removed = json::array();
  for (const auto& line : doc.removed_lines) {
    removed.push_back(json{{"text", line.text}, {"count", line.count}});
  }
  json county = nullptr;
  json county_code = nullptr;
  if (doc.county != nullptr) {
    county = std::string(doc.county->name);
    county_code = std::string(doc.county->code);
  }
  return json{{"id", doc.id},
              {"path", doc.path},
              {"county", std::move(county)},
              {"county_code", std::move(county_code)},
              {"county_slug", county_slug},
              {"type", std::string(document::to_string(doc.type))},
              {"period",
               json{{"from", year_or_null(doc.period.from)}, {"to", year_or_null(doc.period.to)}}},
              {"title", doc.title},
              {"format", doc.format},
              {"encoding", doc.encoding},
              {"source", doc.source},
              {"language", doc.language},
              {"pages", doc.pages},
              {"removed_lines", std::move(removed)},
              {"segments", std::move(segments)}};
}

json render_county(const report::ReportModel& model, const report::CountyReport& county) {
  const auto& codebook = *model.codebook;
  json documents = json::array();
  for (const std::size_t d : county.documents) documents.push_back(model.documents.at(d).path);

  json code_counts = json::object();
  json code_hits = json::object();
  json code_segments_with_children = json::object();
  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    const report::CodeCount counts =
        c < county.code_counts.size() ? county.code_counts[c] : report::CodeCount{};
    const auto& id = codebook.codes[c].id;
    code_counts[id] = counts.segments;
    code_hits[id] = counts.hits;
    code_segments_with_children[id] = counts.segments_with_children;
  }

  return json{{"county", county.name},
              {"county_code", string_or_null(county.code)},
              {"slug", county.slug},
              {"documents", std::move(documents)},
              {"segments", county.segments},
              {"coded_segments", county.coded_segments},
              {"code_counts", std::move(code_counts)},
              {"code_hits", std::move(code_hits)},
              {"code_segments_with_children", std::move(code_segments_with_children)}};
}

}  // namespace

std::string render_json(const report::ReportModel& model) {
  if (model.codebook == nullptr) {
    throw std::invalid_argument("render_json: the report model has no codebook");
  }
  json root;
  root["goalchain"] = json{{"version", model.tool_version}, {"format", json_format_version}};
  root["codebook"] = render_codebook(*model.codebook);

  // Each document's county group, as the model grouped it ("okant-lan" if none).
  std::vector<std::string> slugs(model.documents.size(), "okant-lan");
  for (const auto& county : model.counties) {
    for (const std::size_t d : county.documents) {
      if (d < slugs.size()) slugs[d] = county.slug;
    }
  }
  json documents = json::array();
  for (std::size_t d = 0; d < model.documents.size(); ++d) {
    documents.push_back(render_document(model, d, slugs[d]));
  }
  root["documents"] = std::move(documents);

  json counties = json::array();
  for (const auto& county : model.counties) counties.push_back(render_county(model, county));
  root["counties"] = std::move(counties);

  // Invalid UTF-8 cannot come from the readers (they convert to UTF-8), but a
  // replacement character is better than losing the whole report.
  return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace goalchain::writer
