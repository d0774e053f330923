#include "goalchain/codebook/pattern.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

std::vector<std::string> words_of(std::string_view pattern) {
  std::string error;
  std::vector<std::string> out;
  for (const auto& word : parse_pattern(pattern, error)) out.push_back(word.text);
  return out;
}

std::string error_of(std::string_view pattern) {
  std::string error;
  EXPECT_TRUE(parse_pattern(pattern, error).empty()) << pattern;
  return error;
}

TEST(PatternTest, SplitsAndFoldsWordsKeepingWildcards) {
  EXPECT_EQ(words_of("*Barn prostitution*"), (std::vector<std::string>{"*barn", "prostitution*"}));
  EXPECT_EQ(words_of("KÖP av Sexuella tjänster"),
            (std::vector<std::string>{"köp", "av", "sexuella", "tjänster"}));
  EXPECT_EQ(words_of("organi?ation"), (std::vector<std::string>{"organi?ation"}));
  EXPECT_EQ(words_of("kvinno*jour"), (std::vector<std::string>{"kvinno*jour"}));
  // Split where the text is split: "hbtq-personer" is two words.
  EXPECT_EQ(words_of("hbtq-person*"), (std::vector<std::string>{"hbtq", "person*"}));
  EXPECT_EQ(words_of("GROSSSTRAẞE"), (std::vector<std::string>{"grossstrasse"}));
  std::string error;
  EXPECT_FALSE(parse_pattern("a?b*c", error).empty());
  EXPECT_TRUE(error.empty());
}

TEST(PatternTest, RejectsEmptyPatternsAndLoneWildcards) {
  EXPECT_EQ(error_of(""), "the pattern is empty");
  EXPECT_EQ(error_of("   "), "the pattern is empty");
  EXPECT_EQ(error_of("*"), "'*' must be attached to a word");
  EXPECT_EQ(error_of("**"), "'*' must be attached to a word");
  EXPECT_EQ(error_of("köp ?"), "'?' must be attached to a word");
  EXPECT_EQ(error_of("§ –"), "the pattern has no letters or digits");
  EXPECT_TRUE(has_word_characters("§ 4"));
  EXPECT_FALSE(has_word_characters("§ – ..."));
}

TEST(PatternTest, StarMatchesAnyRunIncludingNone) {
  EXPECT_TRUE(match_glob("kvinno*jour", "kvinnojour"));
  EXPECT_TRUE(match_glob("kvinno*jour", "kvinnofridsjour"));
  EXPECT_TRUE(match_glob("*sexköp*", "antisexköpslagen"));
  EXPECT_TRUE(match_glob("*sexköp*", "sexköp"));
  EXPECT_TRUE(match_glob("a*b*c", "aXXbYYbZc"));
  EXPECT_FALSE(match_glob("kvinno*jour", "kvinnojourer"));
  EXPECT_FALSE(match_glob("kvinno*jour", "tjejjour"));
  EXPECT_FALSE(match_glob("a*b*c", "aXXcYYb"));
}

TEST(PatternTest, QuestionMarkIsExactlyOneCharacterEvenOutsideAscii) {
  EXPECT_TRUE(match_glob("organi?ation", "organisation"));
  EXPECT_TRUE(match_glob("organi?ation", "organization"));
  EXPECT_FALSE(match_glob("organi?ation", "organiation"));
  EXPECT_FALSE(match_glob("organi?ation", "organissation"));
  // 'å' is two bytes but one character.
  EXPECT_TRUE(match_glob("m?l", "mål"));
  EXPECT_FALSE(match_glob("m??l", "mål"));
  EXPECT_TRUE(match_glob("*å?", "påå"));
}

TEST(PatternTest, LongWordsDoNotMakeGlobsSlow) {
  const std::string word(20000, 'a');
  EXPECT_FALSE(match_glob("*a*a*a*a*a*b", word));
  EXPECT_TRUE(match_glob("*a*a*a*a*a*", word));
}

TEST(PatternTest, CoverageBetweenGlobs) {
  EXPECT_TRUE(glob_covers("polis*", "polisen"));
  EXPECT_TRUE(glob_covers("polis*", "polis"));
  EXPECT_TRUE(glob_covers("polis*", "polisens*"));
  EXPECT_TRUE(glob_covers("*prostitution*", "prostitution*"));
  EXPECT_TRUE(glob_covers("*prostitution*", "*barnprostitution"));
  EXPECT_TRUE(glob_covers("organi?ation", "organisation"));
  EXPECT_TRUE(glob_covers("m*", "m?l"));
  EXPECT_TRUE(glob_covers("polisen", "polisen"));
  EXPECT_FALSE(glob_covers("polisen", "polis*"));
  EXPECT_FALSE(glob_covers("polis*", "poli?"));
  EXPECT_FALSE(glob_covers("polis?", "polis*"));
  EXPECT_FALSE(glob_covers("organisation", "organi?ation"));
  EXPECT_FALSE(glob_covers("prostitution*", "*prostitution"));
  EXPECT_FALSE(glob_covers("mål", "målet"));
}

}  // namespace
}  // namespace goalchain::codebook
