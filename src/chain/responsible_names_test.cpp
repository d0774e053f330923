#include "responsible_names.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::chain {
namespace {

class ResponsibleNamesTest : public ChainTest {
 protected:
  // The names of `text`; no known actor starts anywhere.
  static std::vector<std::string> names_of(std::string_view text) {
    std::vector<std::string> names;
    for (const auto& name : listed_names(*codebook_->chains, text, [](std::size_t) { return false; })) {
      names.emplace_back(text.substr(name.begin, name.end - name.begin));
    }
    return names;
  }
};

TEST_F(ResponsibleNamesTest, PartsAtCommasAndJoinersBeforeACapital) {
  EXPECT_EQ(names_of("Kulturförvaltningen, fritidsgårdarna och Föreningsrådet"),
            (std::vector<std::string>{"Kulturförvaltningen", "fritidsgårdarna", "Föreningsrådet"}));
  EXPECT_EQ(names_of("enhetschef för boendestöd / kuratorn"),
            (std::vector<std::string>{"enhetschef för boendestöd", "kuratorn"}));
}

TEST_F(ResponsibleNamesTest, AJoinerInsideANameDoesNotPartIt) {
  EXPECT_EQ(names_of("samordnaren mot våld och förtryck"),
            std::vector<std::string>{"samordnaren mot våld och förtryck"});
}

TEST_F(ResponsibleNamesTest, AHangingHyphenKeepsTwoPartsOneName) {
  EXPECT_EQ(names_of("Kultur- och fritidsförvaltningen, Skolan"),
            (std::vector<std::string>{"Kultur- och fritidsförvaltningen", "Skolan"}));
}

TEST_F(ResponsibleNamesTest, ABracketClosingTheTextHoldsItsWords) {
  const std::string text = "Föreläsning för tränare (Idrottsförvaltningen, 2027).";
  const auto inside = closing_bracket(text);
  ASSERT_TRUE(inside);
  EXPECT_EQ(text.substr(inside->first, inside->second - inside->first), "Idrottsförvaltningen, 2027");
  EXPECT_FALSE(closing_bracket("Rutin (se bilaga) för ärenden."));
  EXPECT_FALSE(closing_bracket("Rutin för ärenden."));
}

TEST_F(ResponsibleNamesTest, PartnerPhraseAndYearAreNoPartOfAName) {
  EXPECT_EQ(names_of("Fastighetskontoret, i samverkan med bostadsbolaget (2027)"),
            (std::vector<std::string>{"Fastighetskontoret", "bostadsbolaget"}));
  EXPECT_EQ(names_of("Fastighetskontoret i samverkan med bostadsbolaget"),
            (std::vector<std::string>{"Fastighetskontoret", "bostadsbolaget"}));
}

TEST_F(ResponsibleNamesTest, AKnownActorAfterAJoinerOpensAName) {
  const std::string text = "kultursekreteraren och polisen";
  std::vector<std::string> names;
  for (const auto& name :
       listed_names(*codebook_->chains, text, [&](std::size_t at) { return at == text.find("polisen"); })) {
    names.push_back(text.substr(name.begin, name.end - name.begin));
  }
  EXPECT_EQ(names, (std::vector<std::string>{"kultursekreteraren", "polisen"}));
}

TEST_F(ResponsibleNamesTest, EachNameALabelListsIsAnActorOfTheChain) {
  const auto chains = chains_of(
      "Handlingsplan\n\n2. Stöd\n\n"
      "Mål 2.1: Fler som säljer sex ska få stöd att lämna prostitution.\n"
      "Ansvarig: kvinnofridsenheten och Socialtjänsten\n");
  ASSERT_EQ(chains.size(), 1u);
  std::vector<std::string> raw;
  for (const auto& actor : chains[0].responsible) raw.push_back(actor.code.empty() ? actor.raw : actor.code);
  std::sort(raw.begin(), raw.end());
  EXPECT_EQ(raw, (std::vector<std::string>{"actor.social_services", "kvinnofridsenheten"}));
}

TEST_F(ResponsibleNamesTest, BracketsEndingAnActivityNameWhoDoesIt) {
  const auto chains = chains_of(
      "Plan\n\nMål 1: Färre ska köpa sexuella tjänster.\n\nAktiviteter:\n\n"
      "• Kampanj mot sexköp vid stora evenemang (Socialtjänsten i samverkan med kulturförvaltningen, varje år)\n"
      "• Utbildning om sexköpslagen för chefer i hotellbranschen (Näringslivskontoret, 2027)\n"
      "• Information om stöd till den som vill sluta köpa sex (se bilaga)\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 3u);
  std::vector<std::string> raw;
  for (const auto& actor : chains[0].responsible) raw.push_back(actor.code.empty() ? actor.raw : actor.code);
  std::sort(raw.begin(), raw.end());
  EXPECT_EQ(raw, (std::vector<std::string>{"Näringslivskontoret", "actor.social_services", "kulturförvaltningen"}));
}

}  // namespace
}  // namespace goalchain::chain
