// How results.json format 3 refers to a document's own parts instead of
// copying them: segments by their position in the document's "segments",
// words by a character range of a segment's text, section paths by their
// position in the document's "sections" (docs/results-json.md).
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/document/document.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace goalchain::writer {

class DocumentRefs {
 public:
  // Indexes `doc`'s segments and the section paths of its segments and of
  // `chains` (may be null). Both must outlive the index.
  DocumentRefs(const document::Document& doc, const std::vector<chain::Chain>* chains);

  // The distinct section paths: the segments' in document order, then those
  // only chains have, each once.
  const std::vector<const std::vector<std::string>*>& sections() const { return sections_; }
  // The position of `path` in sections(); the path must be one of a segment's
  // or chain's of the document.
  std::size_t section_of(const std::vector<std::string>& path) const;
  // The section position of segment `s`.
  std::size_t section_of_segment(std::size_t s) const { return segment_sections_.at(s); }

  // The position of the segment with this id, or nullopt when the document
  // has none.
  std::optional<std::size_t> segment_of(std::string_view id) const;

  // The character range [start, end) of the first occurrence of `words` in
  // segment `s`'s text, or nullopt when they are not in it.
  std::optional<std::pair<std::size_t, std::size_t>> span_of(std::size_t s,
                                                              std::string_view words) const;

 private:
  struct PathLess {
    bool operator()(const std::vector<std::string>* a, const std::vector<std::string>* b) const {
      return *a < *b;
    }
  };
  const document::Document& doc_;
  std::vector<const std::vector<std::string>*> sections_;
  std::map<const std::vector<std::string>*, std::size_t, PathLess> section_index_;
  std::vector<std::size_t> segment_sections_;
  std::unordered_map<std::string_view, std::size_t> segment_index_;
};

}  // namespace goalchain::writer
