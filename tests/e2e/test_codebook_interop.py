"""goalchain codebook import / export: dictionaries of other tools in, REFI-QDA
and quanteda out, checked by coding a plan with the imports and by validating
the .qdc with xmllint against the REFI-QDA schema."""

import os
import shutil
import subprocess
import unittest

import harness
from harness import DATA_DIR, SHARED_DIR, run_goalchain, fresh_dir, load_results

DICTIONARIES = os.path.join(DATA_DIR, "dictionaries")
PLAN = os.path.join(DICTIONARIES, "kalmar-handlingsplan-2021.txt")
XSD = os.path.join(SHARED_DIR, "refi-qda", "Codebook.xsd")

# Hand-derived on kalmar-handlingsplan-2021.txt, whose six paragraphs are
#   P1 "Handlingsplan mot prostitution och människohandel 2021"
#   P2 "... mot prostitution, människohandel för sexuella ändamål och köp av sexuella tjänster."
#   P3 "Mål 1: Fler ska få stöd. Socialtjänsten och polisen ska upptäcka fler utsatta."
#   P4 "Insats: Utbildning för personal inom socialtjänsten om sexköp och människohandelsärenden."
#   P5 "Indikator: Antalet utbildade handläggare mäts varje år vid uppföljningen."
#   P6 "Ansvar: Polismyndigheten och Kalmar kommun."
# The quanteda (pmh-ordlista.yml) and WordStat (pmh-wordstat.cat) fixtures hold
# the same categories:
#   amne: prostitution + människohandel in P1, those two and the phrase "köp av
#         sexuella tjänster" in P2, sexköp + människohandelsärenden in P4: 7 hits, 3 segments
#   aktorer.polisen: polisen (P3), Polismyndigheten (P6): 2 hits, 2 segments
#   aktorer.socialtjansten: P3 and P4: 2 hits, 2 segments
#   kedja (uppföljning): "uppföljningen" is another word: 0
#   kedja.mal: "Mål" in P3: 1
#   kedja.indikator: Indikator, Antalet in P5: 2 hits, 1 segment
TREE_SEGMENTS = {"amne": 3, "aktorer": 0, "aktorer.polisen": 2, "aktorer.socialtjansten": 2,
                 "kedja": 0, "kedja.mal": 1, "kedja.indikator": 1}
TREE_HITS = {"amne": 7, "aktorer": 0, "aktorer.polisen": 2, "aktorer.socialtjansten": 2,
             "kedja": 0, "kedja.mal": 1, "kedja.indikator": 2}
# The LIWC fixture is flat: aktor joins the police and social-services entries
# (P3 two, P4 one, P6 one), indikator adds utbild* (Utbildning P4, utbildade P5),
# and kompetens holds only utbild*.
LIWC_SEGMENTS = {"amne": 3, "aktor": 3, "mal": 1, "indikator": 2, "kompetens": 2}
LIWC_HITS = {"amne": 7, "aktor": 4, "mal": 1, "indikator": 4, "kompetens": 2}

SWEDISH_CODEBOOK = """goalchain_codebook: 1
name: svenska-namn
codes:
  - id: target
    label: Målgrupper
    description: Vilka insatserna riktar sig till, t.ex. "unga" & <barn>.
  - id: target.women
    parent: target
    label: {sv: Kvinnor och flickor, en: Women and girls}
    keywords: [kvinnor, flickor]
  - id: actor
    label: Aktörer
  - id: actor.prosecutor
    parent: actor
    label: Åklagarmyndigheten
    keywords: [åklagar*]
  - id: actor.healthcare
    parent: actor
    label: Hälso- och sjukvård
    keywords: [hälso och sjukvård*]
  - id: prevention
    label: Förebyggande arbete
    keywords: [förebygg*]
"""


def read_written_codes(text):
    """(id, parent, keywords) of each code in a codebook written by goalchain
    (one "- id:" entry per code, keywords one per line), without a YAML library."""
    codes = []
    for line in text.splitlines():
        if line.startswith("  - id: "):
            codes.append([line[len("  - id: "):], "", []])
        elif line.startswith("    parent: "):
            codes[-1][1] = line[len("    parent: "):]
        elif line.startswith("      - "):
            codes[-1][2].append(line[len("      - "):])
    return [tuple(c) for c in codes]


