"""The window's words in the language of a test run, read from Resources/po like the app does."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _unquote(text):
    text = text.strip()
    if not (text.startswith('"') and text.endswith('"')):
        return ""
    body = text[1:-1]
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(m.group(1), "\\" + m.group(1)), body)


def read_po(path):
    """msgid → msgstr of a PO file (fuzzy and empty entries left out)."""
    entries = {}
    msgid = msgstr = None
    target = None
    fuzzy = False

    def flush():
        if msgid and msgstr and not fuzzy:
            entries[msgid] = msgstr

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line:
                flush()
                msgid = msgstr = target = None
                fuzzy = False
            elif line.startswith("#,"):
                fuzzy = "fuzzy" in line
            elif line.startswith("#"):
                continue
            elif line.startswith("msgid "):
                msgid, target = _unquote(line[6:]), "id"
            elif line.startswith("msgstr "):
                msgstr, target = _unquote(line[7:]), "str"
            elif line.startswith('"'):
                if target == "id":
                    msgid += _unquote(line)
                elif target == "str":
                    msgstr += _unquote(line)
    flush()
    return entries


class Words:
    """`w("Partners")` gives the text the window shows for the English source text."""

    def __init__(self, language):
        self.language = language
        path = os.path.join(ROOT, "Resources", "po", language + ".po")
        self.catalog = read_po(path) if os.path.exists(path) else {}

    def __call__(self, text, *args):
        out = self.catalog.get(text, text)
        for i, arg in enumerate(args, 1):
            out = out.replace("%%%d$s" % i, arg)
        return out.replace("_", "") if "_" in out and not args else out

    def term(self, nb, en):
        """A domain term (Core's `Term`), given in both languages."""
        return nb if self.language == "nb" else en
