#include "goalchain/codebook/word_scanner.h"

#include "goalchain/util/word_tokens.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

// The scanner must split and fold exactly like util::tokenize_words.
void expect_same_as_tokenizer(const std::string& text) {
  std::vector<ScannedWord> words;
  std::string folded;
  scan_words(text, words, folded);
  const auto tokens = util::tokenize_words(text);
  ASSERT_EQ(words.size(), tokens.size()) << text;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(words[i].begin, tokens[i].begin) << text;
    EXPECT_EQ(words[i].end, tokens[i].end) << text;
    EXPECT_EQ(folded_word(folded, words[i]), tokens[i].folded) << text;
  }
}

TEST(WordScannerTest, SplitsAndFoldsLikeTheTokenizer) {
  expect_same_as_tokenizer("Polisen och Länsstyrelsen i Västra Götalands län, 2017–2020.");
  expect_same_as_tokenizer("ÅTGÄRD IDÉ Ärende ÖVERSYN ÜBER Ça");
  expect_same_as_tokenizer("Straße GROẞ ß×÷ 3×4 a÷b");
  expect_same_as_tokenizer("hbtq-personer • t.ex. ”citat” “quote” – tankstreck");
  expect_same_as_tokenizer("Ελληνικά ΣΟΦΙΑ Кириллица ÆØÅ İstanbul ǅemal µg");
  expect_same_as_tokenizer("e\xCC\x81t\xC3\xA9 cafe\xCC\x81");  // a combining accent composes
  expect_same_as_tokenizer("emoji 😀 mitt i😀ord");
  expect_same_as_tokenizer("bad \xC3 byte \xFF\xFE here \xC3\x28 and \xE2\x82 end");
  expect_same_as_tokenizer("");
  expect_same_as_tokenizer("   ...   ");
  expect_same_as_tokenizer("word");
}

TEST(WordScannerTest, ReusesItsBuffersAcrossTexts) {
  std::vector<ScannedWord> words;
  std::string folded;
  scan_words("En lång TEXT med många ord", words, folded);
  EXPECT_EQ(words.size(), 6u);
  scan_words("Kort", words, folded);
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(folded_word(folded, words[0]), "kort");
}

TEST(WordScannerTest, WordsThatGrowWhenFoldedStillFit) {
  // "ŉ" folds to two characters of three bytes: the folded text outgrows the source.
  std::string text;
  for (int i = 0; i < 200; ++i) text += "ŉŉŉ ";
  expect_same_as_tokenizer(text);
}

}  // namespace
}  // namespace goalchain::codebook
