"""Every command line the README, docs/ and --help show is run, so none fails again.

Command lines are taken from
- fenced blocks of README.md and docs/*.md (any fence but ```text, ```yaml,
  ```json and ```xml): lines that start with `goalchain`, `build/goalchain` or
  `$ goalchain`, or that pipe into `goalchain`;
- inline code spans of those files that are a whole command (`goalchain lint
  codebooks/pmh-sv.yaml`): one that names a file or folder and has no ellipsis
  or placeholder (`goalchain kwic --pattern` alone refers to the option);
- the "Examples:" block of every command's --help.

Synopses (`goalchain code [OPTIONS] INPUT...`) belong in ```text fences and are
not run. Each command runs with bash in a sandbox folder that holds the names
the documentation uses as placeholders: `plans/` and `examples/` (copies of
examples/), `coded/` (the gold set), `my-codebook.yaml`, `anna.yaml`,
`plans.yaml` (a manifest) and so on, with `goalchain` on PATH. Commands of one
file run in order in one sandbox, so a file that imports a codebook and then
uses it works as a reader would run it. A command passes when it exits 0, or
the exit code its line's comment names ("# exits 1").
"""

import glob
import os
import re
import shutil
import subprocess
import unittest

import harness
from harness import BINARY, DATA_DIR, EXAMPLES_DIR, SOURCE_DIR, fresh_dir

SKIPPED_FENCES = {"text", "yaml", "yml", "json", "xml", "csv"}
COMMAND_START = re.compile(r"^(?:\$\s+)?(?:build/)?goalchain(?:\s|$)")


def split_comment(line):
    """The command and its trailing '# comment' (a '#' after white space)."""
    match = re.search(r"\s#\s", line)
    if not match:
        return line.strip(), ""
    return line[:match.start()].strip(), line[match.end():].strip()


def commands_in_markdown(path):
    """(line number, command, comment) of every runnable command in a Markdown file."""
    found = []
    fence = None
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, start=1):
            line = raw.rstrip("\n")
            stripped = line.strip()
            if stripped.startswith("```"):
                fence = None if fence is not None else (stripped[3:].strip() or "plain")
                continue
            if fence is not None:
                if fence in SKIPPED_FENCES:
                    continue
                command, comment = split_comment(stripped)
                if COMMAND_START.match(command) or re.search(r"\|\s*(?:build/)?goalchain\s", command):
                    found.append((number, re.sub(r"^\$\s+", "", command), comment))
                continue
            for span in re.findall(r"`((?:build/)?goalchain [^`]+)`", line):
                # A span that names a file or folder is a whole command; one
                # that names only a command and options refers to it in prose.
                names_a_path = any("/" in word or "." in word for word in span.split()[2:])
                if names_a_path and "…" not in span and "..." not in span \
                        and not re.search(r"[\[\]|]|[A-Z]{3,}", span):
                    found.append((number, span.strip(), ""))
    return found


def commands_in_help():
    """(subcommand path, command, '') of each line of every --help's Examples block."""
    found = []
    for path in ([], ["code"], ["kwic"], ["lint"], ["agree"], ["codebook"], ["codebook", "import"],
                 ["codebook", "export"]):
        result = subprocess.run([BINARY, *path, "--help"], capture_output=True, text=True,
                                timeout=60)
        assert result.returncode == 0, result.stderr
        in_examples = False
        for line in result.stdout.splitlines():
            if line.startswith("Example"):
                in_examples = True
                continue
            if in_examples and not line.startswith("  "):
                in_examples = False
            stripped = line.strip()
            if in_examples and (stripped.startswith("goalchain ") or "| goalchain " in stripped):
                # A description follows the command after a run of spaces.
                command = re.split(r"\s{3,}", stripped)[0]
                found.append((" ".join(path) or "goalchain", command, ""))
    return found


