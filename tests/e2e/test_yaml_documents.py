"""YAML-coded documents through the real binary: the structure a person gave
(segment kinds, parent links, manual codes) reaches results.json and the county
workbook intact, kept apart from the codebook's codes; malformed files stop the
run with file:line:column messages."""

import os
import re
import unittest

import harness
from harness import DATA_DIR, SOURCE_DIR, run_goalchain, fresh_dir, load_workbook, sheet_rows, load_results

YAML_DIR = os.path.join(DATA_DIR, "yaml")
FIXTURE = os.path.join(YAML_DIR, "kronoberg-handlingsplan-2021-kodad.yaml")
BAD_DIR = os.path.join(YAML_DIR, "bad")

# (kind, text, manual codes, index of the parent segment or None), in document order.
EXPECTED = [
    ("heading", "Problembild", [], None),
    ("problem", "Kunskapen om sexköp i länet är låg.", ["problem", "pmh"], None),
    ("paragraph", "Länsstyrelsen i Kronobergs län samordnar arbetet mot mäns våld mot kvinnor.",
     [], None),
    ("list_item", "Polisen", [], None),
    ("list_item", "Socialtjänsten", [], None),
    ("paragraph", "Ett stycke om ensamkommande barn.", ["target.unaccompanied_children"], None),
    ("paragraph", "Ett stycke utan koder.", [], None),
    ("heading", "Mål", [], None),
    ("goal", "Fler sexköpare ska lagföras.", ["NS3"], None),
    ("responsible", "Polismyndigheten", [], 8),
    ("indicator", "Antal ärenden till åklagare", ["indicator"], 8),
    ("follow_up", "Polisen följer upp årligen.", [], 8),
    ("activity", "Insatsvecka mot sexköp i Växjö.", ["activity_type.action_week"], 8),
    ("responsible", "Polismyndigheten", [], 12),
    ("responsible", "Länsstyrelsen", ["actor.county_board"], 12),
    ("indicator", "Antal insatsveckor", [], 12),
    ("follow_up", "Utvärdering efter insatsveckan.", ["follow_up"], 12),
    ("activity", "En föreläsning för skolkuratorer.", ["activity_type.lecture"], None),
    ("heading", "Trygghet", [], None),
    ("paragraph", "Personalen ska känna sig trygg i sin roll.", ["NS4"], None),
]


