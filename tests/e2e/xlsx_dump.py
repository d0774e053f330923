#!/usr/bin/python3
"""Read goalchain's .xlsx workbooks back for the end-to-end tests.

Needs openpyxl: run with /usr/bin/python3 (Debian's python3-openpyxl).

    from xlsx_dump import load, sheet_info
    sheets = load("out/summary.xlsx")      # {"Län × kod": [(header...), (row...), ...], ...}

    /usr/bin/python3 tests/e2e/xlsx_dump.py out/summary.xlsx [more.xlsx ...]

prints every sheet as TSV (tabs and newlines inside cells shown as \\t and \\n).
"""

import sys

try:
    import openpyxl
except ImportError:  # pragma: no cover - depends on the interpreter
    openpyxl = None


def _require_openpyxl():
    if openpyxl is None:
        raise ImportError(
            "openpyxl is not available in %s; run with /usr/bin/python3 "
            "(Debian package python3-openpyxl)" % sys.executable)


def _open(path):
    _require_openpyxl()
    # Not read_only: read-only mode hides freeze panes and autofilter.
    return openpyxl.load_workbook(path, read_only=False, data_only=False)


def _rows(ws):
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def load(path):
    """Sheet name -> list of rows (tuples of cell values), sheets in workbook order.

    Numbers come back as int/float, text as str, empty cells as None. The first
    row is the header row.
    """
    wb = _open(path)
    try:
        return {ws.title: _rows(ws) for ws in wb.worksheets}
    finally:
        wb.close()


def sheet_info(path):
    """Sheet name -> dict with layout facts the tests check:

    freeze_panes ("A2"), auto_filter (e.g. "A1:K7" or None), header (tuple),
    header_bold (all header cells bold), column_widths ({"A": 12.0, ...}),
    max_row, max_column.
    """
    wb = _open(path)
    try:
        info = {}
        for ws in wb.worksheets:
            header_cells = next(ws.iter_rows(min_row=1, max_row=1), ())
            info[ws.title] = {
                "freeze_panes": ws.freeze_panes,
                "auto_filter": ws.auto_filter.ref,
                "header": tuple(c.value for c in header_cells),
                "header_bold": all(bool(c.font and c.font.b) for c in header_cells),
                "column_widths": {
                    key: dim.width for key, dim in sorted(ws.column_dimensions.items())
                },
                "max_row": ws.max_row,
                "max_column": ws.max_column,
            }
        return info
    finally:
        wb.close()


def properties(path):
    """Document properties: title, subject, creator, created (datetime)."""
    wb = _open(path)
    try:
        p = wb.properties
        return {"title": p.title, "subject": p.subject, "creator": p.creator,
                "created": p.created}
    finally:
        wb.close()


def records(path, sheet):
    """One sheet as a list of dicts keyed by the header row."""
    rows = load(path)[sheet]
    if not rows:
        return []
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]


def _tsv_cell(value):
    if value is None:
        return ""
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print("usage: xlsx_dump.py FILE.xlsx [FILE.xlsx ...]", file=sys.stderr)
        return 2
    try:
        _require_openpyxl()
    except ImportError as e:
        print(e, file=sys.stderr)
        return 2
    for path in argv:
        infos = sheet_info(path)
        for name, rows in load(path).items():
            meta = infos[name]
            print("# %s | sheet %s | freeze_panes=%s auto_filter=%s" % (
                path, name, meta["freeze_panes"], meta["auto_filter"]))
            for row in rows:
                print("\t".join(_tsv_cell(v) for v in row))
            print()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `xlsx_dump.py FILE | head`
        sys.stderr.close()
        sys.exit(0)
