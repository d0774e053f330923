// Keyword in context: each hit with the words around it, the view analysts use
// to tune a codebook (quanteda's kwic). docs/kwic.md describes the columns.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"

#include <cstddef>
#include <string>
#include <vector>

namespace goalchain::report {

struct KwicRow {
  std::string document;  // document id ("stockholm-handlingsplan-2020-2022")
  std::string path;      // the file as given or found
  std::string segment;   // segment id, as in results.json
  int page = 1;
  int line = 0;          // first source line of the segment
  std::size_t from = 0;  // 1-based position of the hit's first word in the segment
  std::size_t to = 0;    // position of its last word (inclusive)
  std::string pre;       // up to `window` words before, with the punctuation between them
  std::string keyword;   // the words the hit touches, whole
  std::string post;      // up to `window` words after
  std::string code;      // id of the code the hit is for
  std::string pattern;   // the pattern that matched, described
};

// One row per hit of a code with `selected[code]` set, in the order of the
// segments and, within a segment, of the hits. Words are those the matcher
// sees (runs of letters and digits); runs of white space become one space.
// The document must have been coded with a matcher of `codebook`.
std::vector<KwicRow> build_kwic_rows(const document::Document& document,
                                     const codebook::Codebook& codebook,
                                     const std::vector<bool>& selected, std::size_t window);

// A flag per code of `codebook`: `code` and every code below it.
std::vector<bool> select_code_and_descendants(const codebook::Codebook& codebook, std::size_t code);

}  // namespace goalchain::report
