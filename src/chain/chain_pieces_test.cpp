#include "chain_pieces.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

TEST(ChainPiecesTest, AnElementJoinsItsPiecesWithoutTheFieldLabel) {
  document::Segment first;
  first.id = "s1";
  first.page = 3;
  first.text = "Mål: Färre personer ska utnyttjas i";
  document::Segment second;
  second.id = "s2";
  second.page = 4;
  second.text = "prostitution i länet. Nästa mening.";
  Piece head = piece_of(first, Role::goal, 0, first.text.size());
  head.content = 5;
  const std::size_t end = std::string_view("prostitution i länet.").size();  // bytes
  Element element{{head, piece_of(second, Role::goal, 0, end)}};
  const ChainElement out = element_of(element);
  EXPECT_EQ(out.text, "Färre personer ska utnyttjas i prostitution i länet.");
  EXPECT_EQ(out.segment_id, "s1");
  EXPECT_EQ(out.page, 3);
  ASSERT_EQ(out.parts.size(), 2u);
  EXPECT_EQ(out.parts[1].segment_id, "s2");
  EXPECT_EQ(out.parts[1].page, 4);
}

TEST(ChainPiecesTest, AnElementOfOnePieceListsNoParts) {
  document::Segment segment;
  segment.text = "  Insatsveckor mot sexköp. ";
  const ChainElement out = element_of(Element{{piece_of(segment, Role::activity, 0, segment.text.size())}});
  EXPECT_EQ(out.text, "Insatsveckor mot sexköp.");
  EXPECT_TRUE(out.parts.empty());
}

TEST(ChainPiecesTest, SentenceEndsAndSections) {
  EXPECT_TRUE(ends_sentence("Polisen ska lagföra fler sexköpare. "));
  EXPECT_TRUE(ends_sentence("Länsstyrelsen ska:"));
  EXPECT_TRUE(ends_sentence(""));
  EXPECT_FALSE(ends_sentence("Polisen ska lagföra fler"));
  EXPECT_TRUE(within({"1. Mål", "1.1 Delmål"}, {"1. Mål"}));
  EXPECT_TRUE(within({"1. Mål"}, {"1. Mål"}));
  EXPECT_FALSE(within({"2. Stöd"}, {"1. Mål"}));
  EXPECT_EQ(trimmed("\t a b \n"), "a b");
}

TEST(ChainPiecesTest, ADraftListsEachRolesElementsButNoProblems) {
  Draft draft;
  EXPECT_EQ(draft.list_of(Role::goal), &draft.goal);
  EXPECT_EQ(draft.list_of(Role::responsibility), &draft.responsibility);
  EXPECT_EQ(draft.list_of(Role::problem), nullptr);
}

}  // namespace
}  // namespace goalchain::chain
