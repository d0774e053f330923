"""The county table is data (issue 16): a codebook's `counties:` section says
which counties documents are assigned to and which rows the summary's
questions have; lint reports its mistakes with their lines; a codebook
without one uses the shipped pmh-sv's 21 counties."""

import csv
import os
import shutil
import unittest

import harness
from harness import DATA_DIR, EXAMPLES_DIR, codebook_with, load_results, run_goalchain

MINI = os.path.join(DATA_DIR, "codebooks", "mini.yaml")


def plain_text_examples(name):
    """The examples' text plans (the hand-coded YAML ones name codes mini lacks)."""
    folder = harness.fresh_dir(name)
    for entry in os.listdir(EXAMPLES_DIR):
        if entry.endswith(".txt"):
            shutil.copy(os.path.join(EXAMPLES_DIR, entry), folder)
    return folder


def question_rows(out):
    with open(os.path.join(out, "questions.csv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class CountyTableTest(unittest.TestCase):
    def test_a_codebook_names_its_own_counties(self):
        book = codebook_with("own-counties", "counties:\n"
                             "  - {name: Stockholm, code: AB, slug: stockholm}\n"
                             "  - {name: Gotland, code: I, slug: gotland}\n")
        out = harness.fresh_dir("own-counties-out")
        proc = run_goalchain("code", "-q", "-c", book, "-f", "json,csv", "-o", out,
                             plain_text_examples("own-counties-in"))
        self.assertEqual(proc.returncode, 0, proc.stderr)
        results = load_results(os.path.join(out, "results.json"))
        slugs = sorted({d["county_slug"] for d in results["documents"]})
        # Stockholm and Gotland as before; every other county's plan is now unknown.
        self.assertEqual(slugs, ["gotland", "okant-lan", "stockholm"])
        rows = question_rows(out)
        self.assertEqual([r["county_code"] for r in rows], ["AB", "I", ""])
        self.assertEqual(rows[2]["slug"], "okant-lan")

    def test_without_a_table_the_shipped_counties_are_used(self):
        out = harness.fresh_dir("mini-counties-out")
        proc = run_goalchain("code", "-q", "-c", MINI, "-f", "csv", "-o", out,
                             plain_text_examples("mini-counties-in"))
        self.assertEqual(proc.returncode, 0, proc.stderr)
        rows = question_rows(out)
        self.assertEqual(len(rows), 21)
        self.assertEqual(rows[11]["county"], "Västra Götaland")

    def test_lint_reports_every_mistake_in_the_table(self):
        book = codebook_with("bad-counties", "counties:\n"
                             "  - {name: Stockholm, code: AB, slug: stockholm}\n"
                             "  - {name: Uppsala, code: ab, slug: uppsala}\n"
                             "  - {name: Stockholm, code: C, slug: Stockholm}\n")
        with open(book, encoding="utf-8") as f:
            first = f.read().splitlines().index("counties:") + 1
        proc = run_goalchain("lint", book)
        self.assertEqual(proc.returncode, 1, proc.stdout + proc.stderr)
        text = proc.stdout + proc.stderr
        self.assertIn(f"{book}:{first + 2}:", text)
        self.assertIn("county code 'ab' must be one to three capital letters A-Z", text)
        self.assertIn("slug 'Stockholm' must be lower-case letters", text)
        self.assertIn("county name 'Stockholm' is given twice", text)
        proc = run_goalchain("code", "-c", book, "-o", harness.fresh_dir("bad-out"),
                             plain_text_examples("bad-in"))
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("is given twice", proc.stderr)


if __name__ == "__main__":
    harness.main()
