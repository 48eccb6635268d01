#!/usr/bin/python3
"""Checks the message catalogue. Usage: check_catalogue.py [po|literals|pot]...  (all three when none is named)

po        every language of po/LINGUAS: msgfmt --check passes; every text translated, none fuzzy or empty;
          the same placeholders (%1$s …) in msgid and msgstr; both plural forms of a counted text.
pot       po/POTFILES and po/samskap.pot are those po/update-pot.sh makes from the code now (no text left out).
literals  no text a person reads is written straight into a widget, the report or the command line's output:
          a string literal passed to one of those calls must go through tr/trf/trn/trc (short allow-list below).
Prints each problem on a line of its own; exits 1 when there is one.
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLACEHOLDER = re.compile(r'%(\d+)\$s|%s')


def unquote(text):
    body = text.strip()[1:-1]
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}.get(m.group(1), '\\' + m.group(1)), body)


def entries(path):
    """Each entry of a PO file as a dict of its fields (msgctxt, msgid, msgid_plural, msgstr, msgstr[0] …, flags)."""
    text = subprocess.run(['msgcat', '--no-wrap', path], capture_output=True, text=True, check=True).stdout
    out = []
    for block in text.split('\n\n'):
        entry, field = {'flags': ''}, None
        for line in block.split('\n'):
            if line.startswith('#,'):
                entry['flags'] += line[2:]
            elif line.startswith('#~'):
                entry['obsolete'] = True
            elif line.startswith('#'):
                continue
            else:
                m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")$', line)
                if m:
                    field = m.group(1)
                    entry[field] = unquote(m.group(2))
                elif line.startswith('"') and field:
                    entry[field] += unquote(line)
        if entry.get('msgid') and not entry.get('obsolete'):
            out.append(entry)
    return out


def placeholders(text):
    return sorted(set(m.group(0) for m in PLACEHOLDER.finditer(text.replace('%%', ''))))


def linguas(po_dir):
    lines = open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8').read().split('\n')
    return [w for line in lines for w in line.split('#')[0].split()]


def check_po(po_dir=os.path.join(ROOT, 'po')):
    problems = []
    template = {(e.get('msgctxt'), e['msgid']) for e in entries(os.path.join(po_dir, 'samskap.pot'))}
    for lang in linguas(po_dir):
        path = os.path.join(po_dir, lang + '.po')
        if not os.path.exists(path):
            problems.append('%s is in po/LINGUAS but po/%s.po does not exist' % (lang, lang))
            continue
        with tempfile.TemporaryDirectory() as tmp:
            run = subprocess.run(['msgfmt', '--check', '-o', os.path.join(tmp, 'x.mo'), path], capture_output=True, text=True)
        if run.returncode != 0:
            problems.append('msgfmt --check %s.po:\n%s' % (lang, run.stderr.strip()))
        header = subprocess.run(['msgcat', '--no-wrap', path], capture_output=True, text=True).stdout
        if 'Plural-Forms:' not in header:
            problems.append('%s.po: no Plural-Forms in the header' % lang)
        seen = set()
        for e in entries(path):
            key = (e.get('msgctxt'), e['msgid'])
            seen.add(key)
            where = '%s.po: %r' % (lang, e['msgid'][:70])
            if 'fuzzy' in e['flags']:
                problems.append(where + ' is fuzzy')
            if 'msgid_plural' in e:
                forms = [v for k, v in e.items() if k.startswith('msgstr[')]
                if len(forms) < 2 or any(not f for f in forms):
                    problems.append(where + ' lacks a plural form')
                for f in forms:
                    if placeholders(f) != placeholders(e['msgid_plural']) and placeholders(f) != placeholders(e['msgid']):
                        problems.append(where + ' has placeholders %s, the source %s' % (placeholders(f), placeholders(e['msgid_plural'])))
            else:
                if not e.get('msgstr'):
                    problems.append(where + ' is not translated')
                elif placeholders(e['msgstr']) != placeholders(e['msgid']):
                    problems.append(where + ' has placeholders %s, the source %s' % (placeholders(e['msgstr']), placeholders(e['msgid'])))
        for key in sorted(template - seen, key=str):
            problems.append('%s.po lacks %r (run po/update-pot.sh)' % (lang, key[1][:70]))
    return problems


def check_pot():
    """The template and POTFILES as update-pot.sh would write them now."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        # A copy of po/ beside a link to Sources, so that the check changes nothing in the tree.
        os.symlink(os.path.join(ROOT, 'Sources'), os.path.join(tmp, 'Sources'))
        subprocess.run(['cp', '-r', os.path.join(ROOT, 'po'), os.path.join(tmp, 'po')], check=True)
        run = subprocess.run([os.path.join(tmp, 'po', 'update-pot.sh')], capture_output=True, text=True)
        if run.returncode != 0:
            return ['po/update-pot.sh failed: ' + run.stderr.strip()]
        if open(os.path.join(tmp, 'po', 'POTFILES')).read() != open(os.path.join(ROOT, 'po', 'POTFILES')).read():
            problems.append('po/POTFILES is not the list of files with texts: run po/update-pot.sh')
        now = {(e.get('msgctxt'), e['msgid']) for e in entries(os.path.join(tmp, 'po', 'samskap.pot'))}
        kept = {(e.get('msgctxt'), e['msgid']) for e in entries(os.path.join(ROOT, 'po', 'samskap.pot'))}
        for key in sorted(now - kept, key=str):
            problems.append('po/samskap.pot lacks %r, which the code uses: run po/update-pot.sh' % key[1][:70])
        for key in sorted(kept - now, key=str):
            problems.append('po/samskap.pot has %r, which the code no longer uses: run po/update-pot.sh' % key[1][:70])
    return problems


