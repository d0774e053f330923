#include "goalchain/codebook/pattern.h"

#include "goalchain/util/utf8.h"

#include <algorithm>
#include <vector>

namespace goalchain::codebook {
namespace {

bool is_wildcard(char32_t cp) { return cp == U'*' || cp == U'?'; }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t next_code_point(std::string_view text, std::size_t pos) {
  ++pos;
  while (pos < text.size() && is_continuation(text[pos])) ++pos;
  return pos;
}

// A glob as symbols: a code point, '*' or '?'.
struct GlobSymbol {
  std::string_view bytes;
  char kind;  // 'c' literal, '*', '?'
};

std::vector<GlobSymbol> split_glob(std::string_view glob) {
  std::vector<GlobSymbol> symbols;
  std::size_t pos = 0;
  while (pos < glob.size()) {
    const std::size_t next = next_code_point(glob, pos);
    const std::string_view bytes = glob.substr(pos, next - pos);
    const char kind = bytes == "*" ? '*' : bytes == "?" ? '?' : 'c';
    symbols.push_back({bytes, kind});
    pos = next;
  }
  return symbols;
}

}  // namespace

bool has_word_characters(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (util::is_word_character(util::decode_code_point(text, pos))) return true;
  }
  return false;
}

std::vector<PatternWord> parse_pattern(std::string_view pattern, std::string& error) {
  std::vector<PatternWord> words;
  error.clear();
  std::string current;
  bool current_has_word_character = false;
  auto close = [&]() -> bool {
    if (current.empty()) return true;
    if (!current_has_word_character) {
      error = current.find('*') != std::string::npos ? "'*' must be attached to a word"
                                                     : "'?' must be attached to a word";
      return false;
    }
    words.push_back({util::fold_case(current)});
    current.clear();
    current_has_word_character = false;
    return true;
  };
  std::size_t pos = 0;
  bool blank = true;
  while (pos < pattern.size()) {
    const std::size_t start = pos;
    const char32_t cp = util::decode_code_point(pattern, pos);
    if (cp != U' ' && cp != U'\t' && cp != U'\n' && cp != U'\r') blank = false;
    const bool word_character = util::is_word_character(cp);
    if (word_character || is_wildcard(cp)) {
      current.append(pattern.substr(start, pos - start));
      current_has_word_character = current_has_word_character || word_character;
    } else if (!close()) {
      return {};
    }
  }
  if (!close()) return {};
  if (blank) {
    error = "the pattern is empty";
    return {};
  }
  if (words.empty()) {
    error = "the pattern has no letters or digits";
    return {};
  }
  return words;
}

bool match_glob(std::string_view glob, std::string_view word) {
  std::size_t g = 0;
  std::size_t w = 0;
  std::size_t star = std::string_view::npos;  // glob position after the last '*'
  std::size_t resume = 0;                     // word position that '*' absorbs up to
  while (w < word.size()) {
    if (g < glob.size() && glob[g] == '?') {
      ++g;
      w = next_code_point(word, w);
    } else if (g < glob.size() && glob[g] == '*') {
      star = ++g;
      resume = w;
    } else if (g < glob.size() && glob[g] == word[w]) {
      ++g;
      ++w;
    } else if (star != std::string_view::npos) {
      resume = next_code_point(word, resume);
      w = resume;
      g = star;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

bool glob_covers(std::string_view general, std::string_view specific) {
  const auto a = split_glob(general);
  const auto b = split_glob(specific);
  // covered[i][j]: a[i..] covers b[j..].
  std::vector<std::vector<char>> covered(a.size() + 1, std::vector<char>(b.size() + 1, 0));
  covered[a.size()][b.size()] = 1;
  for (std::size_t i = a.size() + 1; i-- > 0;) {
    for (std::size_t j = b.size() + 1; j-- > 0;) {
      if (i == a.size()) {
        covered[i][j] = j == b.size();
        continue;
      }
      const GlobSymbol& x = a[i];
      if (x.kind == '*') {
        // '*' absorbs nothing, or one more symbol of `specific` (of any kind).
        covered[i][j] = covered[i + 1][j] || (j < b.size() && covered[i][j + 1]);
        continue;
      }
      if (j == b.size()) continue;
      const GlobSymbol& y = b[j];
      if (y.kind == '*') continue;  // only '*' covers a run of any length
      const bool one = x.kind == '?' || (y.kind == 'c' && x.bytes == y.bytes);
      covered[i][j] = one && covered[i + 1][j + 1];
    }
  }
  return covered[0][0] != 0;
}

}  // namespace goalchain::codebook
