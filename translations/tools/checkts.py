#!/usr/bin/env python3
"""ctest translations_complete: fails when a .ts file is not complete.

Runs lupdate over the sources (the project the update_translations target uses,
but keeping obsolete entries) into a temporary copy of each .ts file, then
fails on any entry that is unfinished (untranslated, or new in the sources),
vanished/obsolete (gone from the sources), or whose translation does not keep
the placeholders (%1, %n, %L1), HTML tags and the & accelerator of its source.
A file given with --pluralonly (slipway_en.ts: English plural forms) is
refreshed with lupdate -pluralonly, so it holds only the messages with %n.
Fix: `cmake --build <build> --target update_translations`, then
translations/tools/tsfill.py (see its header) for the entries left.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tsfill  # noqa: E402

tsfill.NUMERUS_FORMS.setdefault('en', 2)  # one, other


def lupdate_copy(args, tmp, ts_files, options=()):
    if not os.path.exists(args.project_cmake):
        raise SystemExit('%s is missing: configure the build with CMake first '
                         '(qt_add_translations writes it)' % args.project_cmake)
    project = os.path.join(tmp, 'project.json')
    subprocess.run([args.cmake, '-DIN_FILE=' + args.project_cmake, '-DOUT_FILE=' + project,
                    '-P', args.generator], check=True)
    copies = []
    if not ts_files:
        return copies
    for ts in ts_files:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copyfile(ts, copy)
        copies.append(copy)
    result = subprocess.run([args.lupdate, '-project', project, '-locations', 'none'] + list(options)
                            + ['-ts'] + copies,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        print(result.stdout)
        raise SystemExit('lupdate failed (%d)' % result.returncode)
    return copies


def problems_of(path, lang):
    with open(path, encoding='utf-8') as fh:
        text = fh.read()
    for msg in tsfill.messages(text):
        where = '[%s] %r' % (msg['context'], msg['source'][:80])
        if msg['vanished']:
            yield 'obsolete (no longer in the sources): ' + where
        elif msg['unfinished']:
            yield 'unfinished: ' + where
        else:
            for p in tsfill.check(msg['source'], msg['value'], lang):
                yield '%s: %s' % (p, where)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--lupdate', required=True)
    parser.add_argument('--cmake', required=True)
    parser.add_argument('--project-cmake', required=True, help='the .lupdate/<target>_project.cmake of the build')
    parser.add_argument('--generator', required=True, help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument('--pluralonly', action='append', default=[],
                        help='a .ts file of plural forms only (lupdate -pluralonly)')
    parser.add_argument('ts', nargs='+')
    args = parser.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory(prefix='slipway-ts-') as tmp:
        pairs = list(zip(args.ts, lupdate_copy(args, tmp, args.ts)))
        plural_tmp = os.path.join(tmp, 'pluralonly')
        os.mkdir(plural_tmp)
        pairs += list(zip(args.pluralonly, lupdate_copy(args, plural_tmp, args.pluralonly, ['-pluralonly'])))
        for ts, copy in pairs:
            lang = os.path.splitext(os.path.basename(ts))[0].rsplit('_', 1)[-1]
            found = list(problems_of(ts, lang)) + [p for p in problems_of(copy, lang)]
            found = list(dict.fromkeys(found))
            for p in found[:40]:
                print('%s: %s' % (os.path.basename(ts), p))
            if len(found) > 40:
                print('%s: ... and %d more' % (os.path.basename(ts), len(found) - 40))
            print('%s: %d problem(s)' % (os.path.basename(ts), len(found)))
            failed += len(found)
    if failed:
        print('Fix: cmake --build <build> --target update_translations, then translations/tools/tsfill.py')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
