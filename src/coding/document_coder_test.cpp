#include "goalchain/coding/document_coder.h"

#include <gtest/gtest.h>

namespace goalchain::coding {
namespace {

document::Segment segment(document::SegmentKind kind, std::string text,
                          std::vector<std::string> section) {
  document::Segment s;
  s.kind = kind;
  s.text = std::move(text);
  s.section = std::move(section);
  return s;
}

document::Document plan() {
  using document::SegmentKind;
  document::Document doc;
  doc.segments = {
      segment(SegmentKind::heading, "Mål för arbetet", {}),
      segment(SegmentKind::paragraph,
              "Länet ska minska prostitutionen, t.ex. genom tillsyn. Uppföljning saknas.",
              {"Mål för arbetet"}),
      segment(SegmentKind::paragraph, "Polisen deltar. Uppföljning sker varje år.",
              {"Mål för arbetet"}),
      segment(SegmentKind::heading, "Bakgrund", {}),
      segment(SegmentKind::heading, "Annat", {"Bakgrund"}),
      segment(SegmentKind::paragraph, "Polisen informeras. Länet ska minska våldet.",
              {"Bakgrund", "Annat"}),
  };
  return doc;
}

// "code:matched words" per segment.
std::vector<std::vector<std::string>> coded(const codebook::Codebook& book) {
  document::Document doc = plan();
  code_document(doc, codebook::Matcher(book));
  std::vector<std::vector<std::string>> out;
  for (const auto& s : doc.segments) {
    std::vector<std::string> hits;
    for (const auto& hit : s.hits) {
      hits.push_back(book.codes[hit.code].id + ":" + s.text.substr(hit.begin, hit.end - hit.begin));
    }
    out.push_back(std::move(hits));
  }
  return out;
}

TEST(DocumentCoderTest, SentencesComeFromTheSentenceSplitter) {
  const auto book = codebook::parse_codebook(R"(goalchain_codebook: 1
name: t
codes:
  - id: goal
    label: Mål
    rules:
      - all: [ska, "prostitution*"]
        scope: sentence
  - id: indicator
    label: Indikator
    keywords: ["uppföljning*"]
    not: [saknas]
    scope: sentence
)");
  const auto hits = coded(book);
  // "t.ex." does not end the first sentence; "saknas" only blocks its own sentence.
  EXPECT_EQ(hits[1], (std::vector<std::string>{"goal:ska", "goal:prostitutionen"}));
  EXPECT_EQ(hits[2], (std::vector<std::string>{"indicator:Uppföljning"}));
  EXPECT_TRUE(hits[5].empty());  // "ska" without the topic
}

TEST(DocumentCoderTest, SegmentsKeepTheirSentencesOnlyWhenTheCodebookSplitsThem) {
  const auto sentence_book = codebook::parse_codebook(R"(goalchain_codebook: 1
name: t
codes:
  - id: goal
    label: Mål
    keywords: [ska]
    not: [saknas]
    scope: sentence
)");
  document::Document doc = plan();
  code_document(doc, codebook::Matcher(sentence_book));
  for (const auto& s : doc.segments) {
    const auto expected = document::split_sentences(s.text);
    ASSERT_EQ(s.sentences.size(), expected.size()) << s.text;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(s.sentences[i].begin, expected[i].begin);
      EXPECT_EQ(s.sentences[i].end, expected[i].end);
    }
  }
  EXPECT_EQ(doc.segments[1].sentences.size(), 2u);  // "t.ex." does not end a sentence

  const auto paragraph_book = codebook::parse_codebook(R"(goalchain_codebook: 1
name: t
codes:
  - id: pmh
    label: PMH
    keywords: ["prostitution*"]
)");
  document::Document other = plan();
  code_document(other, codebook::Matcher(paragraph_book));
  for (const auto& s : other.segments) EXPECT_TRUE(s.sentences.empty());
}

TEST(DocumentCoderTest, SectionsAreTheSegmentsUnderTheSameHeadings) {
  const auto book = codebook::parse_codebook(R"(goalchain_codebook: 1
name: t
codes:
  - id: pmh
    label: PMH
    keywords: ["prostitution*"]
  - id: actor
    label: Aktör
    keywords: [polisen, mål]
    requires: pmh
    scope: section
)");
  const auto hits = coded(book);
  EXPECT_EQ(hits[0], (std::vector<std::string>{"actor:Mål"}));  // a heading opens its section
  EXPECT_EQ(hits[2], (std::vector<std::string>{"actor:Polisen"}));
  EXPECT_TRUE(hits[5].empty());  // another section: no topic there
}

TEST(DocumentCoderTest, ParagraphScopeIsTheSegment) {
  const auto book = codebook::parse_codebook(R"(goalchain_codebook: 1
name: t
codes:
  - id: pmh
    label: PMH
    keywords: ["prostitution*"]
  - id: actor
    label: Aktör
    keywords: [polisen]
    requires: pmh
)");
  const auto hits = coded(book);
  EXPECT_TRUE(hits[2].empty());
  EXPECT_TRUE(hits[5].empty());
  EXPECT_EQ(hits[1], (std::vector<std::string>{"pmh:prostitutionen"}));
}

}  // namespace
}  // namespace goalchain::coding
