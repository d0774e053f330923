#include "indicators_apart.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

class IndicatorsApartTest : public ChainTest {};

// A closing section of follow-up measures the goals above it, each sentence
// the goal whose words it shares: the measure of visits to the outreach bus
// belongs to the goal whose activity runs the bus, the reported sex purchases
// to the goal of the police's action weeks.
TEST_F(IndicatorsApartTest, AFollowUpSectionMeasuresTheGoalsItNames) {
  const auto chains = chains_of(
      "Plan mot prostitution\n\n"
      "1. Stöd\n\n"
      "Mål: Fler personer i prostitution ska få stöd.\n"
      "Aktivitet: Socialtjänsten kör uppsökarbussen till hamnen varje fredag.\n\n"
      "2. Sexköp\n\n"
      "Mål: Fler sexköp ska upptäckas.\n"
      "Aktivitet: Polisen genomför insatsveckor mot sexköp vid hamnen och stationen.\n\n"
      "3. Så följer vi upp planen\n\n"
      "Antalet besök i uppsökarbussen följs upp varje kvartal. "
      "Antalet anmälda sexköp följs upp efter varje insatsvecka.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_NE(chains[0].indicators[0].text.find("uppsökarbussen"), std::string::npos);
  ASSERT_EQ(chains[1].indicators.size(), 1u);
  EXPECT_NE(chains[1].indicators[0].text.find("insatsvecka"), std::string::npos);
}

// Under another heading an indicator with no chain open measures nothing
// known: the goals of its section may be ones the finder did not read.
TEST_F(IndicatorsApartTest, ElsewhereAnIndicatorWithoutAChainJoinsNone) {
  const auto chains = chains_of(
      "Plan mot prostitution\n\n"
      "1. Stöd\n\n"
      "Mål: Fler personer i prostitution ska få stöd.\n"
      "Aktivitet: Socialtjänsten kör uppsökarbussen till hamnen varje fredag.\n\n"
      "2. Om bussen\n\n"
      "Antalet besök i uppsökarbussen följs upp varje kvartal.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].indicators.empty());
}

// An indicator that names a goal of another topic best gives that goal no
// chain and joins no other.
TEST_F(IndicatorsApartTest, AnIndicatorOfAnotherTopicsGoalJoinsNone) {
  const auto chains = chains_of(
      "Plan mot våld\n\n"
      "1. Stöd\n\n"
      "Mål: Fler personer i prostitution ska få stöd.\n"
      "Aktivitet: Socialtjänsten kör uppsökarbussen till hamnen varje fredag.\n\n"
      "2. Parken\n\n"
      "Mål: Fler ska känna sig trygga i parken.\n"
      "Aktivitet: Kommunen byter belysningen i parken.\n\n"
      "3. Så följer vi upp planen\n\n"
      "Antalet som känner sig trygga i parken följs upp varje år.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].indicators.empty());
}

}  // namespace
}  // namespace goalchain::chain
