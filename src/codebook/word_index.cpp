#include "goalchain/codebook/word_index.h"

#include "goalchain/codebook/pattern.h"

#include <algorithm>
#include <deque>

namespace goalchain::codebook {
namespace {

// The shortest other part a compound may have: "barn" in "barnprostitution".
constexpr std::size_t kMinCompoundPart = 3;

constexpr std::string_view kSwedish = "swedish";

std::size_t count_code_points(std::string_view bytes) {
  std::size_t count = 0;
  for (const char c : bytes) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

bool is_wildcard(char c) { return c == '*' || c == '?'; }

// The longest run of literal bytes between wildcards.
std::string longest_literal(std::string_view glob) {
  std::string_view best;
  std::size_t pos = 0;
  while (pos < glob.size()) {
    while (pos < glob.size() && is_wildcard(glob[pos])) ++pos;
    const std::size_t start = pos;
    while (pos < glob.size() && !is_wildcard(glob[pos])) ++pos;
    if (pos - start > best.size()) best = glob.substr(start, pos - start);
  }
  return std::string(best);
}

}  // namespace

StemCache& WordScratch::cache(const std::string& algorithm) {
  for (auto& [name, cache] : caches_) {
    if (name == algorithm) return *cache;
  }
  caches_.emplace_back(algorithm, std::make_unique<StemCache>(algorithm));
  return *caches_.back().second;
}

std::uint32_t WordIndex::add(const WordAtom& atom) {
  std::string identity;
  identity += static_cast<char>('0' + static_cast<int>(atom.kind));
  identity += static_cast<char>('0' + static_cast<int>(atom.compound));
  identity += atom.stemmer;
  identity += '\n';
  identity += atom.text;
  if (const auto it = ids_.find(identity); it != ids_.end()) return it->second;

  const auto id = static_cast<std::uint32_t>(atoms_.size());
  ids_.emplace(std::move(identity), id);
  Compiled compiled;
  compiled.atom = atom;
  const std::string& text = atom.text;
  switch (atom.kind) {
    case WordAtom::Kind::glob: {
      const std::size_t first_wildcard = text.find_first_of("*?");
      if (first_wildcard == std::string::npos) {
        forward_keys_.push_back({text, {id, Check::whole}});
      } else if (first_wildcard > 0) {
        const std::string prefix = text.substr(0, first_wildcard);
        const bool plain = first_wildcard + 1 == text.size() && text.back() == '*';
        forward_keys_.push_back({prefix, {id, plain ? Check::any : Check::verify}});
      } else if (!is_wildcard(text.back())) {
        const std::size_t last_wildcard = text.find_last_of("*?");
        std::string suffix = text.substr(last_wildcard + 1);
        const bool plain = last_wildcard == 0 && text.front() == '*';
        std::reverse(suffix.begin(), suffix.end());
        backward_keys_.push_back({suffix, {id, plain ? Check::any : Check::verify}});
      } else {
        const std::string inner = longest_literal(text);
        if (inner.empty()) break;  // wildcards only: rejected by the parser
        const bool plain =
            text.size() == inner.size() + 2 && text.front() == '*' && text.back() == '*';
        inner_keys_.push_back({inner, {id, plain ? Check::any : Check::verify}});
      }
      break;
    }
    case WordAtom::Kind::stem: {
      auto found = std::find(stemmers_.begin(), stemmers_.end(), atom.stemmer);
      if (found == stemmers_.end()) found = stemmers_.insert(stemmers_.end(), atom.stemmer);
      compiled.stemmer = static_cast<std::uint32_t>(found - stemmers_.begin());
      compiled.stem = Stemmer(atom.stemmer).stem(text);
      if (compiled.stem.empty()) break;  // cannot match; lint warns
      if (atom.stemmer == kSwedish) {
        forward_keys_.push_back({compiled.stem, {id, Check::verify}});
      } else {
        if (by_stem_.size() <= compiled.stemmer) by_stem_.resize(compiled.stemmer + 1);
        by_stem_[compiled.stemmer][compiled.stem].push_back(id);
      }
      break;
    }
    case WordAtom::Kind::compound: {
      std::string word = text;
      if (!word.empty() && word.back() == '*') word.pop_back();
      if (word.empty() || word.find_first_of("*?") != std::string::npos) break;
      compiled.key = word;
      inner_keys_.push_back({word, {id, Check::verify}});
      break;
    }
  }
  atoms_.push_back(std::move(compiled));
  return id;
}

void WordIndex::build() {
  std::fill(std::begin(classes_), std::end(classes_), 0);
  class_count_ = 1;
  for (const auto* keys : {&forward_keys_, &backward_keys_, &inner_keys_}) {
    for (const Key& key : *keys) {
      for (const char c : key.bytes) {
        auto& cls = classes_[static_cast<unsigned char>(c)];
        if (cls == 0) cls = static_cast<std::uint8_t>(class_count_++);
      }
    }
  }
  build_double_array(forward_keys_, forward_);
  build_double_array(backward_keys_, backward_);
  build_aho_corasick(inner_keys_, inner_);
  shortest_inner_ = std::string::npos;
  for (const Key& key : inner_keys_) shortest_inner_ = std::min(shortest_inner_, key.bytes.size());
}

namespace {

// A trie with pointers, the first step of both automata.
struct PointerTrie {
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> children;  // (class, node)
  std::vector<std::vector<std::uint32_t>> keys;  // key indexes per node

