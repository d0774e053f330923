#include "goalchain/codebook/dictionary_import.h"

#include "goalchain/codebook/codebook_yaml_writer.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/text_reader.h"
#include "goalchain/util/atomic_file.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace goalchain::codebook {
namespace {

const std::string kDictionaries = std::string(GOALCHAIN_TEST_DATA_DIR) + "/dictionaries/";

struct Counts {
  std::map<std::string, int> hits;      // code id -> hits
  std::map<std::string, int> segments;  // code id -> segments with a hit
};

// Imports a fixture, writes it as goalchain YAML and reads that back (what
// `goalchain codebook import` does), then codes the Kalmar test plan with it.
Counts import_and_code(const std::string& file, DictionaryFormat format,
                       std::vector<util::Diagnostic>* warnings_out = nullptr) {
  const std::string path = kDictionaries + file;
  std::vector<util::Diagnostic> warnings;
  const Codebook imported = import_dictionary(util::read_file(path), path, format, warnings);
  if (warnings_out) *warnings_out = warnings;
  const Codebook book = parse_codebook(render_codebook_yaml(imported), "imported.yaml");
  const Matcher matcher(book);
  document::Document doc =
      document::read_document_file(kDictionaries + "kalmar-handlingsplan-2021.txt");
  coding::code_document(doc, matcher);
  Counts counts;
  for (const auto& code : book.codes) {
    counts.hits[code.id] = 0;
    counts.segments[code.id] = 0;
  }
  for (const auto& segment : doc.segments) {
    std::set<std::string> coded;
    for (const auto& hit : segment.hits) {
      const std::string& id = book.codes.at(hit.code).id;
      ++counts.hits[id];
      coded.insert(id);
    }
    for (const auto& id : coded) ++counts.segments[id];
  }
  return counts;
}

// The plan kalmar-handlingsplan-2021.txt has six paragraphs:
//   P1 "Handlingsplan mot prostitution och människohandel 2021"
//   P2 "... mot prostitution, människohandel för sexuella ändamål och köp av sexuella tjänster."
//   P3 "Mål 1: Fler ska få stöd. Socialtjänsten och polisen ska upptäcka fler utsatta."
//   P4 "Insats: Utbildning för personal inom socialtjänsten om sexköp och människohandelsärenden."
//   P5 "Indikator: Antalet utbildade handläggare mäts varje år vid uppföljningen."
//   P6 "Ansvar: Polismyndigheten och Kalmar kommun."
// The quanteda and WordStat fixtures hold the same categories, so both give:
//   amne (prostitution*, människohandel*, sexköp*, "köp av sexuella tjänster"):
//     P1 prostitution, människohandel (2); P2 prostitution, människohandel, the
//     phrase (3); P4 sexköp, människohandelsärenden (2) -> 7 hits in 3 segments.
//   aktorer.polisen (polis, polisen, polismyndighet*): P3 polisen, P6
//     Polismyndigheten -> 2 hits, 2 segments ("polis" alone matches neither word).
//   aktorer.socialtjansten (socialtjänst*): P3 and P4 -> 2 hits, 2 segments.
//   aktorer: no patterns of its own -> 0.
//   kedja (uppföljning): "uppföljningen" in P5 is another word -> 0.
//   kedja.mal (mål, målet): "Mål" in P3 -> 1 hit.
//   kedja.indikator (indikator*, antalet): P5 Indikator, Antalet -> 2 hits, 1 segment.
void expect_category_counts(const Counts& counts) {
  const std::map<std::string, int> hits = {
      {"amne", 7},  {"aktorer", 0},   {"aktorer.polisen", 2}, {"aktorer.socialtjansten", 2},
      {"kedja", 0}, {"kedja.mal", 1}, {"kedja.indikator", 2}};
  const std::map<std::string, int> segments = {
      {"amne", 3},  {"aktorer", 0},   {"aktorer.polisen", 2}, {"aktorer.socialtjansten", 2},
      {"kedja", 0}, {"kedja.mal", 1}, {"kedja.indikator", 1}};
  EXPECT_EQ(counts.hits, hits);
  EXPECT_EQ(counts.segments, segments);
}

TEST(DictionaryImportTest, QuantedaDictionaryCodesThePlanToHandCountedHits) {
  expect_category_counts(import_and_code("pmh-ordlista.yml", DictionaryFormat::quanteda));
}

TEST(DictionaryImportTest, WindowsWordstatDictionaryCodesThePlanToHandCountedHits) {
  std::vector<util::Diagnostic> warnings;
  expect_category_counts(
      import_and_code("pmh-wordstat.cat", DictionaryFormat::wordstat, &warnings));
  ASSERT_EQ(warnings.size(), 1u);  // the file is Windows-1252
  EXPECT_NE(warnings[0].message.find("Windows-1252"), std::string::npos);
}

TEST(DictionaryImportTest, LiwcDictionaryCodesThePlanToHandCountedHits) {
  // Flat LIWC categories on the same plan:
  //   amne: as above -> 7 hits, 3 segments.
  //   aktor (polis, polisen, polismyndighet*, socialtjänst*): P3 Socialtjänsten,
  //     polisen (2); P4 socialtjänsten (1); P6 Polismyndigheten (1) -> 4 hits, 3 segments.
  //   mal (mål, målet): P3 Mål -> 1.
  //   indikator (indikator*, antalet, uppföljning, utbild*): P4 Utbildning (1);
  //     P5 Indikator, Antalet, utbildade (3) -> 4 hits, 2 segments. "uppföljningen"
  //     is not "uppföljning".
  //   kompetens (utbild*, the entry listed under 4 and 5): P4 Utbildning, P5
  //     utbildade -> 2 hits, 2 segments.
  const Counts counts = import_and_code("pmh-liwc.dic", DictionaryFormat::liwc);
  const std::map<std::string, int> hits = {
      {"amne", 7}, {"aktor", 4}, {"mal", 1}, {"indikator", 4}, {"kompetens", 2}};
  const std::map<std::string, int> segments = {
      {"amne", 3}, {"aktor", 3}, {"mal", 1}, {"indikator", 2}, {"kompetens", 2}};
  EXPECT_EQ(counts.hits, hits);
  EXPECT_EQ(counts.segments, segments);
}

TEST(DictionaryImportTest, FormatsByNameAndExtension) {
  EXPECT_EQ(dictionary_format_from_name("quanteda"), DictionaryFormat::quanteda);
  EXPECT_EQ(dictionary_format_from_name("liwc"), DictionaryFormat::liwc);
  EXPECT_EQ(dictionary_format_from_name("wordstat"), DictionaryFormat::wordstat);
  EXPECT_EQ(dictionary_format_from_name("LIWC"), std::nullopt);
  EXPECT_EQ(dictionary_format_from_name("yaml"), std::nullopt);
  EXPECT_EQ(dictionary_format_from_extension("a/ordlista.yml"), DictionaryFormat::quanteda);
  EXPECT_EQ(dictionary_format_from_extension("ordlista.YAML"), DictionaryFormat::quanteda);
  EXPECT_EQ(dictionary_format_from_extension("LIWC2015.DIC"), DictionaryFormat::liwc);
  EXPECT_EQ(dictionary_format_from_extension("ord.cat"), DictionaryFormat::wordstat);
  EXPECT_EQ(dictionary_format_from_extension("ord.txt"), std::nullopt);
  EXPECT_EQ(dictionary_format_from_extension("cat"), std::nullopt);
  for (const auto format :
       {DictionaryFormat::quanteda, DictionaryFormat::liwc, DictionaryFormat::wordstat}) {
    EXPECT_EQ(dictionary_format_from_name(to_string(format)), format);
  }
}

TEST(DictionaryImportTest, MakesValidUniqueIdsFromSwedishNames) {
  std::set<std::string> taken;
  EXPECT_EQ(make_code_id("Målgrupper", "", taken), "malgrupper");
  EXPECT_EQ(make_code_id("Unga & barn", "malgrupper", taken), "malgrupper.unga-barn");
  EXPECT_EQ(make_code_id("Målgrupper", "", taken), "malgrupper-2");
  EXPECT_EQ(make_code_id("MÅLGRUPPER", "", taken), "malgrupper-3");
  EXPECT_EQ(make_code_id("§§", "", taken), "category");
  EXPECT_EQ(make_code_id("", "", taken), "category-2");
  EXPECT_EQ(taken.size(), 6u);
}

TEST(DictionaryImportTest, ImportedCodebookIsNamedAfterTheFile) {
  const Codebook book = make_imported_codebook("dir/Min Ordlista.dic", DictionaryFormat::liwc);
  EXPECT_EQ(book.name, "min-ordlista");
  EXPECT_EQ(book.title, "Min Ordlista.dic (LIWC dictionary)");
  EXPECT_NE(book.description.find("LIWC"), std::string::npos);
  EXPECT_TRUE(book.codes.empty());
}

TEST(DictionaryImportTest, DecodesUtf8AsIsAndWindows1252WithAWarning) {
  std::vector<util::Diagnostic> warnings;
  EXPECT_EQ(decode_dictionary_text("\xEF\xBB\xBFm\xC3\xA5l", "a.cat", warnings), "m\xC3\xA5l");
  EXPECT_TRUE(warnings.empty());
  // "mål\nmän" in Windows-1252; the first byte that is not UTF-8 is on line 1.
  EXPECT_EQ(decode_dictionary_text("m\xE5l\nm\xE4n", "a.cat", warnings), "m\xC3\xA5l\nm\xC3\xA4n");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].severity, util::Severity::warning);
  EXPECT_EQ(warnings[0].line, 1);
  EXPECT_EQ(warnings[0].column, 2);
  // Curly quotes and the euro sign are Windows-1252, not Latin-1.
  warnings.clear();
  EXPECT_EQ(decode_dictionary_text("\x80 \x93", "a.cat", warnings), "\xE2\x82\xAC \xE2\x80\x9C");
}

