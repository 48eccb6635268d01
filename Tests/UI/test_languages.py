"""Languages: a new one is one PO file (seen in the window), and nynorsk runs the whole flow and writes a report
without bokmål or English in it. The nynorsk tests wait for `nn` in po/LINGUAS and say so."""
import os
import re
import shutil
import subprocess
import tempfile

import test_project_flow
from harness import TestSkipped, check, find
from words import ROOT, Words


def linguas():
    with open(os.path.join(ROOT, "po", "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f for w in line.split("#")[0].split()]


def needs_nynorsk():
    if "nn" not in linguas():
        raise TestSkipped("nn is not in po/LINGUAS yet: the nynorsk translation has not arrived")


def fake_language(folder):
    """A copy of po/ with a language `xx` added the way the README says: its PO file (every text marked «[xx] »)
    and its code in LINGUAS, compiled by po/compile.sh. Returns the folder of the compiled catalogues."""
    po = os.path.join(folder, "po")
    shutil.copytree(os.path.join(ROOT, "po"), po)
    english = subprocess.run(["msgen", "--no-wrap", os.path.join(po, "samskap.pot")],
                             capture_output=True, text=True, check=True).stdout
    body = english.split("\n\n", 1)[1]
    body = re.sub(r'^(msgstr(?:\[\d\])? ")', r'\1[xx] ', body, flags=re.M)
    header = ('msgid ""\nmsgstr ""\n"Language: xx\\n"\n"MIME-Version: 1.0\\n"\n'
              '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
              '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n')
    with open(os.path.join(po, "xx.po"), "w", encoding="utf-8") as f:
        f.write(header + "\n" + body)
    with open(os.path.join(po, "LINGUAS"), "a", encoding="utf-8") as f:
        f.write("xx\n")
    locale = os.path.join(folder, "locale")
    subprocess.run([os.path.join(ROOT, "po", "compile.sh"), locale, po], check=True)
    return locale


def test_a_new_language_is_one_po_file(launch, home, binary, language):
    locale = fake_language(home)
    w = Words("xx", locale_dir=locale)
    check(w("_New project…").startswith("[xx] "), "the test's catalogue translates: %r" % w("_New project…"))
    app = launch(language="xx", extra_env={"SAMSKAP_LOCALE_DIR": locale})
    start = app.window("Samskap")
    find(start, "button", w("_New project…"))
    find(start, "button", w("Open the _demo project"))


def test_flow_in_nynorsk(launch, home, binary, language):
    needs_nynorsk()
    test_project_flow.test_create_edit_undo_reopen(launch=launch, home=home, binary=binary, language="nn")


# Words bokmål writes and nynorsk does not (nn: ikkje, kva, nokon, korleis, …), and everyday English words.
BOKMAL_ONLY = ["ikke", "hva", "noen", "hvordan", "hvem", "jeg", "mye", "hjem", "bare", "fra", "uten", "ble"]
ENGLISH = ["the", "and", "of", "with", "not", "yet", "page", "report", "partners", "round", "target", "measured"]


def demo_name(suffix):
    import json
    with open(os.path.join(ROOT, "data", "demo", "housing%s.json" % suffix), encoding="utf-8") as f:
        return json.load(f)["document"]["project"]["name"]


def test_nynorsk_report_has_no_bokmal_or_english(launch, home, binary, language):
    """The demo made in nynorsk is the nynorsk demo (data/demo/housing.nn.json), so its report is nynorsk
    throughout: the app's own texts and the demo's content."""
    needs_nynorsk()
    env = dict(os.environ, LANG="C.UTF-8", LANGUAGE="nn")
    run = lambda *a: subprocess.run([os.path.abspath(binary), *a], capture_output=True, text=True, env=env, cwd=home)  # noqa: E731
    check(run("demo", "-o", "demo.samskap").returncode == 0, "the demo project is made")
    pdf = run("export-pdf", "demo.samskap", "-o", "report.pdf", "--lang", "nn")
    check(pdf.returncode == 0, "the nynorsk report is written: %s" % pdf.stderr)
    text = subprocess.run(["pdftotext", "-layout", os.path.join(home, "report.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    nynorsk, bokmal = demo_name(".nn"), demo_name("")
    check(nynorsk != bokmal, "the nynorsk demo has a name of its own: %r" % nynorsk)
    check(nynorsk in text and bokmal not in text, "the report is of the nynorsk demo %r, not %r" % (nynorsk, bokmal))
    words = re.findall(r"[A-Za-zÆØÅæøå]+", text)
    lower = [w.lower() for w in words]
    found = sorted({w for w in lower if w in BOKMAL_ONLY})
    check(not found, "bokmål in the nynorsk report: %s" % found)
    english = sorted({w for w in lower if w in ENGLISH})
    check(not english, "English in the nynorsk report: %s" % english)
