"""An installed goalchain (cmake --install) finds its shipped codebook without
the source tree's help, from any working directory."""

import os
import subprocess
import unittest

import harness
from harness import DATA_DIR, fresh_dir, load_results


class InstallTest(unittest.TestCase):
    def test_installed_binary_uses_installed_codebook(self):
        build_dir = os.path.dirname(harness.BINARY)
        prefix = fresh_dir("install-prefix")
        subprocess.run(["cmake", "--install", build_dir, "--prefix", prefix], check=True,
                       capture_output=True)
        installed = os.path.join(prefix, "bin", "goalchain")
        codebook = os.path.join(prefix, "share", "goalchain", "codebooks", "pmh-sv.yaml")
        self.assertTrue(os.path.isfile(codebook))
        work = fresh_dir("install-run")
        env = {k: v for k, v in os.environ.items() if k != "GOALCHAIN_CODEBOOK_DIR"}
        result = subprocess.run([installed, "code", "-f", "json", "--out", "out",
                                 os.path.join(DATA_DIR, "plans")],
                                cwd=work, env=env, capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 0, result.stderr)
        data = load_results(os.path.join(work, "out", "results.json"))
        self.assertEqual(os.path.realpath(data["codebook"]["path"]), os.path.realpath(codebook))


if __name__ == "__main__":
    harness.main()
