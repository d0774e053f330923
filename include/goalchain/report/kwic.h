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

// The order of kwic rows: as found (documents in input order, then position),
// by keyword, or by code.
enum class KwicOrder { document, term, code };

// Sorts `rows` stably: by keyword folded to lower case (`term`) or by the
// code's place in `codebook` (`code`), rows that tie keeping the order they
// were found in; `document` leaves them as they are.
void sort_kwic_rows(std::vector<KwicRow>& rows, KwicOrder order,
                    const codebook::Codebook& codebook);

// How often one keyword was hit for one code, as quanteda's
// textstat_frequency counts a feature.
struct KwicTermTotal {
  std::string term;       // the keyword folded to lower case
  std::string code;
  std::size_t hits = 0;
  std::size_t documents = 0;  // documents it was hit in
  std::size_t rank = 0;       // 1 for the most hits; ties share the lowest rank
};

// The hits in one document.
struct KwicDocumentTotal {
  std::string document;
  std::string path;
  std::size_t hits = 0;
  std::size_t terms = 0;  // distinct folded keywords
};

// Hits per (keyword, code), most hits first (then by keyword and code), and
// per document in the order the rows name them.
std::vector<KwicTermTotal> tabulate_kwic_terms(const std::vector<KwicRow>& rows);
std::vector<KwicDocumentTotal> tabulate_kwic_documents(const std::vector<KwicRow>& rows);

// A flag per code of `codebook`: `code` and every code below it.
std::vector<bool> select_code_and_descendants(const codebook::Codebook& codebook, std::size_t code);

}  // namespace goalchain::report
