#include "goalchain/writer/document_refs.h"

#include "goalchain/util/utf8.h"

#include <stdexcept>

namespace goalchain::writer {

DocumentRefs::DocumentRefs(const document::Document& doc, const std::vector<chain::Chain>* chains)
    : doc_(doc) {
  const auto add = [&](const std::vector<std::string>& path) {
    const auto [it, added] = section_index_.try_emplace(&path, sections_.size());
    if (added) sections_.push_back(&path);
    return it->second;
  };
  segment_sections_.reserve(doc.segments.size());
  segment_index_.reserve(doc.segments.size());
  for (std::size_t s = 0; s < doc.segments.size(); ++s) {
    // Runs of segments stand under one heading: one comparison, not a look-up.
    const bool as_before = s > 0 && doc.segments[s].section == doc.segments[s - 1].section;
    segment_sections_.push_back(as_before ? segment_sections_.back() : add(doc.segments[s].section));
    segment_index_.try_emplace(doc.segments[s].id, s);
  }
  if (chains != nullptr) {
    for (const auto& chain : *chains) add(chain.section);
  }
}

std::size_t DocumentRefs::section_of(const std::vector<std::string>& path) const {
  const auto found = section_index_.find(&path);
  if (found == section_index_.end()) {
    throw std::invalid_argument("DocumentRefs: a section path the document does not have");
  }
  return found->second;
}

std::optional<std::size_t> DocumentRefs::segment_of(std::string_view id) const {
  const auto found = segment_index_.find(id);
  if (found == segment_index_.end()) return std::nullopt;
  return found->second;
}

std::optional<std::pair<std::size_t, std::size_t>> DocumentRefs::span_of(
    std::size_t s, std::string_view words) const {
  const std::string_view text = doc_.segments.at(s).text;
  const std::size_t at = text.find(words);
  if (at == std::string_view::npos) return std::nullopt;
  const std::size_t start = util::count_code_points(text.substr(0, at));
  return std::pair(start, start + util::count_code_points(words));
}

}  // namespace goalchain::writer
