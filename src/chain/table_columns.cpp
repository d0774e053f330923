#include "goalchain/chain/table_columns.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <string>

namespace goalchain::chain {

bool TableColumns::read_header_cell(const codebook::ChainRules& rules, std::string_view text,
                                    std::optional<Role>& column) {
  constexpr std::size_t kMaxCellWords = 3;
  const std::size_t first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return false;
  text = text.substr(first, text.find_last_not_of(" \t\n") - first + 1);
  // "3. Åtgärder" is a chapter, not a cell. These checks come before the
  // words are read: most texts asked about are paragraphs, ended by a stop.
  if (text.front() >= '0' && text.front() <= '9') return false;
  if (text.back() == '.' || text.back() == '!' || text.back() == '?') return false;
  // "Ansvar: Polisen" is a label with its value.
  if (const auto colon = text.find(':'); colon != std::string_view::npos && colon + 1 < text.size()) {
    return false;
  }
  if (util::count_words(text) > kMaxCellWords) return false;
  const auto words = util::tokenize_words(text);
  if (words.empty()) return false;
  if (const auto role = codebook::role_of_label(rules, text)) {
    column = role;
    return true;
  }
  // "Resultat": what came of the work, follow-up.
  const auto& results = rules.result_labels;
  if (std::find(results.begin(), results.end(), words.front().folded) != results.end()) {
    column = Role::follow_up;
    return true;
  }
  const auto& others = rules.table_other_columns;
  if (std::find(others.begin(), others.end(), words.front().folded) != others.end()) {
    column.reset();
    return true;
  }
  return false;
}

std::optional<TableColumns> TableColumns::from_header(std::vector<std::optional<Role>> columns) {
  constexpr std::size_t kMinColumns = 3;
  constexpr std::ptrdiff_t kMinRoles = 2;
  const auto has = [&](Role role) { return std::find(columns.begin(), columns.end(), role) != columns.end(); };
  const auto roles = std::count_if(columns.begin(), columns.end(), [](const auto& c) { return c.has_value(); });
  if (columns.size() < kMinColumns || roles < kMinRoles || (!has(Role::goal) && !has(Role::activity))) {
    return std::nullopt;
  }
  return TableColumns(std::move(columns));
}

bool TableColumns::open_numbered_row() {
  if (columns_.front()) return false;
  next_ = 0;
  return true;
}

std::optional<std::size_t> TableColumns::column_of(Role role) const {
  const auto it = std::find(columns_.begin(), columns_.end(), role);
  if (it == columns_.end()) return std::nullopt;
  return static_cast<std::size_t>(it - columns_.begin());
}

Role TableColumns::place_goal() {
  const std::size_t column = *column_of(Role::goal);
  next_ = (column + 1) % columns_.size();
  last_ = column;
  activity_in_goal_column_ = false;
  return Role::goal;
}

std::optional<Role> TableColumns::place(std::optional<Role> coded, std::optional<Role> grammar,
                                        const NextCell& next, bool list_item) {
  std::size_t column = next_;
  activity_in_goal_column_ = false;
  const auto activity = column_of(Role::activity);
  if (coded == Role::indicator && column_of(Role::indicator)) {
    column = *column_of(Role::indicator);
  } else if (columns_[column] == Role::goal && grammar == Role::activity && activity) {
    if (next.present && next.empty && *activity == column + 1) {
      next_ = (column + 1) % columns_.size();
      last_ = *activity;
      activity_in_goal_column_ = true;
      return Role::activity;  // an activity written as the row's goal, its activity cell empty
    }
    column = *activity;
  } else if (list_item && !columns_[column] && activity && *activity > column) {
    column = *activity;
  } else if (grammar == Role::goal && (!columns_[column] || columns_[column] == Role::responsibility) &&
             column_of(Role::goal)) {
    column = *column_of(Role::goal);  // a goal where a row's last cells were due: they ran into the cell above
  } else if (columns_[column] == Role::goal && next.present && (next.actor || next.coded == Role::responsibility) && activity &&
             *activity == column + 1 && column_of(Role::responsibility) == column + 2) {
    column = *activity;  // a row without a goal cell: the goal above spans it
  }
  next_ = (column + 1) % columns_.size();
  last_ = column;
  return columns_[column];
}

}  // namespace goalchain::chain
