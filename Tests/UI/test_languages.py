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


# Words bokmål writes and nynorsk does not (nn: ikkje, kva, nokon, korleis), and everyday English words.
BOKMAL_ONLY = ["ikke", "hva", "noen", "hvordan"]
ENGLISH = ["the", "and", "of", "with", "not", "yet", "page", "report", "partners", "round", "target", "measured"]


def neutral(value):
    """The demo's own texts (typed by its people, in bokmål) made neutral; ids, dates and codes kept."""
    if isinstance(value, dict):
        return {k: neutral(v) for k, v in value.items()}
    if isinstance(value, list):
        return [neutral(v) for v in value]
    if isinstance(value, str) and (" " in value or re.search(r"[æøåÆØÅ]", value)):
        return "Døme"
    return value


def test_nynorsk_report_has_no_bokmal_or_english(launch, home, binary, language):
    import json
    needs_nynorsk()
    env = dict(os.environ, LANG="C.UTF-8", LANGUAGE="nn")
    run = lambda *a: subprocess.run([os.path.abspath(binary), *a], capture_output=True, text=True, env=env, cwd=home)  # noqa: E731
    check(run("demo", "-o", "demo.samskap").returncode == 0, "the demo project is made")
    check(run("export-json", "demo.samskap", "-o", "demo.json").returncode == 0, "the demo is exported")
    with open(os.path.join(home, "demo.json"), encoding="utf-8") as f:
        data = json.load(f)
    data["document"] = neutral(data["document"])
    with open(os.path.join(home, "neutral.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    made = run("import-json", "neutral.json", "-o", "neutral.samskap")
    check(made.returncode == 0, "the neutral project is imported: %s" % made.stderr)
    pdf = run("export-pdf", "neutral.samskap", "-o", "report.pdf", "--lang", "nn")
    check(pdf.returncode == 0, "the nynorsk report is written: %s" % pdf.stderr)
    text = subprocess.run(["pdftotext", "-layout", os.path.join(home, "report.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = re.findall(r"[A-Za-zÆØÅæøå]+", text)
    lower = [w.lower() for w in words]
    found = sorted({w for w in lower if w in BOKMAL_ONLY})
    check(not found, "bokmål in the nynorsk report: %s" % found)
    english = sorted({w for w in lower if w in ENGLISH})
    check(not english, "English in the nynorsk report: %s" % english)
