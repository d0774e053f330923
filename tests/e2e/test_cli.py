"""The command line itself: help, version, usage errors and exit codes."""

import os
import subprocess
import unittest

import harness
from harness import DATA_DIR, run_goalchain, fresh_dir


class CliTest(unittest.TestCase):
    def test_help_documents_exit_codes_and_an_example(self):
        result = run_goalchain("--help")
        self.assertEqual(result.returncode, 0)
        for text in ("code", "Exit codes:", "2  usage error", "Example:", "goalchain code examples/"):
            self.assertIn(text, result.stdout)

    def test_code_help(self):
        result = run_goalchain("code", "--help")
        self.assertEqual(result.returncode, 0)
        for text in ("--codebook", "--out", "--format", "--keep-going", "Examples:", "Exit codes:",
                     "goalchain-out", "pmh-sv"):
            self.assertIn(text, result.stdout)

    def test_version(self):
        result = run_goalchain("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout.strip(), r"^goalchain \d+\.\d+\.\d+$")

    def test_usage_errors_exit_2(self):
        for args in ([], ["code"], ["frobnicate"], ["code", "--format", "pdf", DATA_DIR],
                     ["code", "--no-such-option", DATA_DIR]):
            with self.subTest(args=args):
                result = run_goalchain(*args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertTrue(result.stderr.strip(), "a usage error must say what is wrong")

    def test_unknown_codebook_name_lists_where_it_looked(self):
        result = run_goalchain("code", "-c", "no-such-book", "--out",
                               os.path.join(fresh_dir("cli-nobook"), "out"), DATA_DIR)
        self.assertEqual(result.returncode, 1)
        self.assertIn("codebook 'no-such-book' not found", result.stderr)
        self.assertIn("codebooks", result.stderr)

    def test_broken_codebook_gives_file_line_column(self):
        folder = fresh_dir("cli-badbook")
        book = os.path.join(folder, "book.yaml")
        with open(book, "w", encoding="utf-8") as f:
            f.write("goalchain_codebook: 1\nname: x\ncodes:\n  - id: a\n    lable: A\n")
        result = run_goalchain("code", "-c", book, "--out", os.path.join(folder, "out"),
                               os.path.join(DATA_DIR, "plans"))
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{book}:5:5: error: unknown key 'lable' in a code", result.stderr)
        self.assertIn("did you mean 'label'?", result.stderr)
        self.assertIn("    ^", result.stderr)
        self.assertFalse(os.path.exists(os.path.join(folder, "out")))

    def test_format_option_never_swallows_the_inputs(self):
        plans = os.path.join(DATA_DIR, "plans")
        forms = {
            "short": ["-f", "json", plans],
            "long-equals": ["--format=json", plans],
            "list-then-dashes": ["-f", "json,csv", "--", plans],
            "repeated": ["-f", "json", "-f", "csv", plans],
            "inputs-first": [plans, "--format", "json"],
        }
        for name, args in forms.items():
            with self.subTest(form=name):
                out = os.path.join(fresh_dir("cli-format-" + name), "out")
                result = run_goalchain("code", "-q", "--out", out, *args)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertTrue(os.path.isfile(os.path.join(out, "results.json")))
                self.assertFalse(os.path.exists(os.path.join(out, "summary.xlsx")),
                                 "json alone was asked for")
                documents = harness.load_results(os.path.join(out, "results.json"))["documents"]
                self.assertEqual(len(documents), len(os.listdir(plans)))
                wrote_csv = os.path.isfile(os.path.join(out, "segments.csv"))
                self.assertEqual(wrote_csv, "csv" in " ".join(args))

    def test_unknown_option_suggests_the_nearest(self):
        result = run_goalchain("code", "--fromat", "json", DATA_DIR)
        self.assertEqual(result.returncode, 2)
        self.assertIn("unknown option '--fromat'", result.stderr)
        self.assertIn("did you mean '--format'?", result.stderr)
        result = run_goalchain("kwic", "--cod", "pmh", DATA_DIR)
        self.assertEqual(result.returncode, 2)
        self.assertIn("did you mean '--code'?", result.stderr)

    def test_unknown_command_suggests_the_nearest(self):
        for args, wrong, nearest in ((["kod", DATA_DIR], "kod", "code"),
                                     (["lnt", "x.yaml"], "lnt", "lint"),
                                     (["codebook", "exprot", "pmh-sv", "x.qdc"], "exprot",
                                      "export")):
            with self.subTest(args=args):
                result = run_goalchain(*args)
                self.assertEqual(result.returncode, 2)
                self.assertIn(f"unknown command '{wrong}'", result.stderr)
                self.assertIn(f"did you mean '{nearest}'?", result.stderr)

    def test_progress_line_only_when_asked_or_on_a_terminal(self):
        plans = os.path.join(DATA_DIR, "plans")
        documents = len(os.listdir(plans))
        out = os.path.join(fresh_dir("cli-progress"), "out")
        def run(mode):  # bytes: text mode would turn the carriage returns into newlines
            result = subprocess.run([harness.BINARY, "code", "-q", "-f", "json", "--progress",
                                     mode, "-o", out, plans], capture_output=True, timeout=240)
            self.assertEqual(result.returncode, 0, result.stderr)
            return result.stderr.decode("utf-8")
        shown = run("always")
        self.assertIn(f"\r{documents}/{documents} documents", shown)
        self.assertTrue(shown.endswith("\r\x1b[K"), repr(shown[-40:]))
        # Captured stderr is no terminal: auto shows nothing, and neither does never.
        for mode in ("auto", "never"):
            self.assertEqual(run(mode), "")


if __name__ == "__main__":
    harness.main()
