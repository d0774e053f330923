"""Shared setup for the end-to-end tests: run the real goalchain binary and
read back what it wrote.

Every test module is run by ctest as
    /usr/bin/python3 tests/e2e/test_X.py --binary B --source-dir S --work-dir W
and exits 77 (skipped) when a precondition it needs is absent.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import unittest

SKIP = 77

_parser = argparse.ArgumentParser()
_parser.add_argument("--binary", required=True)
_parser.add_argument("--source-dir", required=True)
_parser.add_argument("--work-dir", required=True)
ARGS, _rest = _parser.parse_known_args()

BINARY = os.path.abspath(ARGS.binary)
SOURCE_DIR = os.path.abspath(ARGS.source_dir)
WORK_DIR = os.path.abspath(ARGS.work_dir)
DATA_DIR = os.path.join(SOURCE_DIR, "tests", "data")
EXAMPLES_DIR = os.path.join(SOURCE_DIR, "examples")
SHARED_DIR = os.path.join(os.path.dirname(SOURCE_DIR), "shared")


def fresh_dir(name):
    """An empty folder under the test's work dir."""
    path = os.path.join(WORK_DIR, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def codebook_with(name, extra):
    """tests/data/codebooks/mini.yaml with the YAML `extra` (sections such as
    counties: or labels:) appended, written to a fresh folder `name`."""
    with open(os.path.join(DATA_DIR, "codebooks", "mini.yaml"), encoding="utf-8") as f:
        text = f.read()
    path = os.path.join(fresh_dir(name), "codebook.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n" + extra)
    return path


def run_goalchain(*args, cwd=None, env=None):
    """Runs the binary; returns CompletedProcess with text stdout/stderr."""
    return subprocess.run([BINARY, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=240)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_workbook(path):
    import openpyxl  # Debian's python3-openpyxl, seen by /usr/bin/python3
    return openpyxl.load_workbook(path)


def sheet_rows(sheet):
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def main():
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        print("openpyxl is missing: run scripts/setup-debian.sh (python3-openpyxl) "
              "and use /usr/bin/python3", file=sys.stderr)
        sys.exit(1)
    os.makedirs(WORK_DIR, exist_ok=True)
    unittest.main(argv=[sys.argv[0], *_rest], verbosity=2)
