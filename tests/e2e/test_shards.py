"""Shards and merge: code --shard K/N on parts of a corpus, merge the outputs, and
get what one run over the whole corpus writes; report renders results again."""

import os
import shutil
import subprocess
import unittest

import harness
from harness import BINARY, EXAMPLES_DIR, fresh_dir, load_workbook, run_goalchain, sheet_rows, load_results


def workbook_values(folder):
    """Every cell value of every sheet of every workbook under `folder`."""
    values = {}
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith(".xlsx"):
                path = os.path.join(root, name)
                book = load_workbook(path)
                values[os.path.relpath(path, folder)] = {
                    sheet: sheet_rows(book[sheet]) for sheet in book.sheetnames}
    return values


class ShardsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = fresh_dir("shards")
        cls.one = os.path.join(cls.root, "one")
        cls.single = run_goalchain("code", "-q", "-f", "xlsx,json,csv", "-o", cls.one, EXAMPLES_DIR)

    def test_three_shards_merged_equal_one_run(self):
        self.assertEqual(self.single.returncode, 0, self.single.stderr)
        parts = []
        paths = set()
        for k in (1, 2, 3):
            part = os.path.join(self.root, f"part{k}")
            result = run_goalchain("code", "-q", "--shard", f"{k}/3", "-o", part, EXAMPLES_DIR)
            self.assertEqual(result.returncode, 0, result.stderr)
            data = load_results(os.path.join(part, "results.json"))
            self.assertEqual(data["goalchain"]["shard"], f"{k}/3")
            shard_paths = {d["path"] for d in data["documents"]}
            self.assertTrue(shard_paths, "every shard of 12 documents gets some")
            self.assertFalse(paths & shard_paths, "no document in two shards")
            paths |= shard_paths
            parts.append(part)
        merged = os.path.join(self.root, "merged")
        result = run_goalchain("merge", *reversed(parts), "-q", "-f", "xlsx,json,csv", "-o", merged)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(os.path.join(self.one, "results.json"), "rb") as a, \
                open(os.path.join(merged, "results.json"), "rb") as b:
            self.assertEqual(a.read(), b.read(), "merged results.json differs from one run's")
        for name in ("chains.csv", "segments.csv", "counties.csv"):
            with open(os.path.join(self.one, name), "rb") as a, \
                    open(os.path.join(merged, name), "rb") as b:
                self.assertEqual(a.read(), b.read(), name)
        self.assertEqual(workbook_values(self.one), workbook_values(merged))

    def test_missing_or_doubled_shards_are_errors(self):
        parts = []
        for k in (1, 2):
            part = os.path.join(self.root, f"two{k}")
            self.assertEqual(run_goalchain("code", "-q", "-f", "json", "--shard", f"{k}/2", "-o",
                                           part, EXAMPLES_DIR).returncode, 0)
            parts.append(part)
        out = os.path.join(self.root, "bad-merge")
        missing = run_goalchain("merge", parts[0], "-o", out)
        self.assertEqual(missing.returncode, 1)
        self.assertIn("shard 2/2 is missing", missing.stderr)
        doubled = run_goalchain("merge", parts[0], parts[0], parts[1], "-o", out)
        self.assertEqual(doubled.returncode, 1)
        self.assertIn("shard 1/2 is given twice", doubled.stderr)
        self.assertFalse(os.path.exists(out))
        bad = run_goalchain("code", "--shard", "3/2", EXAMPLES_DIR)
        self.assertEqual(bad.returncode, 2)
        self.assertIn("give K/N with 1 <= K <= N", bad.stderr)

    def test_report_in_english_equals_coding_in_english(self):
        self.assertEqual(self.single.returncode, 0, self.single.stderr)
        english = os.path.join(self.root, "english")
        self.assertEqual(run_goalchain("code", "-q", "--lang", "en", "-o", english,
                                       EXAMPLES_DIR).returncode, 0)
        rendered = os.path.join(self.root, "rendered")
        result = run_goalchain("report", self.one, "-q", "--lang", "en", "-o", rendered)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(workbook_values(english), workbook_values(rendered))
        self.assertIn("Codebook", load_workbook(os.path.join(rendered, "summary.xlsx")).sheetnames)

    def test_results_written_with_codes_only_cannot_be_rendered(self):
        out = os.path.join(self.root, "codes-only")
        self.assertEqual(run_goalchain("code", "-q", "-f", "json", "--evidence", "codes", "-o", out,
                                       EXAMPLES_DIR).returncode, 0)
        result = run_goalchain("report", out, "-o", os.path.join(self.root, "never"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("written with --evidence codes", result.stderr)

    def test_gnu_parallel_and_xargs_run_the_shards(self):
        self.assertEqual(self.single.returncode, 0, self.single.stderr)
        runners = {"xargs": ["xargs", "-P", "2", "-I", "{}", BINARY, "code", "-q", "-f", "json",
                             "--shard", "{}/3", "-o", "part{}", EXAMPLES_DIR]}
        if shutil.which("parallel"):
            runners["parallel"] = ["parallel", "-j", "2", BINARY, "code", "-q", "-f", "json",
                                   "--shard", "{}/3", "-o", "part{}", EXAMPLES_DIR]
        else:
            print("GNU parallel is not installed (scripts/setup-debian.sh installs it): "
                  "only xargs was run")
        for name, command in runners.items():
            with self.subTest(runner=name):
                folder = fresh_dir("shards-" + name)
                subprocess.run(command, input="1\n2\n3\n", text=True, cwd=folder, check=True,
                               timeout=240)
                merged = run_goalchain("merge", "part1", "part2", "part3", "-q", "-f", "json",
                                       "-o", "merged", cwd=folder)
                self.assertEqual(merged.returncode, 0, merged.stderr)
                with open(os.path.join(self.one, "results.json"), "rb") as a, \
                        open(os.path.join(folder, "merged", "results.json"), "rb") as b:
                    self.assertEqual(a.read(), b.read())


if __name__ == "__main__":
    harness.main()
