#include "goalchain/agreement/chain_agreement.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace goalchain::agreement {
namespace {

std::set<std::string> distinct_words(std::string_view text) {
  std::set<std::string> words;
  for (auto& token : util::tokenize_words(text)) words.insert(std::move(token.folded));
  return words;
}

// |matched| / (|a| + |b| − |matched|); 1 when both are empty.
double matched_share(std::size_t a, std::size_t b, std::size_t matched) {
  const std::size_t either = a + b - matched;
  return either == 0 ? 1.0 : static_cast<double>(matched) / static_cast<double>(either);
}

template <typename T>
double set_jaccard(const std::vector<T>& a, const std::vector<T>& b) {
  const std::set<T> sa(a.begin(), a.end());
  const std::set<T> sb(b.begin(), b.end());
  std::size_t both = 0;
  for (const auto& x : sa) both += sb.count(x);
  return matched_share(sa.size(), sb.size(), both);
}

std::optional<double> share(int part, int whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

double text_overlap(std::string_view a, std::string_view b) {
  const auto wa = distinct_words(a);
  const auto wb = distinct_words(b);
  if (wa.empty() || wb.empty()) return 0.0;
  std::size_t both = 0;
  for (const auto& w : wa) both += wb.count(w);
  return static_cast<double>(both) / static_cast<double>(wa.size() + wb.size() - both);
}

std::vector<std::pair<std::size_t, std::size_t>> match_texts(const std::vector<std::string>& a,
                                                             const std::vector<std::string>& b) {
  std::vector<std::tuple<double, std::size_t, std::size_t>> candidates;
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      const double overlap = text_overlap(a[i], b[j]);
      if (overlap >= kChainMatchThreshold) candidates.emplace_back(overlap, i, j);
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) {
    if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
    return std::tie(std::get<1>(x), std::get<2>(x)) < std::tie(std::get<1>(y), std::get<2>(y));
  });
  std::vector<char> used_a(a.size(), 0);
  std::vector<char> used_b(b.size(), 0);
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const auto& [overlap, i, j] : candidates) {
    if (used_a[i] || used_b[j]) continue;
    used_a[i] = used_b[j] = 1;
    pairs.emplace_back(i, j);
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

std::string_view to_string(ComparedElement element) {
  switch (element) {
    case ComparedElement::activities:
      return "activities";
    case ComparedElement::indicators:
      return "indicators";
    case ComparedElement::responsible:
      return "responsible";
    case ComparedElement::problem:
      return "problem";
    case ComparedElement::national_goals:
      return "national_goals";
    case ComparedElement::complete:
      return "complete";
  }
  return "";
}

double element_agreement(ComparedElement element, const ComparedChain& hand,
                         const ComparedChain& found) {
  switch (element) {
    case ComparedElement::activities:
      return matched_share(hand.activities.size(), found.activities.size(),
                           match_texts(hand.activities, found.activities).size());
    case ComparedElement::indicators:
      return matched_share(hand.indicators.size(), found.indicators.size(),
                           match_texts(hand.indicators, found.indicators).size());
    case ComparedElement::responsible:
      return set_jaccard(hand.actors, found.actors);
    case ComparedElement::problem:
      return hand.problem == found.problem ? 1.0 : 0.0;
    case ComparedElement::national_goals:
      return set_jaccard(hand.national_goals, found.national_goals);
    case ComparedElement::complete:
      return hand.complete == found.complete ? 1.0 : 0.0;
  }
  return 0.0;
}

DocumentChainAgreement compare_chains(const std::vector<ComparedChain>& hand,
                                      const std::vector<ComparedChain>& found,
                                      std::string hand_path, std::string document_path) {
  DocumentChainAgreement result;
  result.hand_path = std::move(hand_path);
  result.document_path = std::move(document_path);
  result.hand_chains = static_cast<int>(hand.size());
  result.found_chains = static_cast<int>(found.size());
  std::vector<std::string> hand_anchors;
  std::vector<std::string> found_anchors;
  for (const auto& c : hand) hand_anchors.push_back(c.anchor);
  for (const auto& c : found) found_anchors.push_back(c.anchor);
  std::vector<char> hand_matched(hand.size(), 0);
  std::vector<char> found_matched(found.size(), 0);
  for (const auto& [h, f] : match_texts(hand_anchors, found_anchors)) {
    hand_matched[h] = found_matched[f] = 1;
    MatchedChain pair{hand[h], found[f], text_overlap(hand[h].anchor, found[f].anchor), {}};
    for (std::size_t e = 0; e < kComparedElements; ++e) {
      pair.elements[e] = element_agreement(static_cast<ComparedElement>(e), hand[h], found[f]);
    }
    result.matched.push_back(std::move(pair));
  }
  for (std::size_t h = 0; h < hand.size(); ++h) {
    if (!hand_matched[h]) result.missed.push_back(hand[h]);
  }
  for (std::size_t f = 0; f < found.size(); ++f) {
    if (!found_matched[f]) result.extra.push_back(found[f]);
  }
  return result;
}

ChainAgreementFigures summarize_chain_agreement(
    const std::vector<DocumentChainAgreement>& documents) {
  ChainAgreementFigures figures;
  std::array<double, kComparedElements> sums{};
  for (const auto& document : documents) {
    figures.hand_chains += document.hand_chains;
    figures.found_chains += document.found_chains;
    figures.matched += static_cast<int>(document.matched.size());
    for (const auto& pair : document.matched) {
      for (std::size_t e = 0; e < kComparedElements; ++e) sums[e] += pair.elements[e];
    }
  }
  figures.recall = share(figures.matched, figures.hand_chains);
  figures.precision = share(figures.matched, figures.found_chains);
  if (figures.matched > 0) {
    double total = 0;
    for (std::size_t e = 0; e < kComparedElements; ++e) {
      figures.elements[e] = sums[e] / figures.matched;
      total += *figures.elements[e];
    }
    figures.elements_mean = total / static_cast<double>(kComparedElements);
  }
  return figures;
}

ChainAgreementReport build_chain_agreement_report(std::vector<DocumentChainAgreement> documents) {
  ChainAgreementReport report;
  for (const auto& document : documents) {
    report.figures.push_back(summarize_chain_agreement({document}));
  }
  report.total = summarize_chain_agreement(documents);
  report.documents = std::move(documents);
  return report;
}

}  // namespace goalchain::agreement
