#include "chain_pieces.h"

#include <algorithm>

namespace goalchain::chain {

Piece piece_of(const document::Segment& segment, std::optional<Role> role, std::size_t begin,
               std::size_t end) {
  Piece piece;
  piece.segment = &segment;
  piece.role = role;
  piece.begin = begin;
  piece.end = end;
  piece.content = begin;
  return piece;
}

std::string_view piece_text(const Piece& p) {
  return std::string_view(p.segment->text).substr(p.content, p.end - p.content);
}

Piece lead_in_of(const Piece& item) {
  Piece lead = piece_of(*item.lead_segment, std::nullopt, item.lead_begin, item.lead_end);
  lead.lead_in = true;
  return lead;
}

namespace {

ElementPart part_of(const Piece& piece) {
  return ElementPart{trimmed(piece_text(piece)), piece.segment->id, piece.segment->page,
                     piece.segment->line};
}

}  // namespace

ChainElement element_of(const Element& element) {
  ElementPart first = part_of(element.first());
  ChainElement out{first.text, first.segment_id, first.page, first.line, {}};
  if (element.parts.size() == 1) return out;
  out.parts.push_back(std::move(first));
  for (std::size_t p = 1; p < element.parts.size(); ++p) {
    ElementPart part = part_of(element.parts[p]);
    if (part.text.empty()) continue;
    out.text += (out.text.empty() ? "" : " ") + part.text;
    out.parts.push_back(std::move(part));
  }
  return out;
}

std::vector<Element>* Draft::list_of(Role role) {
  switch (role) {
    case Role::goal:
      return &goal;
    case Role::activity:
      return &activities;
    case Role::indicator:
      return &indicators;
    case Role::responsibility:
      return &responsibility;
    case Role::follow_up:
      return &follow_up;
    case Role::problem:
      return nullptr;
  }
  return nullptr;
}

std::string trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\n");
  return std::string(text.substr(first, last - first + 1));
}

bool ends_sentence(std::string_view text) {
  const std::string t = trimmed(text);
  if (t.empty()) return true;
  const char last = t.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || t.ends_with("…");
}

bool within(const std::vector<std::string>& section, const std::vector<std::string>& outer) {
  return section.size() >= outer.size() && std::equal(outer.begin(), outer.end(), section.begin());
}

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace goalchain::chain
