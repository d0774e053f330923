#include "goalchain/codebook/matcher.h"

#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

namespace goalchain::codebook {
namespace {

struct CompiledPattern {
  std::uint32_t code = 0;
  std::uint32_t keyword = 0;
  std::vector<PatternWord> words;
};

bool word_matches(const PatternWord& word, std::string_view token) {
  if (word.any_prefix && word.any_suffix) return token.find(word.text) != std::string_view::npos;
  if (word.any_suffix) return token.starts_with(word.text);
  if (word.any_prefix) return token.ends_with(word.text);
  return token == word.text;
}

}  // namespace

std::vector<PatternWord> parse_pattern(std::string_view pattern, std::string& error) {
  std::vector<PatternWord> words;
  error.clear();
  // Split on everything that is neither a word character nor '*', as the
  // tokenizer splits text, so "hbtq-personer" is the phrase "hbtq personer".
  std::size_t pos = 0;
  std::string current;
  auto close = [&]() -> bool {
    if (current.empty()) return true;
    PatternWord word;
    word.any_prefix = current.front() == '*';
    word.any_suffix = current.size() > 1 && current.back() == '*';
    const std::size_t first = word.any_prefix ? 1 : 0;
    const std::size_t last = current.size() - (word.any_suffix ? 1 : 0);
    const std::string core = current.substr(first, last - first);
    if (core.empty()) {
      error = "'*' must be attached to a word";
      return false;
    }
    if (core.find('*') != std::string::npos) {
      error = "'*' may only stand at the start or end of a word";
      return false;
    }
    word.text = util::fold_case(core);
    words.push_back(std::move(word));
    current.clear();
    return true;
  };
  while (pos < pattern.size()) {
    const std::size_t start = pos;
    const char32_t cp = util::decode_code_point(pattern, pos);
    if (cp == U'*' || util::is_word_character(cp)) {
      current.append(pattern.substr(start, pos - start));
    } else if (!close()) {
      return {};
    }
  }
  if (!close()) return {};
  if (words.empty()) {
    error = "the pattern has no words";
    return {};
  }
  return words;
}

struct Matcher::Impl {
  std::vector<CompiledPattern> patterns;
  // Patterns indexed by how their first word can be looked up for a token.
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_exact;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_prefix;  // "word*"
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_suffix;  // "*word"
  std::vector<std::uint32_t> infix;                                       // "*word*"
  std::vector<std::size_t> prefix_lengths;
  std::vector<std::size_t> suffix_lengths;

  void add_candidates(const std::vector<std::uint32_t>& ids, std::vector<std::uint32_t>& out) const {
    out.insert(out.end(), ids.begin(), ids.end());
  }

  // Patterns whose first word matches `token`.
  void candidates_for(std::string_view token, std::vector<std::uint32_t>& out) const {
    out.clear();
    if (auto it = by_exact.find(std::string(token)); it != by_exact.end()) add_candidates(it->second, out);
    for (const std::size_t length : prefix_lengths) {
      if (length > token.size()) break;
      if (auto it = by_prefix.find(std::string(token.substr(0, length))); it != by_prefix.end()) {
        add_candidates(it->second, out);
      }
    }
    for (const std::size_t length : suffix_lengths) {
      if (length > token.size()) break;
      if (auto it = by_suffix.find(std::string(token.substr(token.size() - length)));
          it != by_suffix.end()) {
        add_candidates(it->second, out);
      }
    }
    for (const std::uint32_t id : infix) {
      if (word_matches(patterns[id].words.front(), token)) out.push_back(id);
    }
  }
};

Matcher::Matcher(const Codebook& codebook) : impl_(std::make_unique<Impl>()) {
  std::set<std::size_t> prefix_lengths;
  std::set<std::size_t> suffix_lengths;
  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    const auto& keywords = codebook.codes[c].keywords;
    for (std::size_t k = 0; k < keywords.size(); ++k) {
      std::string error;
      auto words = parse_pattern(keywords[k], error);
      if (words.empty()) continue;  // parse_codebook reports these
      const auto id = static_cast<std::uint32_t>(impl_->patterns.size());
      const PatternWord& first = words.front();
      if (first.any_prefix && first.any_suffix) {
        impl_->infix.push_back(id);
      } else if (first.any_suffix) {
        impl_->by_prefix[first.text].push_back(id);
        prefix_lengths.insert(first.text.size());
      } else if (first.any_prefix) {
        impl_->by_suffix[first.text].push_back(id);
        suffix_lengths.insert(first.text.size());
      } else {
        impl_->by_exact[first.text].push_back(id);
      }
      impl_->patterns.push_back(
          {static_cast<std::uint32_t>(c), static_cast<std::uint32_t>(k), std::move(words)});
    }
  }
  impl_->prefix_lengths.assign(prefix_lengths.begin(), prefix_lengths.end());
  impl_->suffix_lengths.assign(suffix_lengths.begin(), suffix_lengths.end());
}

Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

std::vector<Hit> Matcher::match(std::string_view text) const {
  const auto tokens = util::tokenize_words(text);
  std::vector<Hit> hits;
  std::vector<std::uint32_t> candidates;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    impl_->candidates_for(tokens[i].folded, candidates);
    for (const std::uint32_t id : candidates) {
      const CompiledPattern& pattern = impl_->patterns[id];
      const std::size_t n = pattern.words.size();
      if (i + n > tokens.size()) continue;
      bool matched = true;
      for (std::size_t w = 1; w < n && matched; ++w) {
        matched = word_matches(pattern.words[w], tokens[i + w].folded);
      }
      if (!matched) continue;
      hits.push_back({pattern.code, pattern.keyword, static_cast<std::uint32_t>(tokens[i].begin),
                      static_cast<std::uint32_t>(tokens[i + n - 1].end)});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return std::tie(a.begin, a.code, a.end, a.keyword) < std::tie(b.begin, b.code, b.end, b.keyword);
  });
  // One hit per code and span: two keywords of one code matching the same words
  // are one piece of evidence, credited to the first keyword.
  hits.erase(std::unique(hits.begin(), hits.end(),
                         [](const Hit& a, const Hit& b) {
                           return a.code == b.code && a.begin == b.begin && a.end == b.end;
                         }),
             hits.end());
  return hits;
}

}  // namespace goalchain::codebook
