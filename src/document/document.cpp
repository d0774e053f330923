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
  }
  return "paragraph";
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

std::string to_string(const Period& period) {
  if (!period.known()) return {};
  if (period.to == 0 || period.to == period.from) return std::to_string(period.from);
  return std::to_string(period.from) + "\u2013" + std::to_string(period.to);
}

}  // namespace goalchain::document
