// Holders (chains, or the activities of chains) indexed by the keys of their
// words (task_word_key), and which of them share the most keys with a line:
// the lookup behind a section of roles and indicators set apart from their
// goals. Linear in the keys added and looked up.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace goalchain::chain {

template <typename Holder>
class KeyOverlap {
 public:
  // Records that `holder` holds `key`. Each holder's keys are added together,
  // holder after holder, so a repeat is the holder just added.
  void add(const std::string& key, const Holder& holder) {
    auto& list = holders_[key];
    if (list.empty() || list.back() != holder) list.push_back(holder);
  }

  // For each holder, how many of `keys` it holds; a key held by more than
  // `common` holders is too common to say anything and is not counted.
  std::map<Holder, std::size_t> shared(const std::vector<std::string>& keys, std::size_t common) const {
    std::map<Holder, std::size_t> counts;
    for (const auto& key : keys) {
      const auto it = holders_.find(key);
      if (it == holders_.end() || it->second.size() > common) continue;
      for (const Holder& holder : it->second) ++counts[holder];
    }
    return counts;
  }

 private:
  std::unordered_map<std::string, std::vector<Holder>> holders_;
};

// The highest count of `counts`, 0 when it is empty.
template <typename Holder>
std::size_t most_shared(const std::map<Holder, std::size_t>& counts) {
  std::size_t best = 0;
  for (const auto& [holder, count] : counts) best = best < count ? count : best;
  return best;
}

}  // namespace goalchain::chain
