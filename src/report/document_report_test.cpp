#include "goalchain/report/document_report.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace goalchain::report {
namespace {

codebook::Codebook two_codes() {
  codebook::Codebook book;
  book.name = "two";
  for (const char* id : {"sexkop", "polis"}) {
    codebook::Code code;
    code.id = id;
    book.codes.push_back(code);
  }
  return book;
}

document::Document one_segment(std::string text, std::vector<codebook::Hit> hits) {
  document::Document doc;
  doc.path = "plan.txt";
  document::Segment segment;
  segment.id = "plan:1";
  segment.text = std::move(text);
  segment.hits = std::move(hits);
  doc.segments.push_back(segment);
  return doc;
}

TEST(DocumentReportTest, CodesInOrderOfTheirFirstHitWithDistinctTermsAsWritten) {
  const auto book = two_codes();
  // Bytes: "Polisen" 0-7, "sexköp" 21-28, "polisen" 30-37; hits out of text order.
  auto doc = one_segment("Polisen ska motverka sexköp; polisen",
                         {{1, 0, 30, 37}, {0, 0, 21, 28}, {1, 0, 0, 7}});
  const DocumentReport report = analyze_document(doc, book);
  ASSERT_EQ(report.segment_codes.size(), 1u);
  const auto& codes = report.segment_codes[0];
  ASSERT_EQ(codes.size(), 2u);
  EXPECT_EQ(codes[0].code, 1u);
  EXPECT_EQ(codes[0].terms, (std::vector<std::string>{"Polisen", "polisen"}));
  EXPECT_EQ(codes[1].code, 0u);
  EXPECT_EQ(codes[1].terms, (std::vector<std::string>{"sexköp"}));
  EXPECT_TRUE(report.chains.empty()) << "a codebook without chains: finds none";
  EXPECT_EQ(report.document.path, "plan.txt");
}

TEST(DocumentReportTest, AHitOutsideItsSegmentOrCodebookIsAnError) {
  const auto book = two_codes();
  EXPECT_THROW(collect_segment_codes(one_segment("kort", {{0, 0, 2, 9}}), book),
               std::invalid_argument);
  EXPECT_THROW(collect_segment_codes(one_segment("kort", {{7, 0, 0, 2}}), book),
               std::invalid_argument);
}

}  // namespace
}  // namespace goalchain::report
