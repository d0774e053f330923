#include "goalchain/util/word_tokens.h"

#include "goalchain/util/utf8.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <unordered_set>

namespace goalchain::util {
namespace {

std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> words;
  for (const auto& token : tokenize_words(text)) words.push_back(token.folded);
  return words;
}

TEST(WordTokensTest, SplitsOnPunctuationAndFolds) {
  EXPECT_EQ(folded_words("Köp av SEXUELLA tjänster, t.ex. hbtq-personer."),
            (std::vector<std::string>{"köp", "av", "sexuella", "tjänster", "t", "ex", "hbtq", "personer"}));
}

TEST(WordTokensTest, KeepsByteOffsetsIntoTheSource) {
  const std::string text = "Ökad  Människohandel";
  const auto tokens = tokenize_words(text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "Ökad");
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "Människohandel");
  EXPECT_EQ(tokens[1].folded, "människohandel");
}

TEST(WordTokensTest, DigitsArePartOfWordsDashesAreNot) {
  EXPECT_EQ(folded_words("2017–2020 NS3"), (std::vector<std::string>{"2017", "2020", "ns3"}));
  EXPECT_TRUE(tokenize_words(" ,;– ").empty());
  EXPECT_TRUE(tokenize_words("").empty());
}

TEST(WordTokensTest, CountsAndVisitsTheWordsTokenizeGives) {
  for (const std::string_view text : {"Köp av SEXUELLA tjänster, t.ex. hbtq-personer.",
                                      "2017–2020 NS3", " ,;– ", "", "Straße ÅÄÖ\xCC\x88x"}) {
    EXPECT_EQ(count_words(text), tokenize_words(text).size()) << text;
    std::vector<std::string> visited;
    for_each_folded_word(text, [&](const std::string& word) { visited.push_back(word); });
    EXPECT_EQ(visited, folded_words(text)) << text;
  }
}

TEST(WordTokensTest, AllFoldedWordsStopsAtTheFirstWordThatFails) {
  std::vector<std::string> seen;
  const auto short_word = [&](const std::string& word) {
    seen.push_back(word);
    return word.size() <= 4;  // "mål" is four bytes
  };
  EXPECT_TRUE(all_folded_words("Mål, ANSVAR? nej", [&](const std::string& word) {
    seen.push_back(word);
    return true;
  }));
  EXPECT_EQ(seen, (std::vector<std::string>{"mål", "ansvar", "nej"}));
  seen.clear();
  EXPECT_FALSE(all_folded_words("Mål Aktivitet Ansvar", short_word));
  EXPECT_EQ(seen, (std::vector<std::string>{"mål", "aktivitet"}));
  seen.clear();
  EXPECT_TRUE(all_folded_words(" - ", short_word));
  EXPECT_TRUE(seen.empty());
}

TEST(WordTokensTest, CountsTheWordsAmongASetAsFoldingEachWordDoes) {
  const std::unordered_set<std::string> common = {"och", "att", "för", "ss", "k"};
  // "STRASSE" and "Straße" fold to words longer than any in the set; the
  // Kelvin sign (U+212A) folds to "k", shorter than it is written.
  const std::string text =
      "Och ATT för, Förvaltningen och Straße ss SS \u212A k kommunerna ÅTGÄRDER att";
  std::size_t words = 0;
  std::size_t among = 0;
  for_each_folded_word(text, [&](const std::string& word) {
    ++words;
    if (common.contains(word)) ++among;
  });
  const WordsAmong counts = count_words_among(text, common);
  EXPECT_EQ(counts.words, words);
  EXPECT_EQ(counts.among, among);
  EXPECT_EQ(counts.words, 13u);
  EXPECT_EQ(counts.among, 9u);
  EXPECT_EQ(count_words_among("", common).words, 0u);
  EXPECT_EQ(count_words_among("och", {}).among, 0u);
}

TEST(WordTokensTest, FoldingNeverShortensAsciiOrLatin1) {
  // count_words_among skips words of bytes below 0xC4 longer than the set's
  // longest word without folding them.
  for (char32_t cp = 0; cp <= 0xFF; ++cp) {
    if (!is_word_character(cp)) continue;
    std::string letter;
    if (cp < 0x80) {
      letter += static_cast<char>(cp);
    } else {
      letter += static_cast<char>(0xC0 | (cp >> 6));
      letter += static_cast<char>(0x80 | (cp & 0x3F));
    }
    const auto tokens = tokenize_words(letter);
    ASSERT_EQ(tokens.size(), 1u);
    EXPECT_GE(tokens[0].folded.size(), letter.size()) << static_cast<std::uint32_t>(cp);
  }
}

TEST(WordTokensTest, FoldsEveryLatin1LetterAsFullCaseFoldingDoes) {
  // Words of ASCII and Latin-1 letters take a quick path; it must agree with
  // utf8proc's full case folding for each letter, alone and inside a word.
  for (char32_t cp = 0xC0; cp <= 0xFF; ++cp) {
    if (!is_word_character(cp)) continue;
    std::string letter;
    letter += static_cast<char>(0xC0 | (cp >> 6));
    letter += static_cast<char>(0x80 | (cp & 0x3F));
    for (const std::string& word : {letter, "AB" + letter + "cD"}) {
      const auto tokens = tokenize_words(word);
      ASSERT_EQ(tokens.size(), 1u) << word;
      EXPECT_EQ(tokens[0].folded, fold_case(word)) << word;
    }
  }
  EXPECT_EQ(folded_words("STRASSE Straße ÅÄÖ Ærø ΣΟΦΙΑ"),
            (std::vector<std::string>{"strasse", "strasse", "åäö", "ærø", "σοφια"}));
}

TEST(WordTokensTest, TellsEveryTwoByteCharacterAsIsWordCharacterDoes) {
  // Latin-1 letters are told without decoding; every two-byte character,
  // between two letters, must split or join the word as is_word_character says.
  for (char32_t cp = 0x80; cp <= 0x7FF; ++cp) {
    std::string text = "a";
    text += static_cast<char>(0xC0 | (cp >> 6));
    text += static_cast<char>(0x80 | (cp & 0x3F));
    text += "b";
    EXPECT_EQ(tokenize_words(text).size(), is_word_character(cp) ? 1u : 2u) << std::hex << static_cast<std::uint32_t>(cp);
    EXPECT_EQ(count_words(text), is_word_character(cp) ? 1u : 2u) << std::hex << static_cast<std::uint32_t>(cp);
  }
  // A lead byte without its continuation is no letter.
  EXPECT_EQ(folded_words("ab\xC3 cd\xC3"), (std::vector<std::string>{"ab", "cd"}));
  EXPECT_EQ(folded_words("ab\xC3(cd"), (std::vector<std::string>{"ab", "cd"}));
}

}  // namespace
}  // namespace goalchain::util
