"""The shipped codebooks lint clean, and thb-en codes a short English action
plan as an analyst would, including the passages it must leave alone."""

import os
import unittest

import harness
from harness import SOURCE_DIR, fresh_dir, run_goalchain, load_results

CODEBOOKS = os.path.join(SOURCE_DIR, "codebooks")

PLAN = """National Action Plan against Trafficking in Human Beings 2021–2024

1. Situation analysis

The number of identified victims has increased since 2018, most of them women trafficked for sexual exploitation.

Trafficking for labour exploitation in agriculture and construction remains under-reported.

Objective 1: Victims of trafficking shall be identified earlier and have access to shelter and assistance.

Action 1.1: The national coordinator will organise training for labour inspectors and police officers on indicators of trafficking.

Responsible: National Coordinator, Labour Inspectorate

Indicator: Number of professionals trained per year.

No indicators have been set for Objective 2, and no activities are planned under it.

The plan will be monitored by the National Rapporteur, who reports annually to Parliament.

Violence against women in the home is addressed in a separate strategy.
"""

# paragraph start -> (codes it must get, codes it must not get)
EXPECTED = {
    "The number of identified victims": ({"thb", "thb.sexual", "problem", "NS2", "target.women"},
                                         {"indicator", "goal", "thb.labour"}),
    "Trafficking for labour exploitation": ({"thb", "thb.labour", "problem"}, {"thb.sexual"}),
    "Objective 1:": ({"goal", "NS2", "activity_type.assistance"}, {"activity", "indicator"}),
    "Action 1.1:": ({"activity", "NS4", "activity_type.training", "actor.coordinator",
                     "actor.labour_inspectorate", "actor.police"}, {"indicator", "goal"}),
    "Responsible:": ({"responsibility", "actor.coordinator", "actor.labour_inspectorate"},
                     {"activity"}),
    "Indicator:": ({"indicator", "quality.measurable"}, {"activity"}),
    "No indicators have been set": ({"problem"}, {"indicator", "activity"}),
    "The plan will be monitored": ({"follow_up", "actor.national_rapporteur"}, {"goal"}),
    "Violence against women": (set(), {"target.women", "thb"}),
}


class ShippedCodebooksTest(unittest.TestCase):
    def test_shipped_codebooks_lint_without_errors_or_warnings(self):
        for name in ("pmh-sv.yaml", "thb-en.yaml"):
            with self.subTest(name):
                path = os.path.join(CODEBOOKS, name)
                result = run_goalchain("lint", path)
                self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
                self.assertIn("0 errors, 0 warnings", result.stdout + result.stderr)

    def test_thb_en_is_found_by_name(self):
        result = run_goalchain("lint", "thb-en")
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_thb_en_codes_an_english_plan(self):
        folder = fresh_dir("thb-en")
        plan = os.path.join(folder, "national-action-plan-2021-2024.txt")
        with open(plan, "w", encoding="utf-8") as f:
            f.write(PLAN)
        out = os.path.join(folder, "out")
        result = run_goalchain("code", "-c", os.path.join(CODEBOOKS, "thb-en.yaml"), "--out", out, plan)
        self.assertEqual(result.returncode, 0, result.stderr)
        results = load_results(os.path.join(out, "results.json"))
        self.assertEqual(results["codebook"]["name"], "thb-en")
        segments = results["documents"][0]["segments"]
        for start, (present, absent) in EXPECTED.items():
            with self.subTest(start):
                found = [s for s in segments if s["text"].startswith(start)]
                self.assertEqual(len(found), 1, start)
                codes = {c["code"] for c in found[0]["codes"]}
                self.assertLessEqual(present, codes, f"missing {present - codes}")
                self.assertFalse(codes & absent, f"must not get {codes & absent}")

    def test_pmh_sv_names_local_actors_by_their_services(self):
        """Field workers, units of the social services and the municipality's
        own administrations are actors of the right kind, not free words."""
        folder = fresh_dir("pmh-sv-actors")
        plan = os.path.join(folder, "plan.txt")
        lines = {
            "Fältgruppen gör uppsökande arbete": "actor.social_services",
            "Fältsekreterarna möter unga": "actor.social_services",
            "Kvinnofridsenheten erbjuder stödsamtal": "actor.social_services",
            "Stadsdelsförvaltningen ansvarar": "actor.municipality",
            "Kultur- och fritidsförvaltningen ordnar": "actor.municipality",
            "Noomi erbjuder stöd": "actor.civil_society",
        }
        with open(plan, "w", encoding="utf-8") as f:
            f.write("\n\n".join(f"{start} i kommunen." for start in lines))
        out = os.path.join(folder, "out")
        result = run_goalchain("code", "-c", os.path.join(CODEBOOKS, "pmh-sv.yaml"), "--out", out, plan)
        self.assertEqual(result.returncode, 0, result.stderr)
        segments = load_results(os.path.join(out, "results.json"))["documents"][0]["segments"]
        for start, code in lines.items():
            with self.subTest(start):
                found = [s for s in segments if s["text"].startswith(start)]
                self.assertEqual(len(found), 1, start)
                self.assertIn(code, {c["code"] for c in found[0]["codes"]})


if __name__ == "__main__":
    harness.main()
