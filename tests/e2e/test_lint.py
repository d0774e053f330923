"""`goalchain lint`: every mistake of a codebook at once, with file:line:column,
a hint, and exit 1; warnings alone exit 0."""

import os
import unittest

import harness
from harness import DATA_DIR, SOURCE_DIR, fresh_dir, run_goalchain

TEN_MISTAKES = os.path.join(DATA_DIR, "codebooks", "lint-ten-mistakes.yaml")

# line, column, message: what src/codebook/lint_test.cpp expects too.
EXPECTED_ERRORS = [
    (9, 12, "invalid colour '#12345G'"),
    (12, 9, "pattern 'polisen' of code 'pmh' is shadowed by 'polis*' (line 11)"),
    (13, 9, "invalid keyword '': the pattern is empty"),
    (14, 18, "invalid regex 'köp(er|te sex': missing )"),
    (17, 5, "unknown key 'keywrods' in a code"),
    (18, 9, "duplicate code id 'pmh'"),
    (21, 13, "unknown parent 'actors'"),
    (27, 13, "code 'a' is its own ancestor (parent cycle)"),
    (36, 15, "unknown code 'pmhh' in 'requires'"),
    (39, 16, "unknown scope 'sentance'"),
]


class LintTest(unittest.TestCase):
    def test_reports_all_ten_mistakes_with_positions(self):
        result = run_goalchain("lint", TEN_MISTAKES)
        self.assertEqual(result.returncode, 1, result.stderr)
        err = result.stderr
        for line, column, message in EXPECTED_ERRORS:
            self.assertIn(f"{TEN_MISTAKES}:{line}:{column}: error: {message}", err)
        self.assertEqual(err.count(": error: "), len(EXPECTED_ERRORS), err)
        for hint in ("did you mean 'keywords'?", "did you mean 'actor'?",
                     "did you mean 'pmh'?", "did you mean 'sentence'?"):
            self.assertIn(f"  hint: {hint}", err)
        # Warnings: no chains:/profile:, no layout: (issue 14: the lists rules read), two
        # codes nothing assigns, two keywords of one letter ('a', 'b').
        self.assertIn("10 errors, 6 warnings", result.stdout)
        self.assertIn(f"{TEN_MISTAKES}:1:1: warning: the codebook has no 'layout:' section", err)
        self.assertIn("warning: keyword 'a' of code 'a' has 1 letter", err)

    def test_the_shipped_codebook_passes(self):
        for name in (os.path.join(SOURCE_DIR, "codebooks", "pmh-sv.yaml"), "pmh-sv"):
            result = run_goalchain("lint", name)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertNotIn(": error: ", result.stderr)
            self.assertIn("0 errors", result.stdout)

    def test_warnings_alone_exit_zero(self):
        folder = fresh_dir("lint-warnings")
        path = os.path.join(folder, "warn.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("goalchain_codebook: 1\nname: w\ncodes:\n"
                    "  - id: x\n    label: X\n    keywords: [prostitution*, \"§\"]\n")
        result = run_goalchain("lint", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(f"{path}:6:31: warning: pattern '§' has no letters or digits", result.stderr)
        # ... and the codebook has no chains: said plainly (issue 14).
        self.assertIn(f"{path}:1:1: warning: the codebook has no 'chains:' and no 'profile:' "
                      "section", result.stderr)
        # ... as is the missing layout: (issue 14: a missing list a rule reads).
        self.assertIn(f"{path}:1:1: warning: the codebook has no 'layout:' section",
                      result.stderr)
        self.assertIn("0 errors, 3 warnings", result.stdout)

    def test_a_missing_codebook_is_an_error(self):
        result = run_goalchain("lint", os.path.join(fresh_dir("lint-missing"), "nope.yaml"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("not found", result.stderr)

    def test_without_a_codebook_it_is_a_usage_error(self):
        result = run_goalchain("lint")
        self.assertEqual(result.returncode, 2)


if __name__ == "__main__":
    harness.main()
