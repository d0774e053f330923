// The checks every YAML reader (codebooks, YAML-coded documents, manifests,
// quanteda dictionaries) runs on its text before it builds a node tree:
// yaml-cpp accepts duplicate keys and later documents silently, builds
// cyclic graphs from self-referencing aliases (`a: &x {b: *x}`) that a tree
// walk follows for ever, and expands alias bombs until memory runs out.
#pragma once

#include "goalchain/util/diagnostic.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::util {

// Limits on one YAML text; each exceeded limit is an error naming it.
struct YamlLimits {
  // Maps and lists inside one another. A codebook nests codes a few levels
  // deep, a document its sections; neither comes near this.
  int max_depth = 100;
  // Nodes that aliases add when expanded: `*x` adds every node under `&x`.
  std::size_t max_alias_nodes = 100000;
};

struct YamlCheck {
  std::vector<Diagnostic> problems;  // in the order of the file
  // False when no node tree may be built from the text: invalid UTF-8, a
  // forbidden control character, or
  // nesting, an alias or alias expansion beyond the limits. Duplicate keys
  // and a second document are problems the reader reports beside its own.
  bool loadable = true;
};

// Every problem in `text` (`path` names it in messages) that would make a
// tree walk unsafe or a reading ambiguous, each with line, column and caret:
// invalid UTF-8 and control characters YAML forbids (the first few bytes),
// nesting deeper than limits.max_depth,
// an alias inside the node it names, aliases expanding to more than
// limits.max_alias_nodes nodes, a key given twice in one map, and a second
// document after `---`. YAML syntax errors are left to the reader, which
// reports them with its own hint.
YamlCheck check_yaml_text(std::string_view text, const std::string& path,
                          const YamlLimits& limits = {});

}  // namespace goalchain::util
