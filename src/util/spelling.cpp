#include "goalchain/util/spelling.h"

#include "goalchain/util/utf8.h"

#include <algorithm>
#include <limits>

namespace goalchain::util {
namespace {

std::u32string to_folded_code_points(std::string_view text) {
  const std::string folded = fold_case(text);
  std::u32string out;
  for (std::size_t pos = 0; pos < folded.size();) out += decode_code_point(folded, pos);
  return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  const std::u32string a = to_folded_code_points(a_text);
  const std::u32string b = to_folded_code_points(b_text);
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

std::optional<std::string> suggest_closest(std::string_view word,
                                           const std::vector<std::string>& candidates) {
  const std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, count_code_points(word) / 3));
  std::size_t best = std::numeric_limits<std::size_t>::max();
  std::optional<std::string> suggestion;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance <= limit && distance < best) {
      best = distance;
      suggestion = candidate;
    }
  }
  return suggestion;
}

}  // namespace goalchain::util
