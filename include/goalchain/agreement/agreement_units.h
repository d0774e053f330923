// Builds the units agreement is measured on, from coded documents.
#pragma once

#include "goalchain/agreement/agreement_report.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::agreement {

// What one unit of agreement is: a hand-codable segment (a YAML entry), one
// sentence of it, or every hand-codable segment under the same headings.
enum class UnitKind { segment, sentence, section };

// "segment", "sentence", "section".
std::string_view to_string(UnitKind kind);
std::optional<UnitKind> unit_kind_from_string(std::string_view name);

// The person (side 0: the manual codes) against the codebook (side 1: the code
// ids of the segments' hits, which the coding stage must already have filled)
// over the segments a person coded or could have coded (`hand_codable`, or
// with manual codes). A sentence unit (document::split_sentences) takes its
// segment's manual codes and the hits that start in it; a section unit the
// union over the segments with the same headings above them. Each unit's
// evidence lists its hits as "code: pattern → matched words".
std::vector<Unit> units_person_vs_codebook(const std::vector<document::Document>& documents,
                                           const codebook::Codebook& codebook, UnitKind kind);

// Two or more coders' versions of one YAML-coded document, side i being
// versions[i]; units are laid out along the first version. `sources`, when
// given, holds each version's YAML text, so that errors show the source line
// and column. Throws util::DiagnosticError, one problem per version that does
// not fit, when a version describes another document (county, type or period
// differ) or its hand-codable segments do not line up with the first
// version's (count or text; reported at the first segment that differs).
std::vector<Unit> units_between_coders(const std::vector<document::Document>& versions,
                                       UnitKind kind,
                                       const std::vector<std::string>& sources = {});

}  // namespace goalchain::agreement
