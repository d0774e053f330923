#include "goalchain/document/contents_page.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

// The first line of each entry, 1-based.
std::vector<int> entry_lines(const std::string& text, const codebook::LayoutRules& rules = {}) {
  const auto lines = split_text_lines(text);
  std::vector<int> found;
  for (const ContentsEntry& e : find_contents_entries(lines, rules)) found.push_back(lines[e.first].number);
  return found;
}

std::string body(int lines) {
  std::string text;
  for (int i = 0; i < lines; ++i) text += "Text i planen.\n";
  return text;
}

TEST(ContentsPageTest, DotLeaders) {
  const std::string text = "Innehåll\n1. Inledning ........ 2\n2. Lägesbild . . . . . 3\n"
                           "2.1 Prostitution\u2026 4\n3. Mål ....... 5\n\n" + body(10);
  EXPECT_EQ(entry_lines(text), (std::vector<int>{2, 3, 4, 5}));
  codebook::LayoutRules rules;
  rules.contents_headings = {"Innehåll"};
  EXPECT_EQ(entry_lines(text, rules), (std::vector<int>{1, 2, 3, 4, 5}));
}

TEST(ContentsPageTest, BarePageNumbersNearTheStartOnly) {
  const std::string text = "Inledning 2\nSyfte och mål 3\nUppföljning 6\n\n" + body(20);
  EXPECT_EQ(entry_lines(text), (std::vector<int>{1, 2, 3}));
  // The same lines late in the text are a list, not a contents page.
  EXPECT_EQ(entry_lines(body(20) + "\nInledning 2\nSyfte och mål 3\nUppföljning 6\n"), std::vector<int>{});
}

TEST(ContentsPageTest, PagesNeverFallAndFiguresAreNoEntries) {
  EXPECT_EQ(entry_lines("Polisen 12\nKommunen 4\nRegionen 20\n\n" + body(20)), std::vector<int>{});
  EXPECT_EQ(entry_lines("2018 120\n2019 95\n2020 60\n\n" + body(20)), std::vector<int>{});
  EXPECT_EQ(entry_lines("Mål: 2\nSyfte: 3\nAnsvar: 4\n\n" + body(20)), std::vector<int>{});
}

TEST(ContentsPageTest, AWrappedEntryStartsOnTheLineAbove) {
  const std::string text = "1. Inledning ...... 2\n3.2 Stöd till våldsutsatta och\n"
                           "våldsutövare ...... 9\n4. Mål ...... 10\n\n" + body(10);
  const auto lines = split_text_lines(text);
  const auto entries = find_contents_entries(lines, {});
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[1].first, 1u);
  EXPECT_EQ(entries[1].last, 2u);
}

TEST(ContentsPageTest, NumberedLinesThatRepeatLaterHeadings) {
  const std::string text = "INNEHÅLL\n1. Bakgrund\n2. Lägesbild\n3. Mål\n\n1. BAKGRUND\nText.\n\n"
                           "2. LÄGESBILD\nText.\n\n3. MÅL\nText.\n\n" + body(6);
  EXPECT_EQ(entry_lines(text), (std::vector<int>{2, 3, 4}));
  // A table's header row repeats too, but is not numbered.
  EXPECT_EQ(entry_lines("MÅL\nAKTIVITET\nANSVAR\nText.\n\nMÅL\nAKTIVITET\nANSVAR\n" + body(10)),
            std::vector<int>{});
}

}  // namespace
}  // namespace goalchain::document
