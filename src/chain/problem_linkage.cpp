#include "problem_linkage.h"

#include "section_labels.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>

namespace goalchain::chain {

using document::Segment;
using document::SegmentKind;

namespace {

// "Insatsområde 1: Effektivare brottsbekämpning", "Mål 2 Fler ska få stöd":
// a word and a number opening a heading that names no problem, as plans
// number their goals and areas of work. Under a problem heading such a
// heading is one of the plan's areas set a level too deep, not a part of the
// problem description ("2.1 Sexköp i länet", numbered by the chapter, is).
bool opens_numbered_area(const codebook::ChainRules& rules, std::string_view heading) {
  const auto words = util::tokenize_words(heading);
  return words.size() >= 2 && !is_number(words[0].folded) && is_number(words[1].folded) &&
         !is_problem_heading(rules, heading);
}

}  // namespace

bool ProblemLinkage::in_problem_section(const Segment& segment) {
  if (segment.section.empty()) return false;
  const auto [it, fresh] = problem_section_.try_emplace(segment.section, false);
  if (fresh) {
    // The innermost heading that is a problem heading or a numbered area decides.
    for (auto heading = segment.section.rbegin(); heading != segment.section.rend(); ++heading) {
      if (is_problem_heading(rules_, *heading)) {
        it->second = true;
        break;
      }
      if (opens_numbered_area(rules_, *heading)) break;
    }
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

void ProblemLinkage::index(const std::set<std::vector<std::string>>& chain_sections) {
  if (!r_.topic) return;
  // Every section a chain stands in or under: a problem sentence there is
  // that chain's business, not a description of the plan's situation.
  std::set<std::vector<std::string>> holds_chain;
  for (const auto& section : chain_sections) {
    for (std::size_t k = 0; k <= section.size(); ++k) {
      holds_chain.emplace(section.begin(), section.begin() + static_cast<std::ptrdiff_t>(k));
    }
  }
  const auto describes = [&](const std::vector<std::string>& section) {
    if (holds_chain.contains(section)) return false;
    auto path = section;
    while (!path.empty()) {
      path.pop_back();
      if (!path.empty() && chain_sections.contains(path)) return false;
    }
    return true;
  };
  for (std::size_t p = 0; p < problems_.size(); ++p) {
    const Piece& piece = problems_[p].first();
    if (!topical(problems_[p])) continue;
    const auto& section = piece.segment->section;
    section_problem_.try_emplace(section, p);
    const bool stated = piece.segment->kind == SegmentKind::problem ||
                        piece.content > piece.begin || in_problem_section(*piece.segment);
    if (stated && !plan_problem_) plan_problem_ = p;
    // "Så ser det ut" beside "Det här vill vi uppnå" under one chapter: a
    // problem section of no chain describes the situation its siblings answer.
    if (section.size() < 2 || !in_problem_section(*piece.segment) || !describes(section)) continue;
    beside_problem_.try_emplace(std::vector<std::string>(section.begin(), section.end() - 1), p);
  }
  // A plan without a problem heading describes the situation where no chain
  // stands: in its Inledning or Bakgrund, before or after the goals.
  for (std::size_t p = 0; p < problems_.size() && !plan_problem_; ++p) {
    if (topical(problems_[p]) && describes(problems_[p].first().segment->section)) plan_problem_ = p;
  }
}

void ProblemLinkage::link(Chain& chain) const {
  auto path = chain.section;
  while (true) {
    for (const auto* problems : {&section_problem_, &beside_problem_}) {
      if (const auto it = problems->find(path); it != problems->end()) {
        chain.problem.push_back(element_of(problems_[it->second]));
        chain.problem_link = "section";
        return;
      }
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
