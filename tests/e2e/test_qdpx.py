"""goalchain code -f qdpx: the REFI-QDA project (issue 16). The archive unzips to
project.qde and sources/<guid>.txt; project.qde validates against the REFI-QDA
schema (../shared/refi-qda/Project.xsd, that check skipped when it is absent);
for every selection the source text between its positions, counted in Unicode
code points, is the segment's text in results.json, coded with the segment's
codes (the engine's by one user, YAML `codes:` by another); two runs give the
same bytes; and goalchain report renders the same project from results.json.
Hostile text (emoji, CRLF, markup characters, Swedish letters, a file name that
is not UTF-8) is written here."""

import os
import re
import shutil
import subprocess
import unittest
import uuid
import xml.etree.ElementTree as ET
import zipfile

import harness
from harness import EXAMPLES_DIR, SHARED_DIR, fresh_dir, run_goalchain, load_results

XSD = os.path.join(SHARED_DIR, "refi-qda", "Project.xsd")
NS = {"q": "urn:QDA-XML:project:1.0"}

# A plan with CRLF line ends, a wrapped paragraph, emoji (outside the BMP: one
# code point, two UTF-16 units) and markup characters before and inside coded text.
HOSTILE_PLAN = (
    "Länsstyrelsen i Kronobergs län\r\n\r\n"
    "Handlingsplan mot prostitution & människohandel <2021–2022>\r\n\r\n"
    "Läget 😀🇸🇪 är oklart: \"polisen\" ser fler annonser om sexköp\r\n"
    "på nätet och människohandel för sexuella ändamål.\r\n\r\n"
    "Mål 1: Socialtjänsten ska upptäcka fler utsatta för prostitution.\r\n"
)

HOSTILE_CODED = (
    "goalchain: 1\ncounty: Kronoberg\ntype: handlingsplan\nperiod: 2021\n"
    "sections:\n"
    "  - heading: Läget 🙂\n"
    "    paragraphs:\n"
    "      - text: \"Prostitution & <människohandel> förekommer 😀 i länet.\"\n"
    "        codes: [pmh, problem]\n"
    "      - Ingen kod här.\n"
    "      - text: \"Polisen ser\\r\\nprostitution på nätet.\"\n"
)


def code_guids(results):
    """Code id -> the GUID the .qdc export gives it: uuid5 of its path of ids."""
    codebook = results["codebook"]
    parents = {code["id"]: code.get("parent", "") for code in codebook["codes"]}

    def path(code_id):
        parent = parents.get(code_id, "")
        return path(parent) + "/" + code_id if parent in parents and parent else code_id

    return {code_id: str(uuid.uuid5(uuid.NAMESPACE_URL, f"goalchain:{codebook['name']}/{path(code_id)}"))
            for code_id in parents}


