// quanteda dictionaries in YAML: read as codebooks, and written from them.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/util/diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

// Reads a quanteda YAML dictionary: a map from keys to lists of glob patterns,
// nested maps for levels ("mål: {förebyggande: [förebygg*]}"), or lists that
// mix patterns and maps of sub-keys. Each key becomes a code whose id is the
// path of keys (slugged, joined with '.'), whose label is the key as written
// and whose parent is the enclosing key. `path` names the file in messages and
// names the codebook. Throws util::DiagnosticError listing every problem
// (invalid YAML, a key that is not text, duplicate keys, invalid patterns).
Codebook import_quanteda_dictionary(std::string_view yaml_text, const std::string& path,
                                    std::vector<util::Diagnostic>& warnings);

// The codebook as a quanteda YAML dictionary (quanteda::dictionary(file = ...)
// reads it): top-level codes are keys, children nested under their parent
// (keyed by the part of their id after the parent's, else by the whole id),
// keywords the glob patterns. A code with keywords and children lists its
// patterns first, then one map per child. Deterministic.
//
// quanteda has no rules, exclusions, requirements, stems or regular
// expressions: rules and regex keywords are left out, compound keywords become
// wildcards ("människohandel" as a compound head: "människohandel*"), stemmed
// keywords are written as written. Each such loss is described in `notes`
// ("code 'pmh': 1 rule left out"), one line per code, when given.
std::string render_quanteda_dictionary(const Codebook& codebook,
                                       std::vector<std::string>* notes = nullptr);

}  // namespace goalchain::codebook
