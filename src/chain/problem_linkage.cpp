#include "problem_linkage.h"

#include "section_labels.h"

#include <algorithm>

namespace goalchain::chain {

using document::Segment;
using document::SegmentKind;

bool ProblemLinkage::in_problem_section(const Segment& segment) {
  if (segment.section.empty()) return false;
  const auto [it, fresh] = problem_section_.try_emplace(segment.section, false);
  if (fresh) {
    it->second = std::any_of(segment.section.begin(), segment.section.end(),
                             [&](const std::string& heading) { return is_problem_heading(rules_, heading); });
  }
  return it->second;
}

std::size_t ProblemLinkage::add(Element element) {
  problems_.push_back(std::move(element));
  return problems_.size() - 1;
}

Element* ProblemLinkage::element(std::size_t index) {
  return index < problems_.size() ? &problems_[index] : nullptr;
}

// A problem description is the topic's when the topic fires in its
// paragraph ("Polisens genomgång visar att sex säljs via nätet. ... personer
// i prostitution ..."); each paragraph is looked at once.
bool ProblemLinkage::topical(const Element& element) {
  const Segment* segment = element.first().segment;
  const auto [it, fresh] = topical_segment_.try_emplace(segment, false);
  if (fresh) {
    it->second = std::any_of(segment->hits.begin(), segment->hits.end(),
                             [&](const auto& hit) { return r_.is_topical(hit); });
  }
  return it->second;
}

void ProblemLinkage::index() {
  if (!r_.topic) return;
  for (std::size_t p = 0; p < problems_.size(); ++p) {
    const Piece& piece = problems_[p].first();
    if (!topical(problems_[p])) continue;
    section_problem_.try_emplace(piece.segment->section, p);
    const bool stated = piece.segment->kind == SegmentKind::problem ||
                        piece.content > piece.begin || in_problem_section(*piece.segment);
    if (stated && !plan_problem_) plan_problem_ = p;
  }
}

void ProblemLinkage::link(Chain& chain) const {
  auto path = chain.section;
  while (true) {
    if (const auto it = section_problem_.find(path); it != section_problem_.end()) {
      chain.problem.push_back(element_of(problems_[it->second]));
      chain.problem_link = "section";
      return;
    }
    if (path.empty()) break;
    path.pop_back();
  }
  if (plan_problem_) {
    chain.problem.push_back(element_of(problems_[*plan_problem_]));
    chain.problem_link = "plan";
  }
}

}  // namespace goalchain::chain
