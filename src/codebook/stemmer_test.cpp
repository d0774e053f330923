#include "goalchain/codebook/stemmer.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace goalchain::codebook {
namespace {

// What libstemmer 2.2 does with the words analysts meet; docs/codebook.md
// relies on these.
TEST(StemmerTest, SwedishStemsUnifySomeInflectionsButNotAll) {
  Stemmer swedish("swedish");
  EXPECT_EQ(swedish.stem("utbildning"), "utbildning");
  EXPECT_EQ(swedish.stem("utbildningar"), "utbildning");
  EXPECT_EQ(swedish.stem("utbildningen"), "utbildning");
  EXPECT_EQ(swedish.stem("kvinna"), "kvinn");
  EXPECT_EQ(swedish.stem("kvinnorna"), "kvinn");
  EXPECT_EQ(swedish.stem("kvinnlig"), "kvinn");  // joined with kvinna, wanted or not
  EXPECT_EQ(swedish.stem("polis"), "polis");
  EXPECT_EQ(swedish.stem("polisen"), "polis");
  EXPECT_EQ(swedish.stem("polisens"), "polis");
  EXPECT_EQ(swedish.stem("tjänst"), "tjänst");
  EXPECT_EQ(swedish.stem("tjänsterna"), "tjänst");
  EXPECT_EQ(swedish.stem("sexuella"), "sexuell");
  EXPECT_EQ(swedish.stem("sexuellt"), "sexuellt");
  // The known gaps: forms of one word that get different stems.
  EXPECT_EQ(swedish.stem("indikator"), "indikat");
  EXPECT_EQ(swedish.stem("indikatorer"), "indikator");
  EXPECT_EQ(swedish.stem("indikatorerna"), "indikator");
  EXPECT_EQ(swedish.stem("indikatorn"), "indikatorn");
  EXPECT_EQ(swedish.stem("mål"), "mål");
  EXPECT_EQ(swedish.stem("målen"), "mål");
  EXPECT_EQ(swedish.stem("målet"), "målet");
  EXPECT_EQ(swedish.stem("människohandeln"), "människohandeln");
  EXPECT_EQ(swedish.stem("människohandel"), "människohandel");
}

TEST(StemmerTest, EnglishAndUnknownAlgorithms) {
  Stemmer english("english");
  EXPECT_EQ(english.stem("trafficking"), "traffick");
  EXPECT_EQ(english.stem("trafficked"), "traffick");
  EXPECT_THROW(Stemmer("klingon"), std::invalid_argument);
  EXPECT_TRUE(is_stemmer_algorithm("swedish"));
  EXPECT_FALSE(is_stemmer_algorithm("svenska"));
  EXPECT_EQ(stemmer_algorithm_for_language("sv"), "swedish");
  EXPECT_EQ(stemmer_algorithm_for_language("en"), "english");
  EXPECT_EQ(stemmer_algorithm_for_language("fi"), "");
}

TEST(StemmerTest, CacheGivesTheSameStemsAndStableViews) {
  StemCache cache("swedish");
  const std::string_view first = cache.stem("utbildningar");
  for (int i = 0; i < 1000; ++i) cache.stem("ord" + std::to_string(i));
  EXPECT_EQ(first, "utbildning");
  EXPECT_EQ(cache.stem("utbildningar"), "utbildning");
}

}  // namespace
}  // namespace goalchain::codebook
