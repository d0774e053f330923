// The segmenter, footnotes, hyphenation and page furniture together, through
// read_text_document: on small fixtures and on the seed report (Rapport
// 2021:14, annex 3, extracted from PDF without form feeds), which is skipped
// when /work/shared is not there.
#include "goalchain/document/segmenter.h"
#include "goalchain/document/sentence_splitter.h"
#include "goalchain/document/text_lines.h"
#include "goalchain/document/text_reader.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/utf8.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace goalchain::document {
namespace {

using Section = std::vector<std::string>;

const std::string kHeader = "STOPPA KÖP AV SEXUELLA TJÄNSTER, KOPPLERI OCH MÄNNISKOHANDEL";

std::size_t count_of(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (std::size_t pos = text.find(part); pos != std::string_view::npos; pos = text.find(part, pos + 1)) ++count;
  return count;
}

const Segment* find_segment(const Document& document, std::string_view text) {
  for (const Segment& segment : document.segments) {
    if (segment.text == text) return &segment;
  }
  return nullptr;
}

TEST(SegmenterSeedTest, RunningHeaderIsNeitherAHeadingNorASectionBreak) {
  const std::string text =
      " " + kHeader + " \n"
      "\n"
      "1. INLEDNING\n"
      "Text på första sidan som fortsätter\n"
      "\n"
      "Jämställdhetsmyndigheten  |  Rapport 2021:14  |  Bilaga 3 9 (38) \n"
      "\n" + kHeader + " \n"
      "\n"
      "på nästa sida i samma avsnitt.\n"
      "\n"
      "Jämställdhetsmyndigheten  |  Rapport 2021:14  |  Bilaga 3 10 (38) \n"
      "\n" + kHeader + " \n"
      "\n"
      "Tredje sidan.\n";
  const Document document = read_text_document(text, "fixture.txt");
  ASSERT_EQ(document.removed_lines.size(), 2u);
  EXPECT_EQ(document.removed_lines[0].text, kHeader);
  EXPECT_EQ(document.removed_lines[0].count, 3);
  EXPECT_EQ(document.removed_lines[1].count, 2);
  // The sentence the footer and header split goes on after them.
  ASSERT_EQ(document.segments.size(), 3u);
  EXPECT_EQ(document.segments[0].text, "1. INLEDNING");
  EXPECT_EQ(document.segments[1].text, "Text på första sidan som fortsätter på nästa sida i samma avsnitt.");
  for (const Segment& segment : document.segments) {
    EXPECT_EQ(segment.text.find("STOPPA"), std::string::npos);
    if (segment.kind != SegmentKind::heading) {
      EXPECT_EQ(segment.section, Section{"1. INLEDNING"});
    }
  }
  // The footers are page breaks: three pages; a segment is on the page of
  // its first line.
  EXPECT_EQ(document.segments[1].page, 1);
  EXPECT_EQ(document.segments[2].page, 3);
}

// ---- the seed report ------------------------------------------------------

std::filesystem::path seed_path() {
  return std::filesystem::path(GOALCHAIN_SOURCE_DIR) / ".." / "shared" / "seed" / "000_60b2208c09496723.txt";
}

class SegmenterSeedReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(seed_path())) GTEST_SKIP() << "no seed report at " << seed_path();
    raw_ = util::read_file(seed_path());
    document_ = read_text_document(raw_, seed_path().string());
  }

  std::string raw_;
  Document document_;
};

// White space collapsed and every digit run "#": how furniture lines are compared.
std::string furniture_key(std::string_view line) {
  std::string key;
  bool space = false;
  bool digit = false;
  for (const char c : line) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    if (c >= '0' && c <= '9') {
      if (!digit) key += '#';
      digit = true;
      continue;
    }
    digit = false;
    key += c;
  }
  return key;
}

