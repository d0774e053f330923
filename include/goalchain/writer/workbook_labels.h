// The words the workbooks show, in Swedish (the default) or English: sheet
// names, column headings for the report tables' column ids, yes/no, flags.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace goalchain::writer {

enum class Language { sv, en };

// "sv" or "en"; nullopt for anything else.
std::optional<Language> parse_language(std::string_view name);

// What `key` (a column id such as "national_goals", a sheet key such as
// "sheet.chains", a flag such as "goal_without_indicator") is called in
// `language`. A key without a label is returned as it is.
std::string label(std::string_view key, Language language);

// True when `key` has a label (tests use it to find missing ones).
bool has_label(std::string_view key);

}  // namespace goalchain::writer
