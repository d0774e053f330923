"""Golden files: the CSV and JSON outputs of `goalchain code` over examples/
with the shipped codebook, compared byte for byte with tests/golden/examples/.
Unit tests check figures one at a time; this catches any change to a whole
output. Only the tool's version is replaced (by @VERSION@), so that a release
does not change the files; everything else must be the same bytes on every
machine.

When a change is meant to change the outputs (a codebook edit, a new column,
better chains), run scripts/update-golden.sh, read `git diff tests/golden`,
and commit the files with the change that explains them."""

import os
import re
import unittest

import harness
from harness import SOURCE_DIR, run_goalchain

GOLDEN_DIR = os.path.join(SOURCE_DIR, "tests", "golden", "examples")
UPDATE = os.environ.get("GOALCHAIN_UPDATE_GOLDEN") == "1"
VERSION = re.compile(rb'("goalchain": \{"version": )"[^"]*"')


def normalise(data):
    return VERSION.sub(rb'\1"@VERSION@"', data, count=1)


class GoldenOutputsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.fresh_dir("golden-out")
        # Relative paths from the checkout, so that the files name the inputs
        # the same way on every machine.
        cls.proc = run_goalchain("code", "-c", os.path.join("codebooks", "pmh-sv.yaml"),
                                 "-f", "csv,json", "-o", cls.out, "examples", cwd=SOURCE_DIR)
        cls.written = sorted(os.listdir(cls.out))
        if UPDATE and cls.proc.returncode == 0:
            os.makedirs(GOLDEN_DIR, exist_ok=True)
            for name in os.listdir(GOLDEN_DIR):
                os.remove(os.path.join(GOLDEN_DIR, name))
            for name in cls.written:
                with open(os.path.join(cls.out, name), "rb") as f:
                    data = normalise(f.read())
                with open(os.path.join(GOLDEN_DIR, name), "wb") as f:
                    f.write(data)
            print(f"updated {len(cls.written)} files in {GOLDEN_DIR}")

    def test_runs(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)

    def test_writes_the_golden_files_and_no_others(self):
        self.assertEqual(self.written, sorted(os.listdir(GOLDEN_DIR)))
        for name in ("results.json", "summary.json", "questions.csv", "cooccurrence.csv",
                     "county_codes.csv"):
            self.assertIn(name, self.written)

    def test_every_file_is_byte_for_byte_the_golden_one(self):
        for name in sorted(os.listdir(GOLDEN_DIR)):
            with self.subTest(name):
                with open(os.path.join(GOLDEN_DIR, name), "rb") as f:
                    expected = f.read()
                with open(os.path.join(self.out, name), "rb") as f:
                    actual = normalise(f.read())
                if actual != expected:
                    a, e = actual.splitlines(), expected.splitlines()
                    line = next((i for i, (x, y) in enumerate(zip(a, e)) if x != y),
                                min(len(a), len(e)))
                    self.fail(f"{name} differs from tests/golden/examples/{name} first at line "
                              f"{line + 1} (run scripts/update-golden.sh if the change is "
                              f"meant):\n  golden: {e[line][:200] if line < len(e) else b''!r}\n"
                              f"  now:    {a[line][:200] if line < len(a) else b''!r}")

    def test_version_is_the_only_thing_replaced(self):
        with open(os.path.join(self.out, "results.json"), "rb") as f:
            raw = f.read()
        self.assertEqual(len(VERSION.findall(raw)), 1)
        self.assertNotIn(SOURCE_DIR.encode(), raw, "an absolute path would differ per machine")


if __name__ == "__main__":
    harness.main()