TEST_F(SegmenterSeedReportTest, RunningHeaderAndFootersAreRemoved) {
  ASSERT_EQ(document_.removed_lines.size(), 2u);
  EXPECT_EQ(document_.removed_lines[0].text, kHeader);
  EXPECT_EQ(document_.removed_lines[0].count, 3);
  EXPECT_EQ(document_.removed_lines[1].text,
            "Jämställdhetsmyndigheten | Rapport 2021:14 | Bilaga 3 9 (38)");
  EXPECT_EQ(document_.removed_lines[1].count, 2);
  for (const Segment& segment : document_.segments) {
    EXPECT_EQ(segment.text.find("| Rapport 2021:14 |"), std::string::npos) << segment.id;
    EXPECT_EQ(segment.text.find("STOPPA KÖP AV SEXUELLA"), std::string::npos) << segment.id;
  }
}

TEST_F(SegmenterSeedReportTest, EveryOccurrenceOfTheTopicWordsIsInExactlyOneSegment) {
  // The expected counts come from the raw text: lines that match a removed
  // line (digits aside) are dropped, and a word hyphenated across a line end
  // before a lower-case letter is joined, as the segmenter does.
  std::vector<std::string> removed_keys;
  for (const RemovedLine& line : document_.removed_lines) removed_keys.push_back(furniture_key(line.text));
  std::string body;
  std::size_t pos = 0;
  while (pos < raw_.size()) {
    std::size_t end = raw_.find('\n', pos);
    if (end == std::string::npos) end = raw_.size();
    std::string line = raw_.substr(pos, end - pos);
    pos = end + 1;
    const std::string key = furniture_key(line);
    if (std::find(removed_keys.begin(), removed_keys.end(), key) != removed_keys.end()) continue;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    body += line;
    const bool split_word = line.size() >= 2 && line.back() == '-' && line[line.size() - 2] >= 'a' &&
                            line[line.size() - 2] <= 'z' && end + 1 < raw_.size() && raw_[end + 1] >= 'a' &&
                            raw_[end + 1] <= 'z' && raw_.compare(end + 1, 4, "och ") != 0;
    if (split_word) {
      body.pop_back();
    } else {
      body += '\n';
    }
  }
  const std::string folded_body = util::fold_case(body);
  for (const std::string word : {"människohandel", "prostitution"}) {
    std::size_t in_segments = 0;
    for (const Segment& segment : document_.segments) in_segments += count_of(util::fold_case(segment.text), word);
    const std::size_t expected = count_of(folded_body, word);
    EXPECT_GT(expected, 100u) << word;
    EXPECT_EQ(in_segments, expected) << word;
    // The running header held the word once per page it was on.
    if (std::string(word) == "människohandel") {
      EXPECT_EQ(count_of(util::fold_case(raw_), word), expected + 3);
    }
  }
}

TEST_F(SegmenterSeedReportTest, WrappedNumberedHeadingIsOneHeading) {
  const Segment* heading = find_segment(document_, "2.2. STORT UPPDRAG MED PROSTITUTION OCH MÄNNISKOHANDEL I PERIFERIN");
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->kind, SegmentKind::heading);
  EXPECT_EQ(heading->line, 113);
  EXPECT_EQ(heading->last_line, 114);
  // A heading at the top of a page, after a space.
  const Segment* genomforande = find_segment(document_, "1.1. GENOMFÖRANDE");
  ASSERT_NE(genomforande, nullptr);
  EXPECT_EQ(genomforande->kind, SegmentKind::heading);
  EXPECT_EQ(genomforande->section, Section{"1. INLEDNING"});
}

TEST_F(SegmenterSeedReportTest, FootnotesAreKeptApart) {
  const Segment* first = find_segment(document_, "1 Statskontoret 2006, 2021");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->kind, SegmentKind::footnote);
  EXPECT_EQ(first->line, 41);
  std::vector<int> numbers;
  for (const Segment& segment : document_.segments) {
    if (segment.kind == SegmentKind::footnote) numbers.push_back(std::stoi(segment.text));
  }
  std::vector<int> expected(37);
  for (int i = 0; i < 37; ++i) expected[static_cast<std::size_t>(i)] = i + 1;
  EXPECT_EQ(numbers, expected);
  // Wrapped footnotes keep their lines, also across the blank line.
  const auto starts = [&](std::string_view prefix) -> const Segment* {
    for (const Segment& segment : document_.segments) {
      if (segment.text.starts_with(prefix)) return &segment;
    }
    return nullptr;
  };
  const Segment* note23 = starts("23 ");
  ASSERT_NE(note23, nullptr);
  EXPECT_TRUE(note23->text.ends_with("utgifter för 2017 skiljer sig."));
  const Segment* note25 = starts("25 ");
  ASSERT_NE(note25, nullptr);
  EXPECT_EQ(note25->line, 341);
  EXPECT_EQ(note25->last_line, 344);
  EXPECT_TRUE(note25->text.ends_with("Se Davis, Kathy 2008."));
  // The page's text after the footnote is not part of it.
  const Segment* after = starts("utveckla kunskaper hos aktörer");
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(after->kind, SegmentKind::paragraph);
  // The marker glued to a word is gone from the text.
  const Segment* analysis = starts("När det handlar om grupper med särskild utsatthet");
  ASSERT_NE(analysis, nullptr);
  EXPECT_NE(analysis->text.find("intersektionella analyser i både"), std::string::npos);
}

