"""results.json and summary.json written as documents are coded (-f json keeps
no documents): the same bytes as a run that keeps them for the workbooks, for
any -j, and with the inputs named out of path order (the file is put in order
at the end, leaving no temporary file behind)."""

import os
import unittest

import harness
from harness import EXAMPLES_DIR, fresh_dir, read_bytes, run_goalchain

OUTPUTS = ["results.json", "summary.json"]


def example_files():
    """Every document of examples/, as the folder gives them (its README is not one)."""
    return sorted(os.path.join(EXAMPLES_DIR, name) for name in os.listdir(EXAMPLES_DIR)
                  if name != "README.md")


class StreamedResultsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = fresh_dir("streamed-results")
        cls.kept = os.path.join(cls.root, "kept")
        # xlsx keeps every document, so this run's model holds them all.
        cls.kept_run = run_goalchain("code", "-q", "-f", "xlsx,json", "-j", "1", "-o", cls.kept,
                                     EXAMPLES_DIR)

    def setUp(self):
        self.assertEqual(self.kept_run.returncode, 0, self.kept_run.stderr)

    def assert_same_outputs(self, out):
        for name in OUTPUTS:
            self.assertEqual(read_bytes(os.path.join(out, name)),
                             read_bytes(os.path.join(self.kept, name)), name)

    def test_json_alone_gives_the_same_bytes_for_any_number_of_jobs(self):
        for jobs in ("1", "2", "3"):
            out = os.path.join(self.root, "json-j" + jobs)
            result = run_goalchain("code", "-q", "-f", "json", "-j", jobs, "-o", out, EXAMPLES_DIR)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assert_same_outputs(out)
            self.assertEqual(sorted(os.listdir(out)), OUTPUTS)

    def test_inputs_out_of_path_order_give_the_same_bytes(self):
        files = example_files()
        self.assertGreater(len(files), 3)
        shuffled = files[::-1]
        shuffled[0], shuffled[1] = shuffled[1], shuffled[0]
        for jobs in ("1", "2"):
            out = os.path.join(self.root, "reversed-j" + jobs)
            result = run_goalchain("code", "-f", "json,jsonl", "-j", jobs, "-o", out, *shuffled)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assert_same_outputs(out)
            self.assertEqual(sorted(os.listdir(out)),
                             ["counties.json", "results.json", "results.jsonl", "summary.json"])
            self.assertIn("wrote " + os.path.join(out, "results.json"), result.stdout)


if __name__ == "__main__":
    harness.main()
