"""Chain agreement (goalchain agree --chains, docs/agreement.md) over the plans
in tests/plans: the chains goalchain finds in each plan against its hand
reading. Asserts issue 14's thresholds on the plans kept out of tuning and on
the tuning plans separately: chain recall >= 0.90, chain precision >= 0.85,
and the agreement of every element >= 0.85. The plans marked pdf=yes are also
read as PDF, made here from their text with pdf_fixture.

Per-plan figures are printed for the tuning plans only; of the kept-out plans
only the pooled figures are, so that nobody tunes on them (tests/plans/README.md):
all kept-out plans together, as asserted, and each kept-out set on its own
(plans.csv's kept_out_set: the first set, measured and partly seen since; the
second, written later by someone who had seen none of the chain finder's
output, measured once and used for tuning since; the third and the fourth, written the same
way, each measured once and spent the same way; the fifth, written the same
way after that), so that the newest set's figures say how the chain finder
does on plans nobody tuning has seen.
"""

import csv
import json
import os
import re
import sys
import unittest

import harness
import pdf_fixture
from harness import SOURCE_DIR, fresh_dir, run_goalchain

PLANS_DIR = os.path.join(SOURCE_DIR, "tests", "plans")
RECALL, PRECISION, ELEMENT = 0.90, 0.85, 0.85
ELEMENTS = ["activities", "indicators", "responsible", "problem", "national_goals", "complete"]
LINES_PER_PAGE = 30  # two pages each, a page break inside the goals


