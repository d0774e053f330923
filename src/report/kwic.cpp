#include "goalchain/report/kwic.h"

#include "goalchain/document/text_lines.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace goalchain::report {

std::vector<bool> select_code_and_descendants(const codebook::Codebook& codebook,
                                              std::size_t code) {
  std::vector<bool> selected(codebook.codes.size(), false);
  for (std::size_t i = 0; i < codebook.codes.size(); ++i) {
    const auto chain = codebook.ancestors_of(i);
    selected[i] = std::find(chain.begin(), chain.end(), code) != chain.end();
  }
  return selected;
}

std::vector<KwicRow> build_kwic_rows(const document::Document& document,
                                     const codebook::Codebook& codebook,
                                     const std::vector<bool>& selected, std::size_t window) {
  std::vector<KwicRow> rows;
  for (const auto& segment : document.segments) {
    const bool any = std::any_of(
        segment.hits.begin(), segment.hits.end(),
        [&](const codebook::Hit& hit) { return hit.code < selected.size() && selected[hit.code]; });
    if (!any) continue;
    const std::string_view text = segment.text;
    const auto words = util::tokenize_words(text);
    for (const auto& hit : segment.hits) {
      if (hit.code >= selected.size() || !selected[hit.code]) continue;
      const std::size_t begin = std::min<std::size_t>(hit.begin, text.size());
      const std::size_t end = std::clamp<std::size_t>(hit.end, begin, text.size());
      // Words the hit touches: [first, last).
      const auto first = static_cast<std::size_t>(
          std::partition_point(words.begin(), words.end(),
                               [&](const util::WordToken& w) { return w.end <= begin; }) -
          words.begin());
      const auto last = static_cast<std::size_t>(
          std::partition_point(words.begin(), words.end(),
                               [&](const util::WordToken& w) { return w.begin < end; }) -
          words.begin());
      std::size_t keyword_begin = begin;
      std::size_t keyword_end = end;
      if (first < last) {
        keyword_begin = std::min(keyword_begin, words[first].begin);
        keyword_end = std::max(keyword_end, words[last - 1].end);
      }
      const std::size_t pre_first = first > window ? first - window : 0;
      const std::size_t post_last =
          std::min(words.size(), std::max(last, first) + window);  // exclusive

      KwicRow row;
      row.document = document.id;
      row.path = document.path;
      row.segment = segment.id;
      row.page = segment.page;
      row.line = segment.line;
      row.from = first + 1;
      row.to = std::max(last, first + 1);
      if (pre_first < first)
        row.pre = document::collapse_ascii_white_space(
            text.substr(words[pre_first].begin, keyword_begin - words[pre_first].begin));
      row.keyword = document::collapse_ascii_white_space(
          text.substr(keyword_begin, keyword_end - keyword_begin));
      const std::size_t post_from = std::max(last, first);
      if (post_from < post_last) {
        row.post = document::collapse_ascii_white_space(
            text.substr(keyword_end, words[post_last - 1].end - keyword_end));
      }
      row.code = codebook.codes.at(hit.code).id;
      row.pattern = codebook::describe_hit_pattern(codebook, hit);
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

void sort_kwic_rows(std::vector<KwicRow>& rows, KwicOrder order,
                    const codebook::Codebook& codebook) {
  if (order == KwicOrder::term) {
    std::vector<std::pair<std::string, KwicRow>> keyed;
    keyed.reserve(rows.size());
    for (auto& row : rows) keyed.emplace_back(util::fold_case(row.keyword), std::move(row));
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = std::move(keyed[i].second);
  } else if (order == KwicOrder::code) {
    const auto place = [&](const KwicRow& row) {
      return codebook.find(row.code).value_or(codebook.codes.size());
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const KwicRow& a, const KwicRow& b) { return place(a) < place(b); });
  }
}

std::vector<KwicTermTotal> tabulate_kwic_terms(const std::vector<KwicRow>& rows) {
  std::map<std::pair<std::string, std::string>, std::pair<std::size_t, std::set<std::string>>>
      counts;
  for (const auto& row : rows) {
    auto& [hits, documents] = counts[{util::fold_case(row.keyword), row.code}];
    ++hits;
    documents.insert(row.path);
  }
  std::vector<KwicTermTotal> totals;
  for (const auto& [key, value] : counts) {
    totals.push_back({key.first, key.second, value.first, value.second.size(), 0});
  }
  // Stable on the map's (term, code) order, so ties stay alphabetical.
  std::stable_sort(totals.begin(), totals.end(),
                   [](const KwicTermTotal& a, const KwicTermTotal& b) { return a.hits > b.hits; });
  for (std::size_t i = 0; i < totals.size(); ++i) {
    totals[i].rank = i > 0 && totals[i].hits == totals[i - 1].hits ? totals[i - 1].rank : i + 1;
  }
  return totals;
}

std::vector<KwicDocumentTotal> tabulate_kwic_documents(const std::vector<KwicRow>& rows) {
  std::vector<KwicDocumentTotal> totals;
  std::map<std::string, std::size_t> index;  // by path
  std::vector<std::set<std::string>> terms;
  for (const auto& row : rows) {
    auto [it, added] = index.emplace(row.path, totals.size());
    if (added) {
      totals.push_back({row.document, row.path, 0, 0});
      terms.emplace_back();
    }
    ++totals[it->second].hits;
    terms[it->second].insert(util::fold_case(row.keyword));
  }
  for (std::size_t i = 0; i < totals.size(); ++i) totals[i].terms = terms[i].size();
  return totals;
}

}  // namespace goalchain::report
