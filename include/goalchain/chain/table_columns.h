// The columns of a plan's table that PDF extraction flattened to one cell per
// line ("Mål" / "Aktivitet" / "Ansvarig" / "Tidplan" / "Indikator", then each
// row's cells): which role each column gives its cells, and which column the
// next cell falls in (docs/chains.md, "Flattened tables").
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/codebook/chain_rules.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace goalchain::chain {

class TableColumns {
 public:
  // The column a header cell names: a field label's role ("Ansvarig",
  // "Indikatorer"), or nullopt for one of rules.table_other_columns
  // ("Tidplan"). False when `text` is no header cell: more than three words,
  // a sentence, a label with its value ("Ansvar: Polisen"), or a word of
  // neither list.
  static bool read_header_cell(const codebook::ChainRules& rules, std::string_view text,
                               std::optional<Role>& column);

  // The table the header cells open, or nullopt when they make none: three
  // columns at least, two of them elements, one a goal or an activity.
  static std::optional<TableColumns> from_header(std::vector<std::optional<Role>> columns);

  // Places the next cell and returns its column's role (nullopt: a column of
  // no element). `coded`: the cell's role by its codes ("Antal deltagare":
  // indicator), which moves it to the indicator column; `grammar`: its role
  // by the plan grammar ("Insatsveckor ska genomföras"), which moves an
  // activity due in the goal column to the activity column (a row under the
  // goal above, its goal cell empty). Rows follow each other.
  //
  // `next` is the cell after this one, when there is one: an empty next cell
  // ("–") after an activity due in the goal column is that row's empty
  // activity cell, so the activity stays in the goal column's place (a row
  // whose activity is written as its goal); a next cell that names an actor
  // or is coded as responsibility, where the table has activity and responsible columns
  // after the goal's, shows a row without a goal cell (the goal cell above
  // spans two rows): this cell is the row's activity.
  struct NextCell {
    bool present = false;
    bool empty = false;               // no words: "–"
    std::optional<Role> coded;        // its role by its codes
    bool actor = false;               // names an actor and has no role of its own
  };
  //
  // `list_item`: the cell opens a list ("• Kvällsmottagning ..."); due in a
  // column of no element, it is the activity column's list, the cell before
  // it having run into the one due there ("Antal tester ... Ökning med 15
  // procent" as one line).
  std::optional<Role> place(std::optional<Role> coded, std::optional<Role> grammar, const NextCell& next,
                            bool list_item = false);
  std::optional<Role> place(std::optional<Role> coded, std::optional<Role> grammar) {
    return place(coded, grammar, NextCell{});
  }

  // Places the next piece of the cell placed last (an item of a list that
  // fills one cell: "• Kvällsmottagning" / "• Hemtest" under "Aktiviteter")
  // in that cell's column, and returns its role; the next cell still follows
  // that column.
  std::optional<Role> place_in_last_cell() const { return columns_[last_]; }

  // True when the cell placed last is an activity written in its row's goal
  // column, the row's activity cell empty: an activity in a goal's place,
  // which stands for itself rather than under the goal above.
  bool activity_in_goal_column() const { return activity_in_goal_column_; }

  // True when a column gives its cells `role`.
  bool has_column(Role role) const { return column_of(role).has_value(); }

  // A row's own number ("2.2") in a table whose first column holds no
  // element ("Nr") opens the row wherever the columns stood, so that a cell
  // wrapped onto a line of its own ("... barn och unga" / "13–20 år") shifts
  // no row after it. False, and nothing changes, in a table whose first
  // column is an element's.
  bool open_numbered_row();

  // True when the next cell opens a row.
  bool at_row_start() const { return next_ == 0; }

  // Places the next cell in the goal column, which the caller knows it for
  // (it restates a goal stated before), wherever the row before it ended
  // short of cells; returns Role::goal. Needs a goal column.
  Role place_goal();

 private:
  explicit TableColumns(std::vector<std::optional<Role>> columns) : columns_(std::move(columns)) {}
  std::optional<std::size_t> column_of(Role role) const;

  std::vector<std::optional<Role>> columns_;
  std::size_t next_ = 0;
  std::size_t last_ = 0;
  bool activity_in_goal_column_ = false;
};

}  // namespace goalchain::chain