TEST(DictionaryImportTest, BytesUndefinedInWindows1252AreErrorsWithPositions) {
  std::vector<util::Diagnostic> warnings;
  try {
    decode_dictionary_text("ok\nm\xE5l \x81 och \x90", "a.cat", warnings);
    FAIL() << "expected DiagnosticError";
  } catch (const util::DiagnosticError& e) {
    ASSERT_EQ(e.diagnostics().size(), 2u);
    EXPECT_EQ(e.diagnostics()[0].line, 2);
    EXPECT_EQ(e.diagnostics()[0].column, 5);
    EXPECT_NE(e.diagnostics()[0].message.find("0x81"), std::string::npos);
    EXPECT_EQ(e.diagnostics()[1].column, 11);
  }
}

TEST(DictionaryImportTest, ChecksKeywordsWithTheCodebookPatternRules) {
  EXPECT_EQ(check_keyword("människohandel*"), "");
  EXPECT_EQ(check_keyword("köp av sexuella tjänster"), "");
  EXPECT_NE(check_keyword("*"), "");
  EXPECT_NE(check_keyword(""), "");
}

TEST(DictionaryImportTest, AddKeywordDropsRepeatsIgnoringCase) {
  Code code;
  std::set<std::string> seen;
  add_keyword(code, "Polis", seen);
  add_keyword(code, "POLIS", seen);
  add_keyword(code, "polis*", seen);
  add_keyword(code, "ÅTGÄRD", seen);
  add_keyword(code, "åtgärd", seen);
  EXPECT_EQ(code.keywords, (std::vector<std::string>{"Polis", "polis*", "ÅTGÄRD"}));
}

