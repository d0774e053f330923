// Agreement between the chains goalchain finds in a plan and a hand reading of
// the same plan: which chains both sides have, and how far their elements agree.
// docs/agreement.md ("Chains") defines every figure.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::agreement {

// A chain reduced to what is compared, from either side.
struct ComparedChain {
  std::string id;      // hand: the goal's (or lone activity's) segment id; found: the chain id
  std::string anchor;  // the goal's text, or the first activity's when there is no goal
  int line = 0;        // where the anchor stands
  std::vector<std::string> activities;
  std::vector<std::string> indicators;
  std::vector<std::string> actors;  // actor codes, or folded words for an actor no code names;
                                    // sorted, distinct
  bool problem = false;
  std::vector<int> national_goals;  // ascending, distinct
  bool complete = false;
};

// Two texts match when their overlap reaches this (docs/agreement.md).
inline constexpr double kChainMatchThreshold = 0.5;

// The token Jaccard of two texts: distinct case-folded words in both, divided
// by distinct words in either; 0 when either has no words. "Fler sexköp ska
// upptäckas" and "Fler sexköp ska upptäckas och lagföras" overlap 4/6.
double text_overlap(std::string_view a, std::string_view b);

// Pairs of indexes (into `a`, `b`) matched one to one: every pair whose texts
// overlap at least kChainMatchThreshold, taken greedily from the highest
// overlap down (ties: lower index in `a`, then in `b`).
std::vector<std::pair<std::size_t, std::size_t>> match_texts(const std::vector<std::string>& a,
                                                             const std::vector<std::string>& b);

// The elements compared in a matched pair of chains, in the order reported.
enum class ComparedElement { activities, indicators, responsible, problem, national_goals, complete };
inline constexpr std::size_t kComparedElements = 6;

// "activities", "indicators", "responsible", "problem", "national_goals", "complete".
std::string_view to_string(ComparedElement element);

// Agreement of one element between a hand chain and a found chain, 0–1:
// activities and indicators, matched one to one by match_texts, give
// matched / (hand + found − matched); actors and national goals give the
// Jaccard of the two sets; problem and complete give 1 when both sides say
// the same, else 0. Two empty lists or sets agree fully (1).
double element_agreement(ComparedElement element, const ComparedChain& hand,
                         const ComparedChain& found);

// A hand chain and the found chain matched to it.
struct MatchedChain {
  ComparedChain hand;
  ComparedChain found;
  double overlap = 0;                              // of the anchors
  std::array<double, kComparedElements> elements{};  // element_agreement, per ComparedElement
};

// One hand reading against one plan.
struct DocumentChainAgreement {
  std::string hand_path;
  std::string document_path;
  int hand_chains = 0;
  int found_chains = 0;
  std::vector<MatchedChain> matched;   // in the hand reading's order
  std::vector<ComparedChain> missed;   // hand chains no found chain matches
  std::vector<ComparedChain> extra;    // found chains that match no hand chain
};

// Matches the found chains to the hand chains by their anchors (match_texts)
// and compares the elements of each matched pair.
DocumentChainAgreement compare_chains(const std::vector<ComparedChain>& hand,
                                      const std::vector<ComparedChain>& found,
                                      std::string hand_path, std::string document_path);

// The figures of one or more comparisons taken together.
struct ChainAgreementFigures {
  int hand_chains = 0;
  int found_chains = 0;
  int matched = 0;
  std::optional<double> recall;     // matched / hand chains; undefined without hand chains
  std::optional<double> precision;  // matched / found chains; undefined without found chains
  // Per ComparedElement: the mean agreement over the matched chains;
  // undefined without matched chains.
  std::array<std::optional<double>, kComparedElements> elements{};
  std::optional<double> elements_mean;  // the mean of the six
};

// Pools the comparisons: counts are summed, element agreement is averaged
// over all their matched chains.
ChainAgreementFigures summarize_chain_agreement(const std::vector<DocumentChainAgreement>& documents);

// Every comparison with its own figures, and the figures of all together.
struct ChainAgreementReport {
  std::vector<DocumentChainAgreement> documents;
  std::vector<ChainAgreementFigures> figures;  // one per document
  ChainAgreementFigures total;
  double threshold = kChainMatchThreshold;
};

ChainAgreementReport build_chain_agreement_report(std::vector<DocumentChainAgreement> documents);

}  // namespace goalchain::agreement
