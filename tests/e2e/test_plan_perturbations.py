"""The chains goalchain finds in the tuning plans of tests/plans when their
layout is changed in ways real plans differ in and no analyst would read
differently (layout_perturbations.py: wrapped at another width, other
bullets, blank lines after headings or none, "1)" items, indented lists,
pages with running footers, CRLF). Every perturbation keeps every word
(and adds none but footers and item numbers). A chain finder tuned to the
plans' exact layout loses chains under them; the test prints each
perturbation's pooled figures beside the unchanged plans' and asserts that
chain recall and precision fall by at most MAX_DROP under any of them.

Only tuning plans are read: the kept-out plans' figures are measured by
test_plan_chains.py alone."""

import json
import os
import sys
import unittest
from collections import Counter

import harness
from harness import fresh_dir
from layout_perturbations import ADDS_NUMBERS, NAMES, expected_words, perturb, words
from test_plan_chains import PLANS_DIR, pool, print_table, read_manifest, run_agree

MAX_DROP = 0.05


def figures_of(rows, folder, name):
    """Pooled figures of `rows` with their plans perturbed by `name` (None: as they are)."""
    by_codebook = {}
    for row in rows:
        plan = os.path.join(PLANS_DIR, row["plan"])
        if name is not None:
            with open(plan, encoding="utf-8", newline="") as f:
                text = f.read()
            plan = os.path.join(folder, row["plan"])
            with open(plan, "w", encoding="utf-8", newline="") as f:
                f.write(perturb(text, name))
        by_codebook.setdefault(row["codebook"], []).append((os.path.join(PLANS_DIR, row["hand"]), plan))
    totals = []
    for codebook, pairs in sorted(by_codebook.items()):
        result = run_agree(codebook, pairs)
        if result.returncode != 0:
            raise AssertionError(f"{name}: {result.stderr}")
        totals.append(json.loads(result.stdout)["total"])
    return pool(totals)


class PlanPerturbationsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.rows = [r for r in read_manifest() if r["kept_out"] != "yes"]
        work = fresh_dir("plan_perturbations")
        cls.figures = {None: figures_of(cls.rows, work, None)}
        for name in NAMES:
            folder = os.path.join(work, name.replace(" ", "_"))
            os.makedirs(folder)
            cls.figures[name] = figures_of(cls.rows, folder, name)
        print_table("Tuning plans, pooled, as they are and perturbed:",
                    [("as they are" if name is None else name, f) for name, f in cls.figures.items()])

    def test_every_perturbation_keeps_every_word(self):
        for row in self.rows:
            with open(os.path.join(PLANS_DIR, row["plan"]), encoding="utf-8", newline="") as f:
                text = f.read()
            for name in NAMES:
                got, expected = words(perturb(text, name)), expected_words(text, name)
                if name in ADDS_NUMBERS:
                    added = Counter(got) - Counter(expected)
                    self.assertTrue(all(w.isdigit() for w in added), f"{name}: {row['plan']}")
                    got = sorted((Counter(got) - added).elements())
                self.assertEqual(got, expected, f"{name}: {row['plan']}")

    def test_every_perturbation_changes_some_plan(self):
        texts = []
        for row in self.rows:
            with open(os.path.join(PLANS_DIR, row["plan"]), encoding="utf-8", newline="") as f:
                texts.append(f.read())
        for name in NAMES:
            self.assertTrue(any(perturb(t, name) != t for t in texts), name)

    def test_chains_hold_under_every_perturbation(self):
        base = self.figures[None]
        for name in NAMES:
            with self.subTest(perturbation=name):
                f = self.figures[name]
                self.assertGreaterEqual(f["recall"], base["recall"] - MAX_DROP)
                self.assertGreaterEqual(f["precision"], base["precision"] - MAX_DROP)


if __name__ == "__main__":
    harness.main()
