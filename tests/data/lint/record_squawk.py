#!/usr/bin/env python3
"""Re-records expected.json by running squawk on every .sql file here.

Run by hand when the corpus changes (needs squawk from npm):
    SQUAWK=/path/to/squawk python3 record_squawk.py
The unit test reads only expected.json, so CI does not need squawk.
Hand-written "differences" entries are kept across re-recording.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SQUAWK = os.environ.get("SQUAWK", "squawk")
# Options per file (mirrored into LintOptions by the test).
OPTIONS = {
    "13_pg10.sql": {"pgVersion": 10},
    "14_schema_optin.sql": {"include": ["require-table-schema"]},
    "15_pg19_repack.sql": {"pgVersion": 19},
    "16_assume_tx.sql": {"assumeInTransaction": True},
}

def run(path, opts):
    args = [SQUAWK, "--reporter", "json"]
    if "pgVersion" in opts:
        args += ["--pg-version", str(opts["pgVersion"])]
    if opts.get("include"):
        args += ["--include", ",".join(opts["include"])]
    if opts.get("assumeInTransaction"):
        args += ["--assume-in-transaction"]
    out = subprocess.run(args + [path], capture_output=True, text=True).stdout
    return sorted(v["rule_name"] for v in json.loads(out))

def main():
    target = os.path.join(HERE, "expected.json")
    old = json.load(open(target)) if os.path.exists(target) else {"files": {}}
    version = subprocess.run([SQUAWK, "--version"], capture_output=True, text=True).stdout.strip()
    files = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".sql"):
            continue
        opts = OPTIONS.get(name, {})
        entry = {"options": opts, "squawk": run(os.path.join(HERE, name), opts)}
        if "differences" in old["files"].get(name, {}):
            entry["differences"] = old["files"][name]["differences"]
        files[name] = entry
    json.dump({"recordedWith": version, "files": files}, open(target, "w"), indent=2, sort_keys=True)
    open(target, "a").write("\n")

if __name__ == "__main__":
    sys.exit(main())
