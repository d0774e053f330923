#include "section_labels.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

class SectionLabelsTest : public ChainTest {
 protected:
  static const codebook::ChainRules& rules() { return *codebook_->chains; }
};

TEST_F(SectionLabelsTest, AFieldLabelGivesItsRoleAndWhereTheWordsBegin) {
  const auto label = field_label(rules(), "Aktivitet 1.2:  Polisen ska genomföra insatsveckor.");
  ASSERT_TRUE(label);
  EXPECT_EQ(label->first, Role::activity);
  EXPECT_EQ(label->second, std::string_view("Aktivitet 1.2:  ").size());
  EXPECT_FALSE(field_label(rules(), "Polisen: ansvarig för insatsen"));
  EXPECT_FALSE(field_label(rules(), "Mål och insatser"));
}

TEST_F(SectionLabelsTest, ANumberedGoalLabelMakesAGoalHeading) {
  EXPECT_EQ(goal_heading(rules(), "Delmål 1.3 Ökad kunskap"), std::string_view("Delmål 1.3 ").size());
  EXPECT_EQ(goal_heading(rules(), "Mål 2: Stärkt samverkan"), std::string_view("Mål 2: ").size());
  EXPECT_FALSE(goal_heading(rules(), "Mål och insatser"));
  EXPECT_FALSE(goal_heading(rules(), "Mål 2"));
}

TEST_F(SectionLabelsTest, AProblemHeadingOpensWithAProblemLabelAndNamesNoOtherPart) {
  EXPECT_TRUE(is_problem_heading(rules(), "Lägesbild"));
  EXPECT_TRUE(is_problem_heading(rules(), "3. Lägesbild prostitution och människohandel"));
  EXPECT_FALSE(is_problem_heading(rules(), "Bakgrund och mål"));
  EXPECT_FALSE(is_problem_heading(rules(), "Prostitution i länet"));
}

TEST_F(SectionLabelsTest, AProblemHeadingMayOpenWithAChaptersWordAndNumber) {
  EXPECT_TRUE(is_problem_heading(rules(), "Del 2. Lägesbild i kommunen"));
  EXPECT_TRUE(is_problem_heading(rules(), "Kapitel 3 Bakgrund"));
  EXPECT_FALSE(is_problem_heading(rules(), "Del 3. Mål och bakgrund"));
  EXPECT_FALSE(is_problem_heading(rules(), "Mål 2 Bakgrund"));  // a goal's label, no chapter
}

TEST_F(SectionLabelsTest, AProblemHeadingMayBeAPhraseOfTheCodebook) {
  EXPECT_TRUE(is_problem_heading(rules(), "Så ser det ut"));
  EXPECT_TRUE(is_problem_heading(rules(), "2. Så ser läget ut i Västerås"));
  EXPECT_TRUE(is_problem_heading(rules(), "Why this matters"));
  EXPECT_FALSE(is_problem_heading(rules(), "Så ser det ut – mål och insatser"));
  EXPECT_FALSE(is_problem_heading(rules(), "Så gör vi"));
}

TEST_F(SectionLabelsTest, AProblemHeadingOfAFewWordsIsNamedByItsLast) {
  EXPECT_TRUE(is_problem_heading(rules(), "Regional lägesbild"));
  EXPECT_TRUE(is_problem_heading(rules(), "3 Länets bakgrund"));
  EXPECT_FALSE(is_problem_heading(rules(), "Insatser och bakgrund"));
  EXPECT_FALSE(is_problem_heading(rules(), "Prostitution och människohandel i länet: bakgrund"));
}

TEST_F(SectionLabelsTest, ALabelHeadingNamesTheRoleOfWhatStandsUnderIt) {
  EXPECT_EQ(label_heading(rules(), "Åtgärder"), Role::activity);
  EXPECT_EQ(label_heading(rules(), "Indikatorer"), Role::indicator);
  EXPECT_FALSE(label_heading(rules(), "Mål"));
  EXPECT_FALSE(label_heading(rules(), "4. Åtgärder"));           // a chapter
  EXPECT_FALSE(label_heading(rules(), "Åtgärder mot sexköp i länet"));  // more than a label
}