  std::uint32_t child(std::uint32_t node, std::uint32_t cls) {
    for (const auto& [c, n] : children[node]) {
      if (c == cls) return n;
    }
    const auto created = static_cast<std::uint32_t>(children.size());
    children[node].emplace_back(cls, created);
    children.emplace_back();
    keys.emplace_back();
    return created;
  }
};

PointerTrie make_pointer_trie(const std::vector<std::string>& keys, const std::uint8_t* classes) {
  PointerTrie trie;
  trie.children.emplace_back();
  trie.keys.emplace_back();
  for (std::uint32_t k = 0; k < keys.size(); ++k) {
    std::uint32_t node = 0;
    for (const char c : keys[k]) node = trie.child(node, classes[static_cast<unsigned char>(c)]);
    trie.keys[node].push_back(k);
  }
  return trie;
}

}  // namespace

void WordIndex::build_double_array(const std::vector<Key>& keys, DoubleArray& trie) const {
  std::vector<std::string> bytes;
  for (const Key& key : keys) bytes.push_back(key.bytes);
  PointerTrie pointers = make_pointer_trie(bytes, classes_);
  trie.cells.assign(1, Cell{});
  trie.cells[0].check = -2;  // the root has no parent
  trie.entries.clear();
  std::size_t first_free = 1;
  std::deque<std::pair<std::uint32_t, std::size_t>> queue{{0, 0}};  // trie node, cell
  while (!queue.empty()) {
    const auto [node, cell] = queue.front();
    queue.pop_front();
    trie.cells[cell].entry_begin = static_cast<std::uint32_t>(trie.entries.size());
    for (const std::uint32_t k : pointers.keys[node]) trie.entries.push_back(keys[k].entry);
    trie.cells[cell].entry_end = static_cast<std::uint32_t>(trie.entries.size());
    auto& children = pointers.children[node];
    if (children.empty()) continue;
    std::sort(children.begin(), children.end());
    while (first_free < trie.cells.size() && trie.cells[first_free].check != -1) ++first_free;
    // The smallest base that puts every child on a free cell.
    std::size_t base =
        first_free > children.front().first ? first_free - children.front().first : 1;
    for (;; ++base) {
      bool fits = true;
      for (const auto& [cls, child] : children) {
        const std::size_t t = base + cls;
        if (t < trie.cells.size() && trie.cells[t].check != -1) {
          fits = false;
          break;
        }
      }
      if (fits) break;
    }
    trie.cells[cell].base = static_cast<std::int32_t>(base);
    const std::size_t last = base + children.back().first;
    if (last >= trie.cells.size()) trie.cells.resize(last + 1);
    for (const auto& [cls, child] : children) {
      const std::size_t t = base + cls;
      trie.cells[t].check = static_cast<std::int32_t>(cell);
      queue.emplace_back(child, t);
    }
  }
  // Room for base + any class without bounds checks in the walk.
  trie.cells.resize(trie.cells.size() + class_count_);
}

void WordIndex::build_aho_corasick(const std::vector<Key>& keys, Automaton& automaton) const {
  std::vector<std::string> bytes;
  for (const Key& key : keys) bytes.push_back(key.bytes);
  const PointerTrie pointers = make_pointer_trie(bytes, classes_);
  const std::size_t classes = class_count_;
  const std::size_t nodes = pointers.children.size();
  automaton.next.assign(nodes * classes, 0);
  std::vector<std::vector<Entry>> outputs(nodes);
  for (std::size_t n = 0; n < nodes; ++n) {
    for (const auto& [cls, child] : pointers.children[n]) {
      automaton.next[n * classes + cls] = static_cast<std::int32_t>(child);
    }
    for (const std::uint32_t k : pointers.keys[n]) outputs[n].push_back(keys[k].entry);
  }
  std::vector<std::int32_t> fail(nodes, 0);
  std::deque<std::size_t> queue;
  for (std::size_t c = 1; c < classes; ++c) {
    if (const auto child = automaton.next[c]; child != 0)
      queue.push_back(static_cast<std::size_t>(child));
  }
  while (!queue.empty()) {
    const std::size_t node = queue.front();
    queue.pop_front();
    for (std::size_t c = 1; c < classes; ++c) {
      const std::size_t slot = node * classes + c;
      const std::int32_t fallback =
          automaton.next[static_cast<std::size_t>(fail[node]) * classes + c];
      const std::int32_t child = automaton.next[slot];
      if (child == 0) {
        automaton.next[slot] = fallback;
        continue;
      }
      fail[static_cast<std::size_t>(child)] = fallback;
      const auto& inherited = outputs[static_cast<std::size_t>(fallback)];
      auto& own = outputs[static_cast<std::size_t>(child)];
      own.insert(own.end(), inherited.begin(), inherited.end());
      queue.push_back(static_cast<std::size_t>(child));
    }
  }
  automaton.entry_begin.assign(1, 0);
  automaton.entries.clear();
  for (const auto& list : outputs) {
    automaton.entries.insert(automaton.entries.end(), list.begin(), list.end());
    automaton.entry_begin.push_back(static_cast<std::uint32_t>(automaton.entries.size()));
  }
  // Each transition holds (target * classes) << 1, plus 1 when the target has
  // outputs: one load per byte in the common case.
  for (auto& target : automaton.next) {
    const auto state = static_cast<std::size_t>(target);
    const bool outputs_here = automaton.entry_begin[state] != automaton.entry_begin[state + 1];
    target = static_cast<std::int32_t>(((state * classes) << 1) | (outputs_here ? 1u : 0u));
  }
}

bool WordIndex::verify(const Compiled& atom, std::string_view word, std::size_t key_end,
                       WordScratch& scratch) const {
  switch (atom.atom.kind) {
    case WordAtom::Kind::glob:
      return match_glob(atom.atom.text, word);
    case WordAtom::Kind::stem:
      return scratch.cache(atom.atom.stemmer).stem(word) == atom.stem;
    case WordAtom::Kind::compound: {
      const std::size_t begin = key_end - atom.key.size();
      const bool open_end = atom.atom.text.back() == '*';
      const bool starts = begin == 0;
      const bool ends = key_end == word.size() || open_end;
      const bool after_head =
          begin >= kMinCompoundPart && count_code_points(word.substr(0, begin)) >= kMinCompoundPart;
      const bool before_tail = word.size() - key_end >= kMinCompoundPart &&
                               count_code_points(word.substr(key_end)) >= kMinCompoundPart;
      switch (atom.atom.compound) {
        case Compound::head:
          return starts && (ends || before_tail);
        case Compound::tail:
          return (starts || after_head) && ends;
        case Compound::any:
          return (starts || after_head) && (ends || before_tail);
        case Compound::none:
          return starts && ends;
      }
      return false;
    }
  }
  return false;
}

void WordIndex::take(const Entry* begin, const Entry* end, std::string_view word,
                     std::size_t key_end, bool at_end, bool dedupe, std::size_t first,
                     WordScratch& scratch, std::vector<std::uint32_t>& out) const {
  for (const Entry* entry = begin; entry != end; ++entry) {
    bool matched = false;
    switch (entry->check) {
      case Check::whole:
        matched = at_end;
        break;
      case Check::any:
        matched = true;
        break;
      case Check::verify:
        matched = verify(atoms_[entry->atom], word, key_end, scratch);
        break;
    }
    if (!matched) continue;
    if (dedupe && std::find(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                            entry->atom) != out.end()) {
      continue;
    }
    out.push_back(entry->atom);
  }
}

void WordIndex::match(std::string_view word, WordScratch& scratch,
                      std::vector<std::uint32_t>& out) const {
  const std::size_t first = out.size();
  const std::size_t size = word.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(word.data());

  if (!forward_.entries.empty()) {
    const Cell* cells = forward_.cells.data();
    std::int32_t node = 0;
    for (std::size_t i = 0; i < size; ++i) {
      const std::uint8_t cls = classes_[bytes[i]];
      if (cls == 0) break;
      const std::int32_t next = cells[node].base + cls;
      const Cell& cell = cells[next];
      if (cell.check != node) break;
      node = next;
      if (cell.entry_begin != cell.entry_end) {
        take(&forward_.entries[cell.entry_begin], &forward_.entries[0] + cell.entry_end, word,
             i + 1, i + 1 == size, false, first, scratch, out);
      }
    }
  }
  if (!backward_.entries.empty()) {
    const Cell* cells = backward_.cells.data();
    std::int32_t node = 0;
    for (std::size_t i = size; i-- > 0;) {
      const std::uint8_t cls = classes_[bytes[i]];
      if (cls == 0) break;
      const std::int32_t next = cells[node].base + cls;
      const Cell& cell = cells[next];
      if (cell.check != node) break;
      node = next;
      if (cell.entry_begin != cell.entry_end) {
        take(&backward_.entries[cell.entry_begin], &backward_.entries[0] + cell.entry_end, word,
             size, i == 0, false, first, scratch, out);
      }
    }
  }
  if (!inner_.entries.empty() && size >= shortest_inner_) {
    const std::size_t classes = class_count_;
    const std::int32_t* next = inner_.next.data();
    const std::uint32_t* entry_begin = inner_.entry_begin.data();
    std::size_t row = 0;  // state * classes
    for (std::size_t i = 0; i < size; ++i) {
      const auto target = static_cast<std::uint32_t>(next[row + classes_[bytes[i]]]);
      row = target >> 1;
      if ((target & 1u) != 0) {
        const std::size_t state = row / classes;
        take(&inner_.entries[entry_begin[state]], &inner_.entries[0] + entry_begin[state + 1], word,
             i + 1, i + 1 == size, true, first, scratch, out);
      }
    }
  }
  for (std::uint32_t s = 0; s < by_stem_.size(); ++s) {
    if (by_stem_[s].empty()) continue;
    const std::string_view stem = scratch.cache(stemmers_[s]).stem(word);
    if (const auto it = by_stem_[s].find(stem); it != by_stem_[s].end()) {
      out.insert(out.end(), it->second.begin(), it->second.end());
    }
  }
}

}  // namespace goalchain::codebook
