#include "goalchain/chain/table_columns.h"

#include "goalchain/codebook/codebook.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

const codebook::ChainRules& rules() {
  static const codebook::Codebook book = codebook::parse_codebook(R"(goalchain_codebook: 1
name: table
codes:
  - id: pmh
    label: PMH
chains:
  topic: pmh
  roles: {goal: pmh}
  labels:
    goal: [mål]
    activity: [aktivitet, insats, åtgärder]
    indicator: [indikator]
    responsibility: [ansvarig, ansvar]
  table_other_columns: [tidplan]
  result_labels: [resultat]
)");
  return *book.chains;
}

std::optional<Role> header(std::string_view text) {
  std::optional<Role> column = Role::problem;  // overwritten when `text` is a header cell
  if (!TableColumns::read_header_cell(rules(), text, column)) return Role::problem;
  return column;
}

TEST(TableColumnsTest, HeaderCellsAreFieldLabelsOrColumnsOfNoElement) {
  EXPECT_EQ(header("Mål"), Role::goal);
  EXPECT_EQ(header("AKTIVITET"), Role::activity);
  EXPECT_EQ(header("Ansvarig aktör"), Role::responsibility);
  EXPECT_EQ(header(" Indikator "), Role::indicator);
  EXPECT_EQ(header("Tidplan"), std::nullopt);
  // No header cell: other words, a sentence, too long.
  EXPECT_EQ(header("Polismyndigheten"), Role::problem);
  EXPECT_EQ(header("Mål."), Role::problem);
  EXPECT_EQ(header("Mål och insatser under året"), Role::problem);
  EXPECT_EQ(header("3. Åtgärder"), Role::problem);
  // A field label with its value is a line of a plan, not a header cell.
  EXPECT_EQ(header("Ansvar: Polisen"), Role::problem);
}

TEST(TableColumnsTest, AHeaderNeedsThreeColumnsTwoElementsAndAGoalOrActivity) {
  EXPECT_FALSE(TableColumns::from_header({Role::goal, Role::activity}));
  EXPECT_FALSE(TableColumns::from_header({Role::goal, std::nullopt, std::nullopt}));
  EXPECT_FALSE(TableColumns::from_header({Role::indicator, Role::responsibility, std::nullopt}));
  EXPECT_TRUE(TableColumns::from_header({Role::goal, Role::responsibility, std::nullopt}));
}

TEST(TableColumnsTest, CellsFollowTheColumnsRowAfterRow) {
  auto table = *TableColumns::from_header(
      {Role::goal, Role::activity, Role::responsibility, std::nullopt, Role::indicator});
  EXPECT_TRUE(table.at_row_start());
  // "Sexköpen i länet ska minska." / "En kampanj mot sexköp." /
  // "Länsstyrelsen" / "Våren 2022" / "Antal som nåtts."
  EXPECT_EQ(table.place(Role::goal, Role::goal), Role::goal);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::activity);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::responsibility);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), std::nullopt);
  EXPECT_EQ(table.place(Role::indicator, std::nullopt), Role::indicator);
  EXPECT_TRUE(table.at_row_start());
}

TEST(TableColumnsTest, ARowNumberOpensTheRowInATableWhoseFirstColumnNumbersRows) {
  // "Nr" / "Åtgärd" / "Ansvar" / "Tidplan": a cell wrapped onto a line of its
  // own ("15–20 år") took the responsible column; the next row's number
  // puts the columns right.
  auto table = *TableColumns::from_header({std::nullopt, Role::activity, Role::responsibility, std::nullopt});
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), std::nullopt);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::activity);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::responsibility);
  EXPECT_FALSE(table.at_row_start());
  EXPECT_TRUE(table.open_numbered_row());
  EXPECT_TRUE(table.at_row_start());
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), std::nullopt);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::activity);
  // A table whose first column is an element's has no row numbers to go by.
  auto goals = *TableColumns::from_header({Role::goal, Role::activity, Role::responsibility});
  EXPECT_EQ(goals.place(Role::goal, Role::goal), Role::goal);
  EXPECT_FALSE(goals.open_numbered_row());
  EXPECT_EQ(goals.place(std::nullopt, std::nullopt), Role::activity);
}

TEST(TableColumnsTest, AResultColumnHoldsFollowUp) {
  std::optional<Role> column;
  ASSERT_TRUE(TableColumns::read_header_cell(rules(), "Resultat", column));
  EXPECT_EQ(column, Role::follow_up);
}