# Calls whose text argument people read: widgets, accessible names, toasts and field messages, the report's
# blocks and the charts' labels, the command line's output.
SHOWN = re.compile(r'\b(gtk_[a-z_]*(?:label|title|text|tooltip|placeholder|markup)[a-z_]*|Accessibility\.[a-zA-Z]+|'
                   r'Widgets\.(?:label|button|heading|title)[a-zA-Z]*|Form\.[a-zA-Z]+|Console\.error|print|toast\.show|'
                   r'FieldMessage\.show|paragraph|heading|note|c\.label|c\.header|reportUsageError|ArgumentError)\(\s*"')
# Literals that are no words to translate: names of their own, icon names, formats of numbers and dates.
ALLOWED = re.compile(r'^(Samskap|[^A-Za-zÆØÅæøå]*|[\w-]+-symbolic|samskap \\\(version\)|Norsk bokmål|Norsk nynorsk|English)$')


def literal_at(text, i):
    """The Swift string literal starting at text[i] == '"' (interpolations skipped over)."""
    j, depth = i + 1, 0
    while j < len(text):
        c = text[j]
        if c == '\\' and depth == 0 and text[j + 1] == '(':
            depth, j = 1, j + 2
            continue
        if depth:
            depth += {'(': 1, ')': -1}.get(c, 0)
        elif c == '\\':
            j += 1
        elif c == '"':
            return text[i + 1:j]
        j += 1
    return text[i + 1:]


def check_literals(sources=os.path.join(ROOT, 'Sources')):
    problems = []
    for folder, _, files in os.walk(sources):
        for name in sorted(files):
            if not name.endswith('.swift'):
                continue
            path = os.path.join(folder, name)
            text = open(path, encoding='utf-8').read()
            for m in SHOWN.finditer(text):
                literal = literal_at(text, m.end() - 1)
                words = re.sub(r'\\\((?:[^()]|\([^()]*\))*\)', '', literal)
                if ALLOWED.match(literal) or not re.search(r'[A-Za-zÆØÅæøå]{2}', words):
                    continue
                line = text.count('\n', 0, m.start()) + 1
                problems.append('%s:%d: "%s" is shown untranslated: write it as tr("…") / trf("…", …)'
                                % (os.path.relpath(path, ROOT), line, literal[:60]))
    return problems


def main(args):
    checks = {'po': check_po, 'pot': check_pot, 'literals': check_literals}
    problems = []
    for name in args or list(checks):
        problems += checks[name]()
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