TEST(DictionaryImportTest, DropsKeywordsAnotherKeywordOfTheCodeCovers) {
  Codebook book;
  book.path = "a.dic";
  Code code;
  code.id = "amne";
  code.label = "ämne";
  code.line = 3;
  code.keywords = {"sexköpare",  "sexköp*",     "*handel", "människohandel",
                   "köp av sex", "köp* av sex", "polis"};
  Code other;
  other.id = "polis";
  other.label = "polis";
  other.keywords = {"polis*"};  // covers "polis" of the other code, which stays
  book.codes = {code, other};
  std::vector<util::Diagnostic> warnings;
  remove_shadowed_keywords(book, warnings);
  EXPECT_EQ(book.codes[0].keywords,
            (std::vector<std::string>{"sexköp*", "*handel", "köp* av sex", "polis"}));
  EXPECT_EQ(book.codes[1].keywords, (std::vector<std::string>{"polis*"}));
  ASSERT_EQ(warnings.size(), 3u);
  EXPECT_EQ(warnings[0].file, "a.dic");
  EXPECT_EQ(warnings[0].line, 3);
  EXPECT_EQ(warnings[0].severity, util::Severity::warning);
  EXPECT_NE(warnings[0].message.find("'sexköpare'"), std::string::npos);
  EXPECT_NE(warnings[0].message.find("'sexköp*'"), std::string::npos);
  EXPECT_NE(warnings[1].message.find("'människohandel'"), std::string::npos);
  EXPECT_NE(warnings[2].message.find("'köp av sex'"), std::string::npos);
}

}  // namespace
}  // namespace goalchain::codebook
