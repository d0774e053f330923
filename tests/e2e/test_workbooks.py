"""The workbooks (issue 8), read back with openpyxl and checked against
results.json: every sheet's headers, row counts and figures; the run sheet's
SHA-256 sums; charts, tables, conditional formats and links; --lang en;
identical bytes for identical runs; Excel's limits and formula-looking text;
and, where LibreOffice is installed, that a real spreadsheet program opens
both workbooks."""

import hashlib
import os
import re
import shutil
import subprocess
import unittest
import zipfile
from urllib.parse import unquote

import harness
from harness import DATA_DIR, EXAMPLES_DIR, SOURCE_DIR, load_workbook, run_goalchain, sheet_rows, load_results

SUMMARY_SHEETS_SV = ["Rapportens frågor", "Län × kod", "Nationella mål", "Fullständighet",
                     "Målgrupper", "Aktörer", "Samförekomst", "Diagram", "Trend", "Dokument", "Kodbok", "Körning"]
SUMMARY_SHEETS_EN = ["Report questions", "County × code", "National goals", "Completeness",
                     "Target groups", "Actors", "Co-occurrence", "Charts", "Trend", "Documents", "Codebook", "Run"]
COUNTY_SHEETS_SV = ["Översikt", "Kedjor", "Segment", "Koder"]
COUNTY_SHEETS_EN = ["Overview", "Chains", "Segments", "Codes"]


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def make_inputs(name):
    """examples/ plus a second Stockholm plan from an earlier period, so that
    the Trend sheet has a county with two periods."""
    folder = harness.fresh_dir(name)
    for entry in os.listdir(EXAMPLES_DIR):
        if entry.endswith((".txt", ".pdf", ".yaml", ".yml")):
            shutil.copy(os.path.join(EXAMPLES_DIR, entry), folder)
    with open(os.path.join(DATA_DIR, "chains", "stockholm-handlingsplan-2020-2022.txt"),
              encoding="utf-8") as f:
        earlier = re.sub(r"2020\s*[–-]\s*2022", "2017–2019", f.read())
    with open(os.path.join(folder, "stockholm-handlingsplan-2017-2019.txt"), "w",
              encoding="utf-8") as f:
        f.write(earlier)
    return folder


def by_header(rows):
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]


class WorkbooksTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.inputs = make_inputs("workbooks-in")
        cls.out = harness.fresh_dir("workbooks-out")
        cls.proc = run_goalchain("code", "-o", cls.out, cls.inputs)
        cls.json = load_results(os.path.join(cls.out, "results.json"))
        cls.summary = load_workbook(os.path.join(cls.out, "summary.xlsx"))

    def chains_of(self, slug):
        return [c for d in self.json["documents"] if d["county_slug"] == slug for c in d["chains"]]

    def test_runs_cleanly(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        self.assertNotIn("warning: ", self.proc.stderr.replace("no county", ""))

    def test_summary_sheets_in_order_with_frozen_headers(self):
        self.assertEqual(self.summary.sheetnames, SUMMARY_SHEETS_SV)
        for name in SUMMARY_SHEETS_SV:
            if name != "Diagram":
                self.assertEqual(self.summary[name].freeze_panes, "A2", name)

    def test_national_goal_matrix(self):
        rows = by_header(sheet_rows(self.summary["Nationella mål"]))
        self.assertEqual(len(rows), len(self.json["counties"]))
        for row, county in zip(rows, self.json["counties"]):
            self.assertEqual(row["Län"], county["county"])
            self.assertEqual(row["Mål 1 Förebyggande"], county["national_goals"]["1"])
            self.assertEqual(row["Mål 2 Upptäcka, skydda, stödja"], county["national_goals"]["2"])
            self.assertEqual(row["Mål 3 Brottsbekämpning"], county["national_goals"]["3"])
            self.assertEqual(row["Mål 4 Kunskap och metod"], county["national_goals"]["4"])
            self.assertEqual(row["Kedjor"], county["chains"])
        self.assertTrue(self.summary["Nationella mål"].conditional_formatting, "colour scale")
        self.assertGreater(sum(c["chains"] for c in self.json["counties"]), 0)

    def test_completeness_matrix(self):
        rows = by_header(sheet_rows(self.summary["Fullständighet"]))
        for row, county in zip(rows, self.json["counties"]):
            chains = self.chains_of(county["slug"])
            goals = [c for c in chains if c["elements"]["goal"]]
            self.assertEqual(row["Kedjor"], len(chains))
            self.assertEqual(row["Mål"], len(goals))
            def pct(part, whole):  # a share, shown by its cell format as a percentage
                return 0.0 if whole == 0 else part / whole
            self.assertAlmostEqual(row["Med indikator %"],
                                   pct(sum(c["elements"]["indicator"] for c in goals), len(goals)))
            self.assertAlmostEqual(row["Med ansvarig %"],
                                   pct(sum(c["elements"]["responsibility"] for c in goals), len(goals)))
            self.assertAlmostEqual(row["Kompletta %"],
                                   pct(sum(c["complete"] for c in chains), len(chains)))
            self.assertEqual(row["Kompletta kedjor"], county["complete_chains"])
        sheet = self.summary["Fullständighet"]
        header = [c.value for c in sheet[1]]
        for name in ("Med indikator %", "Med ansvarig %", "Kompletta %"):
            column = header.index(name) + 1
            for r in range(2, sheet.max_row + 1):
                self.assertEqual(sheet.cell(r, column).number_format, "0.0%", (name, r))
            self.assertEqual(row["Ofullständiga kedjor"], county["chains"] - county["complete_chains"])

    def test_target_group_actor_and_cooccurrence_matrices(self):
        codes = self.json["codebook"]["codes"]
        labels = {c["id"]: c["label"] for c in codes}
        for sheet, root in (("Målgrupper", "target."), ("Aktörer", "actor.")):
            rows = sheet_rows(self.summary[sheet])
            ids = [c["id"] for c in codes if c["id"].startswith(root)]
            self.assertEqual(list(rows[0][1:]), [labels[i] for i in ids], sheet)
            for row, county in zip(rows[1:], self.json["counties"]):
                self.assertEqual(list(row[1:]),
                                 [county["code_segments_with_children"][i] for i in ids], sheet)
        rows = sheet_rows(self.summary["Samförekomst"])
        ids_of = {c["label"]: c["id"] for c in codes}  # the shipped labels are unique
        present = [ids_of[label] for label in rows[0][1:]]
        self.assertEqual([ids_of[row[0]] for row in rows[1:]], present)
        both = {}
        for d in self.json["documents"]:
            for s in d["segments"]:
                assigned = [c["code"] for c in s["codes"]]
                for a in assigned:
                    for b in assigned:
                        both[(a, b)] = both.get((a, b), 0) + 1
        self.assertEqual(present, [c["id"] for c in codes if both.get((c["id"], c["id"]))])
        for row in rows[1:]:
            for b, value in zip(present, row[1:]):
                self.assertEqual(value, both.get((ids_of[row[0]], b), 0), (row[0], b))

    def test_no_code_id_in_any_heading_or_label_cell(self):
        ids = {c["id"] for c in self.json["codebook"]["codes"]}
        labels = {c["label"] for c in self.json["codebook"]["codes"]}
        self.assertFalse(ids & labels, "a label that equals an id would make this test blind")
        # The Kodbok and Koder sheets list ids on purpose, beside their labels.
        for name in self.summary.sheetnames:
            if name in ("Kodbok", "Diagram"):
                continue
            rows = sheet_rows(self.summary[name])
            cells = list(rows[0]) + [row[0] for row in rows[1:] if row]
            self.assertFalse(ids & set(cells), name)
        county = self.json["counties"][0]["slug"]
        segments = sheet_rows(load_workbook(os.path.join(
            self.out, "counties", county + ".xlsx"))["Segment"])
        header = segments[0]
        self.assertIn("Koder", header)
        self.assertIn("Träffade ord", header)
        self.assertGreater(len(segments), 1)
        for row in segments[1:]:
            for column in ("Koder", "Träffade ord"):
                value = row[header.index(column)] or ""
                for item in value.split("; "):
                    self.assertNotIn(item.split(": ")[0], ids, (column, value))

    def test_trend_has_the_county_with_two_periods(self):
        rows = by_header(sheet_rows(self.summary["Trend"]))
        self.assertEqual([(r["Län"], r["Period"]) for r in rows],
                         [("Stockholm", "2017–2019"), ("Stockholm", "2020–2022")])
        for row in rows:
            docs = [d for d in self.json["documents"] if d["county_slug"] == "stockholm"
                    and f'{d["period"]["from"]}–{d["period"]["to"]}' == row["Period"]]
            self.assertEqual(row["Dokument"], len(docs))
            self.assertEqual(row["Kedjor"], sum(len(d["chains"]) for d in docs))

    def test_charts_are_in_the_file(self):
        with zipfile.ZipFile(os.path.join(self.out, "summary.xlsx")) as z:
            names = z.namelist()
            self.assertIn("xl/charts/chart1.xml", names)
            self.assertIn("xl/charts/chart2.xml", names)
            chart = z.read("xl/charts/chart1.xml").decode("utf-8")
            self.assertIn("Fullständighet", chart)  # the series refer to the completeness sheet
            # Chains are counted: the value axis starts at 0 in whole steps.
            for name in ("xl/charts/chart1.xml", "xl/charts/chart2.xml"):
                chart = z.read(name).decode("utf-8")
                value_axis = chart[chart.index("<c:valAx>"):]
                self.assertIn('<c:min val="0"/>', value_axis)
                step = re.search(r'<c:majorUnit val="([0-9.]+)"/>', value_axis)
                self.assertIsNotNone(step, name)
                self.assertEqual(float(step.group(1)) % 1, 0.0, name)
                self.assertIn('formatCode="0"', value_axis)

    def test_codebook_and_run_sheets(self):
        rows = by_header(sheet_rows(self.summary["Kodbok"]))
        self.assertEqual([r["Kod"] for r in rows], [c["id"] for c in self.json["codebook"]["codes"]])
        self.assertTrue(all(r["Mönster"] or r["Regler"] or r["Överordnad kod"] is None
                            for r in rows))
        run = sheet_rows(self.summary["Körning"])
        self.assertEqual(run[0], ("Uppgift", "Värde", "SHA-256", "Format", "Teckenkodning"))
        fields = {}
        for row in run[1:]:
            fields.setdefault(row[0], []).append(row)
        self.assertEqual(fields["Kodbok"][0][2], sha256(os.path.join(SOURCE_DIR, "codebooks",
                                                                     "pmh-sv.yaml")))
        inputs = fields["Indata"]
        self.assertEqual([r[1] for r in inputs], [d["path"] for d in self.json["documents"]])
        for row in inputs:
            self.assertEqual(row[2], sha256(row[1]), row[1])
            self.assertRegex(row[2], r"^[0-9a-f]{64}$")
        self.assertNotIn("Körd", fields, "no time stamp without --timestamp")
        self.assertIn(("Inställning", "--lang sv"), [r[:2] for r in fields["Inställning"]])

    def test_county_workbooks(self):
        for county in self.json["counties"]:
            with self.subTest(county["slug"]):
                wb = load_workbook(os.path.join(self.out, "counties", county["slug"] + ".xlsx"))
                self.assertEqual(wb.sheetnames, COUNTY_SHEETS_SV)
                chains = self.chains_of(county["slug"])
                rows = by_header(sheet_rows(wb["Kedjor"]))
                self.assertEqual(len(rows), len(chains))
                for row, chain in zip(rows, chains):
                    self.assertEqual(row["Kedje-id"], chain["id"])
                    self.assertEqual(row["Poäng"], chain["score"])
                    self.assertEqual(row["Komplett"], "ja" if chain["complete"] else "nej")
                    self.assertEqual(row["Rad"], chain["location"]["line"])
                    # Where the chain's problem came from (issue 14).
                    self.assertEqual(row["Problemets plats"],
                                     {"section": "avsnittet", "plan": "planen", "": None}[
                                         chain["problem_link"]])
                    for mark, element in (("P", "problem"), ("G", "goal"), ("A", "activity"),
                                          ("I", "indicator"), ("R", "responsibility")):
                        self.assertEqual(row[mark], "✓" if chain["elements"][element] else None)
                self.assertEqual(len(wb["Kedjor"].tables), 1)
                # Complete chains green, chains with gaps yellow (none without chains).
                rules = [r for cf in wb["Kedjor"].conditional_formatting for r in cf.rules]
                self.assertEqual([r.type for r in rules], ["expression"] * 2 if chains else [])
                overview = dict((r[0], r[1]) for r in sheet_rows(wb["Översikt"])[1:]
                                if r[0] not in ("Dokument", "Brist"))
                self.assertEqual(overview["Kedjor"], county["chains"])
                self.assertEqual(overview["Kompletta kedjor"], county["complete_chains"])
                self.assertEqual(overview["PMH nämns"], "ja" if county["pmh_mentioned"] else "nej")
                gaps = [r[1] for r in sheet_rows(wb["Översikt"])[1:] if r[0] == "Brist"]
                expected_gaps = sum(1 for c in chains for f in c["flags"]
                                    if f in ("goal_without_indicator", "goal_without_responsible"))
                self.assertEqual(len(gaps), expected_gaps)
                segments = wb["Segment"]
                if segments.max_row > 1:
                    link = segments.cell(row=2, column=1).hyperlink
                    self.assertIsNotNone(link)
                    # Relative to the workbook's folder (issue 16), not file:///…
                    target = unquote(link.target).replace("\\", "/")
                    self.assertFalse(target.startswith(("file:", "/")), target)
                    self.assertTrue(os.path.isfile(os.path.join(self.out, "counties", target)),
                                    target)

    def test_identical_runs_give_identical_bytes_and_timestamp_marks_the_run(self):
        again = harness.fresh_dir("workbooks-again")
        proc = run_goalchain("code", "-o", again, "-j", "1", self.inputs)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        for root, _, files in os.walk(self.out):
            for name in files:
                first = os.path.join(root, name)
                second = os.path.join(again, os.path.relpath(first, self.out))
                with open(first, "rb") as a, open(second, "rb") as b:
                    self.assertTrue(a.read() == b.read(), name)
        stamped = harness.fresh_dir("workbooks-stamped")
        proc = run_goalchain("code", "--timestamp", "--format", "xlsx", "-o", stamped, self.inputs)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        run = sheet_rows(load_workbook(os.path.join(stamped, "summary.xlsx"))["Körning"])
        stamps = [r[1] for r in run if r[0] == "Körd"]
        self.assertEqual(len(stamps), 1)
        self.assertRegex(stamps[0], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

    def test_english_headings_and_labels(self):
        out = harness.fresh_dir("workbooks-en")
        proc = run_goalchain("code", "--lang", "en", "--format", "xlsx", "-o", out, self.inputs)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        summary = load_workbook(os.path.join(out, "summary.xlsx"))
        self.assertEqual(summary.sheetnames, SUMMARY_SHEETS_EN)
        self.assertEqual(sheet_rows(summary["National goals"])[0][0], "County")
        county = load_workbook(os.path.join(out, "counties", "stockholm.xlsx"))
        self.assertEqual(county.sheetnames, COUNTY_SHEETS_EN)
        header = sheet_rows(county["Chains"])[0]
        self.assertIn("Responsible", header)
        self.assertIn("Complete", header)
        overview = sheet_rows(county["Overview"])
        self.assertIn(("PMH mentioned", "yes"), overview)
        proc = run_goalchain("code", "--lang", "de", "-o", out, self.inputs)
        self.assertEqual(proc.returncode, 2, proc.stderr)

    def test_libreoffice_opens_both_workbooks(self):
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office is None:
            self.skipTest("LibreOffice is not installed (Debian: libreoffice-calc-nogui)")
        converted = harness.fresh_dir("workbooks-libreoffice")
        for path in (os.path.join(self.out, "summary.xlsx"),
                     os.path.join(self.out, "counties", "stockholm.xlsx")):
            # Field separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8).
            proc = subprocess.run([office, "--headless", "--norestore", "--convert-to",
                                   "csv:Text - txt - csv (StarCalc):44,34,76",
                                   "--outdir", converted, path],
                                  capture_output=True, text=True, timeout=180,
                                  env=dict(os.environ, HOME=converted))
            self.assertEqual(proc.returncode, 0, proc.stderr)
        with open(os.path.join(converted, "summary.csv"), encoding="utf-8", errors="replace") as f:
            first = f.readline()
        self.assertIn("Län", first)
        with open(os.path.join(converted, "stockholm.csv"), encoding="utf-8", errors="replace") as f:
            self.assertIn("Uppgift", f.readline())


class EmptyTrendTest(unittest.TestCase):
    def test_trend_sheet_says_why_it_is_empty(self):
        folder = harness.fresh_dir("empty-trend")
        out = os.path.join(folder, "out")
        result = run_goalchain("code", "-q", "--out", out,
                               os.path.join(EXAMPLES_DIR, "jamtland-handlingsplan-2020.txt"))
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = sheet_rows(load_workbook(os.path.join(out, "summary.xlsx"))["Trend"])
        self.assertEqual(len(rows), 2)
        self.assertIn("ingen utveckling att visa", rows[1][0])


class ExcelLimitsTest(unittest.TestCase):
    def test_long_cells_are_cut_with_a_warning_and_formulas_stay_text(self):
        folder = harness.fresh_dir("limits-in")
        long_paragraph = " ".join(["Prostitution och människohandel behöver mer kunskap."] * 800)
        with open(os.path.join(folder, "uppsala-handlingsplan-2021.txt"), "w",
                  encoding="utf-8") as f:
            f.write("Länsstyrelsen i Uppsala län\n\n"
                    + long_paragraph + "\n\n"
                    "=SUMMA(1;2) och prostitution\n\n"
                    "+46 18 00 00 00 vid frågor om sexköp\n\n"
                    "@polisen arbetar mot människohandel\n")
        out = harness.fresh_dir("limits-out")
        proc = run_goalchain("code", "-o", out, folder)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertRegex(proc.stderr, r"warning: .*uppsala\.xlsx: sheet 'Segment', row \d+, "
                                      r"column 'Text': text of 42,399 characters cut to Excel's "
                                      r"limit of 32,767")
        wb = load_workbook(os.path.join(out, "counties", "uppsala.xlsx"))
        ws = wb["Segment"]
        texts = {}
        for row in ws.iter_rows(min_row=2):
            cell = row[6]
            texts[cell.value[:12]] = cell
        long_cell = next(c for k, c in texts.items() if k.startswith("Prostitution"))
        self.assertEqual(len(long_cell.value), 32767)
        self.assertTrue(long_cell.value.endswith("…[avkortad]"))
        for start in ("=SUMMA(1;2) ", "+46 18 00 00", "@polisen arb"):
            self.assertIn(start, texts)
            self.assertEqual(texts[start].data_type, "s", start)
        results = load_results(os.path.join(out, "results.json"))
        full = [s["text"] for s in results["documents"][0]["segments"]]
        self.assertIn(long_paragraph, full, "results.json keeps the whole text")


if __name__ == "__main__":
    harness.main()
