#include "goalchain/document/line_breaks.h"

#include "goalchain/document/list_markers.h"
#include "goalchain/document/sentence_splitter.h"
#include "goalchain/util/utf8.h"

#include <algorithm>
#include <string>

namespace goalchain::document {
namespace {

constexpr std::size_t kWidthPercentile = 90;
// Fewer non-blank lines than this are too few to measure: the longest is the
// width, but no less than a narrow column's.
constexpr std::size_t kMinLinesToMeasure = 8;
constexpr std::size_t kNarrowColumnChars = 60;

std::size_t first_word_chars(std::string_view line) {
  std::size_t end = 0;
  while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
  return util::count_code_points(line.substr(0, end));
}

}  // namespace

LineBreaks::LineBreaks(const std::vector<TextLine>& lines) {
  std::vector<std::size_t> lengths;
  for (const TextLine& line : lines) {
    if (!line.text.empty()) lengths.push_back(util::count_code_points(line.text));
  }
  if (lengths.size() < kMinLinesToMeasure) {
    width_ = lengths.empty() ? kNarrowColumnChars
                             : std::max(kNarrowColumnChars, *std::max_element(lengths.begin(), lengths.end()));
    return;
  }
  const std::size_t at = (lengths.size() - 1) * kWidthPercentile / 100;
  std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(at), lengths.end());
  width_ = lengths[at];
}

bool LineBreaks::is_deliberate(std::string_view line, std::string_view next_line) const {
  const std::size_t used = util::count_code_points(line) + 1 + first_word_chars(next_line);
  return used * 10 <= width_ * 9;
}

bool ends_sentence(std::string_view line) {
  if (line.empty()) return false;
  // The sentence splitter knows abbreviations and numbers: a sentence ends at
  // the line's end when a new one would start after it.
  const std::string probe = std::string(line) + " X";
  const auto spans = split_sentences(probe);
  return spans.size() >= 2 && spans.back().begin == probe.size() - 1;
}

bool starts_block(std::string_view line) {
  if (line.empty()) return false;
  if (list_marker_length(line) != 0) return true;
  std::size_t pos = 0;
  const char32_t first = util::decode_code_point(line, pos);
  if (util::is_upper_case(first) || (first >= U'0' && first <= U'9')) return true;
  return first == U'(' || first == U'"' || first == U'\u201D' || first == U'\u201C' ||
         first == U'\u00AB' || first == U'\'';
}

}  // namespace goalchain::document
