"""The window's words in the language of a test run, from the compiled catalogue the app reads
(.build/locale, written by po/compile.sh), through Python's gettext, which reads the same .mo files."""
import gettext
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LOCALE_DIR = os.path.join(ROOT, ".build", "locale")


class Words:
    """`w("Partners")` gives the text the window shows for the English source text."""

    def __init__(self, language, locale_dir=LOCALE_DIR):
        self.language = language
        self.catalog = gettext.translation("samskap", locale_dir, languages=[language], fallback=True)

    def __call__(self, text, *args):
        out = self.catalog.gettext(text)
        for i, arg in enumerate(args, 1):
            out = out.replace("%%%d$s" % i, arg)
        return out.replace("_", "") if "_" in out and not args else out

    def plural(self, singular, plural, n, *args):
        """A counted text (`trn`): its %1$s is the count unless other arguments are given."""
        out = self.catalog.ngettext(singular, plural, n)
        for i, arg in enumerate(args or (str(n),), 1):
            out = out.replace("%%%d$s" % i, arg)
        return out

    def term(self, nb, en):
        """A domain term (Core's `Term`), given in bokmål and English; in another language, from the catalogue."""
        if self.language == "nb":
            return nb
        return self(en)