def counts_after_import(test, dictionary, *extra):
    """Imports `dictionary`, codes the Kalmar plan with it, returns (code_counts, code_hits)."""
    folder = fresh_dir("interop-" + os.path.basename(dictionary).replace(".", "-"))
    book = os.path.join(folder, "codebook.yaml")
    result = run_goalchain("codebook", "import", *extra, dictionary, book)
    test.assertEqual(result.returncode, 0, result.stderr)
    test.assertIn("imported", result.stdout)
    lint = run_goalchain("lint", book)
    test.assertEqual(lint.returncode, 0, lint.stdout + lint.stderr)
    # An imported dictionary has codes but no chain rules and no layout words:
    # lint says so (issue 14).
    test.assertIn(": 0 errors, 2 warnings", lint.stdout + lint.stderr)
    test.assertIn("no 'chains:' and no 'profile:' section", lint.stderr)
    test.assertIn("no 'layout:' section", lint.stderr)
    out = os.path.join(folder, "out")
    result = run_goalchain("code", "-c", book, "--format", "json", "--out", out, PLAN)
    test.assertEqual(result.returncode, 0, result.stderr)
    county = load_results(os.path.join(out, "results.json"))["counties"][0]
    return county["code_counts"], county["code_hits"]


class ImportTest(unittest.TestCase):
    def test_quanteda_dictionary_codes_the_plan_as_counted_by_hand(self):
        counts, hits = counts_after_import(self, os.path.join(DICTIONARIES, "pmh-ordlista.yml"))
        self.assertEqual(counts, TREE_SEGMENTS)
        self.assertEqual(hits, TREE_HITS)

    def test_wordstat_dictionary_in_windows_1252_codes_the_plan_as_counted_by_hand(self):
        counts, hits = counts_after_import(self, os.path.join(DICTIONARIES, "pmh-wordstat.cat"))
        self.assertEqual(counts, TREE_SEGMENTS)
        self.assertEqual(hits, TREE_HITS)

    def test_liwc_dictionary_codes_the_plan_as_counted_by_hand(self):
        counts, hits = counts_after_import(self, os.path.join(DICTIONARIES, "pmh-liwc.dic"))
        self.assertEqual(counts, LIWC_SEGMENTS)
        self.assertEqual(hits, LIWC_HITS)

    def test_from_overrides_the_extension(self):
        folder = fresh_dir("interop-from")
        renamed = os.path.join(folder, "ordlista.txt")
        shutil.copy(os.path.join(DICTIONARIES, "pmh-liwc.dic"), renamed)
        counts, hits = counts_after_import(self, renamed, "--from", "liwc")
        self.assertEqual(hits, LIWC_HITS)

    def test_name_language_and_warning_for_windows_1252(self):
        folder = fresh_dir("interop-name")
        book = os.path.join(folder, "book.yaml")
        result = run_goalchain("codebook", "import", "--name", "min-ordlista", "--language", "sv",
                               os.path.join(DICTIONARIES, "pmh-wordstat.cat"), book)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("pmh-wordstat.cat:1:1: warning: not UTF-8; read as Windows-1252", result.stderr)
        with open(book, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("\nname: min-ordlista\n", text)
        self.assertIn("\nlanguage: sv\n", text)
        self.assertIn("label: ÄMNE", text)
        self.assertIn("- människohandel*", text)

    def test_unknown_extension_is_a_usage_error(self):
        folder = fresh_dir("interop-ext")
        path = os.path.join(folder, "ordlista.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("ämne: [sexköp*]\n")
        result = run_goalchain("codebook", "import", path, os.path.join(folder, "out.yaml"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("--from", result.stderr)
        self.assertFalse(os.path.exists(os.path.join(folder, "out.yaml")))

    def test_malformed_dictionary_reports_every_line_and_writes_nothing(self):
        folder = fresh_dir("interop-bad")
        path = os.path.join(folder, "bad.dic")
        with open(path, "w", encoding="utf-8") as f:
            f.write("%\n1\tämne\n%\nsexköp*\t9\npolis\tett\n")
        out = os.path.join(folder, "out.yaml")
        result = run_goalchain("codebook", "import", path, out)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}:4:9: error: category 9 is not in the legend", result.stderr)
        self.assertIn(f"{path}:5:7: error: 'ett' is not a category number", result.stderr)
        self.assertIn("nothing was written", result.stderr)
        self.assertFalse(os.path.exists(out))

    def test_missing_dictionary_is_an_error(self):
        result = run_goalchain("codebook", "import", os.path.join(DICTIONARIES, "saknas.dic"),
                               os.path.join(fresh_dir("interop-missing"), "out.yaml"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("saknas.dic", result.stderr)


class ExportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = fresh_dir("interop-export")
        cls.swedish = os.path.join(cls.folder, "svenska.yaml")
        with open(cls.swedish, "w", encoding="utf-8") as f:
            f.write(SWEDISH_CODEBOOK)

    def export(self, *args):
        result = run_goalchain("codebook", "export", *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result

    def test_qdc_is_valid_against_the_refi_qda_schema(self):
        if not os.path.exists(XSD):
            self.skipTest(f"{XSD} is absent")
        if shutil.which("xmllint") is None:
            self.skipTest("xmllint is not installed (Debian: libxml2-utils)")
        for book in ("pmh-sv", self.swedish):
            with self.subTest(book=book):
                out = os.path.join(self.folder, os.path.basename(book) + ".qdc")
                self.export("--to", "qdc", book, out)
                check = subprocess.run(["xmllint", "--noout", "--schema", XSD, out],
                                       capture_output=True, text=True)
                self.assertEqual(check.returncode, 0, check.stderr)
                self.assertIn("validates", check.stderr)

    def test_qdc_holds_swedish_names_nested_and_escaped(self):
        out = os.path.join(self.folder, "names.qdc")
        self.export(self.swedish, out)  # the format from the extension
        with open(out, "rb") as f:
            data = f.read()
        text = data.decode("utf-8")
        self.assertTrue(text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook '
                                        'xmlns="urn:QDA-XML:codebook:1.0"'))
        for name in ("Målgrupper", "Åklagarmyndigheten", "Hälso- och sjukvård", "Förebyggande arbete"):
            self.assertIn(f'name="{name}"', text)
        self.assertIn("t.ex. \"unga\" &amp; &lt;barn&gt;.", text)
        # Children inside their parent.
        self.assertLess(text.index('name="Aktörer"'), text.index('name="Åklagarmyndigheten"'))
        self.assertLess(text.index('name="Åklagarmyndigheten"'), text.index('name="Förebyggande arbete"'))
        self.assertEqual(text.count("<Code "), 6)
        self.assertNotIn("<Sets", text)

    def test_repeated_exports_are_byte_identical(self):
        for to, ext in (("qdc", "qdc"), ("quanteda", "yml")):
            with self.subTest(to=to):
                first = os.path.join(self.folder, f"first.{ext}")
                second = os.path.join(self.folder, f"second.{ext}")
                self.export("--to", to, "pmh-sv", first)
                self.export("--to", to, "pmh-sv", second)
                with open(first, "rb") as a, open(second, "rb") as b:
                    self.assertEqual(a.read(), b.read())

    def test_quanteda_export_imports_back_to_the_same_codes(self):
        dictionary = os.path.join(self.folder, "svenska.yml")
        self.export("--to", "quanteda", self.swedish, dictionary)
        book = os.path.join(self.folder, "back.yaml")
        result = run_goalchain("codebook", "import", dictionary, book)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(book, encoding="utf-8") as f:
            codes = read_written_codes(f.read())
        self.assertEqual(codes, [
            ("target", "", []),
            ("target.women", "target", ["kvinnor", "flickor"]),
            ("actor", "", []),
            ("actor.prosecutor", "actor", ["åklagar*"]),
            ("actor.healthcare", "actor", ["hälso och sjukvård*"]),
            ("prevention", "", ["förebygg*"]),
        ])

    def test_quanteda_export_of_the_shipped_codebook_imports_and_lints_clean(self):
        dictionary = os.path.join(self.folder, "pmh-sv.yml")
        self.export("--to", "quanteda", "pmh-sv", dictionary)
        book = os.path.join(self.folder, "pmh-sv-back.yaml")
        result = run_goalchain("codebook", "import", dictionary, book)
        self.assertEqual(result.returncode, 0, result.stderr)
        lint = run_goalchain("lint", book)
        self.assertEqual(lint.returncode, 0, lint.stdout + lint.stderr)

    def test_standard_output(self):
        result = self.export("--to", "quanteda", self.swedish, "-")
        self.assertTrue(result.stdout.startswith("# quanteda dictionary written by goalchain"))
        self.assertIn("actor:\n  prosecutor:\n    - åklagar*\n", result.stdout)

    def test_format_must_be_known(self):
        result = run_goalchain("codebook", "export", self.swedish, os.path.join(self.folder, "x.txt"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("--to", result.stderr)
        result = run_goalchain("codebook", "export", "--to", "nvivo", self.swedish, "x.qdc")
        self.assertEqual(result.returncode, 2)

    def test_unknown_codebook_is_an_error(self):
        result = run_goalchain("codebook", "export", "no-such-book", os.path.join(self.folder, "x.qdc"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("codebook 'no-such-book' not found", result.stderr)

    def test_help_has_examples(self):
        for args in (["codebook", "--help"], ["codebook", "import", "--help"], ["codebook", "export", "--help"]):
            with self.subTest(args=args):
                result = run_goalchain(*args)
                self.assertEqual(result.returncode, 0)
                self.assertIn("Examples:", result.stdout)
                self.assertIn("Exit codes:", result.stdout)
        self.assertIn("--from", run_goalchain("codebook", "import", "--help").stdout)
        self.assertIn("--to", run_goalchain("codebook", "export", "--help").stdout)
        self.assertEqual(run_goalchain("codebook").returncode, 2)


if __name__ == "__main__":
    harness.main()
