#include "goalchain/report/county_totals.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::report {
namespace {

// topic, actor, actor.police
codebook::Codebook small_codebook() {
  codebook::Codebook book;
  book.name = "small";
  for (const auto& [id, parent] : {std::pair{"topic", ""}, {"actor", ""}, {"actor.police", "actor"}}) {
    codebook::Code code;
    code.id = id;
    code.parent = parent;
    book.codes.push_back(code);
  }
  return book;
}

const document::County* county(std::string_view code) {
  for (const auto& c : document::all_counties()) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

// A document of one segment per text, each coded with `codes` on its first word.
document::Document coded(std::string path, const document::County* where,
                         const std::vector<std::pair<std::string, std::vector<std::size_t>>>& segments) {
  document::Document doc;
  doc.path = std::move(path);
  doc.id = doc.path;
  doc.county = where;
  for (const auto& [text, codes] : segments) {
    document::Segment segment;
    segment.id = doc.id + ":" + std::to_string(doc.segments.size() + 1);
    segment.text = text;
    const auto end = static_cast<std::uint32_t>(text.find(' '));
    for (const std::size_t code : codes) {
      segment.hits.push_back(codebook::Hit{static_cast<std::uint32_t>(code), 0, 0, end});
    }
    doc.segments.push_back(segment);
  }
  return doc;
}

TEST(CountyTotalsTest, FoldsDocumentsOneByOneIntoWhatTheReportModelCounts) {
  const auto book = small_codebook();
  std::vector<document::Document> docs;
  docs.push_back(coded("a/uppsala.txt", county("C"), {{"Polisen ska delta", {2}}, {"Inget här", {}}}));
  docs.push_back(coded("b/okand.txt", nullptr, {{"Prostitution finns", {0}}}));
  docs.push_back(coded("c/stockholm.txt", county("AB"), {{"Polisen och prostitution", {2, 0}}}));
  docs.push_back(coded("d/uppsala-2.txt", county("C"), {{"Aktörer samverkar", {1}}}));
  const ReportModel model = build_report(docs, book, "test");

  CountyTotals totals(book);
  for (auto it = docs.rbegin(); it != docs.rend(); ++it) {  // any order gives the same counts
    totals.add(*it, collect_segment_codes(*it, book), {}, std::nullopt);
  }
  const std::vector<CountyReport> counties = totals.finish();

  ASSERT_EQ(counties.size(), 3u);
  ASSERT_EQ(model.counties.size(), 3u);
  EXPECT_EQ(counties[0].slug, "stockholm");
  EXPECT_EQ(counties[1].slug, "uppsala");
  EXPECT_EQ(counties[2].slug, "okant-lan");
  for (std::size_t c = 0; c < counties.size(); ++c) {
    const auto& streamed = counties[c];
    const auto& kept = model.counties[c];
    EXPECT_EQ(streamed.slug, kept.slug);
    EXPECT_TRUE(streamed.documents.empty()) << "no indexes were given";
    EXPECT_EQ(streamed.document_count, kept.documents.size());
    EXPECT_EQ(kept.document_count, kept.documents.size());
    EXPECT_EQ(streamed.segments, kept.segments);
    EXPECT_EQ(streamed.coded_segments, kept.coded_segments);
    for (std::size_t code = 0; code < book.codes.size(); ++code) {
      EXPECT_EQ(streamed.code_counts[code].segments, kept.code_counts[code].segments);
      EXPECT_EQ(streamed.code_counts[code].hits, kept.code_counts[code].hits);
      EXPECT_EQ(streamed.code_counts[code].segments_with_children,
                kept.code_counts[code].segments_with_children);
    }
    EXPECT_EQ(streamed.profile.pmh_segments, kept.profile.pmh_segments);
    EXPECT_EQ(streamed.profile.actors, kept.profile.actors);
  }
  EXPECT_EQ(counties[1].document_count, 2u);
  EXPECT_EQ(counties[1].segments, 3);
  EXPECT_EQ(counties[1].coded_segments, 2);
  EXPECT_EQ(counties[1].code_counts[1].segments_with_children, 2) << "actor, and police below it";
  EXPECT_TRUE(totals.finish().empty()) << "finish() empties the totals";
}

TEST(CountyTotalsTest, SlugOfADocumentsCountyGroup) {
  document::Document doc;
  EXPECT_EQ(county_slug(doc), "okant-lan");
  doc.county = county("O");
  EXPECT_EQ(county_slug(doc), "vastra-gotaland");
}

}  // namespace
}  // namespace goalchain::report
