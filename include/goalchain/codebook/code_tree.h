// The codes of a codebook as a tree, for the writers that nest them.
#pragma once

#include "goalchain/codebook/codebook.h"

#include <cstddef>
#include <vector>

namespace goalchain::codebook {

struct CodeTree {
  std::vector<std::size_t> roots;                  // codes without a (known) parent
  std::vector<std::vector<std::size_t>> children;  // per code, in codebook order
};

// Roots and children in the order of the codebook. A code whose parent is
// unknown, or that sits on a parent cycle, counts as a root, so every code
// appears exactly once.
CodeTree build_code_tree(const Codebook& codebook);

// The part of a child's id that names it below its parent: "police" for
// "actor.police" under "actor"; the whole id when it does not start with the
// parent's id and a '.'.
std::string local_code_key(const Codebook& codebook, std::size_t code);

}  // namespace goalchain::codebook
