// Snowball stemmers (libstemmer), with the stems of words already seen kept.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sb_stemmer;

namespace goalchain::codebook {

// The Snowball algorithms libstemmer offers ("swedish", "english", ...).
std::vector<std::string> stemmer_algorithms();

// True when `algorithm` names one of them.
bool is_stemmer_algorithm(std::string_view algorithm);

// The algorithm for a codebook `language:` ("sv" -> "swedish", "en" ->
// "english"); empty when there is none.
std::string stemmer_algorithm_for_language(std::string_view language);

// One libstemmer stemmer. Not thread-safe: use one per thread.
class Stemmer {
 public:
  // Throws std::invalid_argument for an unknown algorithm.
  explicit Stemmer(const std::string& algorithm);
  ~Stemmer();
  Stemmer(Stemmer&& other) noexcept;
  Stemmer& operator=(Stemmer&& other) noexcept;
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a case-folded word.
  std::string stem(std::string_view folded_word);

 private:
  sb_stemmer* stemmer_ = nullptr;
};

// A stemmer that stems each distinct word once.
class StemCache {
 public:
  explicit StemCache(const std::string& algorithm) : stemmer_(algorithm) {}

  // The stem of a case-folded word. The view stays valid while the cache
  // lives, until it holds kMaxWords words and starts again empty.
  std::string_view stem(std::string_view folded_word);

  static constexpr std::size_t kMaxWords = 1u << 20;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  Stemmer stemmer_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> stems_;
};

}  // namespace goalchain::codebook
