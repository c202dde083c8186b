#!/usr/bin/env python3
"""Fill the <translation> elements of Slipway's .ts files from plain-text tables.

Workflow (re-runnable: it only ever touches entries that are still unfinished):

  1. Refresh the .ts files from the sources:
         cmake --build <build> --target update_translations
  2. List what is left to translate (identical sources elsewhere in the same
     file are reused automatically first):
         translations/tools/tsfill.py pending --state /tmp/ts.json > /tmp/pending.txt
     Each entry is printed as
         @<id> [<context>] (<comment>) {n}      ({n} marks a plural entry)
         <source, newlines written as \\n>
  3. Write one or more chunk files answering the ids, two lines per entry:
         @<id>
         <German>
         <French>
     Plural entries give both forms on one line separated by " || "
     (singular || plural). "\\n" in a line stands for a line break.
  4. Apply them (checks placeholders %1/%n/%L1 and the & accelerator):
         translations/tools/tsfill.py apply --state /tmp/ts.json chunk1.txt ...
  5. Check: ctest -R translations_complete
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TS_DIR = os.path.dirname(HERE)
LANGS = ("de", "fr")
NUMERUS_FORMS = {"de": 2, "fr": 2}

MESSAGE_RE = re.compile(r'(<message(?P<num> numerus="yes")?>)(?P<body>.*?)(</message>)', re.S)
CONTEXT_RE = re.compile(r'<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>', re.S)
SOURCE_RE = re.compile(r'<source>(.*?)</source>', re.S)
COMMENT_RE = re.compile(r'<comment>(.*?)</comment>', re.S)
TRANSLATION_RE = re.compile(r'(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)', re.S)
PLACEHOLDER_RE = re.compile(r'%L?(?:\d+|n)')
HTML_TAG_RE = re.compile(r'</?(?:b|i|u|p|br|ul|ol|li|h[1-6]|a|code|tt|span|div|table|tr|td|th|em|strong)\b[^>]*>', re.I)


def unescape(s):
    s = re.sub(r'&#x([0-9a-fA-F]+);', lambda m: chr(int(m.group(1), 16)), s)
    return (s.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"')
             .replace('&apos;', "'").replace('&amp;', '&'))


def escape(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;').replace("'", '&apos;'))


def ts_path(lang):
    return os.path.join(TS_DIR, 'slipway_%s.ts' % lang)


def messages(text):
    """Yields (context, source, comment, numerus, unfinished, translation, span)."""
    for ctx in CONTEXT_RE.finditer(text):
        name = unescape(ctx.group('name'))
        base = ctx.start('body')
        for m in MESSAGE_RE.finditer(ctx.group('body')):
            body = m.group('body')
            src = unescape(SOURCE_RE.search(body).group(1))
            cm = COMMENT_RE.search(body)
            comment = unescape(cm.group(1)) if cm else ''
            tr = TRANSLATION_RE.search(body)
            attrs = tr.group('attrs') if tr else ''
            unfinished = 'type="' in attrs
            inner = tr.group('text') or '' if tr else ''
            if m.group('num'):
                forms = [unescape(f) for f in re.findall(r'<numerusform>(.*?)</numerusform>', inner, re.S)]
                value = forms
            else:
                value = unescape(inner)
            yield dict(context=name, source=src, comment=comment, numerus=bool(m.group('num')),
                       unfinished=unfinished, vanished='vanished' in attrs or 'obsolete' in attrs,
                       value=value, start=base + m.start('body'), end=base + m.end('body'))


def key(msg):
    return json.dumps([msg['source'], msg['comment'], msg['numerus']])


def accelerators(s):
    return len(re.findall(r'&(?!&)[^\s&]', s.replace('&&', '')))


def check(source, value, lang):
    """Returns a list of problems of one translation (a string or a list of forms)."""
    problems = []
    forms = value if isinstance(value, list) else [value]
    want = sorted(set(PLACEHOLDER_RE.findall(source)))
    for f in forms:
        if not f.strip():
            problems.append('empty translation')
            continue
        have = sorted(set(PLACEHOLDER_RE.findall(f)))
        # %n may be left out of a singular form ("une ligne"); all others must be kept.
        if [p for p in want if p != '%n'] != [p for p in have if p != '%n'] or \
                ('%n' in have and '%n' not in want):
            problems.append('placeholders %s vs %s in %r' % (want, have, f))
        if accelerators(source) != accelerators(f):
            problems.append('accelerator count differs in %r' % f)
        if sorted(HTML_TAG_RE.findall(source)) != sorted(HTML_TAG_RE.findall(f)):
            problems.append('HTML tags differ in %r' % f)
    if isinstance(value, list) and len(value) != NUMERUS_FORMS[lang]:
        problems.append('needs %d plural forms' % NUMERUS_FORMS[lang])
    return problems


def render(msg, value, indent):
    if msg['numerus']:
        inner = ''.join('\n%s    <numerusform>%s</numerusform>' % (indent, escape(f)) for f in value)
        return '%s<translation>%s\n%s</translation>' % (indent, inner, indent)
    return '%s<translation>%s</translation>' % (indent, escape(value))


def fill(lang, table):
    """table: key -> value. Fills unfinished entries; returns the number filled."""
    path = ts_path(lang)
    with open(path, encoding='utf-8') as fh:
        text = fh.read()
    out, pos, filled = [], 0, 0
    for msg in messages(text):
        if not msg['unfinished'] or msg['vanished'] or key(msg) not in table:
            continue
        body = text[msg['start']:msg['end']]
        tr = TRANSLATION_RE.search(body)
        new_body = body[:tr.start()] + render(msg, table[key(msg)], tr.group('indent')) + body[tr.end():]
        out.append(text[pos:msg['start']])
        out.append(new_body)
        pos = msg['end']
        filled += 1
    out.append(text[pos:])
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(''.join(out))
    return filled


def reuse_known(lang):
    """Fills unfinished entries whose source is translated elsewhere in the same file."""
    with open(ts_path(lang), encoding='utf-8') as fh:
        text = fh.read()
    known = {key(m): m['value'] for m in messages(text) if not m['unfinished'] and not m['vanished']}
    return fill(lang, known)


def cmd_pending(args):
    for lang in LANGS:
        n = reuse_known(lang)
        if n:
            print('# %s: reused %d existing translations' % (lang, n), file=sys.stderr)
    pending, order = {}, []
    for lang in LANGS:
        with open(ts_path(lang), encoding='utf-8') as fh:
            for msg in messages(fh.read()):
                if msg['unfinished'] and not msg['vanished'] and key(msg) not in pending:
                    pending[key(msg)] = msg
                    order.append(key(msg))
    state = {}
    for i, k in enumerate(order, 1):
        msg = pending[k]
        state[str(i)] = k
        head = '@%d [%s]' % (i, msg['context'])
        if msg['comment']:
            head += ' (%s)' % msg['comment']
        if msg['numerus']:
            head += ' {n}'
        print(head)
        print(msg['source'].replace('\n', '\\n'))
    with open(args.state, 'w', encoding='utf-8') as fh:
        json.dump(state, fh)
    print('# %d entries pending' % len(order), file=sys.stderr)


def parse_chunk(path):
    entries, cur = {}, None
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.rstrip('\n')
            if line.startswith('@') and line[1:].strip().isdigit():
                cur = line[1:].strip()
                entries[cur] = []
            elif cur is not None and line.strip():
                entries[cur].append(line.replace('\\n', '\n'))
    return entries


def cmd_apply(args):
    with open(args.state, encoding='utf-8') as fh:
        state = json.load(fh)
    tables = {lang: {} for lang in LANGS}
    bad = 0
    for chunk in args.chunks:
        for ident, lines in parse_chunk(chunk).items():
            if ident not in state:
                print('%s: @%s: unknown id' % (chunk, ident), file=sys.stderr)
                bad += 1
                continue
            source, _comment, numerus = json.loads(state[ident])
            if len(lines) != len(LANGS):
                print('%s: @%s: expected %d lines, got %d' % (chunk, ident, len(LANGS), len(lines)), file=sys.stderr)
                bad += 1
                continue
            for lang, line in zip(LANGS, lines):
                value = [f.strip() for f in line.split(' || ')] if numerus else line
                problems = check(source, value, lang)
                if problems:
                    print('%s: @%s %s: %s' % (chunk, ident, lang, '; '.join(problems)), file=sys.stderr)
                    bad += 1
                    continue
                tables[lang][state[ident]] = value
    for lang in LANGS:
        print('%s: filled %d entries' % (lang, fill(lang, tables[lang])), file=sys.stderr)
    return 1 if bad else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest='cmd', required=True)
    p = sub.add_parser('pending', help='list unfinished entries (after reusing known translations)')
    p.add_argument('--state', required=True, help='file that remembers the ids for apply')
    a = sub.add_parser('apply', help='fill the .ts files from chunk files')
    a.add_argument('--state', required=True)
    a.add_argument('chunks', nargs='+')
    args = parser.parse_args()
    if args.cmd == 'pending':
        return cmd_pending(args) or 0
    return cmd_apply(args)


if __name__ == '__main__':
    sys.exit(main())
