"""SIGINT and SIGTERM while a run writes its outputs (issue 17): exit 130 or
143, the previous outputs byte for byte as they were, and no file in --out
that was not there before. The corpus is generated: plans for every county,
long enough that writing the workbooks and results.json takes a while."""

import hashlib
import os
import re
import signal
import subprocess
import time
import unittest

import harness
from harness import BINARY, fresh_dir

COUNTIES = ["Stockholm", "Uppsala", "Södermanland", "Östergötland", "Jönköping", "Kronoberg",
            "Kalmar", "Gotland", "Blekinge", "Skåne", "Halland", "Västra Götaland", "Värmland",
            "Örebro", "Västmanland", "Dalarna", "Gävleborg", "Västernorrland", "Jämtland",
            "Västerbotten", "Norrbotten"]

# One section of an action plan, in the shape county plans use: a goal, the
# activities under it with who is responsible, and how it is followed up.
SECTION = """{n}. Insatsområde {n}: Ökad kunskap om prostitution och människohandel

Mål {n}: Yrkesverksamma i {county} län ska ha kunskap om hur prostitution och \
människohandel för sexuella ändamål kan upptäckas.

Aktivitet {n}.1: Länsstyrelsen ska tillsammans med regionkoordinatorn anordna en \
utbildningsdag för socialtjänsten, hälso- och sjukvården och skolan.
Ansvar: Länsstyrelsen i {county} län.

Aktivitet {n}.2: Polismyndigheten ska genomföra en insatsvecka mot sexköp i samverkan \
med Migrationsverket.
Ansvar: Polismyndigheten.

Indikator: antal deltagare i utbildningen och antal ärenden som redovisas till åklagare.

"""

TEMP_FILE = re.compile(r"^\..+\.tmp-\d+-\d+$")


def write_corpus(folder, sections):
    os.makedirs(folder, exist_ok=True)
    for county in COUNTIES:
        slug = county.lower().replace(" ", "-")
        text = f"Länsstyrelsen i {county} län\n\nHandlingsplan mot prostitution och " \
               f"människohandel 2020–2022\n\n"
        text += "".join(SECTION.format(n=n, county=county) for n in range(1, sections + 1))
        with open(os.path.join(folder, f"{slug}-handlingsplan-2020-2022.txt"), "w",
                  encoding="utf-8") as f:
            f.write(text)


def snapshot(folder):
    """Every file under `folder` (hidden ones too) with the SHA-256 of its bytes."""
    files = {}
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return files


def has_temp_file(folder):
    for _root, _dirs, names in os.walk(folder):
        if any(TEMP_FILE.match(name) for name in names):
            return True
    return False


class InterruptTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = fresh_dir("interrupt")
        cls.corpus = os.path.join(cls.dir, "plans")
        cls.out = os.path.join(cls.dir, "out")
        write_corpus(cls.corpus, sections=250)
        started = time.monotonic()
        result = subprocess.run([BINARY, "code", "-q", "--format", "xlsx,json,csv", "--out", cls.out,
                                 cls.corpus], capture_output=True, text=True, timeout=240)
        cls.first_run_seconds = time.monotonic() - started
        assert result.returncode == 0, result.stderr
        cls.before = snapshot(cls.out)
        # The next run reads more, so finishing would change every output.
        write_corpus(cls.corpus, sections=260)

    def interrupt(self, signal_number):
        process = subprocess.Popen([BINARY, "code", "-q", "--format", "xlsx,json,csv", "--out",
                                    self.out, self.corpus],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while not has_temp_file(self.out):
            if process.poll() is not None:
                self.fail("the run ended before it wrote a temporary file "
                          f"(exit {process.returncode}); make the corpus larger")
            if time.monotonic() > deadline:
                process.kill()
                self.fail("no temporary file appeared")
            time.sleep(0.002)
        process.send_signal(signal_number)
        _out, err = process.communicate(timeout=60)
        return process.returncode, err.decode("utf-8", errors="replace")

    def test_sigint_while_writing_leaves_the_previous_outputs(self):
        status, err = self.interrupt(signal.SIGINT)
        self.assertEqual(status, 130, err)
        self.assertEqual(snapshot(self.out), self.before)

    def test_sigterm_while_writing_leaves_the_previous_outputs(self):
        status, err = self.interrupt(signal.SIGTERM)
        self.assertEqual(status, 143, err)
        self.assertEqual(snapshot(self.out), self.before)

    def test_help_names_the_exit_codes_of_an_interrupted_run(self):
        result = subprocess.run([BINARY, "code", "--help"], capture_output=True, text=True,
                                timeout=60)
        self.assertEqual(result.returncode, 0)
        self.assertIn("130  interrupted by SIGINT", result.stdout)
        self.assertIn("143  stopped by SIGTERM", result.stdout)


if __name__ == "__main__":
    harness.main()
