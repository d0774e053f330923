// Export of a codebook as a REFI-QDA codebook (.qdc, QDA-XML 1.0), the
// exchange format NVivo, ATLAS.ti, MAXQDA and QualCoder import.
#pragma once

#include "goalchain/codebook/codebook.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

// The codebook as a QDA-XML codebook in the namespace urn:QDA-XML:codebook:1.0:
// one <Code> per code, children nested in their parent, name = label, color
// when the code has a valid one, <Description> = the description followed by
// the code's id and keywords.
// `origin` fills the root's origin attribute ("goalchain 0.1.0"). GUIDs come
// from derive_code_guid, so the same codebook always gives the same bytes.
// Throws std::invalid_argument for a codebook without codes (the schema
// requires at least one).
std::string render_qdc_codebook(const Codebook& codebook, std::string_view origin);

// A name-based UUID (version 5, SHA-1, RFC 4122 URL namespace) of
// "goalchain:<codebook name>/<code path>", the code path being the ids from
// the root down to the code joined with '/'. Lower-case 8-4-4-4-12 hex.
std::string derive_code_guid(std::string_view codebook_name, std::string_view code_path);

// derive_code_guid of every code, indexed like Codebook::codes: the GUIDs a
// project export refers to, the same as the .qdc's.
std::vector<std::string> derive_code_guids(const Codebook& codebook);

// The <Codes> element the .qdc holds, indented by `depth` levels of two
// spaces, without a namespace of its own: a REFI-QDA project (.qde) holds the
// same codes in its <CodeBook>.
std::string render_qda_codes(const Codebook& codebook, int depth);

}  // namespace goalchain::codebook