def make_sandbox(name):
    """A folder holding every name the documentation uses as a placeholder."""
    root = fresh_dir(name)
    shutil.copytree(EXAMPLES_DIR, os.path.join(root, "plans"))
    shutil.copytree(EXAMPLES_DIR, os.path.join(root, "examples"))
    shutil.copytree(os.path.join(SOURCE_DIR, "tests", "gold"), os.path.join(root, "coded"))
    os.symlink(os.path.join(SOURCE_DIR, "tests"), os.path.join(root, "tests"))
    os.symlink(os.path.join(SOURCE_DIR, "codebooks"), os.path.join(root, "codebooks"))
    os.makedirs(os.path.join(root, "build"))
    os.symlink(BINARY, os.path.join(root, "build", "goalchain"))
    copies = {
        "my-codebook.yaml": os.path.join(SOURCE_DIR, "codebooks", "pmh-sv.yaml"),
        "anna.yaml": os.path.join(DATA_DIR, "agreement", "anna.yaml"),
        "bertil.yaml": os.path.join(DATA_DIR, "agreement", "bertil.yaml"),
        "cecilia.yaml": os.path.join(DATA_DIR, "agreement", "anna.yaml"),
        "a.yaml": os.path.join(DATA_DIR, "agreement", "anna.yaml"),
        "b.yaml": os.path.join(DATA_DIR, "agreement", "bertil.yaml"),
        "c.yaml": os.path.join(DATA_DIR, "agreement", "anna.yaml"),
        "ordlista.yml": os.path.join(DATA_DIR, "dictionaries", "pmh-ordlista.yml"),
        "liwc-sv.dic": os.path.join(DATA_DIR, "dictionaries", "pmh-liwc.dic"),
        "ORD.TXT": os.path.join(DATA_DIR, "dictionaries", "pmh-wordstat.cat"),
        "plan.txt": os.path.join(EXAMPLES_DIR, "stockholm-handlingsplan-2020-2022.txt"),
    }
    for target, source in copies.items():
        shutil.copy(source, os.path.join(root, target))
    with open(os.path.join(root, "plans.yaml"), "w", encoding="utf-8") as f:
        for plan in sorted(glob.glob(os.path.join(root, "plans", "*.txt"))):
            f.write(f"- path: plans/{os.path.basename(plan)}\n")
    bin_dir = os.path.join(root, ".bin")
    os.makedirs(bin_dir)
    os.symlink(BINARY, os.path.join(bin_dir, "goalchain"))
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""))
    return root, env


def expected_exit(comment):
    match = re.search(r"exits? (\d+)", comment)
    return int(match.group(1)) if match else 0


class DocumentedCommandsTest(unittest.TestCase):
    def run_all(self, sandbox_name, commands, where):
        root, env = make_sandbox(sandbox_name)
        for location, command, comment in commands:
            with self.subTest(where=f"{where}:{location}", command=command):
                result = subprocess.run(["bash", "-c", command], cwd=root, env=env,
                                        capture_output=True, text=True, timeout=240,
                                        stdin=subprocess.DEVNULL)
                self.assertEqual(result.returncode, expected_exit(comment),
                                 f"{where}:{location}: {command}\n{result.stderr[-2000:]}")

    def test_readme_and_docs(self):
        files = [os.path.join(SOURCE_DIR, "README.md"),
                 *sorted(glob.glob(os.path.join(SOURCE_DIR, "docs", "*.md")))]
        total = 0
        for path in files:
            commands = commands_in_markdown(path)
            total += len(commands)
            if commands:
                name = os.path.relpath(path, SOURCE_DIR)
                self.run_all("docs-" + os.path.basename(path), commands, name)
        # The README's Use block alone has a dozen; finding far fewer means the
        # extraction broke, not that the docs lost their examples.
        self.assertGreaterEqual(total, 20)

    def test_help_examples(self):
        commands = commands_in_help()
        self.assertGreaterEqual(len(commands), 10)
        self.run_all("help", commands, "--help")

    def test_extraction_tells_synopses_from_commands(self):
        folder = fresh_dir("extraction")
        page = os.path.join(folder, "page.md")
        with open(page, "w", encoding="utf-8") as f:
            f.write("```text\ngoalchain code [OPTIONS] INPUT...\n```\n"
                    "```sh\ngoalchain code plans/   # every plan\n"
                    "cat plan.txt | goalchain code -\nls\n```\n"
                    "Run `goalchain lint codebooks/pmh-sv.yaml`, not `goalchain kwic --code …`;\n"
                    "`goalchain codebook import` reads dictionaries.\n")
        self.assertEqual(commands_in_markdown(page), [
            (5, "goalchain code plans/", "every plan"),
            (6, "cat plan.txt | goalchain code -", ""),
            (9, "goalchain lint codebooks/pmh-sv.yaml", ""),
        ])


if __name__ == "__main__":
    harness.main()
