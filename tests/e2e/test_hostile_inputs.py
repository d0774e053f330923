"""Hostile and broken inputs through the real binary (issue 17): each case of the
catalogue either stops with a clear message naming the file (and line and
column where there is one) and exit 1, or reads the file with a warning and
exit 0. Never a crash, a hang, an exhausted memory or a corrupt workbook.
The hostile files are generated here; none is committed."""

import json
import os
import re
import subprocess
import unittest

import harness
from harness import BINARY, fresh_dir, load_results

# Seconds any one hostile case may take; every one is refused or read in far less.
TIMEOUT = 60

PLAN = (
    "Länsstyrelsen i Västmanlands län\n\n"
    "Handlingsplan mot prostitution och människohandel 2020–2022\n\n"
    "1. Mål\n\n"
    "Samverkan mellan myndigheter mot människohandel och prostitution ska stärkas.\n\n"
    "Länsstyrelsen ska tillsammans med regionkoordinatorn och Polismyndigheten genomföra "
    "en insatsvecka mot sexköp under 2021.\n\n"
    "Uppföljning: antalet ärenden som redovisas till åklagare följs upp årligen.\n"
)

CODEBOOK_HEAD = "goalchain_codebook: 1\nname: fientlig\nlanguage: sv\ncodes:\n"

DOCUMENT_HEAD = ("goalchain: 1\ncounty: Västmanland\ntype: handlingsplan\nperiod: 2020\n")


def run(*args, stdin=None, timeout=TIMEOUT):
    """Runs goalchain; returns (exit code, stderr) and fails on a timeout."""
    result = subprocess.run([BINARY, *args], stdin=stdin, capture_output=True, timeout=timeout)
    return result.returncode, result.stderr.decode("utf-8", errors="replace")


def write(folder, name, data):
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return path


