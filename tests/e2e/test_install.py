"""An installed goalchain (cmake --install) finds its shipped codebook without
the source tree's help, from any working directory."""

import os
import subprocess
import unittest

import harness
from harness import DATA_DIR, fresh_dir, load_results


def install(name):
    """Installs the build into a fresh prefix; returns the installed binary, the
    prefix and the environment to run it in (no GOALCHAIN_CODEBOOK_DIR)."""
    prefix = fresh_dir(name)
    subprocess.run(["cmake", "--install", os.path.dirname(harness.BINARY), "--prefix", prefix],
                   check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k != "GOALCHAIN_CODEBOOK_DIR"}
    return os.path.join(prefix, "bin", "goalchain"), prefix, env


class InstallTest(unittest.TestCase):
    def test_installed_binary_uses_installed_codebook(self):
        installed, prefix, env = install("install-prefix")
        codebook = os.path.join(prefix, "share", "goalchain", "codebooks", "pmh-sv.yaml")
        self.assertTrue(os.path.isfile(codebook))
        work = fresh_dir("install-run")
        result = subprocess.run([installed, "code", "-f", "json", "--out", "out",
                                 os.path.join(DATA_DIR, "plans")],
                                cwd=work, env=env, capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 0, result.stderr)
        data = load_results(os.path.join(work, "out", "results.json"))
        self.assertEqual(os.path.realpath(data["codebook"]["path"]), os.path.realpath(codebook))

    def test_installed_binary_labels_its_workbooks(self):
        # The workbooks' words are the installed pmh-sv's labels: (docs/workbooks.md).
        installed, _, env = install("install-labels-prefix")
        work = fresh_dir("install-labels-run")
        for language, sheet in (("sv", "Rapportens frågor"), ("en", "Report questions")):
            out = os.path.join(work, language)
            result = subprocess.run([installed, "code", "-q", "-f", "xlsx", "--lang", language,
                                     "--out", out, os.path.join(DATA_DIR, "plans")],
                                    cwd=work, env=env, capture_output=True, text=True,
                                    timeout=120)
            self.assertEqual(result.returncode, 0, result.stderr)
            summary = harness.load_workbook(os.path.join(out, "summary.xlsx"))
            self.assertEqual(summary.sheetnames[0], sheet)

if __name__ == "__main__":
    harness.main()
