#include "goalchain/coding/document_coder.h"

#include "goalchain/document/sentence_splitter.h"

#include <map>
#include <string>
#include <vector>

namespace goalchain::coding {
namespace {

// Segments under the same headings share a section; a heading belongs to the
// section it opens.
std::vector<std::string> section_of(const document::Segment& segment) {
  std::vector<std::string> path = segment.section;
  if (segment.kind == document::SegmentKind::heading) path.push_back(segment.text);
  return path;
}

}  // namespace

void code_document(document::Document& document, const codebook::Matcher& matcher) {
  const bool sentences = matcher.uses_sentences();
  const bool sections = matcher.uses_sections();
  std::map<std::vector<std::string>, std::uint32_t> section_numbers;
  std::vector<codebook::Passage> passages;
  passages.reserve(document.segments.size());
  for (auto& segment : document.segments) {
    codebook::Passage passage;
    // A contents page repeats the headings with page numbers: never coded.
    if (segment.kind != document::SegmentKind::contents) passage.text = segment.text;
    if (sections) {
      const auto it =
          section_numbers
              .emplace(section_of(segment), static_cast<std::uint32_t>(section_numbers.size()))
              .first;
      passage.section = it->second;
    }
    if (sentences) {
      segment.sentences = document::split_sentences(segment.text);  // the chain finder's too
      for (const auto& span : segment.sentences) passage.sentences.push_back({span.begin, span.end});
    }
    passages.push_back(std::move(passage));
  }
  auto hits = matcher.match_passages(passages);
  for (std::size_t s = 0; s < document.segments.size(); ++s) {
    document.segments[s].hits = std::move(hits[s]);
  }
}

}  // namespace goalchain::coding