def read_project(path):
    """(project.qde bytes, {archive name: text}) of a .qdpx."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        qde = archive.read("project.qde")
        sources = {name: archive.read(name).decode("utf-8") for name in names
                   if name.startswith("sources/")}
    return names, qde, sources


class QdpxProjectTest(unittest.TestCase):
    def code(self, out, *inputs, extra=()):
        result = run_goalchain("code", "-q", "-f", "qdpx,json", "-o", out, *extra, *inputs)
        self.assertEqual(result.returncode, 0, result.stderr)
        return os.path.join(out, "project.qdpx")

    def check_selections(self, qdpx, results):
        """Every selection spans its segment's text and carries its codes; returns
        (selections, documents with a source)."""
        names, qde, sources = read_project(qdpx)
        self.assertEqual(names[0], "project.qde")
        root = ET.fromstring(qde)
        guids = code_guids(results)
        segments = {}
        for doc in results["documents"]:
            for segment in doc["segments"]:
                segments[segment["id"]] = segment
        users = {u.get("guid"): u.get("name") for u in root.find("q:Users", NS)}
        self.assertEqual(len(users), 2 if any(s["manual_codes"] for s in segments.values()) else 1)
        engine_user = root.get("creatingUserGUID")
        self.assertIn(engine_user, users)

        count = 0
        text_sources = root.findall("q:Sources/q:TextSource", NS)
        self.assertEqual(len(text_sources), len(results["documents"]))
        for source in text_sources:
            path = source.get("plainTextPath")
            self.assertTrue(path.startswith("internal://"), path)
            text = sources["sources/" + path[len("internal://"):]]
            self.assertNotIn("\r", text)
            for selection in source.findall("q:PlainTextSelection", NS):
                start = int(selection.get("startPosition"))
                end = int(selection.get("endPosition"))
                segment = segments[selection.get("name")]
                # Python str indexes count code points, as the standard does; a CR
                # in a segment's text is written as LF.
                self.assertEqual(text[start:end], segment["text"].replace("\r", "\n"),
                                 selection.get("name"))
                user = selection.get("creatingUser")
                expected = ([c["code"] for c in segment["codes"]] if user == engine_user
                            else segment["manual_codes"])
                refs = [c.find("q:CodeRef", NS).get("targetGUID")
                        for c in selection.findall("q:Coding", NS)]
                self.assertEqual(refs, [guids[c] for c in expected], selection.get("name"))
                for coding in selection.findall("q:Coding", NS):
                    self.assertEqual(coding.get("creatingUser"), user)
                count += 1
        # Every coded segment is selected, once per coder.
        expected_count = sum(bool(s["codes"]) + bool(s["manual_codes"]) for s in segments.values())
        self.assertEqual(count, expected_count)
        return count, len(text_sources)

    def validate(self, qdpx, folder):
        if not os.path.exists(XSD):
            self.skipTest(f"{XSD} is absent")
        if shutil.which("xmllint") is None:
            self.skipTest("xmllint is not installed (Debian: libxml2-utils)")
        qde = os.path.join(folder, "project.qde")
        with zipfile.ZipFile(qdpx) as archive, open(qde, "wb") as f:
            f.write(archive.read("project.qde"))
        check = subprocess.run(["xmllint", "--noout", "--schema", XSD, qde],
                               capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stderr)
        self.assertIn("validates", check.stderr)

    def test_examples_selections_match_results_json(self):
        out = fresh_dir("examples")
        qdpx = self.code(out, EXAMPLES_DIR)
        results = load_results(os.path.join(out, "results.json"))
        selections, documents = self.check_selections(qdpx, results)
        self.assertGreater(selections, 100)
        self.assertEqual(documents, len(results["documents"]))
        root = ET.fromstring(read_project(qdpx)[1])
        # One Case per county with documents, holding them.
        cases = root.findall("q:Cases/q:Case", NS)
        self.assertEqual(sorted(c.get("name") for c in cases),
                         sorted({d["county"] for d in results["documents"] if d.get("county")}))
        self.assertEqual(sum(len(c.findall("q:SourceRef", NS)) for c in cases),
                         sum(1 for d in results["documents"] if d.get("county")))

    def test_examples_project_is_valid_against_the_refi_qda_schema(self):
        folder = fresh_dir("schema")
        self.validate(self.code(folder, EXAMPLES_DIR), folder)

    def test_two_runs_give_the_same_bytes_and_report_renders_the_same(self):
        first = self.code(fresh_dir("run1"), EXAMPLES_DIR)
        second = self.code(fresh_dir("run2"), EXAMPLES_DIR)
        with open(first, "rb") as a, open(second, "rb") as b:
            first_bytes, second_bytes = a.read(), b.read()
        self.assertEqual(first_bytes, second_bytes)
        guids = re.findall(rb'guid="([0-9a-f-]{36})"', read_project(first)[1])
        self.assertGreater(len(guids), 100)
        self.assertEqual(len(guids), len(set(guids)), "GUIDs are unique")
        # Fixed time stamps inside the archive.
        with zipfile.ZipFile(first) as archive:
            self.assertEqual({info.date_time for info in archive.infolist()}, {(1980, 1, 1, 0, 0, 0)})
        # From results.json, without reading the plans again: the same project.
        again = fresh_dir("report")
        result = run_goalchain("report", os.path.dirname(first), "-q", "-f", "qdpx", "-o", again)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(os.path.join(again, "project.qdpx"), "rb") as f:
            self.assertEqual(f.read(), first_bytes)

    def hostile_project(self):
        """The project of the hostile inputs: (project.qdpx, results.json, folder)."""
        folder = fresh_dir("hostile-" + self.id().split(".")[-1])
        inputs = os.path.join(folder, "in")
        os.makedirs(inputs)
        with open(os.path.join(inputs, "kronoberg-handlingsplan-2021.txt"), "wb") as f:
            f.write(HOSTILE_PLAN.encode("utf-8"))
        with open(os.path.join(inputs, "kronoberg-kodad-2021.yaml"), "wb") as f:
            f.write(HOSTILE_CODED.encode("utf-8"))
        # A file name that is not UTF-8 must not make the XML ill-formed.
        with open(os.path.join(os.fsencode(inputs), b"kalmar-\xff\x01plan-2021.txt"), "wb") as f:
            f.write("Polisen arbetar mot människohandel i Kalmar län.\n".encode("utf-8"))
        out = os.path.join(folder, "out")
        qdpx = self.code(out, inputs)
        return qdpx, load_results(os.path.join(out, "results.json")), folder

    def test_hostile_text_keeps_positions(self):
        qdpx, results, _ = self.hostile_project()
        selections, _ = self.check_selections(qdpx, results)
        self.assertGreaterEqual(selections, 6)
        self.assertTrue(any("\r\n" in s["text"] for d in results["documents"] for s in d["segments"]),
                        "a segment with CR LF in its text")
        _, qde, sources = read_project(qdpx)
        texts = "".join(sources.values())
        self.assertIn("😀🇸🇪", texts)
        self.assertIn("<människohandel>", texts)
        self.assertIn("&", texts)

    def test_hostile_project_is_valid_against_the_refi_qda_schema(self):
        qdpx, _, folder = self.hostile_project()
        self.validate(qdpx, folder)

if __name__ == "__main__":
    harness.main()
