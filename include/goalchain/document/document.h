// The document model every reader produces and every later stage reads.
#pragma once

#include "goalchain/codebook/hit.h"
#include "goalchain/document/county.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

enum class SegmentKind { heading, paragraph, list_item };

// "heading", "paragraph", "list_item": the names used in every output.
std::string_view to_string(SegmentKind kind);

enum class DocumentType { strategi, handlingsplan, slutredovisning, lagesrapport, annat };

// "strategi", "handlingsplan", "slutredovisning", "lägesrapport", "annat".
std::string_view to_string(DocumentType type);

// Years the document covers; 0 when unknown. A single year has from == to.
struct Period {
  int from = 0;
  int to = 0;
  bool known() const { return from != 0; }
};

// "2017–2020", "2020", or "" when unknown.
std::string to_string(const Period& period);

// One heading, paragraph or list item: the unit that gets coded.
struct Segment {
  std::string id;                    // "<document id>:<n>", stable across runs
  SegmentKind kind = SegmentKind::paragraph;
  int line = 0;                      // first source line, 1-based
  int last_line = 0;                 // last source line
  std::string text;                  // lines joined with single spaces, NFC
  std::vector<std::string> section;  // headings above this segment, outermost first
  std::vector<codebook::Hit> hits;   // filled by the coding stage, in text order
};

struct Document {
  std::string id;    // from the file name: "stockholm-handlingsplan-2020-2022"
  std::string path;  // as given on the command line, or found under a directory
  const County* county = nullptr;  // nullptr when no county could be detected
  DocumentType type = DocumentType::annat;
  Period period;
  std::string title;                 // the first heading or line
  std::string encoding = "utf-8";
  std::vector<Segment> segments;
};

}  // namespace goalchain::document
