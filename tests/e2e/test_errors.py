"""Bad inputs: one clear message per bad file, a nonzero exit, and no partial
or changed output unless --keep-going asks for the good files' results."""

import os
import shutil
import unittest

import harness
from harness import DATA_DIR, run_goalchain, fresh_dir, load_results


def make_bad_folder():
    """A folder with a good file, a binary file named .txt and a file that cannot be read."""
    folder = fresh_dir("bad-inputs")
    shutil.copy(os.path.join(DATA_DIR, "bad", "orebro-ok.txt"), folder)
    with open(os.path.join(folder, "skane-plan.txt"), "wb") as f:
        # The start of a zip archive (a .docx saved under the wrong name).
        f.write(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml")
    unreadable = os.path.join(folder, "unreadable.txt")
    if os.geteuid() == 0:
        # Root reads any file whatever its mode; a link to nowhere cannot be read by anyone.
        os.symlink(os.path.join(folder, "missing-target.txt"), unreadable)
    else:
        with open(unreadable, "w", encoding="utf-8") as f:
            f.write("Länsstyrelsen Skåne\n")
        os.chmod(unreadable, 0)
    return folder


class ErrorsTest(unittest.TestCase):
    def setUp(self):
        self.folder = make_bad_folder()
        self.out = os.path.join(fresh_dir("bad-out"), "out")

    def test_each_bad_file_gets_a_clear_message_and_nothing_is_written(self):
        result = run_goalchain("code", "--out", self.out, self.folder)
        self.assertEqual(result.returncode, 1, result.stderr)
        err = result.stderr
        binary = os.path.join(self.folder, "skane-plan.txt")
        self.assertIn(f"{binary}: error: not a text file (contains NUL bytes)", err)
        self.assertIn(os.path.join(self.folder, "unreadable.txt") + ": error: cannot read file", err)
        self.assertEqual(err.count(": error: "), 3, err)  # one per bad file, and the summary
        self.assertIn("2 inputs had errors; nothing was written", err)
        self.assertFalse(os.path.exists(self.out), "no output folder may be created")

    def test_windows1252_is_an_error_only_when_utf8_is_forced(self):
        folder = fresh_dir("cp1252-inputs")
        shutil.copy(os.path.join(DATA_DIR, "bad", "orebro-ok.txt"), folder)
        shutil.copy(os.path.join(DATA_DIR, "bad", "skane-windows-1252.txt"), folder)
        cp1252 = os.path.join(folder, "skane-windows-1252.txt")
        result = run_goalchain("code", "--encoding", "utf-8", "--out", self.out, folder)
        self.assertEqual(result.returncode, 1, result.stderr)
        err = result.stderr
        # "L\xe4nsstyrelsen": the bad byte is the second character of line 1.
        self.assertIn(f"{cp1252}:1:2: error: not valid UTF-8 (byte 0xE4)", err)
        self.assertIn("iconv -f WINDOWS-1252", err)
        self.assertEqual(err.count(": error: "), 2, err)  # the file, and the summary
        self.assertIn("1 input had errors; nothing was written", err)
        self.assertFalse(os.path.exists(self.out), "no output folder may be created")

        result = run_goalchain("code", "--out", self.out, folder)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        data = load_results(os.path.join(self.out, "results.json"))
        documents = {os.path.basename(d["path"]): d for d in data["documents"]}
        self.assertEqual(documents["skane-windows-1252.txt"]["encoding"], "windows-1252")
        self.assertEqual(documents["skane-windows-1252.txt"]["county"], "Skåne")
        self.assertEqual(documents["orebro-ok.txt"]["encoding"], "utf-8")

    def test_previous_outputs_stay_untouched(self):
        good = fresh_dir("good-only")
        shutil.copy(os.path.join(DATA_DIR, "bad", "orebro-ok.txt"), good)
        first = run_goalchain("code", "--out", self.out, good)
        self.assertEqual(first.returncode, 0, first.stderr)
        before = {}
        for root, _dirs, files in os.walk(self.out):
            for name in files:
                with open(os.path.join(root, name), "rb") as f:
                    before[os.path.join(root, name)] = f.read()
        result = run_goalchain("code", "--out", self.out, self.folder)
        self.assertEqual(result.returncode, 1)
        after = {}
        for root, _dirs, files in os.walk(self.out):
            for name in files:
                with open(os.path.join(root, name), "rb") as f:
                    after[os.path.join(root, name)] = f.read()
        self.assertEqual(before, after)

    def test_keep_going_writes_the_good_files_and_still_fails(self):
        result = run_goalchain("code", "--keep-going", "--out", self.out, self.folder)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("2 inputs were skipped because of errors", result.stderr)
        data = load_results(os.path.join(self.out, "results.json"))
        self.assertEqual([os.path.basename(d["path"]) for d in data["documents"]], ["orebro-ok.txt"])
        self.assertEqual(os.listdir(os.path.join(self.out, "counties")), ["orebro.xlsx"])
        leftovers = [n for n in os.listdir(self.out) if n.startswith(".")]
        self.assertEqual(leftovers, [], "no temporary files may remain")

    def test_missing_input_is_named(self):
        missing = os.path.join(self.folder, "nope.txt")
        result = run_goalchain("code", "--out", self.out, missing)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{missing}: error: no such file or directory", result.stderr)

    def test_unwritable_output_reports_and_leaves_no_temp_files(self):
        blocker = os.path.join(fresh_dir("blocked"), "out")
        os.makedirs(os.path.join(blocker, "counties", "orebro.xlsx"))  # a folder where a file must go
        good = fresh_dir("good-for-blocked")
        shutil.copy(os.path.join(DATA_DIR, "bad", "orebro-ok.txt"), good)
        result = run_goalchain("code", "--out", blocker, good)
        self.assertEqual(result.returncode, 1)
        self.assertIn("cannot write the outputs", result.stderr)
        self.assertFalse(os.path.exists(os.path.join(blocker, "summary.xlsx")))
        self.assertFalse(os.path.exists(os.path.join(blocker, "results.json")))
        hidden = [n for root, _d, files in os.walk(blocker) for n in files if n.startswith(".")]
        self.assertEqual(hidden, [])


if __name__ == "__main__":
    harness.main()
