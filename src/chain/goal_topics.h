// Goals named by their topic: a report sets its activities under headings
// that name what each goal is about ("4.1 Att upptäcka", "4.2 Stöd till
// unga") rather than the goal's number.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::chain {

// The one of `goals` (their words) that shares the most words with `heading`,
// words meeting by their first four letters as task_word_key compares them
// ("upptäcka" meets "upptäckas"; short and linking words say nothing); nullopt
// when no goal shares a word or two share the most. Linear in the words.
std::optional<std::size_t> goal_of_topic(std::string_view heading, const std::vector<std::string_view>& goals,
                                         const std::vector<std::string>& linking_words);

// The one of `goals` that `text` restates in fewer words ("1. Unga vet vart
// de kan vända sig" for "Unga i kommunen ska veta vart de kan vända sig"):
// the goal sharing the most of its words, two and at least half of them, words
// meeting as in goal_of_topic; nullopt when none does or two share the most.
std::optional<std::size_t> restated_goal(std::string_view text, const std::vector<std::string_view>& goals,
                                         const std::vector<std::string>& linking_words);

}  // namespace goalchain::chain
