"""Chains (docs/chains.md) from the real binary and the shipped codebook: the
report's four worked examples (DOMAIN.md) as plan text in tests/data/chains,
a plan section about honour-related violence that yields no chain, and every
chain element over examples/ traced back to its segment."""

import os
import unittest

import harness
from harness import DATA_DIR, EXAMPLES_DIR, SOURCE_DIR, run_goalchain, fresh_dir, load_results

CODEBOOK = os.path.join(SOURCE_DIR, "codebooks", "pmh-sv.yaml")
# Format 3: the members a chain may have, in their order; those in
# CHAIN_ALWAYS are never left out.
CHAIN_KEYS = ["section", "problem", "goal", "national_goals", "activities", "indicators",
              "responsible", "follow_up", "target_groups", "score", "complete", "flags",
              "evidence", "location", "problem_link"]
CHAIN_ALWAYS = ["section", "score", "complete", "location"]
PROFILE_KEYS = ["pmh_mentioned", "pmh_segments", "problem_description",
                "problem_covers_sex_buyers", "target_groups", "intersectional", "places",
                "prevalence_mapping", "cooperation", "actors", "chains", "complete_chains",
                "problem_links", "chain_scores", "national_goals"]


def run_code(name, inputs):
    out = os.path.join(fresh_dir(name), "out")
    result = run_goalchain("code", "-c", CODEBOOK, "--out", out, inputs)
    data = load_results(os.path.join(out, "results.json")) if result.returncode == 0 else None
    return result, data


def actor_codes(chain):
    return sorted(actor["code"] for actor in chain["responsible"])


class WorkedExamplesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.result, cls.json = run_code("chains", os.path.join(DATA_DIR, "chains"))

    def chains_of(self, document_id):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        for doc in self.json["documents"]:
            if doc["id"] == document_id:
                return doc["chains"]
        self.fail(f"no document {document_id}")

    def county(self, slug):
        return next(c for c in self.json["counties"] if c["slug"] == slug)

    def test_chain_fields_follow_the_contract(self):
        raw = harness.load_json(os.path.join(harness.WORK_DIR, "chains", "out", "results.json"))
        chains = [chain for doc in raw["documents"] for chain in doc["chains"]]
        self.assertTrue(chains)
        for chain in chains:
            keys = list(chain.keys())
            self.assertEqual(keys, [k for k in CHAIN_KEYS if k in keys])
            self.assertEqual([k for k in CHAIN_ALWAYS if k in keys], CHAIN_ALWAYS)
            # Nothing written twice: the words are in the segments, the
            # elements follow from the members present.
            self.assertNotIn("elements", chain)
            elements = [chain[k] for k in ("problem", "goal", "follow_up") if k in chain]
            elements += chain.get("activities", []) + chain.get("indicators", [])
            for piece in (piece for element in elements for piece in element):
                self.assertTrue(len(piece) == 3 and all(isinstance(n, int) for n in piece), piece)
        for county in self.json["counties"]:
            self.assertEqual([k for k in county.keys() if k in PROFILE_KEYS], PROFILE_KEYS)
            self.assertEqual(list(county["national_goals"].keys()), ["1", "2", "3", "4"])

    def test_stockholm_law_enforcement_goal_with_indicator_and_police(self):
        chains = self.chains_of("stockholm-handlingsplan-2020-2022")
        self.assertEqual(len(chains), 1)
        chain = chains[0]
        self.assertTrue(chain["goal"]["text"].startswith("Polisen ska utveckla arbetet"))
        self.assertEqual(chain["goal"]["line"], 11)
        self.assertEqual(chain["location"], {"page": 1, "line": 11})
        self.assertEqual(chain["national_goals"], [3])
        self.assertEqual(len(chain["indicators"]), 1)
        self.assertTrue(chain["indicators"][0]["text"].startswith(
            "Arbetet följs upp med antalet ärenden"))
        self.assertEqual(actor_codes(chain), ["actor.police"])
        self.assertEqual(chain["responsible"][0]["raw"], "Polisen")
        self.assertEqual(chain["section"], ["2. Effektivare brottsbekämpning"])
        # Goal, indicator, responsible, and the plan's PMH problem text, which
        # stands in section 1 ("Bakgrund") beside the goal's section, not above
        # it (issue 14: a plan's problem section serves its goals); no activity.
        self.assertEqual(chain["elements"], {"problem": True, "goal": True, "activity": False,
                                             "indicator": True, "responsibility": True})
        self.assertEqual(chain["problem_link"], "plan")
        self.assertTrue(chain["problem"]["text"].startswith("Efterfrågan på sexuella tjänster"))
        self.assertEqual(chain["score"], 4)
        self.assertFalse(chain["complete"])
        self.assertNotIn("goal_without_indicator", chain["flags"])
        self.assertNotIn("goal_without_responsible", chain["flags"])
        self.assertNotIn("vague_goal", chain["flags"])  # sex buyers are a target group
        self.assertIn("target.sex_buyers", chain["target_groups"])

    def test_varmland_support_activity_without_indicator(self):
        chains = self.chains_of("varmland-handlingsplan-2018-2021")
        self.assertEqual(len(chains), 1)
        chain = chains[0]
        self.assertIsNone(chain["goal"])
        self.assertEqual(len(chain["activities"]), 1)
        self.assertTrue(chain["activities"][0]["text"].startswith(
            "Personal inom öppenvården och socialtjänsten ska ställa frågor"))
        self.assertEqual(chain["national_goals"], [2])
        self.assertEqual(chain["indicators"], [])
        self.assertEqual(actor_codes(chain), ["actor.region_health", "actor.social_services"])
        self.assertEqual(chain["follow_up"]["text"],
                         "hälso- och sjukvårdsledningen samt socialtjänsten.")
        self.assertIn("activity_without_goal", chain["flags"])
        self.assertIn("follow_up_not_described", chain["flags"])

    def test_vastmanland_cooperation_goal_with_action_weeks(self):
        chains = self.chains_of("vastmanland-handlingsplan-2020")
        self.assertEqual(len(chains), 1)
        chain = chains[0]
        self.assertIsNotNone(chain["goal"])
        self.assertEqual(len(chain["activities"]), 1)
        self.assertIn("insatsveckor mot sexköp", chain["activities"][0]["text"])
        self.assertEqual(chain["national_goals"], [3])
        self.assertEqual(actor_codes(chain), ["actor.county_board", "actor.migration_agency",
                                              "actor.police", "actor.regional_coordinator"])
        self.assertIn("goal_without_indicator", chain["flags"])
        self.assertNotIn("goal_without_responsible", chain["flags"])

    def test_jamtland_prevalence_goal_without_follow_up(self):
        chains = self.chains_of("jamtland-handlingsplan-2020")
        self.assertEqual(len(chains), 1)
        chain = chains[0]
        self.assertTrue(chain["goal"]["text"].startswith("Polisen ska analysera omfattningen"))
        self.assertEqual(chain["national_goals"], [4])
        self.assertEqual(chain["indicators"], [])
        self.assertIsNone(chain["follow_up"])
        self.assertEqual(actor_codes(chain), ["actor.police"])
        self.assertIn("goal_without_indicator", chain["flags"])
        self.assertFalse(chain["complete"])

    def test_honour_related_violence_alone_gives_no_chain(self):
        self.assertEqual(self.chains_of("gotland-hedersrelaterat-2019"), [])
        gotland = self.county("gotland")
        self.assertFalse(gotland["pmh_mentioned"])
        self.assertEqual(gotland["chains"], 0)

    def test_county_profiles_count_chains_by_goal_and_completeness(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        stockholm = self.county("stockholm")
        self.assertTrue(stockholm["pmh_mentioned"])
        self.assertEqual(stockholm["chains"], 1)
        self.assertEqual(stockholm["complete_chains"], 0)
        self.assertEqual(stockholm["national_goals"], {"1": 0, "2": 0, "3": 1, "4": 0})
        self.assertEqual(stockholm["chain_scores"]["4"], 1)
        self.assertEqual(stockholm["problem_links"], {"section": 0, "plan": 1})
        self.assertIn("actor.police", stockholm["actors"])
        self.assertIn("target.sex_buyers", stockholm["target_groups"])
        jamtland = self.county("jamtland")
        self.assertEqual(jamtland["national_goals"], {"1": 0, "2": 0, "3": 0, "4": 1})
        self.assertTrue(jamtland["prevalence_mapping"])
        self.assertFalse(self.county("vastmanland")["prevalence_mapping"])


class ExampleChainsTraceTest(unittest.TestCase):
    """Every element of every chain over examples/ names a segment and line
    that exist, and that segment's text holds the element's words."""

    @classmethod
    def setUpClass(cls):
        cls.result, cls.json = run_code("chains-examples", EXAMPLES_DIR)

    def check_place(self, place, segments):
        self.assertIn(place["segment"], segments)
        segment = segments[place["segment"]]
        self.assertEqual(place["line"], segment["line"])
        self.assertEqual(place["page"], segment["page"])
        self.assertTrue(place["text"])
        self.assertIn(place["text"], segment["text"])

    def check_element(self, element, segments):
        if "parts" in element:
            self.assertGreaterEqual(len(element["parts"]), 2)
            for part in element["parts"]:
                self.check_place(part, segments)
            self.assertEqual(element["text"], " ".join(p["text"] for p in element["parts"]))
        else:
            self.check_place(element, segments)

    def test_every_element_traces_to_its_segment(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        checked = 0
        for doc in self.json["documents"]:
            segments = {s["id"]: s for s in doc["segments"]}
            for chain in doc["chains"]:
                with self.subTest(chain["id"]):
                    self.assertTrue(chain["id"].startswith(doc["id"] + ":chain-"))
                    for key in ("problem", "goal", "follow_up"):
                        if chain[key] is not None:
                            self.check_element(chain[key], segments)
                            checked += 1
                    for key in ("activities", "indicators"):
                        for element in chain[key]:
                            self.check_element(element, segments)
                            checked += 1
                    for actor in chain["responsible"]:
                        segment = segments[actor["segment"]]
                        self.assertEqual(actor["line"], segment["line"])
                        self.assertIn(actor["raw"], segment["text"])
                        checked += 1
                    for evidence in chain["evidence"]:
                        self.assertIn(evidence["term"], segments[evidence["segment"]]["text"])
                    self.assertEqual(chain["score"], sum(chain["elements"].values()))
                    self.assertEqual(chain["complete"], chain["score"] == 5)
        self.assertGreater(checked, 20, "the examples should yield chains with elements")

    def test_every_example_county_with_pmh_has_a_chain(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        for county in self.json["counties"]:
            with self.subTest(county["slug"]):
                if county["pmh_mentioned"]:
                    self.assertGreater(county["chains"], 0)
                self.assertEqual(sum(county["chain_scores"].values()), county["chains"])
                self.assertLessEqual(county["complete_chains"], county["chains"])


if __name__ == "__main__":
    harness.main()
