"""Drill-down (issue 16): every count of the summary workbook links to the
county workbook's sheet and row that list what was counted, by a relative
path; each chain row links to the rows of its segments; each segment row
links to its source document by a path relative to the workbook; shares are
Excel percentages.

The inputs and the output folder are in different places (inputs/ and
results/out/), so that a link relative to the wrong folder cannot resolve."""

import os
import re
import shutil
import unittest
from urllib.parse import unquote

import harness
from harness import DATA_DIR, EXAMPLES_DIR, load_workbook, run_goalchain, sheet_rows, load_results


def split_link(cell):
    """(file part, location) of a cell's hyperlink, the file part with '/'."""
    link = cell.hyperlink
    target = unquote(link.target or "").replace("\\", "/")
    return target, link.location or ""


def is_relative(target):
    return not (target.startswith(("/", "file:")) or re.match(r"^[A-Za-z]:", target))


def parse_location(location):
    """"'Kedjor'!A5" -> ("Kedjor", "A", 5)."""
    match = re.fullmatch(r"'((?:[^']|'')+)'!([A-Z]+)(\d+)", location)
    if match is None:
        raise AssertionError(f"not a cell reference: {location!r}")
    return match.group(1).replace("''", "'"), match.group(2), int(match.group(3))


def header_map(sheet):
    return {cell.value: cell.column for cell in sheet[1]}


class DrillDownTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        root = harness.fresh_dir("drill-down")
        cls.inputs = os.path.join(root, "inputs")
        os.makedirs(cls.inputs)
        for entry in os.listdir(EXAMPLES_DIR):
            if entry.endswith((".txt", ".pdf", ".yaml", ".yml")):
                shutil.copy(os.path.join(EXAMPLES_DIR, entry), cls.inputs)
        # A Stockholm plan of an earlier period, so that the Trend sheet has rows.
        with open(os.path.join(DATA_DIR, "chains", "stockholm-handlingsplan-2020-2022.txt"),
                  encoding="utf-8") as f:
            earlier = re.sub(r"2020\s*[–-]\s*2022", "2017–2019", f.read())
        with open(os.path.join(cls.inputs, "stockholm-handlingsplan-2017-2019.txt"), "w",
                  encoding="utf-8") as f:
            f.write(earlier)
        cls.out = os.path.join(root, "results", "out")
        proc = run_goalchain("code", "-q", "-o", cls.out, cls.inputs)
        assert proc.returncode == 0, proc.stderr
        cls.json = load_results(os.path.join(cls.out, "results.json"))
        cls.summary = load_workbook(os.path.join(cls.out, "summary.xlsx"))
        cls.workbooks = {}

    def county_workbook(self, relative):
        path = os.path.normpath(os.path.join(self.out, relative))
        if path not in self.workbooks:
            self.assertTrue(os.path.isfile(path), relative)
            self.workbooks[path] = load_workbook(path)
        return self.workbooks[path]

    def resolve(self, cell):
        """The county workbook's sheet and row a summary cell links to."""
        target, location = split_link(cell)
        self.assertTrue(is_relative(target), target)
        self.assertTrue(target.startswith("counties/"), target)
        workbook = self.county_workbook(target)
        name, column, row = parse_location(location)
        self.assertIn(name, workbook.sheetnames, location)
        sheet = workbook[name]
        self.assertGreaterEqual(row, 2, f"{location} is the header")
        self.assertLessEqual(row, sheet.max_row, location)
        self.assertEqual(column, "A")
        return sheet, row

    def test_every_summary_link_resolves_to_a_row_of_a_county_workbook(self):
        links = 0
        for sheet in self.summary.worksheets:
            for row in sheet.iter_rows(min_row=2):
                for cell in row:
                    if cell.hyperlink is None or cell.hyperlink.target is None:
                        continue
                    target, _ = split_link(cell)
                    self.assertTrue(is_relative(target), (sheet.title, cell.coordinate, target))
                    if target.endswith(".xlsx"):
                        self.resolve(cell)
                        links += 1
                    else:  # a source document (the Dokument sheet)
                        self.assertTrue(os.path.isfile(
                            os.path.normpath(os.path.join(self.out, target))), target)
        self.assertGreater(links, 100)

    def test_every_count_of_a_code_links_to_a_segment_with_the_code(self):
        codes = {c["id"]: c for c in self.json["codebook"]["codes"]}
        labels = {c["label"]: c["id"] for c in codes.values()}

        def is_under(found, code):
            while found:
                if found == code:
                    return True
                found = codes[found].get("parent")
            return False

        sheet = self.summary["Län × kod"]
        headers = [c.value for c in sheet[1]]
        first_code = headers.index("Kodade segment") + 1
        checked = 0
        for row in sheet.iter_rows(min_row=2):
            for cell in row[first_code:]:
                code = labels.get(headers[cell.column - 1])
                if code is None:
                    continue  # a heading made unique ("… (Målgrupper)")
                if not cell.value:
                    self.assertIsNone(cell.hyperlink, cell.coordinate)
                    continue
                self.assertIsNotNone(cell.hyperlink, (cell.coordinate, cell.value))
                segments, r = self.resolve(cell)
                self.assertEqual(segments.title, "Segment")
                listed = segments.cell(row=r, column=header_map(segments)["Koder"]).value or ""
                # The code itself or a code below it.
                found = {labels.get(label) for label in listed.split("; ")}
                self.assertTrue(any(is_under(f, code) for f in found),
                                (cell.coordinate, code, listed))
                checked += 1
        self.assertGreater(checked, 50)

    def test_national_goal_counts_link_to_a_chain_with_that_goal(self):
        sheet = self.summary["Nationella mål"]
        headers = [c.value for c in sheet[1]]
        checked = 0
        for row in sheet.iter_rows(min_row=2):
            for goal in range(1, 5):
                cell = row[goal]
                if not cell.value:
                    self.assertIsNone(cell.hyperlink)
                    continue
                chains, r = self.resolve(cell)
                self.assertEqual(chains.title, "Kedjor")
                goals = chains.cell(row=r, column=header_map(chains)["Nationella mål"]).value
                self.assertIn(str(goal), str(goals).split("; "), (headers[goal], goals))
                checked += 1
        self.assertGreater(checked, 3)

    def test_completeness_counts_link_to_matching_chains(self):
        sheet = self.summary["Fullständighet"]
        headers = [c.value for c in sheet[1]]
        complete = headers.index("Kompletta kedjor")
        incomplete = headers.index("Ofullständiga kedjor")
        for row in sheet.iter_rows(min_row=2):
            for column, expected in ((complete, "ja"), (incomplete, "nej")):
                cell = row[column]
                if not cell.value:
                    continue
                chains, r = self.resolve(cell)
                self.assertEqual(
                    chains.cell(row=r, column=header_map(chains)["Komplett"]).value, expected)

    def test_trend_and_document_figures_link_too(self):
        for name, columns in (("Trend", ("Kedjor", "Kompletta kedjor")),
                              ("Dokument", ("Kodade segment", "Kedjor"))):
            sheet = self.summary[name]
            headers = [c.value for c in sheet[1]]
            rows = list(sheet.iter_rows(min_row=2))
            self.assertGreater(len(rows), 1, name)
            for row in rows:
                for column in columns:
                    cell = row[headers.index(column)]
                    if not cell.value:
                        continue
                    self.assertIsNotNone(cell.hyperlink, (name, cell.coordinate))
                    target, r = self.resolve(cell)
                    if name == "Trend" and target.title == "Kedjor":
                        # The first chain of the row's period, not of the county.
                        period = row[headers.index("Period")].value.replace("–", "-")
                        document = target.cell(row=r, column=header_map(target)["Dokument"])
                        self.assertIn(period, document.value)

    def test_report_question_answers_link_to_what_they_counted(self):
        sheet = self.summary["Rapportens frågor"]
        headers = [c.value for c in sheet[1]]
        first_question = headers.index("Dokument") + 1
        without_plan = with_plan = answers = 0
        for row in sheet.iter_rows(min_row=2):
            cells = row[first_question:]
            if cells and cells[0].value == "ingen plan":
                # No document, so no county workbook to link to.
                without_plan += 1
                for cell in cells:
                    self.assertIsNone(cell.hyperlink, cell.coordinate)
                continue
            with_plan += 1
            for cell in cells:
                if cell.value in ("nej", 0, "okänt", "inga"):
                    self.assertIsNone(cell.hyperlink, (cell.coordinate, cell.value))
                elif isinstance(cell.value, int):
                    # A count of chains: to the first chain it counted.
                    self.assertIsNotNone(cell.hyperlink, (cell.coordinate, headers[cell.column - 1]))
                    target, _ = self.resolve(cell)
                    self.assertEqual(target.title, "Kedjor", cell.coordinate)
                    answers += 1
                elif cell.value == "ja":
                    # A code found: to the first segment with it.
                    if cell.hyperlink is not None:
                        target, _ = self.resolve(cell)
                        self.assertEqual(target.title, "Segment", cell.coordinate)
                        answers += 1
                else:
                    # A list of labels is left unlinked so that it wraps.
                    self.assertIsNone(cell.hyperlink, (cell.coordinate, cell.value))
        self.assertGreater(without_plan, 0)
        self.assertGreater(with_plan, 3)
        self.assertGreater(answers, 3 * with_plan)

    def test_percentages_carry_a_percent_format(self):
        found = 0
        for sheet in self.summary.worksheets:
            headers = [c.value for c in sheet[1]]
            for index, header in enumerate(headers):
                if not isinstance(header, str) or "%" not in header:
                    continue
                for (cell,) in sheet.iter_rows(min_col=index + 1, max_col=index + 1, min_row=2):
                    if isinstance(cell.value, (int, float)):
                        self.assertIn("%", cell.number_format, (sheet.title, cell.coordinate))
                        self.assertLessEqual(cell.value, 1.0)
                        found += 1
        self.assertGreater(found, 0)

    def test_title_and_issuer_stand_in_their_own_columns(self):
        rows = sheet_rows(self.summary["Dokument"])
        header = rows[0]
        title, issuer = header.index("Titel"), header.index("Utfärdare")
        issuers = [row[issuer] for row in rows[1:] if row[issuer]]
        self.assertGreater(len(issuers), 5)
        for row in rows[1:]:
            self.assertTrue(row[title], row)
            self.assertNotIn(row[title], issuers, "the issuer is not the title")

    def test_chain_rows_link_to_their_segments(self):
        checked = 0
        for county in self.json["counties"]:
            workbook = self.county_workbook(os.path.join("counties", county["slug"] + ".xlsx"))
            chains = workbook["Kedjor"]
            segments = workbook["Segment"]
            columns = header_map(chains)
            text_column = header_map(segments)["Text"]
            for row in range(2, chains.max_row + 1):
                goal = chains.cell(row=row, column=columns["Mål"])
                if not goal.value:
                    continue
                # The mark G links to the goal's segment; its text starts the goal's.
                link = chains.cell(row=row, column=columns["G"]).hyperlink
                self.assertIsNotNone(link, (county["slug"], row))
                self.assertIsNone(link.target, "a link within the workbook")
                name, _, r = parse_location(link.location)
                self.assertEqual(name, "Segment")
                self.assertLessEqual(r, segments.max_row)
                text = " ".join((segments.cell(row=r, column=text_column).value or "").split())
                start = " ".join(goal.value.split())[:15]
                self.assertIn(start, text, (county["slug"], row))
                for mark, element in (("A", "Aktiviteter"), ("I", "Indikatorer"),
                                      ("R", "Ansvariga")):
                    cell = chains.cell(row=row, column=columns[mark])
                    if chains.cell(row=row, column=columns[element]).value:
                        self.assertIsNotNone(cell.hyperlink, (county["slug"], cell.coordinate))
                        self.assertLessEqual(parse_location(cell.hyperlink.location)[2],
                                             segments.max_row)
                for column in ("Sida", "Rad", "Kedje-id"):
                    self.assertIsNotNone(chains.cell(row=row, column=columns[column]).hyperlink)
                checked += 1
        self.assertGreater(checked, 5)

    def test_segments_show_page_and_line_and_link_to_their_source_relatively(self):
        inputs = {os.path.realpath(os.path.join(self.inputs, name))
                  for name in os.listdir(self.inputs)}
        for county in self.json["counties"]:
            folder = os.path.join(self.out, "counties")
            workbook = self.county_workbook(os.path.join("counties", county["slug"] + ".xlsx"))
            segments = workbook["Segment"]
            columns = header_map(segments)
            self.assertIn("Sida", columns)
            self.assertIn("Rad", columns)
            for row in range(2, segments.max_row + 1):
                cell = segments.cell(row=row, column=columns["Dokument"])
                target, _ = split_link(cell)
                self.assertTrue(is_relative(target), target)
                self.assertTrue(target.startswith("../"), target)
                resolved = os.path.realpath(os.path.join(folder, target))
                self.assertIn(resolved, inputs, target)
                self.assertEqual(os.path.basename(resolved), cell.value)
                self.assertIsInstance(segments.cell(row=row, column=columns["Rad"]).value, int)


if __name__ == "__main__":
    harness.main()
