"""Chain rules are the codebook's (issue 14): thb-en reads an English action
plan with its own labels, verbs and topic, so a domestic-abuse objective is no
trafficking chain; a codebook without a `chains:` section finds no chains and
says so."""

import os
import unittest

import harness
from harness import DATA_DIR, SOURCE_DIR, fresh_dir, run_goalchain, load_results

THB = os.path.join(SOURCE_DIR, "codebooks", "thb-en.yaml")
PMH = os.path.join(SOURCE_DIR, "codebooks", "pmh-sv.yaml")
SWEDISH = os.path.join(DATA_DIR, "chain-rules", "dalarna-handlingsplan-2022.txt")
PLAN = os.path.join(DATA_DIR, "chain-rules", "national-action-plan-thb-2023-2025.txt")


def run_code(name, codebook, plan=PLAN):
    out = os.path.join(fresh_dir(name), "out")
    result = run_goalchain("code", "-c", codebook, "--format", "json", "--out", out, plan)
    data = load_results(os.path.join(out, "results.json")) if result.returncode == 0 else None
    return result, data


class EnglishRulesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.result, cls.json = run_code("chain-rules-thb", THB)

    def setUp(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.chains = self.json["documents"][0]["chains"]

    def test_the_domestic_abuse_objective_is_no_chain(self):
        self.assertEqual(len(self.chains), 1, [c["goal"] for c in self.chains])
        for chain in self.chains:
            self.assertNotIn("domestic", (chain["goal"] or {}).get("text", "").lower())

    def test_the_trafficking_objective_reads_with_english_labels_and_verbs(self):
        chain = self.chains[0]
        self.assertEqual(chain["goal"]["text"],
                         "Reduce the demand for sexual services that fuels trafficking.")
        self.assertEqual(len(chain["activities"]), 1)
        self.assertTrue(chain["activities"][0]["text"].startswith("The police will conduct"))
        self.assertEqual(len(chain["indicators"]), 1)
        self.assertIn("actor.police", [a["code"] for a in chain["responsible"]])
        # "Background" heads the plan's problem description, beside the goal.
        self.assertEqual(chain["problem_link"], "plan")
        self.assertTrue(chain["problem"]["text"].startswith("Trafficking for sexual exploitation"))
        self.assertTrue(chain["complete"])

    def test_the_english_profile_answers_its_questions(self):
        county = self.json["counties"][0]
        self.assertTrue(county["pmh_mentioned"])
        self.assertEqual(county["chains"], 1)
        self.assertEqual(county["problem_links"], {"section": 0, "plan": 1})


class SwedishGrammarTest(unittest.TestCase):
    """The plan grammar of pmh-sv on a plan in county-board phrasing."""

    @classmethod
    def setUpClass(cls):
        cls.result, cls.json = run_code("chain-rules-pmh", PMH, SWEDISH)

    def setUp(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.chains = self.json["documents"][0]["chains"]

    def test_one_chain_of_the_goal_its_tasks_and_the_activity_with_ska(self):
        # The violence goal of section 3 is no PMH chain; the deadline and the
        # recommendation of section 4 are no elements.
        self.assertEqual(len(self.chains), 1, [c["goal"] for c in self.chains])
        chain = self.chains[0]
        self.assertTrue(chain["goal"]["text"].startswith("Målet är att personer"))
        texts = [a["text"] for a in chain["activities"]]
        self.assertEqual(len(texts), 3, texts)
        self.assertTrue(texts[0].startswith("utbilda socialsekreterare"))
        self.assertTrue(texts[1].startswith("sprida stödmaterial"))
        self.assertTrue(texts[2].startswith("Kommunerna ska erbjuda samtalsstöd"))
        self.assertEqual(len(chain["indicators"]), 1)

    def test_the_lead_in_subjects_and_partners_are_responsible(self):
        codes = sorted(a["code"] for a in self.chains[0]["responsible"])
        self.assertEqual(codes, ["actor.county_board", "actor.municipality",
                                 "actor.regional_coordinator"])

    def test_the_lagesbild_beside_the_goals_is_the_chains_problem(self):
        chain = self.chains[0]
        self.assertEqual(chain["problem_link"], "plan")
        self.assertTrue(chain["problem"]["text"].startswith("Polisens genomgång av annonser"))
        self.assertTrue(chain["complete"])


class MissingRulesTest(unittest.TestCase):
    def test_a_codebook_without_chain_rules_finds_none_and_says_so(self):
        folder = fresh_dir("chain-rules-none")
        book = os.path.join(folder, "bare.yaml")
        with open(THB, encoding="utf-8") as f:
            text = f.read()
        with open(book, "w", encoding="utf-8") as f:
            f.write(text[:text.index("\nchains:")] + "\n")
        out = os.path.join(folder, "out")
        result = run_goalchain("code", "-c", book, "--format", "json", "--out", out, PLAN)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("has no 'chains:' section: no chains were looked for", result.stderr)
        data = load_results(os.path.join(out, "results.json"))
        self.assertEqual(data["documents"][0]["chains"], [])
        lint = run_goalchain("lint", book)
        self.assertEqual(lint.returncode, 0, lint.stderr)
        self.assertIn(f"{book}:1:1: warning: the codebook has no 'chains:' and no 'profile:' "
                      "section", lint.stderr)


if __name__ == "__main__":
    harness.main()