def fixture_line(text):
    """1-based number of the first fixture line containing `text`."""
    with open(FIXTURE, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if text in line:
                return number
    raise AssertionError(f"{text!r} not in the fixture")


class YamlDocumentTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = os.path.join(fresh_dir("yaml-good"), "out")
        cls.result = run_goalchain("code", "--out", cls.out, FIXTURE)
        ok = cls.result.returncode == 0
        cls.json = load_results(os.path.join(cls.out, "results.json")) if ok else None
        cls.doc = cls.json["documents"][0] if ok else None

    def setUp(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)

    def test_runs_cleanly(self):
        self.assertEqual(self.result.stderr, "")
        self.assertEqual(len(self.json["documents"]), 1)

    def test_document_head(self):
        doc = self.doc
        self.assertEqual(doc["id"], "kronoberg-handlingsplan-2021-kodad")
        self.assertEqual(doc["format"], "yaml")
        self.assertEqual((doc["county"], doc["county_code"]), ("Kronoberg", "G"))
        self.assertEqual(doc["type"], "handlingsplan")
        self.assertEqual(doc["period"], {"from": 2021, "to": 2021})
        self.assertEqual(doc["title"], "Handlingsplan 2021 för Kronobergs län")
        self.assertEqual(doc["source"], "Testfixtur för goalchain")
        self.assertEqual(doc["language"], "sv")

    def test_segment_kinds_texts_and_ids_in_document_order(self):
        segments = self.doc["segments"]
        self.assertEqual([(s["kind"], s["text"]) for s in segments],
                         [(kind, text) for kind, text, _codes, _parent in EXPECTED])
        self.assertEqual([s["id"] for s in segments],
                         [f"{self.doc['id']}:{n}" for n in range(1, len(EXPECTED) + 1)])

    def test_parent_links_point_at_the_enclosing_goal_or_activity(self):
        segments = self.doc["segments"]
        for segment, (_kind, _text, _codes, parent) in zip(segments, EXPECTED):
            with self.subTest(segment["id"]):
                if parent is None:
                    self.assertNotIn("parent", segment)
                else:
                    self.assertEqual(segment["parent"], segments[parent]["id"])

    def test_manual_codes_are_kept_apart_from_the_codebook_codes(self):
        segments = self.doc["segments"]
        self.assertEqual([s["manual_codes"] for s in segments],
                         [codes for _kind, _text, codes, _parent in EXPECTED])
        engine = [[c["code"] for c in s["codes"]] for s in segments]
        # The codebook codes the goal by its words, whatever the person wrote.
        self.assertIn("pmh", engine[8])
        self.assertNotIn("pmh", segments[8]["manual_codes"])
        # A manual code the words do not give stays out of the engine's codes
        # (pmh-sv reads "Personalen ska känna sig trygg" as a goal, not as NS4).
        self.assertEqual(engine[19], ["goal"])
        self.assertEqual(segments[19]["manual_codes"], ["NS4"])
        # Codes found by both stay in both lists; the engine's extra ones stay out of the manual.
        self.assertIn("target.unaccompanied_children", engine[5])
        self.assertIn("target.children_youth", engine[5])
        self.assertEqual(segments[5]["manual_codes"], ["target.unaccompanied_children"])

    def test_sections_and_lines(self):
        segments = self.doc["segments"]
        self.assertEqual(segments[0]["section"], [])
        self.assertEqual(segments[12]["section"], ["Mål"])
        self.assertEqual(segments[19]["section"], ["Mål", "Trygghet"])
        self.assertEqual(segments[0]["line"], fixture_line("heading: Problembild"))
        self.assertEqual(segments[2]["line"], fixture_line("samordnar arbetet"))
        self.assertEqual(segments[2]["last_line"], fixture_line("mot mäns våld"))
        self.assertEqual(segments[4]["line"], fixture_line("• Socialtjänsten"))
        activity = segments[12]
        self.assertEqual((activity["line"], activity["last_line"]),
                         (fixture_line("Insatsvecka mot sexköp"), fixture_line("i Växjö.")))

    def test_county_workbook_lists_manually_coded_segments(self):
        wb = load_workbook(os.path.join(self.out, "counties", "kronoberg.xlsx"))
        rows = sheet_rows(wb["Segment"])
        header = rows[0]
        self.assertEqual(header, ("Dokument", "Sida", "Rad", "Radslut", "Segmenttyp", "Avsnitt",
                                  "Text", "Koder", "Träffade ord", "Segment-id", "Manuella koder"))
        by_id = {row[9]: row for row in rows[1:]}
        segments = self.doc["segments"]
        listed = [s["id"] for s in segments if s["codes"] or s["manual_codes"]]
        self.assertEqual(sorted(by_id), sorted(listed))
        self.assertTrue(any(not s["codes"] and not s["manual_codes"] for s in segments),
                        "the fixture needs a segment with no codes at all")
        # Codes show as the codebook's labels, manual codes too.
        label = {c["id"]: c["label"] for c in self.json["codebook"]["codes"]}
        manual_apart = by_id[segments[19]["id"]]
        self.assertEqual(manual_apart[4], "stycke")
        self.assertEqual(manual_apart[7], label["goal"])
        self.assertEqual(manual_apart[-1], label["NS4"])
        goal = by_id[segments[8]["id"]]
        self.assertEqual(goal[4], "mål")
        self.assertEqual(goal[-1], label["NS3"])
        self.assertIn(label["pmh"], goal[7].split("; "))
        self.assertEqual(by_id[segments[1]["id"]][-1], f'{label["problem"]}; {label["pmh"]}')


class DocumentedExampleTest(unittest.TestCase):
    def test_the_example_in_the_format_docs_reads(self):
        with open(os.path.join(SOURCE_DIR, "docs", "document-format.md"), encoding="utf-8") as f:
            docs = f.read()
        example = re.search(r"```yaml\n(.*?)```", docs, re.S).group(1)
        folder = fresh_dir("yaml-docs-example")
        path = os.path.join(folder, "vastmanland-exempel.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(example)
        out = os.path.join(folder, "out")
        result = run_goalchain("code", "--format", "json", "--out", out, path)
        self.assertEqual(result.returncode, 0, result.stderr)
        doc = load_results(os.path.join(out, "results.json"))["documents"][0]
        kinds = {s["kind"] for s in doc["segments"]}
        self.assertEqual(kinds, {"heading", "problem", "paragraph", "goal", "activity",
                                 "responsible", "indicator", "follow_up"})


class MalformedYamlTest(unittest.TestCase):
    def run_bad(self, name):
        path = os.path.join(BAD_DIR, name)
        out = os.path.join(fresh_dir("yaml-bad-" + name), "out")
        result = run_goalchain("code", "--out", out, path)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertFalse(os.path.exists(out), "nothing may be written")
        return path, result.stderr

    def test_syntax_error_names_file_line_and_column(self):
        path, err = self.run_bad("kalmar-syntax.yaml")
        self.assertIn(f"{path}:10:19: error: not valid YAML: end of sequence flow not found\n", err)
        self.assertIn("\n          indicators: [Antal möten]\n", err)

    def test_every_problem_of_a_file_is_reported(self):
        path, err = self.run_bad("several-errors.yaml")
        expected = [
            f"{path}:2:9: error: unknown county 'Västmanlnad'\n",
            "  hint: did you mean 'Västmanland'?\n",
            f"{path}:3:7: error: unknown document type 'handlingplan'\n",
            "  hint: did you mean 'handlingsplan'?\n",
            f"{path}:4:9: error: invalid period '2020–2017'\n",
            f"{path}:10:9: error: unknown key 'activites' in a goal\n",
            "  hint: did you mean 'activities'?\n",
            f"{path}:9:21: error: 'indicators' must be a list\n",
        ]
        for line in expected:
            self.assertIn(line, err)
        self.assertEqual(err.count(f"{path}:"), 5, err)
        # In file order.
        positions = [tuple(map(int, m)) for m in re.findall(re.escape(path) + r":(\d+):(\d+):", err)]
        self.assertEqual(positions, sorted(positions))

    def test_codes_missing_from_the_codebook(self):
        path, err = self.run_bad("unknown-code.yaml")
        self.assertIn(f"{path}:9:22: error: unknown code 'actor.polis'\n", err)
        self.assertIn("  hint: did you mean 'actor.police'?\n", err)


if __name__ == "__main__":
    harness.main()
