#include "goalchain/report/kwic.h"

#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/text_reader.h"

#include <gtest/gtest.h>

namespace goalchain::report {
namespace {

const char* const kCodebook = R"(goalchain_codebook: 1
name: prov
codes:
  - id: pmh
    label: PMH
    keywords: [människohandel*, "*prostitution"]
  - id: actor
    label: Aktörer
  - id: actor.police
    parent: actor
    label: Polisen
    keywords: [polisen]
  - id: actor.social
    parent: actor
    label: Socialtjänsten
    keywords: [socialtjänsten]
)";

struct Fixture {
  codebook::Codebook book = codebook::parse_codebook(kCodebook, "prov.yaml");
  document::Document doc;

  explicit Fixture(const std::string& text) {
    doc = document::read_text_document(text, "uppsala-plan.txt");
    coding::code_document(doc, codebook::Matcher(book));
  }
};

TEST(KwicTest, RowsHaveWordPositionsAndContextWithinTheSegment) {
  Fixture f("Rubrik\n\nEtt två tre fyra fem sex sju, människohandelsärenden  åtta nio.\n");
  const auto rows = build_kwic_rows(f.doc, f.book, select_code_and_descendants(f.book, 0), 3);
  ASSERT_EQ(rows.size(), 1u);
  const KwicRow& row = rows[0];
  EXPECT_EQ(row.document, "uppsala-plan");
  EXPECT_EQ(row.path, "uppsala-plan.txt");
  EXPECT_EQ(row.segment, f.doc.segments[1].id);
  EXPECT_EQ(row.page, 1);
  EXPECT_EQ(row.line, 3);
  EXPECT_EQ(row.from, 8u);
  EXPECT_EQ(row.to, 8u);
  EXPECT_EQ(row.pre, "fem sex sju,");
  EXPECT_EQ(row.keyword, "människohandelsärenden");
  EXPECT_EQ(row.post, "åtta nio");  // white space squeezed; the final '.' is after the last word
  EXPECT_EQ(row.code, "pmh");
  EXPECT_NE(row.pattern.find("människohandel*"), std::string::npos);
}

TEST(KwicTest, ContextStopsAtTheEdgesOfTheSegment) {
  Fixture f("Barnprostitution.\n");
  const auto rows = build_kwic_rows(f.doc, f.book, select_code_and_descendants(f.book, 0), 5);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].from, 1u);
  EXPECT_EQ(rows[0].pre, "");
  EXPECT_EQ(rows[0].keyword, "Barnprostitution");
  EXPECT_EQ(rows[0].post, "");
}

TEST(KwicTest, WindowZeroGivesTheKeywordOnly) {
  Fixture f("Polisen och socialtjänsten.\n");
  const auto rows = build_kwic_rows(f.doc, f.book, select_code_and_descendants(f.book, 1), 0);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].pre, "");
  EXPECT_EQ(rows[0].post, "");
  EXPECT_EQ(rows[1].keyword, "socialtjänsten");
  EXPECT_EQ(rows[1].from, 3u);
}

TEST(KwicTest, SelectsACodeWithTheCodesBelowItAndNothingElse) {
  Fixture f("Polisen motverkar människohandel.\n\nSocialtjänsten stöder.\n\nIngen träff här.\n");
  const auto actors = build_kwic_rows(f.doc, f.book, select_code_and_descendants(f.book, 1), 5);
  ASSERT_EQ(actors.size(), 2u);
  EXPECT_EQ(actors[0].code, "actor.police");
  EXPECT_EQ(actors[0].post, "motverkar människohandel");
  EXPECT_EQ(actors[1].code, "actor.social");
  EXPECT_EQ(actors[1].line, 3);
  const auto police = build_kwic_rows(f.doc, f.book, select_code_and_descendants(f.book, 2), 5);
  ASSERT_EQ(police.size(), 1u);
  EXPECT_EQ(police[0].keyword, "Polisen");
  EXPECT_EQ(build_kwic_rows(f.doc, f.book, std::vector<bool>(f.book.codes.size(), false), 5).size(),
            0u);
}

