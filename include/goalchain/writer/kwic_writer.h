// Renderers of keyword-in-context rows: an aligned table, CSV and JSON.
#pragma once

#include "goalchain/report/kwic.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::writer {

// What the rows were asked for, echoed in the JSON.
struct KwicQuery {
  std::string codebook;  // codebook name ("pattern" for --pattern)
  std::string code;      // the code asked for; empty with a pattern
  std::string pattern;   // the pattern asked for; empty with a code
  std::size_t window = 5;
};

// A table for a terminal: document, page, line, from, to, then pre
// (right-aligned), keyword and post, so the keywords line up in one column.
// Pre and post are cut to 40 characters, each cut marked with "…"; document
// names are never cut. A header line first; no trailing spaces.
std::string render_kwic_table(const std::vector<report::KwicRow>& rows);

// RFC 4180 CSV with a header line: document, path, segment, page, line, from,
// to, pre, keyword, post, code, pattern. Lines end in "\n".
std::string render_kwic_csv(const std::vector<report::KwicRow>& rows);

// {"codebook", "code" or "pattern", "window", "hits": [{document, path,
// segment, page, line, from, to, pre, keyword, post, code, pattern}]},
// indented, ending in a newline.
std::string render_kwic_json(const std::vector<report::KwicRow>& rows, const KwicQuery& query);

// Frequency tables (`kwic --totals term|document`) as "table" (aligned,
// numbers right-aligned), "csv" (as render_kwic_csv) or "json" (an array of
// objects, indented, ending in a newline). Columns: term, code, hits,
// documents, rank; or document, path, hits, terms.
std::string render_kwic_term_totals(const std::vector<report::KwicTermTotal>& totals,
                                    std::string_view format);
std::string render_kwic_document_totals(const std::vector<report::KwicDocumentTotal>& totals,
                                        std::string_view format);

}  // namespace goalchain::writer
