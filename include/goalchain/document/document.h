// The document model every reader produces and every later stage reads.
#pragma once

#include "goalchain/codebook/hit.h"
#include "goalchain/document/county.h"
#include "goalchain/document/sentence_splitter.h"
#include "goalchain/util/diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

// What a segment is. Text and PDF give headings, paragraphs, list items and
// footnotes; YAML-coded documents also give the chain elements they spell out.
enum class SegmentKind {
  heading,
  paragraph,
  list_item,
  footnote,
  problem,      // YAML `problem:`
  goal,         // YAML `goal:`
  activity,     // YAML `activity:`
  indicator,    // one YAML `indicators:` item
  responsible,  // one YAML `responsible:` item
  follow_up,    // YAML `follow_up:`
  contents,     // a line of a contents page ("2 Lägesbild ........ 3"): kept, never coded
};

// "heading", "paragraph", "list_item", "footnote", "problem", "goal",
// "activity", "indicator", "responsible", "follow_up", "contents": the names in
// every output.
std::string_view to_string(SegmentKind kind);

// The kind with this name, or nullopt.
std::optional<SegmentKind> segment_kind_from_string(std::string_view name);

enum class DocumentType { strategi, handlingsplan, slutredovisning, lagesrapport, annat };

// "strategi", "handlingsplan", "slutredovisning", "lägesrapport", "annat".
std::string_view to_string(DocumentType type);

// The type whose to_string is `name`, or nullopt.
std::optional<DocumentType> document_type_from_string(std::string_view name);

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
  int page = 1;                      // 1-based; text files count form feeds, PDFs pages
  int line = 0;                      // first source line, 1-based
  int last_line = 0;                 // last source line
  std::string parent;                // id of the segment this one belongs to in a YAML
                                     // structure (goal of an activity, activity of an
                                     // indicator); empty otherwise
  std::string text;                  // lines joined with single spaces, NFC
  std::vector<std::string> section;  // headings above this segment, outermost first
  std::string label;                 // the field label alone on a line above this segment
                                     // ("Aktiviteter" from "Aktiviteter:"); empty otherwise
  std::vector<std::string> manual_codes;  // codes a person gave (YAML `codes:`), as written
  bool hand_codable = false;         // a YAML entry that may carry `codes:`: a person
                                     // coding it with nothing means "none apply"
  int table = 0;                     // a cell of the document's table number `table`
                                     // (1-based) whose rows and columns the segmenter read
                                     // (layout mode, tabs, Markdown); 0: no such cell
  std::vector<codebook::Hit> hits;   // filled by the coding stage, in text order
  std::vector<SentenceSpan> sentences;  // split_sentences(text), kept by the coding stage when
                                        // its codebook has sentence scopes; else empty
};

// A line removed before segmentation because it repeats on the pages
// (running header or footer) or is a page number.
struct RemovedLine {
  std::string text;  // as it appeared the first time
  int count = 0;     // how many times it was removed
};

// Something about a document's metadata the user should check: "the file name
// says Västmanland, the text Uppsala". `field` is the metadata it concerns
// ("county", "type", "period", "language"), so a manifest entry that sets that
// field can drop it.
struct DocumentWarning {
  std::string field;
  std::string message;
};

struct Document {
  std::string id;    // from the file name: "stockholm-handlingsplan-2020-2022"
  std::string path;  // as given on the command line, or found under a directory
  const County* county = nullptr;  // nullptr when no county could be detected
  DocumentType type = DocumentType::annat;
  Period period;
  std::string title;                 // the heading that names the plan, strategy or report
  std::string issuer;                // the body that issued it ("Länsstyrelsen Gävleborg");
                                     // "" when unknown
  std::string format = "text";       // "text", "markdown", "pdf" or "yaml"
  std::string encoding = "utf-8";    // the encoding the bytes were read in
  std::string sha256;                // SHA-256 (hex) of the bytes read, file or standard
                                     // input; "" when the document was not read from bytes
  std::string source;                // YAML `source:`: where the document came from
  std::string language;              // YAML `language:`; empty when not given
  int pages = 1;
  std::vector<RemovedLine> removed_lines;
  std::vector<Segment> segments;
  std::vector<DocumentWarning> warnings;  // doubts about the metadata, for the user
  // What reading it could not do faithfully: bytes replaced by U+FFFD, PDF
  // pages whose text is mostly unmapped characters. Printed, not in outputs.
  std::vector<util::Diagnostic> read_warnings;
};

}  // namespace goalchain::document