TEST(KwicTest, SelectionFlagsFollowTheParents) {
  const codebook::Codebook book = codebook::parse_codebook(kCodebook, "prov.yaml");
  EXPECT_EQ(select_code_and_descendants(book, 1), (std::vector<bool>{false, true, true, true}));
  EXPECT_EQ(select_code_and_descendants(book, 3), (std::vector<bool>{false, false, false, true}));
  EXPECT_EQ(select_code_and_descendants(book, 0), (std::vector<bool>{true, false, false, false}));
}

KwicRow hit_row(std::string path, std::string keyword, std::string code) {
  KwicRow row;
  row.document = path.substr(0, path.find('.'));
  row.path = std::move(path);
  row.keyword = std::move(keyword);
  row.code = std::move(code);
  return row;
}

TEST(KwicTest, SortsByTermOrCodeKeepingTheFoundOrderForTies) {
  const codebook::Codebook book = codebook::parse_codebook(kCodebook, "prov.yaml");
  const std::vector<KwicRow> found = {hit_row("a.txt", "Socialtjänsten", "actor.social"),
                                      hit_row("a.txt", "polisen", "actor.police"),
                                      hit_row("b.txt", "Polisen", "actor.police"),
                                      hit_row("b.txt", "människohandel", "pmh")};
  const auto order = [](const std::vector<KwicRow>& rows) {
    std::vector<std::string> out;
    for (const auto& row : rows) out.push_back(row.path + ":" + row.keyword);
    return out;
  };
  auto rows = found;
  sort_kwic_rows(rows, KwicOrder::term, book);
  EXPECT_EQ(order(rows), (std::vector<std::string>{"b.txt:människohandel", "a.txt:polisen",
                                                   "b.txt:Polisen", "a.txt:Socialtjänsten"}));
  rows = found;
  sort_kwic_rows(rows, KwicOrder::code, book);
  EXPECT_EQ(order(rows), (std::vector<std::string>{"b.txt:människohandel", "a.txt:polisen",
                                                   "b.txt:Polisen", "a.txt:Socialtjänsten"}));
  rows = found;
  sort_kwic_rows(rows, KwicOrder::document, book);
  EXPECT_EQ(order(rows), order(found));
}

TEST(KwicTest, TotalsCountHitsAndDocumentsPerTermAndPerDocument) {
  const std::vector<KwicRow> rows = {hit_row("a.txt", "Polisen", "actor.police"),
                                     hit_row("a.txt", "polisen", "actor.police"),
                                     hit_row("b.txt", "Polisen", "actor.police"),
                                     hit_row("b.txt", "socialtjänsten", "actor.social"),
                                     hit_row("c.txt", "människohandel", "pmh")};
  const auto terms = tabulate_kwic_terms(rows);
  ASSERT_EQ(terms.size(), 3u);
  EXPECT_EQ(terms[0].term, "polisen");
  EXPECT_EQ(terms[0].hits, 3u);
  EXPECT_EQ(terms[0].documents, 2u);
  EXPECT_EQ(terms[0].rank, 1u);
  // Ties share a rank and stand in term order.
  EXPECT_EQ(terms[1].term, "människohandel");
  EXPECT_EQ(terms[1].rank, 2u);
  EXPECT_EQ(terms[2].term, "socialtjänsten");
  EXPECT_EQ(terms[2].rank, 2u);
  const auto documents = tabulate_kwic_documents(rows);
  ASSERT_EQ(documents.size(), 3u);
  EXPECT_EQ(documents[0].path, "a.txt");
  EXPECT_EQ(documents[0].hits, 2u);
  EXPECT_EQ(documents[0].terms, 1u);
  EXPECT_EQ(documents[1].hits, 2u);
  EXPECT_EQ(documents[1].terms, 2u);
  EXPECT_EQ(documents[2].document, "c");
}

}  // namespace
}  // namespace goalchain::report
