#include "goalchain/codebook/stemmer.h"

#include <libstemmer.h>

#include <stdexcept>
#include <utility>

namespace goalchain::codebook {

std::vector<std::string> stemmer_algorithms() {
  std::vector<std::string> names;
  for (const char** name = sb_stemmer_list(); *name != nullptr; ++name) names.emplace_back(*name);
  return names;
}

bool is_stemmer_algorithm(std::string_view algorithm) {
  for (const char** name = sb_stemmer_list(); *name != nullptr; ++name) {
    if (algorithm == *name) return true;
  }
  return false;
}

std::string stemmer_algorithm_for_language(std::string_view language) {
  if (language == "sv" || language == "swedish") return "swedish";
  if (language == "en" || language == "english") return "english";
  return {};
}

Stemmer::Stemmer(const std::string& algorithm)
    : stemmer_(sb_stemmer_new(algorithm.c_str(), "UTF_8")) {
  if (stemmer_ == nullptr) throw std::invalid_argument("unknown stemmer '" + algorithm + "'");
}

Stemmer::~Stemmer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

Stemmer::Stemmer(Stemmer&& other) noexcept : stemmer_(std::exchange(other.stemmer_, nullptr)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
  std::swap(stemmer_, other.stemmer_);
  return *this;
}

std::string Stemmer::stem(std::string_view folded_word) {
  const sb_symbol* stemmed =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(folded_word.data()),
                      static_cast<int>(folded_word.size()));
  if (stemmed == nullptr) throw std::bad_alloc();
  return std::string(reinterpret_cast<const char*>(stemmed),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

std::string_view StemCache::stem(std::string_view folded_word) {
  auto it = stems_.find(folded_word);
  if (it == stems_.end()) {
    if (stems_.size() >= kMaxWords) stems_.clear();
    it = stems_.emplace(std::string(folded_word), stemmer_.stem(folded_word)).first;
  }
  return it->second;
}

}  // namespace goalchain::codebook