TEST_F(SegmenterSeedReportTest, ParagraphsKnowTheirSection) {
  const std::string heading = "3.3. FÅ RIKTADE MÅL, INSATSER OCH INDIKATORER";
  const auto found = std::find_if(document_.segments.begin(), document_.segments.end(),
                                  [&](const Segment& s) { return s.text == heading; });
  ASSERT_NE(found, document_.segments.end());
  EXPECT_EQ(found->kind, SegmentKind::heading);
  const Segment& next = *(found + 1);
  EXPECT_EQ(next.kind, SegmentKind::paragraph);
  EXPECT_TRUE(next.text.starts_with("Den nationella strategins första målsättning"));
  EXPECT_EQ(next.section, (Section{"3. LÄNSSTYRELSERNAS VERKSAMHET OCH RESULTAT", heading}));
  // The Västmanland example two pages on is still in 3.3, past the removed
  // footer and header (its sentence begins on the page before).
  const auto vastmanland = std::find_if(document_.segments.begin(), document_.segments.end(), [](const Segment& s) {
    return s.text.find("länsstyrelsen Västmanland i sin handlingsplan för 2020") != std::string::npos;
  });
  ASSERT_NE(vastmanland, document_.segments.end());
  EXPECT_EQ(vastmanland->section.back(), heading);
}

TEST_F(SegmenterSeedReportTest, PagesFollowTheFooters) {
  EXPECT_EQ(document_.segments.front().page, 1);
  EXPECT_EQ(document_.segments.back().page, 3);
  EXPECT_TRUE(std::is_sorted(document_.segments.begin(), document_.segments.end(),
                             [](const Segment& a, const Segment& b) { return a.line < b.line; }));
  // Ids in document order.
  for (std::size_t i = 0; i < document_.segments.size(); ++i) {
    EXPECT_EQ(document_.segments[i].id, document_.id + ":" + std::to_string(i + 1));
  }
}

TEST_F(SegmenterSeedReportTest, SentencesSplitTheSegments) {
  const auto sentences_of = [&](std::string_view part) {
    std::vector<std::string> sentences;
    for (const Segment& segment : document_.segments) {
      if (segment.text.find(part) == std::string::npos) continue;
      for (const SentenceSpan& span : split_sentences(segment.text)) {
        sentences.push_back(segment.text.substr(span.begin, span.end - span.begin));
      }
    }
    return sentences;
  };
  // "5,2 miljoner" does not end a sentence.
  const auto grants = sentences_of("5,2 miljoner");
  EXPECT_NE(std::find(grants.begin(), grants.end(), "År 2020 fördelades 5,2 miljoner kronor till 18 projekt."),
            grants.end());
  // A footnote marker after the period stays with its sentence.
  const auto mission = sentences_of("I december 2017 fick länsstyrelserna");
  ASSERT_EQ(mission.size(), 3u);
  EXPECT_TRUE(mission[0].ends_with("ska upphöra.6"));
  EXPECT_TRUE(mission[1].ends_with("särskilt uppdrag.7"));
  // Initials do not end one: "Se Davis, Kathy 2008." is the footnote's last sentence.
  const auto note = sentences_of("25 Intersektionell analys");
  ASSERT_EQ(note.size(), 2u);
  EXPECT_EQ(note[1], "Se Davis, Kathy 2008.");
}

}  // namespace
}  // namespace goalchain::document