TEST_F(SectionLabelsTest, ARowsCellEndsAtABarBeforeAnotherLabel) {
  EXPECT_EQ(cell_end(rules(), "Ansvarig: Polisen | Tidplan: 2025"), std::string_view("Ansvarig: Polisen").size());
  EXPECT_EQ(cell_end(rules(), "Ansvar: Polisen | Indikator: antal"), std::string_view("Ansvar: Polisen").size());
  EXPECT_EQ(cell_end(rules(), "Ansvar: Polisen |"), std::string_view("Ansvar: Polisen").size());
  const std::string_view within = "Ansvar: Polisen | Region Syd";  // one cell's words
  EXPECT_EQ(cell_end(rules(), within), within.size());
}

TEST_F(SectionLabelsTest, AnItemNumberIsSkipped) {
  EXPECT_EQ(after_item_number("A1.2 Genomföra en kampanj"), std::string_view("A1.2 ").size());
  EXPECT_EQ(after_item_number("3.1.2 Utbilda personal"), std::string_view("3.1.2 ").size());
  EXPECT_EQ(after_item_number("b) Utbilda personal"), std::string_view("b) ").size());
  EXPECT_EQ(after_item_number("2023 genomförde länsstyrelsen"), 0u);  // a year
  EXPECT_EQ(after_item_number("Utbilda personal"), 0u);
}

TEST_F(SectionLabelsTest, APreambleHeadingOpensWithAPreambleLabel) {
  EXPECT_TRUE(is_preamble_heading(rules(), "1. Sammanfattning"));
  EXPECT_TRUE(is_preamble_heading(rules(), "Inledning"));
  EXPECT_FALSE(is_preamble_heading(rules(), "Syfte och mål"));
}

// "Om planen" presents the plan; an appendix's word with its number or a
// full stop before a preamble label ("Bilaga 3 Ordlista") heads one too.
TEST_F(SectionLabelsTest, APreambleHeadingMayFollowAnAppendixWord) {
  EXPECT_TRUE(is_preamble_heading(rules(), "1 Om rapporten"));
  EXPECT_TRUE(is_preamble_heading(rules(), "Bilaga 3 Ordlista"));
  EXPECT_TRUE(is_preamble_heading(rules(), "Bilaga. Ordlista och förkortningar"));
  EXPECT_FALSE(is_preamble_heading(rules(), "Bilaga 3 Insatser mot sexköp"));
  EXPECT_FALSE(is_preamble_heading(rules(), "Mål 2 Inledning av samarbete"));
}

TEST_F(SectionLabelsTest, ANumberedGoalLabelNeedsNoColon) {
  const auto label = numbered_label(rules(), "Delmål 1.2 Efterfrågan ska minska.");
  ASSERT_TRUE(label);
  EXPECT_EQ(label->first, Role::goal);
  EXPECT_EQ(label->second, std::string_view("Delmål 1.2 ").size());
  EXPECT_FALSE(numbered_label(rules(), "Delmål 1.2"));
  EXPECT_FALSE(numbered_label(rules(), "Mål och insatser för 2024"));
  EXPECT_FALSE(numbered_label(rules(), "Indikator 2 Antal ärenden"));  // goals and activities only
}

// Plans that number their goals per area write a capital letter, alone or
// before digits, where others write a number.
TEST_F(SectionLabelsTest, AGoalLabelMayBeNumberedWithALetter) {
  const auto label = numbered_label(rules(), "Mål B. Fler skolor ska arbeta mot sexuell exploatering.");
  ASSERT_TRUE(label);
  EXPECT_EQ(label->first, Role::goal);
  EXPECT_EQ(label->second, std::string_view("Mål B. ").size());
  const auto area = numbered_label(rules(), "Aktivitet C2.1 Ta fram en rutin.");
  ASSERT_TRUE(area);
  EXPECT_EQ(area->first, Role::activity);
  EXPECT_TRUE(is_bare_numbered_label(rules(), "Mål F3."));
  EXPECT_TRUE(goal_heading(rules(), "Mål A Färre köper sex"));
  EXPECT_FALSE(numbered_label(rules(), "Mål i planen är att minska sexköpen."));
  EXPECT_FALSE(numbered_label(rules(), "Mål EU2030 ska nås."));
  EXPECT_FALSE(is_bare_numbered_label(rules(), "Mål Alla."));
}

