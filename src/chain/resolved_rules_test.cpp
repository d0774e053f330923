#include "resolved_rules.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

class ResolvedRulesTest : public ChainTest {
 protected:
  static codebook::Hit hit_of(std::string_view id) {
    codebook::Hit hit;
    hit.code = static_cast<std::uint32_t>(*codebook_->find(std::string(id)));
    return hit;
  }
};

TEST_F(ResolvedRulesTest, CodesBelowTheirGroupsAreActorsTargetGroupsAndTopical) {
  const ResolvedRules r = resolve_rules(*codebook_->chains, *codebook_);
  EXPECT_TRUE(r.is_topical(hit_of("pmh")));
  EXPECT_TRUE(r.is_topical(hit_of("pmh.buying")));
  EXPECT_FALSE(r.is_topical(hit_of("goal")));
  EXPECT_TRUE(r.is_actor(hit_of("actor.police")));
  EXPECT_FALSE(r.is_actor(hit_of("actor")));
  EXPECT_TRUE(r.is_target_group(hit_of("target.sex_buyers")));
  EXPECT_TRUE(r.is_measurable(hit_of("quality.measurable")));
  EXPECT_EQ(r.role_of_code.at(*codebook_->find("indicator")), Role::indicator);
  EXPECT_EQ(r.national_goal_of_code.at(*codebook_->find("NS3")), 3);
}

TEST_F(ResolvedRulesTest, ACodeTheCodebookLacksStaysUnset) {
  codebook::ChainRules rules = *codebook_->chains;
  rules.topic = "no.such.code";
  rules.measurable = "neither.this";
  const ResolvedRules r = resolve_rules(rules, *codebook_);
  EXPECT_FALSE(r.topic);
  EXPECT_FALSE(r.measurable);
  EXPECT_FALSE(r.is_topical(hit_of("pmh")));
  EXPECT_FALSE(r.is_measurable(hit_of("quality.measurable")));
  codebook::Hit beyond;
  beyond.code = 100000;
  EXPECT_FALSE(r.is_actor(beyond));
}

}  // namespace
}  // namespace goalchain::chain
