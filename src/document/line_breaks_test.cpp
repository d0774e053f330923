#include "goalchain/document/line_breaks.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::document {
namespace {

// A column of text about 60 characters wide.
const std::string kColumn =
    "Antalet anmälda brott om köp av sexuell tjänst har varierat\n"
    "kraftigt mellan åren och följer i stort sett polisens egna\n"
    "insatser. Stödet till den som säljer sex finns i dag främst\n"
    "utanför länet, hos Mikamottagningen i Stockholm och andra\n"
    "mottagningar som har byggts upp under de senaste tio åren i\n"
    "landets storstadsregioner, och många kommuner saknar rutiner\n"
    "för hur socialtjänsten ska agera när någon misstänks vara\n"
    "utsatt för människohandel eller utnyttjas i prostitution.\n";

TEST(LineBreaksTest, MeasuresTheColumn) {
  const LineBreaks breaks(split_text_lines(kColumn));
  EXPECT_GE(breaks.width(), 56u);
  EXPECT_LE(breaks.width(), 62u);
}

TEST(LineBreaksTest, AWrapIsNoDeliberateBreak) {
  const LineBreaks breaks(split_text_lines(kColumn));
  EXPECT_FALSE(breaks.is_deliberate("Antalet anmälda brott om köp av sexuell tjänst har varierat",
                                    "kraftigt mellan åren"));
  EXPECT_TRUE(breaks.is_deliberate("Bakgrund", "Mäns våld mot kvinnor är ett samhällsproblem."));
  EXPECT_TRUE(breaks.is_deliberate("(Mika).", "Flera kommuner saknar rutiner."));
}

TEST(LineBreaksTest, SentenceEndsKnowAbbreviations) {
  EXPECT_TRUE(ends_sentence("Texten slutar här."));
  EXPECT_TRUE(ends_sentence("hos Mikamottagningen (Mika)."));
  EXPECT_FALSE(ends_sentence("arbetet regionalt, bl.a."));
  EXPECT_FALSE(ends_sentence("Bakgrund"));
  EXPECT_FALSE(ends_sentence(""));
}

TEST(LineBreaksTest, BlocksStartWithACapitalADigitOrAMarker) {
  EXPECT_TRUE(starts_block("Mäns våld"));
  EXPECT_TRUE(starts_block("2 Lägesbild"));
  EXPECT_TRUE(starts_block("\u2022 punkt"));
  EXPECT_TRUE(starts_block("(Mika)"));
  EXPECT_FALSE(starts_block("och människohandel"));
}

}  // namespace
}  // namespace goalchain::document
