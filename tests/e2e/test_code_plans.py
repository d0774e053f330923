"""goalchain code on tests/data/plans with the mini codebook: every figure in
results.json and both workbooks, against counts derived by hand below."""

import os
import unittest

import harness
from harness import DATA_DIR, run_goalchain, fresh_dir, load_workbook, sheet_rows, load_results

# Hand-derived from tests/data/plans/*.txt and tests/data/codebooks/mini.yaml.
# The issuer's line and the title are segments of their own (issue 13), so
# Stockholm, Gotland and Örebro have one segment more than their title pages'
# lines joined into one paragraph gave.
# Stockholm: 9 segments; coded: the title (pmh x2), the heading
# "2. Mål och insatser" (goal), "Mål: Polisen ... sexköp." (goal, police, pmh),
# "Indikator: Antalet ..." (indicator x2), the list item on Socialtjänsten
# (social services, pmh).
EXPECTED_COUNTIES = {
    "stockholm": {"code": "AB", "segments": 9, "coded": 5,
                  "counts": {"pmh": 3, "goal": 2, "actor": 0, "actor.police": 1,
                             "actor.social_services": 1, "indicator": 1},
                  "hits": {"pmh": 4, "goal": 2, "actor": 0, "actor.police": 1,
                           "actor.social_services": 1, "indicator": 2},
                  "with_children": {"actor": 2}},
    "uppsala": None,
    "gotland": {"code": "I", "segments": 4, "coded": 1,
                "counts": {"pmh": 0, "goal": 0, "actor": 0, "actor.police": 0,
                           "actor.social_services": 1, "indicator": 0},
                "hits": {"pmh": 0, "goal": 0, "actor": 0, "actor.police": 0,
                         "actor.social_services": 1, "indicator": 0},
                "with_children": {"actor": 1}},
    "vastra-gotaland": {"code": "O", "segments": 4, "coded": 2,
                        "counts": {"pmh": 1, "goal": 1, "actor": 0, "actor.police": 0,
                                   "actor.social_services": 0, "indicator": 0},
                        "hits": {"pmh": 2, "goal": 1, "actor": 0, "actor.police": 0,
                                 "actor.social_services": 0, "indicator": 0},
                        "with_children": {"actor": 0}},
    "orebro": {"code": "T", "segments": 3, "coded": 1,
               "counts": {"pmh": 0, "goal": 0, "actor": 0, "actor.police": 1,
                          "actor.social_services": 1, "indicator": 0},
               "hits": {"pmh": 0, "goal": 0, "actor": 0, "actor.police": 1,
                        "actor.social_services": 1, "indicator": 0},
               "with_children": {"actor": 1}},
}
PRESENT = [slug for slug, v in EXPECTED_COUNTIES.items() if v]
# Counties in letter-code order: AB, I, O, T.
ORDER = ["stockholm", "gotland", "vastra-gotaland", "orebro"]


class CodePlansTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = os.path.join(fresh_dir("plans"), "out")
        cls.result = run_goalchain("code", "-c", os.path.join(DATA_DIR, "codebooks", "mini.yaml"),
                                   "--out", cls.out, os.path.join(DATA_DIR, "plans"))
        cls.json = load_results(os.path.join(cls.out, "results.json")) if cls.result.returncode == 0 else None

    def test_exits_zero_and_says_where_outputs_are(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertIn("coded 4 documents from 4 counties", self.result.stdout)
        self.assertIn(os.path.join(self.out, "summary.xlsx"), self.result.stdout)

    def test_writes_one_workbook_per_county_and_nothing_else(self):
        self.assertEqual(sorted(os.listdir(os.path.join(self.out, "counties"))),
                         sorted(slug + ".xlsx" for slug in PRESENT))
        self.assertEqual(sorted(os.listdir(self.out)),
                         ["counties", "results.json", "summary.json", "summary.xlsx"])

    def test_detects_county_type_and_period(self):
        docs = {os.path.basename(d["path"]): d for d in self.json["documents"]}
        expect = {
            "stockholm-handlingsplan.txt": ("Stockholm", "AB", "handlingsplan", 2020, 2022),
            "vg-strategi.txt": ("Västra Götaland", "O", "strategi", 2018, 2021),
            "orebro-lagesrapport.txt": ("Örebro", "T", "lägesrapport", 2019, 2019),
            "gotland-utan-pmh.txt": ("Gotland", "I", "handlingsplan", 2019, 2019),
        }
        self.assertEqual(set(docs), set(expect))
        for name, (county, code, doc_type, start, end) in expect.items():
            with self.subTest(name):
                d = docs[name]
                self.assertEqual((d["county"], d["county_code"], d["type"]), (county, code, doc_type))
                self.assertEqual(d["period"], {"from": start, "to": end})

    def test_segments_carry_codes_terms_and_lines(self):
        docs = {os.path.basename(d["path"]): d for d in self.json["documents"]}
        segments = docs["stockholm-handlingsplan.txt"]["segments"]
        self.assertEqual(len(segments), 9)
        goal = next(s for s in segments if s["text"].startswith("Mål: Polisen"))
        self.assertEqual(goal["line"], 9)
        self.assertEqual(goal["kind"], "paragraph")
        codes = {c["code"]: c["terms"] for c in goal["codes"]}
        self.assertEqual(codes, {"goal": ["Mål"], "actor.police": ["Polisen"], "pmh": ["sexköp"]})
        pmh = next(c for c in goal["codes"] if c["code"] == "pmh")
        pattern, start, end = pmh["hits"][0]
        # Offsets are characters: "Mål: Polisen ska utveckla arbetet mot " is 38 characters.
        self.assertEqual((start, end), (38, 44))
        self.assertEqual(self.json["codebook"]["patterns"][pattern],
                         {"code": "pmh", "pattern": "sexköp*", "rule": None, "weight": 1.0})
        self.assertEqual(goal["text"][start:end], "sexköp")
        vg = docs["vg-strategi.txt"]["segments"]
        compound = next(s for s in vg if s["text"].startswith("Barnprostitution"))
        self.assertEqual(compound["codes"][0]["terms"], ["Barnprostitution", "människohandelsärenden"])
        ids = [s["id"] for d in self.json["documents"] for s in d["segments"]]
        self.assertEqual(len(ids), len(set(ids)), "segment ids must be unique")

    def test_county_counts_in_json(self):
        counties = self.json["counties"]
        self.assertEqual([c["slug"] for c in counties], ORDER)
        for county in counties:
            expected = EXPECTED_COUNTIES[county["slug"]]
            with self.subTest(county["slug"]):
                self.assertEqual(county["county_code"], expected["code"])
                self.assertEqual(county["segments"], expected["segments"])
                self.assertEqual(county["coded_segments"], expected["coded"])
                self.assertEqual(county["code_counts"], expected["counts"])
                self.assertEqual(county["code_hits"], expected["hits"])

    def test_summary_workbook_matrix(self):
        wb = load_workbook(os.path.join(self.out, "summary.xlsx"))
        self.assertIn("Län × kod", wb.sheetnames)
        ws = wb["Län × kod"]
        self.assertEqual(ws.freeze_panes, "A2")
        self.assertTrue(ws.auto_filter.ref)
        rows = sheet_rows(ws)
        header = rows[0]
        self.assertEqual(header[:5], ("Län", "Länskod", "Dokument", "Segment", "Kodade segment"))
        self.assertEqual(header[5:], ("Prostitution och människohandel", "Mål", "Aktörer",
                                      "Polisen", "Socialtjänsten", "Indikator"))
        self.assertEqual(len(rows), 1 + len(ORDER))
        by_code = {row[1]: row for row in rows[1:]}
        for slug in ORDER:
            expected = EXPECTED_COUNTIES[slug]
            row = by_code[expected["code"]]
            with self.subTest(slug):
                self.assertEqual(row[2], 1)
                self.assertEqual(row[3], expected["segments"])
                self.assertEqual(row[4], expected["coded"])
                ids = ("pmh", "goal", "actor", "actor.police", "actor.social_services", "indicator")
                values = dict(zip(ids, row[5:]))  # the headers above are these codes' labels
                counts = dict(expected["counts"], **expected["with_children"])
                self.assertEqual(values, counts)

    def test_county_workbook_sheets(self):
        wb = load_workbook(os.path.join(self.out, "counties", "stockholm.xlsx"))
        self.assertEqual(wb.sheetnames, ["Översikt", "Kedjor", "Segment", "Koder"])
        segments = sheet_rows(wb["Segment"])
        self.assertEqual(segments[0][:4], ("Dokument", "Sida", "Rad", "Radslut"))
        self.assertEqual(len(segments) - 1, EXPECTED_COUNTIES["stockholm"]["coded"])
        text_col = segments[0].index("Text")
        codes_col = segments[0].index("Koder")
        goal_row = next(r for r in segments[1:] if r[text_col].startswith("Mål: Polisen"))
        self.assertEqual(goal_row[2], 9)
        self.assertEqual(goal_row[codes_col], "Mål; Polisen; Prostitution och människohandel")
        for name in wb.sheetnames:
            self.assertEqual(wb[name].freeze_panes, "A2", name)
        for name in ("Kedjor", "Segment", "Koder"):
            self.assertEqual(len(wb[name].tables), 1, name)
        self.assertTrue(wb["Översikt"].auto_filter.ref)
        counts = sheet_rows(wb["Koder"])
        self.assertEqual(counts[0], ("Kod", "Etikett", "stockholm-handlingsplan.txt",
                                     "Totalt", "Träffar", "Segment inkl. underkoder"))
        by_id = {row[0]: row for row in counts[1:]}
        self.assertEqual(by_id["pmh"][2:5], (3, 3, 4))
        self.assertEqual(by_id["actor.police"][1], "Polisen")
        self.assertEqual(by_id["indicator"][3:5], (1, 2))

    def test_identical_inputs_give_identical_bytes(self):
        again = os.path.join(fresh_dir("plans-again"), "out")
        result = run_goalchain("code", "-c", os.path.join(DATA_DIR, "codebooks", "mini.yaml"),
                               "--out", again, os.path.join(DATA_DIR, "plans"))
        self.assertEqual(result.returncode, 0, result.stderr)
        for rel in ("results.json", "summary.xlsx", os.path.join("counties", "orebro.xlsx")):
            with open(os.path.join(self.out, rel), "rb") as a, open(os.path.join(again, rel), "rb") as b:
                self.assertEqual(a.read(), b.read(), rel)

    def test_format_json_writes_only_json(self):
        out = os.path.join(fresh_dir("plans-json"), "out")
        result = run_goalchain("code", "-c", os.path.join(DATA_DIR, "codebooks", "mini.yaml"),
                               "-f", "json", "--out", out, os.path.join(DATA_DIR, "plans"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(os.listdir(out)), ["results.json", "summary.json"])


if __name__ == "__main__":
    harness.main()
