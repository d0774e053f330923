#include "goalchain/util/spelling.h"

#include "goalchain/util/utf8.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace goalchain::util {
namespace {

std::u32string to_code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t pos = 0; pos < text.size();) out += decode_code_point(text, pos);
  return out;
}

// Optimal string alignment distance: insertions, deletions, substitutions and
// transpositions of neighbours each count one.
std::size_t distance_between(const std::u32string& a, const std::u32string& b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

}  // namespace

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  return distance_between(to_code_points(fold_case(a_text)), to_code_points(fold_case(b_text)));
}

std::optional<std::string> suggest_closest(std::string_view word,
                                           const std::vector<std::string>& candidates) {
  const std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, count_code_points(word) / 3));
  const std::u32string exact_word = to_code_points(word);
  // Fewest edits without regard to case; among equals, fewest with regard to
  // case ("NS5" is nearer "NS1" than "ns"); then the first candidate.
  std::pair<std::size_t, std::size_t> best{std::numeric_limits<std::size_t>::max(), 0};
  std::optional<std::string> suggestion;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance > limit) continue;
    const std::pair<std::size_t, std::size_t> rank{
        distance, distance_between(exact_word, to_code_points(candidate))};
    if (rank < best) {
      best = rank;
      suggestion = candidate;
    }
  }
  return suggestion;
}

}  // namespace goalchain::util