TEST_F(SectionLabelsTest, ALabelOfAFewWordsIsNamedByItsLastWord) {
  const auto label = field_label(rules(), "Exempel på insatser: kampanjer mot sexköp.");
  ASSERT_TRUE(label);
  EXPECT_EQ(label->first, Role::activity);
  EXPECT_FALSE(field_label(rules(), "Det här gäller för alla insatser: kampanjer."));
}

// A label within a line, written with a capital and a colon, as flattened
// tables and bullets set them; a lower-case word or one without its colon
// is no label.
TEST_F(SectionLabelsTest, ALabelWithinALineIsFound) {
  const std::string line = "Kampanj mot sexköp [2.1] Ansvar: Polisen Tidplan: 2026";
  const auto at = inline_labels(rules(), line);
  ASSERT_EQ(at.size(), 2u);
  EXPECT_EQ(line.substr(at[0], 7), "Ansvar:");
  EXPECT_EQ(line.substr(at[1], 8), "Tidplan:");
  EXPECT_TRUE(inline_labels(rules(), "Ansvarig: Länsstyrelsen").empty());  // its own opening label
  EXPECT_TRUE(inline_labels(rules(), "Polisen tar ansvar: för insatsen").empty());
  EXPECT_TRUE(inline_labels(rules(), "Polisen har Ansvar för insatsen").empty());
  EXPECT_EQ(inline_labels(rules(), "Rutin för stödsamtal Ansvariga: IFO").size(), 1u);
}

TEST_F(SectionLabelsTest, ALabelAndItsNumberAloneAreABareLabel) {
  EXPECT_TRUE(is_bare_numbered_label(rules(), "Mål 1."));
  EXPECT_TRUE(is_bare_numbered_label(rules(), "Delmål 2.3."));
  EXPECT_TRUE(is_bare_numbered_label(rules(), "Aktivitet 4"));
  EXPECT_FALSE(is_bare_numbered_label(rules(), "Mål."));
  EXPECT_FALSE(is_bare_numbered_label(rules(), "Mål 1. Fler ska få stöd."));
  EXPECT_FALSE(is_bare_numbered_label(rules(), "Kapitel 3."));
}

// "Så följer vi upp: antal ..." labels a follow-up as "Uppföljning:" does;
// the phrase must be the whole label.
TEST_F(SectionLabelsTest, AFollowUpPhraseBeforeAColonIsAFollowUpLabel) {
  const std::string line = "Så följer vi upp: antalet samtal med sexköpare.";
  const auto label = field_label(rules(), line);
  ASSERT_TRUE(label);
  EXPECT_EQ(label->first, Role::follow_up);
  EXPECT_EQ(line.substr(label->second), "antalet samtal med sexköpare.");
  EXPECT_FALSE(field_label(rules(), "Så följer vi upp arbetet i nämnden: årligen"));
}

// Plans exported as Markdown set their labels in bold, two to a line.
TEST_F(SectionLabelsTest, BoldLabelsOpenPiecesWithoutTheirMarkup) {
  const std::string line = "**Ansvar:** Kuratorerna **Uppföljning:** antalet samtal.";
  const auto at = inline_labels(rules(), line);
  ASSERT_EQ(at.size(), 1u);
  EXPECT_EQ(line.substr(at[0]), "**Uppföljning:** antalet samtal.");
  const auto label = field_label(rules(), line.substr(at[0]));
  ASSERT_TRUE(label);
  EXPECT_EQ(label->first, Role::follow_up);
  EXPECT_EQ(line.substr(at[0] + label->second), "antalet samtal.");
}

}  // namespace
}  // namespace goalchain::chain
