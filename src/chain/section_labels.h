// Field labels and the headings they make: "Mål 2:", "Aktivitet 1.2:",
// "Delmål 1.3 Ökad kunskap" (a goal heading), "Lägesbild" (a problem
// section), "Inledning" (a preamble), by the labels of a codebook's chain
// rules.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/codebook/chain_rules.h"
#include "goalchain/util/word_tokens.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace goalchain::chain {

// A field label at the start of a text ("Mål:", "Aktivitet 1.2:", "Ansvariga:"),
// with the offset where the element's words begin.
std::optional<std::pair<Role, std::size_t>> field_label(const codebook::ChainRules& rules,
                                                         std::string_view text);

// Where field labels of one word and a colon start after the start of a
// text, each written with a capital after a space: "Kampanj mot sexköp [6.2]
// Ansvar: Länsstyrelsen", "Ta fram en rutin Ansvarig: IFO Klart: 2026" (a
// label of no element, table_other_columns, or of results counts too). In
// text order; the text's own opening label is not among them, nor a label
// after '|' that names no role, where cell_end ends the element.
std::vector<std::size_t> inline_labels(const codebook::ChainRules& rules, std::string_view text);

// A goal's or activity's label with its number and no colon at the start of
// a text ("Delmål 1.2 Efterfrågan ... ska minska."), with the offset where
// the element's words begin.
std::optional<std::pair<Role, std::size_t>> numbered_label(const codebook::ChainRules& rules,
                                                            std::string_view text);

// True when `text` is only a goal's or activity's label and its number
// ("Mål 1.", "Delmål 2.1."): the sentence splitter parted it from the words
// it numbers.
bool is_bare_numbered_label(const codebook::ChainRules& rules, std::string_view text);

// A heading that is itself a goal: "Mål 2: Stärka samverkan", "Delmål 1.3 Ökad
// kunskap"; the offset where the goal's words begin.
std::optional<std::size_t> goal_heading(const codebook::ChainRules& rules, std::string_view text);

// "Lägesbild", "3. Problembeskrivning", "Lägesbild prostitution och
// människohandel", but not a heading that also names another part ("Bakgrund
// och mål").
bool is_problem_heading(const codebook::ChainRules& rules, std::string_view heading);

// "Inledning", "1. Sammanfattning", "Uppdraget" (preamble_labels), not "Syfte
// och mål".
bool is_preamble_heading(const codebook::ChainRules& rules, std::string_view heading);

// The role of a heading that is only a field label of a goal's parts
// ("Åtgärder", "Indikatorer", "Ansvar", "Actions"; not numbered, at most two
// words): activities, indicators or responsibility; nullopt for any other.
std::optional<Role> label_heading(const codebook::ChainRules& rules, std::string_view heading);

// Where the text of a field-labelled cell ends in a row flattened with '|'
// ("Lead: Education Administration | Timeline: 2025"): at a '|' followed by
// another field label or a label of rules.table_other_columns with its colon,
// or at a '|' that ends the text; text.size() without one.
std::size_t cell_end(const codebook::ChainRules& rules, std::string_view text);

// `text` without an item's number or letter before its words ("A1.2 ", "3.1.2 ",
// "b) "): the offset where the words begin; 0 without one.
std::size_t after_item_number(std::string_view text);

// The number of the goal a heading of activities names ("Insatser för mål 2",
// "4.1 Insatser för projektmål 1", "Actions under objective 3"): an activity
// label, then a goal label (or a compound ending in one: "projektmål") and
// its number; empty for any other heading.
std::string activities_goal_number(const codebook::ChainRules& rules, std::string_view heading);

// True for a word of digits only ("2" of "Mål 2").
bool is_number(const std::string& word);

// True for a word of `text` that numbers a goal's or activity's label: digits
// ("2" of "Mål 2.1"), or a capital letter alone or before digits ("A" of "Mål
// A.", "D2" of "Mål D2.", as plans number goals per area).
bool is_label_number(std::string_view text, const util::WordToken& word);

}  // namespace goalchain::chain
