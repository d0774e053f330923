// A run as a REFI-QDA project (.qdpx, QDA-XML 1.0): the exchange format in
// which NVivo, ATLAS.ti, MAXQDA and QualCoder open coded documents.
#pragma once

#include "goalchain/report/report_model.h"

#include <string>
#include <vector>

namespace goalchain::writer {

struct QdpxOptions {
  std::string origin;   // the Project's origin attribute: "goalchain 0.1.0"
  std::string created;  // the xsd:dateTime the project states as its creation;
                        // empty: 1980-01-01T00:00:00Z, so that runs give the same bytes
};

// One file of the archive.
struct QdpxEntry {
  std::string name;  // path inside the archive: "project.qde", "sources/<guid>.txt"
  std::string content;
};

// The project of `model`: project.qde first, then one plain-text source per
// document, in the model's order.
//
// A document's source text is its segments' texts (as results.json holds them)
// joined by an empty line, with LF line ends only (a CR in a segment's text is
// written as LF, keeping every position). Each segment with codes
// is a PlainTextSelection whose startPosition and endPosition count Unicode
// code points from the start of that text (end exclusive), so the text between
// them is the segment's text. The engine's codes and the codes a person gave
// (YAML `codes:`) are separate selections, by separate Users. Codes carry the
// GUIDs of the .qdc export; every other GUID is a name-based UUID of what it
// stands for (document path, positions, code id), so runs give the same
// bytes. Documents of a known county are grouped in a Case per county.
// Throws std::invalid_argument when a segment's manual code is not in the
// codebook.
std::vector<QdpxEntry> render_qdpx_project(const report::ReportModel& model,
                                           const QdpxOptions& options);

// `entries` as a zip archive (libzip, deflate), entries in the given order
// with fixed time stamps: the same entries always give the same bytes.
// Throws std::runtime_error when libzip fails.
std::string zip_qdpx_project(const std::vector<QdpxEntry>& entries);

}  // namespace goalchain::writer
