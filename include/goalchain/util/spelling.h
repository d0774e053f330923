// "Did you mean ...?" for unknown names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::util {

// Edit distance in code points (insertions, deletions, substitutions, and
// transpositions of neighbours), compared case-insensitively.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a plausible typo
// (at most a third of the word's length, and at most 3 edits).
std::optional<std::string> suggest_closest(std::string_view word,
                                           const std::vector<std::string>& candidates);

}  // namespace goalchain::util