class HostileInputsTest(unittest.TestCase):
    def setUp(self):
        self.dir = fresh_dir(self.id().split(".")[-1])
        self.out = os.path.join(self.dir, "out")
        self.plan = write(self.dir, "vastmanland-handlingsplan-2020.txt", PLAN)

    def code(self, *args, stdin=None):
        return run("code", *args, "--out", self.out, "--format", "json", stdin=stdin)

    def assert_refused(self, status, err, pattern):
        self.assertEqual(status, 1, err)
        self.assertRegex(err, pattern)
        self.assertNotIn("terminate called", err)
        self.assertLess(len(err), 4000, "messages echo too much:\n" + err[:2000])

    # 1. Self-referencing aliases
    def test_1_self_referencing_aliases_are_errors_with_line_and_column(self):
        document = write(self.dir, "sjalv.yaml", DOCUMENT_HEAD +
                         "sections: &s [{heading: A, sections: *s}]\n")
        self.assert_refused(*self.code(document),
                            r"sjalv\.yaml:5:38: error: alias '\*s' lies inside the node '&s'")
        book = write(self.dir, "regel.yaml", CODEBOOK_HEAD +
                     "  - id: pmh\n    label: PMH\n    rules:\n"
                     "      - all: &p [polis, {any: *p}]\n")
        self.assert_refused(*self.code("-c", book, self.plan),
                            r"regel\.yaml:8:31: error: alias '\*p' lies inside")
        dictionary = write(self.dir, "ordlista.yml", "a: &x {b: *x}\n")
        self.assert_refused(*run("codebook", "import", dictionary, os.path.join(self.dir, "b.yaml")),
                            r"ordlista\.yml:1:11: error: alias '\*x' lies inside")

    # 2. Alias bombs
    def test_2_alias_bombs_stop_at_the_expansion_limit(self):
        bomb = "a0: &a0 [" + ", ".join(["x"] * 10) + "]\n"
        for level in range(1, 10):
            bomb += f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]\n"
        self.assertLess(len(bomb), 1000)
        document = write(self.dir, "bomb.yaml", DOCUMENT_HEAD + "sections:\n  - heading: A\n"
                         "    text: |\n      Text.\n" + "x:\n" + "".join(
                             "  " + line + "\n" for line in bomb.splitlines()))
        self.assert_refused(*self.code(document),
                            r"bomb\.yaml:\d+:\d+: error: aliases expand to more than 100000 nodes")
        dictionary = write(self.dir, "bomb.yml", bomb)
        self.assert_refused(*run("codebook", "import", dictionary, os.path.join(self.dir, "b.yaml")),
                            r"bomb\.yml:\d+:\d+: error: aliases expand to more than 100000 nodes")

    # 3. Invalid UTF-8 where "did you mean" would fold case
    def test_3_invalid_utf8_in_codebook_names_is_an_error_not_an_abort(self):
        for name, codes in [("nyckel", b"  - id: pmh\n    lab\xe9l: PMH\n"),
                            ("foralder", b"  - id: pmh\n    label: PMH\n    parent: p\xf6lis\n"),
                            ("kraver", b"  - id: pmh\n    label: PMH\n    requires: [p\xf6lis]\n")]:
            with self.subTest(name):
                book = write(self.dir, name + ".yaml", CODEBOOK_HEAD.encode() + codes)
                status, err = self.code("-c", book, self.plan)
                self.assert_refused(status, err,
                                    re.escape(name) + r"\.yaml:[67]:\d+: error: not valid UTF-8")
                status, err = run("lint", book)
                self.assert_refused(status, err, r"not valid UTF-8")

    # 4. Invalid UTF-8 in a label never reaches a workbook
    def test_4_invalid_utf8_in_a_label_writes_no_workbook(self):
        book = write(self.dir, "etikett.yaml", CODEBOOK_HEAD.encode() +
                     b"  - id: pmh\n    label: Sexk\xf6p\n    keywords: [sexk\xc3\xb6p]\n")
        status, err = run("code", "--out", self.out, "-c", book, self.plan)
        self.assert_refused(status, err, r"etikett\.yaml:6:16: error: not valid UTF-8 \(byte 0xF6\)")
        self.assertFalse(os.path.exists(os.path.join(self.out, "summary.xlsx")))

    # 6. Unbounded reads
    def test_6_devices_and_pipes_stop_at_the_size_limit(self):
        limit = ["--max-file-size", "1MiB"]
        self.assert_refused(*self.code(*limit, "/dev/zero"),
                            r"/dev/zero: error: larger than 1 MiB, the limit on one input file")
        manifest = write(self.dir, "manifest.yaml", "- path: /dev/zero\n")
        self.assert_refused(*self.code(*limit, "--manifest", manifest), r"/dev/zero: error: larger than 1 MiB")
        folder = os.path.join(self.dir, "mapp")
        os.makedirs(folder)
        os.symlink("/dev/zero", os.path.join(folder, "noll.txt"))
        write(folder, "vastmanland-handlingsplan-2020.txt", PLAN)
        status, err = self.code(*limit, "--keep-going", folder)
        self.assert_refused(status, err, r"noll\.txt: error: larger than 1 MiB")
        self.assertRegex(err, r"1 input was skipped because of errors \(--keep-going\)")
        self.assertEqual(len(load_results(os.path.join(self.out, "results.json"))["documents"]), 1)
        with open("/dev/zero", "rb") as zero:
            self.assert_refused(*self.code("-", stdin=zero),
                                r"<stdin>: error: larger than 256 MiB, the limit on one input file")

    def test_6_a_large_file_is_refused_without_reading_it(self):
        big = os.path.join(self.dir, "stor.txt")
        with open(big, "wb") as f:
            f.truncate(300 << 20)  # sparse: no disk space used
        self.assert_refused(*self.code(big), r"stor\.txt: error: larger than 256 MiB")

    def test_6_a_document_of_millions_of_one_letter_paragraphs_is_refused(self):
        # 10 MB, but 5 million lines and 2.5 million segments.
        path = write(self.dir, "rader.txt", b"a\n\n" * 2_500_001)
        self.assert_refused(*self.code(path),
                            r"rader\.txt: error: more than 5000000 lines, the limit on one document")

    # 7. Temp files left by a killed run
    def test_7_stale_temp_files_of_killed_runs_are_removed(self):
        os.makedirs(self.out)
        stale = write(self.out, ".results.json.tmp-999999999-0", "halvskriven")
        alive = write(self.out, f".results.json.tmp-{os.getpid()}-0", "en annan körning")
        status, err = self.code(self.plan)
        self.assertEqual(status, 0, err)
        self.assertFalse(os.path.exists(stale))
        self.assertTrue(os.path.exists(alive))

    # 8. Silent mojibake
    def test_8_a_stray_byte_in_utf8_is_replaced_with_a_warning(self):
        clean = self.code(self.plan)
        self.assertEqual(clean[0], 0, clean[1])
        expected = load_results(os.path.join(self.out, "results.json"))
        # One no-break space saved as the Windows-1252 byte 0xA0 in a UTF-8 file.
        broken = PLAN.encode("utf-8").replace(b"under 2021", b"under\xa02021")
        line_number, line = next((i + 1, text) for i, text in enumerate(PLAN.splitlines())
                                 if "under 2021" in text)
        column = line.index("under 2021") + len("under") + 1
        path = write(self.dir, "vastmanland-handlingsplan-2020.txt", broken)
        status, err = self.code(path)
        self.assertEqual(status, 0, err)
        self.assertRegex(err, rf"vastmanland-handlingsplan-2020\.txt:{line_number}:{column}: warning: "
                              r"not valid UTF-8 \(byte 0xA0\); read as U\+FFFD")
        got = load_results(os.path.join(self.out, "results.json"))
        self.assertEqual(got["documents"][0]["encoding"], "utf-8")

        def coded(results):
            return [s["id"] for s in results["documents"][0]["segments"] if s.get("codes")]
        self.assertTrue(coded(expected))
        self.assertEqual(coded(got), coded(expected))

    # 9. Smaller ones
    def test_9_deep_nesting_is_a_short_clear_message(self):
        book = write(self.dir, "djup.yaml", CODEBOOK_HEAD + "  - id: a\n    label: " +
                     "[" * 250 + "]" * 250 + "\n")
        status, err = self.code("-c", book, self.plan)
        self.assert_refused(status, err, r"djup\.yaml:6:\d+: error: nested more than 100 levels deep")
        self.assertNotIn("bad file", err)

    def test_9_duplicate_keys_and_second_documents_are_errors(self):
        book = write(self.dir, "dubbel.yaml", CODEBOOK_HEAD +
                     "  - id: pmh\n    label: PMH\n    label: Prostitution\n")
        self.assert_refused(*self.code("-c", book, self.plan),
                            r"dubbel\.yaml:7:5: error: duplicate key 'label'")
        manifest = write(self.dir, "manifest.yaml",
                         f"- path: {self.plan}\n  county: Uppsala\n  county: Kalmar\n")
        self.assert_refused(*self.code("--manifest", manifest),
                            r"manifest\.yaml:3:3: error: duplicate key 'county'")
        book = write(self.dir, "tva.yaml", CODEBOOK_HEAD + "  - id: pmh\n    label: PMH\n"
                     "---\nname: andra\n")
        self.assert_refused(*self.code("-c", book, self.plan),
                            r"tva\.yaml:7:1: error: a second YAML document")

    def test_9_a_huge_liwc_category_number_imports(self):
        dictionary = write(self.dir, "stor.dic",
                           "%\n99999999999999999999\tmänniskohandel\n%\nmänniskohandel*\t99999999999999999999\n")
        status, err = run("codebook", "import", "-q", dictionary, os.path.join(self.dir, "b.yaml"))
        self.assertEqual(status, 0, err)


if __name__ == "__main__":
    harness.main()