TEST(TableColumnsTest, AnEmptyCellIsRecoveredFromHowTheNextOneReads) {
  auto table = *TableColumns::from_header(
      {Role::goal, Role::activity, Role::responsibility, std::nullopt, Role::indicator});
  // A row without a goal cell: "Insatsveckor ska genomföras." is an activity
  // by its grammar, so it continues the goal above.
  EXPECT_EQ(table.place(Role::activity, Role::activity), Role::activity);
  // No timing cell: "Antal insatsveckor." takes the indicator column.
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::responsibility);
  EXPECT_EQ(table.place(Role::indicator, std::nullopt), Role::indicator);
  EXPECT_TRUE(table.at_row_start());
  // A goal cell that only codes call an activity stays the goal.
  EXPECT_EQ(table.place(Role::activity, std::nullopt), Role::goal);
}

TEST(TableColumnsTest, ARowWithoutAGoalCellShowsInTheActorCellAfterIt) {
  auto table = *TableColumns::from_header(
      {Role::goal, Role::activity, Role::responsibility, std::nullopt, Role::indicator});
  // The goal cell of the row above spans this one: "Skolkuratorerna utbildas
  // i att fråga om sex mot ersättning." reads as nothing by itself, but the
  // cell after it names an actor alone ("Barn- och utbildningsförvaltningen").
  TableColumns::NextCell actor;
  actor.present = true;
  actor.actor = true;
  EXPECT_EQ(table.place(std::nullopt, std::nullopt, actor), Role::activity);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::responsibility);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), std::nullopt);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::indicator);  // "–"
  EXPECT_TRUE(table.at_row_start());
  // A goal cell followed by an activity cell that names an actor in a
  // sentence is read by the caller as no actor cell: the goal stays.
  EXPECT_EQ(table.place(Role::goal, Role::goal, TableColumns::NextCell{true, false, std::nullopt, false}),
            Role::goal);
}

TEST(TableColumnsTest, AnActivityInTheGoalColumnBeforeAnEmptyActivityCellKeepsItsPlace) {
  auto table = *TableColumns::from_header(
      {Role::goal, Role::activity, Role::responsibility, std::nullopt, Role::indicator});
  // "Ta fram en rutin för stöd ..." / "–" / "Socialförvaltningen" / "2025" /
  // "Rutinen är antagen.": the activity is written as the row's goal.
  TableColumns::NextCell empty;
  empty.present = true;
  empty.empty = true;
  EXPECT_EQ(table.place(std::nullopt, Role::activity, empty), Role::activity);
  EXPECT_TRUE(table.activity_in_goal_column());  // it stands for itself
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::activity);  // "–", which the caller makes inert
  EXPECT_FALSE(table.activity_in_goal_column());
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::responsibility);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), std::nullopt);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::indicator);
  EXPECT_TRUE(table.at_row_start());
}

TEST(TableColumnsTest, AListFillsOneCellAndFollowsACellThatRanIntoTheNext) {
  // Mål / Mätetal / Nivå 2027 / Åtgärder / Ansvarig.
  auto table = *TableColumns::from_header(
      {Role::goal, Role::indicator, std::nullopt, Role::activity, Role::responsibility});
  // "Fler unga ska nås av stöd." / "Antal unga i kontakt 30 fler än i år"
  // (the measure and the level on one line) / "• Chatt på kvällar" /
  // "• Besök på fritidsgårdar" / "Fältgruppen".
  EXPECT_EQ(table.place(Role::goal, Role::goal), Role::goal);
  EXPECT_EQ(table.place(Role::indicator, std::nullopt), Role::indicator);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt, {}, true), Role::activity);
  EXPECT_EQ(table.place_in_last_cell(), Role::activity);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), Role::responsibility);
  EXPECT_TRUE(table.at_row_start());
  // A list due in its own column stays there.
  EXPECT_EQ(table.place(Role::goal, Role::goal), Role::goal);
  EXPECT_EQ(table.place(Role::indicator, std::nullopt), Role::indicator);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt), std::nullopt);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt, {}, true), Role::activity);
  EXPECT_EQ(table.place_in_last_cell(), Role::activity);
}

TEST(TableColumnsTest, AGoalDueInTheResponsibleColumnOpensTheNextRow) {
  auto table = *TableColumns::from_header({Role::goal, Role::indicator, Role::activity, Role::responsibility});
  // The last activity ran into the responsible cell ("• Uppföljning varje
  // kvartal Samordnaren"): "Rutinen ska vara känd av all personal." is the
  // next row's goal.
  EXPECT_EQ(table.place(Role::goal, Role::goal), Role::goal);
  EXPECT_EQ(table.place(Role::indicator, std::nullopt), Role::indicator);
  EXPECT_EQ(table.place(std::nullopt, std::nullopt, {}, true), Role::activity);
  EXPECT_EQ(table.place(std::nullopt, Role::goal), Role::goal);
  EXPECT_EQ(table.place(Role::indicator, std::nullopt), Role::indicator);
  // An activity cell that reads as a goal stays an activity.
  EXPECT_EQ(table.place(std::nullopt, Role::goal), Role::activity);
}

}  // namespace
}  // namespace goalchain::chain
