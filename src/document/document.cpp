#include "goalchain/document/document.h"

#include <string>

namespace goalchain::document {

std::string_view to_string(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::heading:
      return "heading";
    case SegmentKind::paragraph:
      return "paragraph";
    case SegmentKind::list_item:
      return "list_item";
    case SegmentKind::footnote:
      return "footnote";
    case SegmentKind::problem:
      return "problem";
    case SegmentKind::goal:
      return "goal";
    case SegmentKind::activity:
      return "activity";
    case SegmentKind::indicator:
      return "indicator";
    case SegmentKind::responsible:
      return "responsible";
    case SegmentKind::follow_up:
      return "follow_up";
    case SegmentKind::contents:
      return "contents";
  }
  return "paragraph";
}

std::optional<SegmentKind> segment_kind_from_string(std::string_view name) {
  for (const SegmentKind kind :
       {SegmentKind::heading, SegmentKind::paragraph, SegmentKind::list_item, SegmentKind::footnote,
        SegmentKind::problem, SegmentKind::goal, SegmentKind::activity, SegmentKind::indicator,
        SegmentKind::responsible, SegmentKind::follow_up, SegmentKind::contents}) {
    if (to_string(kind) == name) return kind;
  }
  return std::nullopt;
}

std::string_view to_string(DocumentType type) {
  switch (type) {
    case DocumentType::strategi:
      return "strategi";
    case DocumentType::handlingsplan:
      return "handlingsplan";
    case DocumentType::slutredovisning:
      return "slutredovisning";
    case DocumentType::lagesrapport:
      return "lägesrapport";
    case DocumentType::annat:
      return "annat";
  }
  return "annat";
}

std::optional<DocumentType> document_type_from_string(std::string_view name) {
  for (const DocumentType type : {DocumentType::strategi, DocumentType::handlingsplan,
                                  DocumentType::slutredovisning, DocumentType::lagesrapport,
                                  DocumentType::annat}) {
    if (to_string(type) == name) return type;
  }
  return std::nullopt;
}

std::string to_string(const Period& period) {
  if (!period.known()) return {};
  if (period.to == 0 || period.to == period.from) return std::to_string(period.from);
  return std::to_string(period.from) + "\u2013" + std::to_string(period.to);
}

}  // namespace goalchain::document
