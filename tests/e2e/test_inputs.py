"""Every input format and encoding reads into the same document model: text,
Markdown, PDF and YAML files, UTF-8, UTF-16 and Windows-1252, standard input,
and the --manifest that names files with their metadata."""

import hashlib
import os
import shutil
import subprocess
import sys
import unittest
import zipfile

import harness
from harness import BINARY, DATA_DIR, fresh_dir, load_workbook, run_goalchain, sheet_rows, load_results

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdf_fixture  # noqa: E402

PLAN_LINES = [
    "Länsstyrelsen i Kalmar län",
    "Handlingsplan 2019–2021",
    "",
    "Mål: Efterfrågan på sexuella tjänster ska minska.",
    "",
    "• Kampanj om sexköpslagen för män i länet.",
]


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def by_name(data):
    return {os.path.basename(d["path"]): d for d in data["documents"]}


def segment_with(document, text):
    for segment in document["segments"]:
        if text in segment["text"]:
            return segment
    raise AssertionError(f"no segment with {text!r} in {document['path']}")


class FolderOfFormatsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = fresh_dir("formats")
        text = "\n".join(PLAN_LINES) + "\n"
        write_bytes(os.path.join(cls.folder, "kalmar-utf8.txt"), text.encode("utf-8"))
        write_bytes(os.path.join(cls.folder, "kalmar-bom.TXT"), b"\xef\xbb\xbf" + text.encode("utf-8"))
        write_bytes(os.path.join(cls.folder, "kalmar-cp1252.txt"),
                    text.replace("\n", "\r\n").encode("cp1252"))
        write_bytes(os.path.join(cls.folder, "kalmar-utf16le.txt"), text.encode("utf-16"))
        write_bytes(os.path.join(cls.folder, "kalmar-utf16be.txt"),
                    b"\xfe\xff" + text.encode("utf-16-be"))
        write_bytes(os.path.join(cls.folder, "kalmar.md"),
                    ("# Handlingsplan 2019–2021\n\nLänsstyrelsen i Kalmar län arbetar mot "
                     "människohandel.\n").encode("utf-8"))
        pdf_fixture.write_pdf(
            os.path.join(cls.folder, "kalmar.pdf"),
            [PLAN_LINES, ["Indikator: antal anmälda sexköp per år."],
             ["Ansvarig: Polismyndigheten."]])
        shutil.copy(os.path.join(DATA_DIR, "pdf", "two-pages.pdf"),
                    os.path.join(cls.folder, "uppsala.PDF"))
        write_bytes(os.path.join(cls.folder, "kalmar-coded.yml"), (
            "goalchain: 1\n"
            "county: Kalmar\n"
            "type: handlingsplan\n"
            "period: 2019-2021\n"
            "sections:\n"
            "  - heading: Mål\n"
            "    text: Efterfrågan på sexuella tjänster ska minska.\n").encode("utf-8"))
        # Not documents: a README, a spreadsheet, a hidden file.
        write_bytes(os.path.join(cls.folder, "README.md"), b"Om mappen\n")
        write_bytes(os.path.join(cls.folder, "data.csv"), b"a,b\n")
        write_bytes(os.path.join(cls.folder, ".hidden.txt"), b"x\n")
        cls.out = os.path.join(fresh_dir("formats-out"), "out")
        cls.result = run_goalchain("code", "--format", "json", "--out", cls.out, cls.folder)
        cls.docs = by_name(load_results(os.path.join(cls.out, "results.json"))) \
            if cls.result.returncode == 0 else {}

    def test_reads_every_document_and_nothing_else(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        # The spreadsheet is the one file left unread, and it is said.
        self.assertEqual(self.result.stderr.splitlines()[0],
                         f"{self.folder}: warning: skipped 1 file ending in .csv "
                         f"({os.path.join(self.folder, 'data.csv')}): not a document goalchain reads")
        self.assertEqual(len([l for l in self.result.stderr.splitlines() if "warning" in l]), 1)
        self.assertEqual(sorted(self.docs), sorted([
            "kalmar-utf8.txt", "kalmar-bom.TXT", "kalmar-cp1252.txt", "kalmar-utf16le.txt",
            "kalmar-utf16be.txt", "kalmar.md", "kalmar.pdf", "uppsala.PDF", "kalmar-coded.yml"]))

    def test_format_and_encoding(self):
        expected = {
            "kalmar-utf8.txt": ("text", "utf-8"),
            "kalmar-bom.TXT": ("text", "utf-8-bom"),
            "kalmar-cp1252.txt": ("text", "windows-1252"),
            "kalmar-utf16le.txt": ("text", "utf-16le"),
            "kalmar-utf16be.txt": ("text", "utf-16be"),
            "kalmar.md": ("markdown", "utf-8"),
            "kalmar.pdf": ("pdf", "utf-8"),
            "uppsala.PDF": ("pdf", "utf-8"),
            "kalmar-coded.yml": ("yaml", "utf-8"),
        }
        for name, (fmt, encoding) in expected.items():
            with self.subTest(name):
                self.assertEqual((self.docs[name]["format"], self.docs[name]["encoding"]),
                                 (fmt, encoding))

    def test_every_encoding_gives_the_same_text_and_metadata(self):
        for name in ("kalmar-utf8.txt", "kalmar-bom.TXT", "kalmar-cp1252.txt",
                     "kalmar-utf16le.txt", "kalmar-utf16be.txt", "kalmar.pdf"):
            with self.subTest(name):
                doc = self.docs[name]
                self.assertEqual(doc["county"], "Kalmar")
                self.assertEqual(doc["type"], "handlingsplan")
                self.assertEqual(doc["period"], {"from": 2019, "to": 2021})
                goal = segment_with(doc, "Efterfrågan")
                self.assertEqual(goal["text"], "Mål: Efterfrågan på sexuella tjänster ska minska.")
                self.assertIn("pmh", [c["code"] for c in goal["codes"]])
                self.assertIn("sexköpslagen", segment_with(doc, "Kampanj")["text"])

    def test_pdf_pages(self):
        doc = self.docs["kalmar.pdf"]
        self.assertEqual(doc["pages"], 3)
        self.assertEqual(segment_with(doc, "Efterfrågan")["page"], 1)
        self.assertEqual(segment_with(doc, "Indikator")["page"], 2)
        self.assertEqual(segment_with(doc, "Ansvarig")["page"], 3)
        uppsala = self.docs["uppsala.PDF"]
        self.assertEqual(uppsala["pages"], 2)
        self.assertEqual(uppsala["county"], "Uppsala")
        self.assertEqual(segment_with(uppsala, "idéburen sektor")["page"], 2)

    def test_text_files_have_one_page(self):
        self.assertEqual(self.docs["kalmar-utf8.txt"]["pages"], 1)
        self.assertEqual(self.docs["kalmar.md"]["pages"], 1)


class EncodingOptionTest(unittest.TestCase):
    def setUp(self):
        self.folder = fresh_dir("encoding-option")
        self.out = os.path.join(self.folder, "out")

    def test_utf16_without_byte_order_mark_needs_the_option(self):
        path = os.path.join(self.folder, "kalmar.txt")
        write_bytes(path, "\n".join(PLAN_LINES).encode("utf-16-le"))
        refused = run_goalchain("code", "--out", self.out, path)
        self.assertEqual(refused.returncode, 1)
        self.assertIn(f"{path}: error: not a text file (contains NUL bytes)", refused.stderr)
        self.assertIn("--encoding utf-16", refused.stderr)
        self.assertFalse(os.path.exists(self.out))
        result = run_goalchain("code", "--encoding", "utf-16", "-f", "json", "--out", self.out, path)
        self.assertEqual(result.returncode, 0, result.stderr)
        doc = load_results(os.path.join(self.out, "results.json"))["documents"][0]
        self.assertEqual(doc["encoding"], "utf-16le")
        self.assertEqual(doc["county"], "Kalmar")

    def test_forced_windows1252_reads_utf8_bytes_as_such(self):
        path = os.path.join(self.folder, "plan.txt")
        write_bytes(path, "Länsstyrelsen i Kalmar län\n".encode("utf-8"))
        result = run_goalchain("code", "--encoding", "windows-1252", "-f", "json", "--out", self.out,
                               path)
        self.assertEqual(result.returncode, 0, result.stderr)
        doc = load_results(os.path.join(self.out, "results.json"))["documents"][0]
        self.assertEqual(doc["encoding"], "windows-1252")
        self.assertEqual(doc["segments"][0]["text"], "LÃ¤nsstyrelsen i Kalmar lÃ¤n")

    def test_unknown_encoding_is_a_usage_error(self):
        result = run_goalchain("code", "--encoding", "latin-9", "--out", self.out, self.folder)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--encoding", result.stderr)


class PdfProblemsTest(unittest.TestCase):
    def setUp(self):
        self.folder = fresh_dir("pdf-problems")
        self.out = os.path.join(fresh_dir("pdf-problems-out"), "out")
        self.good = os.path.join(self.folder, "good.pdf")
        pdf_fixture.write_pdf(self.good, [PLAN_LINES])

    def assert_fails_with(self, path, message):
        result = run_goalchain("code", "--out", self.out, path)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn(f"{path}: error: {message}", result.stderr)
        self.assertEqual(result.stderr.count(": error: "), 2, result.stderr)  # it, and the summary
        self.assertNotIn("Syntax Error", result.stderr, "poppler's own messages must not leak")
        self.assertFalse(os.path.exists(self.out))

    def test_damaged(self):
        with open(self.good, "rb") as f:
            data = f.read()
        damaged = os.path.join(self.folder, "damaged.pdf")
        write_bytes(damaged, data[: len(data) // 3])
        self.assert_fails_with(damaged, "cannot open the PDF: damaged or not a PDF")

    def test_not_a_pdf(self):
        fake = os.path.join(self.folder, "fake.pdf")
        write_bytes(fake, "Länsstyrelsen i Kalmar län\n".encode("utf-8"))
        self.assert_fails_with(fake, "cannot open the PDF: damaged or not a PDF")

    def test_image_only(self):
        scan = os.path.join(self.folder, "scan.pdf")
        pdf_fixture.write_pdf(scan, [None, None])
        self.assert_fails_with(scan, "no text layer: run OCR first (e.g. ocrmypdf)")

    def test_encrypted(self):
        qpdf = shutil.which("qpdf")
        if qpdf is None:
            self.skipTest("qpdf is not installed (scripts/setup-debian.sh installs it)")
        locked = os.path.join(self.folder, "locked.pdf")
        subprocess.run([qpdf, "--encrypt", "user-secret", "owner-secret", "256", "--",
                        self.good, locked], check=True)
        self.assert_fails_with(
            locked, "the PDF is encrypted: remove the password first (e.g. qpdf --decrypt)")
        # Encrypted for permissions only (no user password): readable as it is.
        open_pdf = os.path.join(self.folder, "owner-only.pdf")
        subprocess.run([qpdf, "--encrypt", "", "owner-secret", "256", "--", self.good, open_pdf],
                       check=True)
        result = run_goalchain("code", "-f", "json", "--out", self.out, open_pdf)
        self.assertEqual(result.returncode, 0, result.stderr)
        doc = load_results(os.path.join(self.out, "results.json"))["documents"][0]
        self.assertEqual(doc["county"], "Kalmar")


class StdinTest(unittest.TestCase):
    def run_with_stdin(self, data, *args):
        return subprocess.run([BINARY, "code", *args], input=data, capture_output=True, timeout=240)

    def test_text_from_standard_input(self):
        out = os.path.join(fresh_dir("stdin"), "out")
        text = "\r\n".join(PLAN_LINES).encode("cp1252")
        result = self.run_with_stdin(text, "-f", "json", "--out", out, "-")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        docs = load_results(os.path.join(out, "results.json"))["documents"]
        self.assertEqual(len(docs), 1)
        doc = docs[0]
        self.assertEqual(doc["path"], "<stdin>")
        self.assertEqual(doc["id"], "stdin")
        self.assertEqual(doc["format"], "text")
        self.assertEqual(doc["encoding"], "windows-1252")
        self.assertEqual(doc["county"], "Kalmar")
        self.assertEqual(doc["period"], {"from": 2019, "to": 2021})

    def test_the_sha256_is_of_the_bytes_read_from_a_pipe_or_a_file(self):
        folder = fresh_dir("stdin-sha256")
        text = "\r\n".join(PLAN_LINES).encode("cp1252")
        path = os.path.join(folder, "uppsala-handlingsplan-2020.txt")
        write_bytes(path, "Länsstyrelsen i Uppsala län\n\nArbetet mot sexköp.\n".encode("utf-8"))
        out = os.path.join(folder, "out")
        result = self.run_with_stdin(text, "-f", "json,xlsx", "--out", out, path, "-")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        with open(path, "rb") as f:
            file_sha = hashlib.sha256(f.read()).hexdigest()
        expected = {"<stdin>": hashlib.sha256(text).hexdigest(), path: file_sha}
        docs = load_results(os.path.join(out, "results.json"))["documents"]
        self.assertEqual({d["path"]: d["sha256"] for d in docs}, expected)
        run = sheet_rows(load_workbook(os.path.join(out, "summary.xlsx"))["Körning"])
        self.assertEqual({row[1]: row[2] for row in run if row[0] == "Indata"}, expected)

    def test_stdin_with_files(self):
        folder = fresh_dir("stdin-and-files")
        path = os.path.join(folder, "uppsala.pdf")
        shutil.copy(os.path.join(DATA_DIR, "pdf", "two-pages.pdf"), path)
        out = os.path.join(folder, "out")
        result = self.run_with_stdin("Text utan län\n".encode("utf-8"), "-f", "json", "--out", out,
                                     path, "-")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertIn("<stdin>: warning: no county found", result.stderr.decode())
        paths = [d["path"] for d in load_results(os.path.join(out, "results.json"))["documents"]]
        self.assertEqual(sorted(paths), sorted([path, "<stdin>"]))

    def test_stdin_with_given_metadata(self):
        out = os.path.join(fresh_dir("stdin-given"), "out")
        text = "Handlingsplan mot sexköp\n\nPolisen ska genomföra insatsveckor.\n".encode("utf-8")
        result = self.run_with_stdin(text, "-f", "json", "--out", out, "--county", "Uppsala län",
                                     "--type", "handlingsplan", "--period", "2021-2023",
                                     "--title", "Plan mot prostitution", "-")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertNotIn("no county found", result.stderr.decode())
        doc = load_results(os.path.join(out, "results.json"))["documents"][0]
        self.assertEqual(doc["county"], "Uppsala")
        self.assertEqual(doc["type"], "handlingsplan")
        self.assertEqual(doc["period"], {"from": 2021, "to": 2023})
        self.assertEqual(doc["title"], "Plan mot prostitution")

    def test_given_metadata_is_checked_and_needs_one_input(self):
        result = self.run_with_stdin(b"x\n", "-f", "json", "--out",
                                     os.path.join(fresh_dir("stdin-bad"), "out"),
                                     "--county", "Stokholm", "-")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--county: unknown county 'Stokholm'", result.stderr.decode())
        self.assertIn("did you mean 'Stockholm'?", result.stderr.decode())
        result = self.run_with_stdin(b"x\n", "-f", "json", "--type", "handlingplan",
                                     os.path.join(DATA_DIR, "plans"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("describe one input", result.stderr.decode())


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def write_docx(path, paragraphs):
    """A minimal Word file: (style id or "", text) paragraphs, Heading1 at level 1."""
    body = ""
    for style, text in paragraphs:
        properties = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
        body += f"<w:p>{properties}<w:r><w:t>{text}</w:t></w:r></w:p>"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {W_NS}><w:body>{body}</w:body></w:document>")
        z.writestr("word/styles.xml",
                   f'<w:styles {W_NS}><w:style w:type="paragraph" w:styleId="Heading1">'
                   '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>')


def write_odt(path, heading, paragraph):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml",
                   '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
                   'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
                   f'<office:body><office:text><text:h text:outline-level="1">{heading}</text:h>'
                   f'<text:p>{paragraph}</text:p></office:text></office:body>'
                   '</office:document-content>')


class OfficeAndSkippedFilesTest(unittest.TestCase):
    def test_word_and_opendocument_are_read_and_rtf_is_reported(self):
        folder = fresh_dir("office")
        plans = os.path.join(folder, "plans")
        os.makedirs(plans)
        write_bytes(os.path.join(plans, "kalmar.txt"), ("\n".join(PLAN_LINES) + "\n").encode())
        write_docx(os.path.join(plans, "uppsala-handlingsplan-2021.docx"), [
            ("Heading1", "Handlingsplan mot prostitution och människohandel"),
            ("", "Polisen ska genomföra insatsveckor mot sexköp."),
        ])
        write_odt(os.path.join(plans, "gotland-strategi-2019.odt"), "Mål",
                  "Länsstyrelsen ska samordna arbetet mot människohandel.")
        write_bytes(os.path.join(plans, "d.rtf"), b"{\\rtf1 not read}")
        result = run_goalchain("code", "-f", "json", "--out", os.path.join(folder, "out"), plans)
        self.assertEqual(result.returncode, 0, result.stderr)
        warnings = [l for l in result.stderr.splitlines() if ": warning: skipped" in l]
        self.assertEqual(warnings, [
            f"{plans}: warning: skipped 1 file ending in .rtf ({plans}/d.rtf): "
            "not a document goalchain reads"])
        self.assertIn("hint: goalchain reads .txt, .md, .pdf, .docx, .odt, .yaml and .yml",
                      result.stderr)
        docs = {os.path.basename(d["path"]): d
                for d in load_results(os.path.join(folder, "out", "results.json"))["documents"]}
        self.assertEqual(sorted(docs), ["gotland-strategi-2019.odt", "kalmar.txt",
                                        "uppsala-handlingsplan-2021.docx"])
        word = docs["uppsala-handlingsplan-2021.docx"]
        self.assertEqual(word["format"], "docx")
        self.assertEqual(word["county"], "Uppsala")
        self.assertEqual([s["kind"] for s in word["segments"]], ["heading", "paragraph"])
        self.assertEqual(word["segments"][1]["section"],
                         ["Handlingsplan mot prostitution och människohandel"])
        self.assertIn("pmh", [c["code"] for c in word["segments"][1]["codes"]])
        odt = docs["gotland-strategi-2019.odt"]
        self.assertEqual(odt["format"], "odt")
        self.assertEqual([s["kind"] for s in odt["segments"]], ["heading", "paragraph"])
        self.assertEqual(odt["segments"][1]["section"], ["Mål"])

    def test_a_damaged_word_file_is_an_error_naming_it(self):
        folder = fresh_dir("office-bad")
        bad = os.path.join(folder, "trasig.docx")
        write_bytes(bad, b"PK\x03\x04 not really a zip")
        result = run_goalchain("code", "-f", "json", "--out", os.path.join(folder, "out"), bad)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{bad}: error: not a Word document (not a zip archive)", result.stderr)


class ManifestTest(unittest.TestCase):
    def setUp(self):
        self.root = fresh_dir("manifest")
        self.plans = os.path.join(self.root, "plans")
        os.makedirs(self.plans)
        # Says Kalmar, but the manifest knows better.
        write_bytes(os.path.join(self.plans, "plan.txt"),
                    ("\n".join(PLAN_LINES) + "\n").encode("utf-8"))
        write_bytes(os.path.join(self.plans, "other.txt"),
                    "Länsstyrelsen Gotland\nStrategi 2018\n".encode("utf-8"))
        self.out = os.path.join(self.root, "out")
        self.elsewhere = fresh_dir("manifest-cwd")

    def write_manifest(self, text):
        path = os.path.join(self.root, "lists", "manifest.yaml")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_bytes(path, text.encode("utf-8"))
        return path

    def test_manifest_overrides_detection_and_adds_its_files(self):
        manifest = self.write_manifest(
            "- path: ../plans/plan.txt\n"
            "  county: Norrbotten\n"
            "  type: strategi\n"
            "  period: \"2021–2024\"\n"
            "  title: Regional strategi mot prostitution\n")
        other = os.path.join(self.plans, "other.txt")
        result = run_goalchain("code", "-f", "json", "--out", self.out, "--manifest", manifest, other,
                               cwd=self.elsewhere)
        self.assertEqual(result.returncode, 0, result.stderr)
        docs = by_name(load_results(os.path.join(self.out, "results.json")))
        self.assertEqual(sorted(docs), ["other.txt", "plan.txt"])
        plan = docs["plan.txt"]
        self.assertEqual(plan["county"], "Norrbotten")
        self.assertEqual(plan["county_code"], "BD")
        self.assertEqual(plan["type"], "strategi")
        self.assertEqual(plan["period"], {"from": 2021, "to": 2024})
        self.assertEqual(plan["title"], "Regional strategi mot prostitution")
        # Files not in the manifest keep what was detected.
        self.assertEqual(docs["other.txt"]["county"], "Gotland")
        self.assertEqual(docs["other.txt"]["type"], "strategi")

    def test_manifest_applies_to_files_found_in_folders_too(self):
        manifest = self.write_manifest("- path: ../plans/plan.txt\n  county: AC\n")
        result = run_goalchain("code", "-f", "json", "--out", self.out, "--manifest", manifest,
                               self.plans)
        self.assertEqual(result.returncode, 0, result.stderr)
        docs = load_results(os.path.join(self.out, "results.json"))["documents"]
        self.assertEqual(len(docs), 2, "a file in the manifest and in a folder is read once")
        self.assertEqual(by_name({"documents": docs})["plan.txt"]["county"], "Västerbotten")

    def test_manifest_problems_are_reported_with_positions(self):
        manifest = self.write_manifest(
            "- path: ../plans/plan.txt\n"
            "  county: Norbotten\n"
            "  typ: strategi\n"
            "- path: ../plans/missing.txt\n"
            "  period: 2024-2021\n")
        result = run_goalchain("code", "--out", self.out, "--manifest", manifest)
        self.assertEqual(result.returncode, 1, result.stderr)
        err = result.stderr
        self.assertIn(f"{manifest}:2:11: error: unknown county 'Norbotten'", err)
        self.assertIn("did you mean 'Norrbotten'?", err)
        self.assertIn(f"{manifest}:3:3: error: unknown key 'typ'", err)
        self.assertIn(f"{manifest}:5:11: error: not a period: '2024-2021'", err)
        self.assertIn("the manifest has errors; nothing was coded", err)
        self.assertFalse(os.path.exists(self.out))

    def test_missing_file_in_manifest_is_reported_at_its_line(self):
        manifest = self.write_manifest("- path: ../plans/plan.txt\n- path: ../plans/gone.pdf\n")
        result = run_goalchain("code", "--out", self.out, "--manifest", manifest)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn(f"{manifest}:2:9: error: ", result.stderr)
        self.assertIn("gone.pdf: no such file", result.stderr)
        self.assertFalse(os.path.exists(self.out))

    def test_no_inputs_and_no_manifest_is_a_usage_error(self):
        result = run_goalchain("code", "--out", self.out)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--manifest", result.stderr)


if __name__ == "__main__":
    harness.main()
