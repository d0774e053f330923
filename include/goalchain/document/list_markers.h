// Bullets and enumerators that open list items.
#pragma once

#include <cstddef>
#include <string_view>

namespace goalchain::document {

// Length of a bullet ("•", "-", "–", "*", "▪", the Symbol-font bullets
// pdftotext gives ...) and the white space after it, or 0.
std::size_t bullet_length(std::string_view s);

// Length of "1. ", "12) ", "a) ", "b. " and the white space after it, or 0.
// "s. 14" is a page reference, not item s.
std::size_t enumerator_length(std::string_view s);

// bullet_length, else enumerator_length.
std::size_t list_marker_length(std::string_view s);

}  // namespace goalchain::document
