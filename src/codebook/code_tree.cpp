#include "goalchain/codebook/code_tree.h"

#include <string>
#include <unordered_map>

namespace goalchain::codebook {

CodeTree build_code_tree(const Codebook& codebook) {
  const std::size_t n = codebook.codes.size();
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < n; ++i) index.emplace(codebook.codes[i].id, i);

  std::vector<std::size_t> parent(n, n);  // n: no parent
  for (std::size_t i = 0; i < n; ++i) {
    const auto found = index.find(codebook.codes[i].parent);
    if (!codebook.codes[i].parent.empty() && found != index.end()) parent[i] = found->second;
  }
  // A code on a cycle is cut loose from its parent, so the tree stays finite.
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t steps = 0;
    for (std::size_t p = parent[i]; p != n; p = parent[p]) {
      if (p == i || ++steps > n) {
        parent[i] = n;
        break;
      }
    }
  }

  CodeTree tree;
  tree.children.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (parent[i] == n) {
      tree.roots.push_back(i);
    } else {
      tree.children[parent[i]].push_back(i);
    }
  }
  return tree;
}

std::string local_code_key(const Codebook& codebook, std::size_t code) {
  const Code& c = codebook.codes[code];
  if (!c.parent.empty() && c.id.size() > c.parent.size() + 1 && c.id.starts_with(c.parent) &&
      c.id[c.parent.size()] == '.') {
    return c.id.substr(c.parent.size() + 1);
  }
  return c.id;
}

}  // namespace goalchain::codebook