def read_manifest():
    with open(os.path.join(PLANS_DIR, "plans.csv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def make_pdf(text_path, pdf_path):
    """The plan's lines on pages of LINES_PER_PAGE, each with a running footer
    made of the plan's first line and the page number, as county boards set them."""
    with open(text_path, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    footers = [f"{lines[0]} | Sida {n + 1} ({len(pages)})"
               for n in range(len(pages))]
    pdf_fixture.write_pdf(pdf_path, pages, footers)


def pairs_of(rows, work):
    """(codebook, hand, plan) for every row, and a PDF pair where the row asks for one."""
    pairs = []
    for row in rows:
        hand = os.path.join(PLANS_DIR, row["hand"])
        plan = os.path.join(PLANS_DIR, row["plan"])
        pairs.append((row["codebook"], hand, plan))
        if row["pdf"] == "yes":
            pdf = os.path.join(work, os.path.splitext(row["plan"])[0] + ".pdf")
            make_pdf(plan, pdf)
            pairs.append((row["codebook"], hand, pdf))
    return pairs


def run_agree(codebook, pairs, fmt="json"):
    args = ["agree", "-c", codebook, "-f", fmt]
    for hand, plan in pairs:
        args += ["--chains", hand, plan]
    return run_goalchain(*args)


def pool(totals):
    """Figures of several runs' totals together, as the tool pools plans:
    counts summed, element agreement averaged over all matched chains."""
    hand = sum(t["hand_chains"] for t in totals)
    found = sum(t["found_chains"] for t in totals)
    matched = sum(t["matched"] for t in totals)
    pooled = {"hand_chains": hand, "found_chains": found, "matched": matched,
              "recall": matched / hand if hand else None,
              "precision": matched / found if found else None, "elements": {}}
    for e in ELEMENTS:
        weighted = [(t["elements"][e], t["matched"]) for t in totals if t["matched"]]
        pooled["elements"][e] = (sum(v * n for v, n in weighted) / matched) if matched else None
    return pooled


def kept_out_set(row):
    """The kept-out set a row belongs to ("1", "2", ...), "" for a tuning plan."""
    return row.get("kept_out_set") or ""


def rows_of(name, rows):
    """The manifest rows whose plan a per-plan result names (its text or its PDF)."""
    stem = os.path.splitext(name)[0]
    return [r for r in rows if os.path.splitext(r["plan"])[0] == stem]


def cell(value):
    return "–" if value is None else f"{value:.3f}"


def print_table(title, rows):
    head = ["plan", "hand", "found", "matched", "recall", "precision", *ELEMENTS]
    table = [head] + [[name, str(f["hand_chains"]), str(f["found_chains"]), str(f["matched"]),
                       cell(f["recall"]), cell(f["precision"]),
                       *[cell(f["elements"][e]) for e in ELEMENTS]] for name, f in rows]
    widths = [max(len(r[c]) for r in table) for c in range(len(head))]
    print(f"\n{title}", file=sys.stderr)
    for r in table:
        print("  ".join(r[c].ljust(widths[c]) if c == 0 else r[c].rjust(widths[c])
                        for c in range(len(head))), file=sys.stderr)


class PlanChainsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        work = fresh_dir("plan_chains")
        rows = read_manifest()
        cls.rows = rows
        cls.groups = {}
        cls.per_plan = {}
        cls.failures = []
        for kept_out in (True, False):
            group = [r for r in rows if (r["kept_out"] == "yes") == kept_out]
            totals = []
            by_codebook = {}
            for codebook, hand, plan in pairs_of(group, work):
                by_codebook.setdefault(codebook, []).append((hand, plan))
            for codebook, pairs in sorted(by_codebook.items()):
                result = run_agree(codebook, pairs)
                if result.returncode != 0:
                    cls.failures.append(result.stderr)
                    continue
                data = json.loads(result.stdout)
                totals.append(data["total"])
                for doc in data["documents"]:
                    cls.per_plan[os.path.basename(doc["document"])] = doc["figures"]
            cls.groups[kept_out] = pool(totals) if totals else None
        tuning = [(name, f) for name, f in sorted(cls.per_plan.items())
                  if not any(name.startswith(os.path.splitext(r["plan"])[0])
                             for r in rows if r["kept_out"] == "yes")]
        # Each kept-out set pooled from its plans' figures, as the tool pools:
        # counts summed, element agreement averaged over the matched chains.
        cls.sets = {}
        for number in sorted({kept_out_set(r) for r in rows} - {""}):
            figures = [f for name, f in cls.per_plan.items()
                       if any(kept_out_set(r) == number for r in rows_of(name, rows))]
            cls.sets[number] = pool(figures) if figures else None
        print_table("Tuning plans, each:", tuning)
        print_table("Pooled:", [("kept out", cls.groups[True])]
                    + [(f"  kept-out set {n}", f) for n, f in sorted(cls.sets.items()) if f]
                    + [("tuning", cls.groups[False])])

    def test_every_run_succeeded(self):
        self.assertEqual(self.failures, [])

    def test_manifest_names_twelve_plans_a_third_kept_out(self):
        self.assertGreaterEqual(len(self.rows), 12)
        kept_out = [r for r in self.rows if r["kept_out"] == "yes"]
        self.assertGreaterEqual(len(kept_out) * 3, len(self.rows))
        self.assertGreaterEqual(sum(r["pdf"] == "yes" for r in self.rows), 2)
        for row in self.rows:
            for key in ("plan", "hand"):
                self.assertTrue(os.path.isfile(os.path.join(PLANS_DIR, row[key])), row[key])

    def test_every_kept_out_plan_names_its_set(self):
        """A kept-out plan says which kept-out set it belongs to, a tuning plan
        none; the sets still kept out (1, 5 — writers C and E — and 6; 2, 3, 4 and the rest of 5 were spent on tuning) are there and each was measured."""
        for row in self.rows:
            if row["kept_out"] == "yes":
                self.assertIn(kept_out_set(row), ("1", "5", "6"), row["plan"])
            else:
                self.assertEqual(kept_out_set(row), "", row["plan"])
        self.assertEqual(sorted(self.sets), ["1", "5", "6"])
        for number, figures in self.sets.items():
            self.assertIsNotNone(figures, f"kept-out set {number}")
            self.assertGreater(figures["hand_chains"], 0, f"kept-out set {number}")

    def test_hand_readings_quote_their_plans(self):
        """Every word of a hand reading's chain elements stands in its plan: the
        hand reading reads the plan, it does not rewrite it."""
        words = lambda text: set(re.findall(r"\w+", text.lower()))
        work = fresh_dir("plan_chains_hand")
        for codebook in sorted({r["codebook"] for r in self.rows}):
            rows = [r for r in self.rows if r["codebook"] == codebook]
            out = os.path.join(work, codebook)
            result = run_goalchain("code", "-c", codebook, "-f", "json", "--out", out,
                                   *[os.path.join(PLANS_DIR, r["hand"]) for r in rows])
            self.assertEqual(result.returncode, 0, result.stderr)
            documents = {os.path.basename(d["path"]): d for d in
                         harness.load_results(os.path.join(out, "results.json"))["documents"]}
            for row in rows:
                document = documents[row["hand"]]
                with open(os.path.join(PLANS_DIR, row["plan"]), encoding="utf-8") as f:
                    plan_words = words(f.read())
                for segment in document["segments"]:
                    if segment["kind"] in ("goal", "activity", "indicator", "responsible",
                                           "problem"):
                        missing = words(segment["text"]) - plan_words
                        self.assertEqual(missing, set(), f"{row['hand']}:{segment['line']}")

    def test_every_hand_reading_states_chains(self):
        for row in self.rows:
            name = row["plan"]
            self.assertIn(name, self.per_plan)
            self.assertGreaterEqual(self.per_plan[name]["hand_chains"], 2, name)

    def assert_thresholds(self, figures, label):
        """Every figure below its threshold, named in one failure."""
        self.assertIsNotNone(figures, label)
        wanted = [("chain recall", figures["recall"], RECALL),
                  ("chain precision", figures["precision"], PRECISION)]
        wanted += [(f"agreement of {e}", figures["elements"][e], ELEMENT) for e in ELEMENTS]
        short = [f"{name} {cell(value)} < {threshold:.2f}" for name, value, threshold in wanted
                 if value is None or value < threshold]
        if short:
            self.fail(f"{label}: " + "; ".join(short))

    # Issue 14 is open: on the kept-out plans the chain finder does not reach
    # these thresholds yet (chain recall and precision and every element but
    # the problem fall short on the fifth and sixth sets; the figures are
    # printed above). The thresholds stay as the issue sets
    # them; expectedFailure keeps CI green while they fail, and turns into a
    # failure ("unexpected success") the day they hold, so that whoever gets
    # there removes this line, as was done for the tuning plans.
    @unittest.expectedFailure
    def test_kept_out_plans_meet_the_thresholds(self):
        self.assert_thresholds(self.groups[True], "kept-out plans")

    def test_tuning_plans_meet_the_thresholds(self):
        self.assert_thresholds(self.groups[False], "tuning plans")


class ChainAgreementCommandTest(unittest.TestCase):
    """The outputs and errors of agree --chains, on a tuning plan."""

    HAND = os.path.join(PLANS_DIR, "gotland-handlingsplan-2021-hand.yaml")
    PLAN = os.path.join(PLANS_DIR, "gotland-handlingsplan-2021.txt")

    def test_csv_has_a_row_per_plan_and_a_total(self):
        result = run_agree("pmh-sv", [(self.HAND, self.PLAN)], fmt="csv")
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = list(csv.reader(result.stdout.splitlines()))
        self.assertEqual(rows[0][:5], ["plan", "hand", "hand_chains", "found_chains", "matched"])
        self.assertEqual(rows[1][0], self.PLAN)
        self.assertEqual(rows[1][2], "2")
        self.assertEqual(rows[-1][0], "total")

    def test_table_is_the_default(self):
        result = run_goalchain("agree", "--chains", self.HAND, self.PLAN)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("hand_chains", result.stdout)
        self.assertIn(f"{self.PLAN} against {self.HAND}", result.stdout)

    def test_a_plan_as_hand_reading_is_an_error(self):
        result = run_goalchain("agree", "--chains", self.PLAN, self.PLAN)
        self.assertEqual(result.returncode, 1)
        self.assertIn("not a YAML-coded document", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_one_file_or_other_inputs_are_usage_errors(self):
        self.assertEqual(run_goalchain("agree", "--chains", self.HAND).returncode, 2)
        mixed = run_goalchain("agree", "-c", "pmh-sv", "--chains", self.HAND, self.PLAN, self.HAND)
        self.assertEqual(mixed.returncode, 2, mixed.stderr)


if __name__ == "__main__":
    harness.main()
