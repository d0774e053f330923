#include "goalchain/writer/document_refs.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace goalchain::writer {
namespace {

document::Document two_sections() {
  document::Document doc;
  doc.id = "plan";
  for (const auto& [section, text] :
       std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"1. Mål"}, "Länsstyrelsen ska öka kunskapen."},
           {{}, "Förord"},
           {{"1. Mål"}, "Polisen ska utreda fler ärenden."}}) {
    document::Segment segment;
    segment.id = "plan:" + std::to_string(doc.segments.size() + 1);
    segment.section = section;
    segment.text = text;
    doc.segments.push_back(std::move(segment));
  }
  return doc;
}

TEST(DocumentRefsTest, SectionsAreListedOnceSegmentsFirstThenChains) {
  const auto doc = two_sections();
  std::vector<chain::Chain> chains(2);
  chains[0].section = {"1. Mål", "Mål 1: Kunskap"};
  chains[1].section = {"1. Mål"};
  const DocumentRefs refs(doc, &chains);
  ASSERT_EQ(refs.sections().size(), 3u);
  EXPECT_EQ(*refs.sections()[0], (std::vector<std::string>{"1. Mål"}));
  EXPECT_TRUE(refs.sections()[1]->empty());
  EXPECT_EQ(refs.section_of_segment(2), 0u);
  EXPECT_EQ(refs.section_of(chains[0].section), 2u);
  EXPECT_EQ(refs.section_of(chains[1].section), 0u);
  EXPECT_THROW(refs.section_of({"3. Annat"}), std::invalid_argument);
  EXPECT_EQ(DocumentRefs(doc, nullptr).sections().size(), 2u);
}

TEST(DocumentRefsTest, SegmentsByIdAndWordsAsCharacterRanges) {
  const auto doc = two_sections();
  const DocumentRefs refs(doc, nullptr);
  EXPECT_EQ(refs.segment_of("plan:3"), 2u);
  EXPECT_EQ(refs.segment_of("plan:4"), std::nullopt);
  // "Länsstyrelsen ska " is 18 characters and 19 bytes.
  EXPECT_EQ(refs.span_of(0, "öka kunskapen."), std::pair(std::size_t{18}, std::size_t{32}));
  EXPECT_EQ(refs.span_of(2, "Polisen"), std::pair(std::size_t{0}, std::size_t{7}));
  EXPECT_EQ(refs.span_of(2, "Åklagaren"), std::nullopt);
}

}  // namespace
}  // namespace goalchain::writer
