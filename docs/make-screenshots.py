#!/usr/bin/python3
"""Renders the first page of every sheet of goalchain's workbooks as a PNG for
docs/workbooks.md, with LibreOffice (headless) and pdftoppm.

    /usr/bin/python3 docs/make-screenshots.py BUILD/goalchain

Runs `goalchain code examples/` into a temporary folder, then, for each sheet,
hides every other sheet (by editing the workbook's xl/workbook.xml, which keeps
charts and formats as they are), converts the workbook to PDF and the first PDF
page to docs/img/<workbook>-<n>.png. Needs Debian's libreoffice-calc-nogui and
poppler-utils; neither is needed to build or test goalchain.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
IMAGES = os.path.join(HERE, "img")


def sheet_names(workbook_xml):
    return re.findall(r'<sheet name="([^"]*)"', workbook_xml)


def only_sheet(source, target, keep):
    """A copy of `source` in which only sheet number `keep` (0-based) is visible and active."""
    with zipfile.ZipFile(source) as z_in, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z_out:
        for item in z_in.infolist():
            data = z_in.read(item.filename)
            if item.filename == "xl/workbook.xml":
                text = data.decode("utf-8")
                count = [0]

                def hide(match):
                    index = count[0]
                    count[0] += 1
                    tag = match.group(0)
                    return tag if index == keep else tag.replace("<sheet ", '<sheet state="hidden" ', 1)

                text = re.sub(r"<sheet [^>]*/>", hide, text)
                text = re.sub(r'activeTab="\d+"', "", text)
                text = text.replace("<workbookView ", f'<workbookView activeTab="{keep}" ', 1)
                data = text.encode("utf-8")
            z_out.writestr(item, data)


def render(workbook, stem, work):
    with zipfile.ZipFile(workbook) as z:
        names = sheet_names(z.read("xl/workbook.xml").decode("utf-8"))
    shots = []
    for index, name in enumerate(names):
        single = os.path.join(work, f"{stem}-{index + 1}.xlsx")
        only_sheet(workbook, single, index)
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf",
                        "--outdir", work, single], check=True, capture_output=True,
                       env=dict(os.environ, HOME=work))
        pdf = single[:-5] + ".pdf"
        png = os.path.join(IMAGES, f"{stem}-{index + 1}")
        subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "90", "-png", "-singlefile",
                        pdf, png], check=True)
        shots.append((name, os.path.relpath(png + ".png", HERE)))
    return shots


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: apt-get install libreoffice-calc-nogui poppler-utils")
    os.makedirs(IMAGES, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "out")
        subprocess.run([binary, "code", "-q", "-o", out, os.path.join(SOURCE, "examples")],
                       check=True)
        shots = render(os.path.join(out, "summary.xlsx"), "summary", work)
        shots += render(os.path.join(out, "counties", "stockholm.xlsx"), "county", work)
    for name, path in shots:
        print(f"{name}\t{path}")


if __name__ == "__main__":
    main()
