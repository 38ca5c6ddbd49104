#!/usr/bin/env python3
"""Draws the accuracy sample of ACCURACY.md: findings and statements without findings over the corpus.

    ./mvnw -q -B -o install -DskipTests
    ./mvnw -q -B -o -Pbench -pl bench -am package -DskipTests
    python3 bench/accuracy-sample.py [--corpus DIR] [--seed N] [--markdown]

Runs the CLI (`check --format json --fail-on off` over the four projects' migration folders as one
set, default scope: each migration on its own) and the bench module's StatementDump (every statement the engine reads),
then with a fixed seed draws
  (a) findings stratified over rules: each rule gets a share of the sample proportional to its
      number of findings, at least 1 and at most 5, so rare rules are looked at too; inside a rule
      the picks rotate over the corpus folders;
  (b) statements with no finding on any of their lines, spread evenly over the folders.
Prints each item with file:line and its SQL (or, with --markdown, table rows to fill in by hand).
The corpus is only read, never copied. Python standard library only.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys

# the folders that hold the migration files, so that the CLI detects each project's runner
# (golang-migrate's one transaction per file for harness, Flyway for marquez and uaa)
FOLDERS = ["harness/postgres", "marquez/migration", "supabase-auth/migrations", "uaa/postgresql"]
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CLI_JAR = os.path.join("cli", "target", "migration-guard.jar")
BENCH_JAR = os.path.join("bench", "target", "benchmarks.jar")
DUMP_MAIN = "io.github.migrationguard.bench.StatementDump"
MAX_PER_RULE = 5


def run(command):
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 1 only means findings
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def folder_of(path, corpus):
    rel = os.path.relpath(os.path.join(ROOT, path), os.path.join(ROOT, corpus))
    return rel.split(os.sep)[0]


def rule_quotas(by_rule, total_wanted):
    """Share of the sample per rule: proportional, at least 1, at most MAX_PER_RULE, summing to total_wanted."""
    total = sum(len(v) for v in by_rule.values())
    quota = {r: max(1, min(MAX_PER_RULE, len(v), round(total_wanted * len(v) / total))) for r, v in by_rule.items()}
    rules = sorted(by_rule)
    # trim from the biggest rules, or grow the rules with room left, until the sum fits
    while sum(quota.values()) > total_wanted:
        biggest = max(rules, key=lambda r: (quota[r], len(by_rule[r]), r))
        quota[biggest] -= 1
    while sum(quota.values()) < total_wanted:
        room = [r for r in rules if quota[r] < min(MAX_PER_RULE, len(by_rule[r]))]
        if not room:
            break
        quota[max(room, key=lambda r: (len(by_rule[r]) - quota[r] * total / total_wanted, r))] += 1
    return quota


def spread(items, count, rng, key):
    """count items, taken in turn from each group of key (groups and members in seeded random order)."""
    groups = collections.defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    order = sorted(groups)
    rng.shuffle(order)
    for g in order:
        rng.shuffle(groups[g])
    picked = []
    while len(picked) < count and any(groups.values()):
        for g in order:
            if groups[g] and len(picked) < count:
                picked.append(groups[g].pop())
    return picked


def statement_at(statements, file, line):
    """The innermost statement of file whose lines hold line (nested DO-block statements come after their block)."""
    hits = [s for s in statements if s["file"] == file and s["line"] <= line <= s["endLine"]]
    return hits[-1] if hits else None


def one_line(text, width=110):
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=os.path.join("..", "shared", "corpus"),
                        help="corpus folder, relative to the project root (default ../shared/corpus)")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--findings", type=int, default=50)
    parser.add_argument("--statements", type=int, default=50)
    parser.add_argument("--markdown", action="store_true", help="print table rows for ACCURACY.md")
    args = parser.parse_args()

    for jar in (CLI_JAR, BENCH_JAR):
        if not os.path.isfile(os.path.join(ROOT, jar)):
            sys.exit(f"{jar} missing: build it first (see the top of this script)")
    paths = [os.path.join(args.corpus, f) for f in FOLDERS]
    report = json.loads(run(["java", "-jar", CLI_JAR, "check", "--format", "json", "--fail-on", "off", *paths]))
    statements = [json.loads(line) for line in run(["java", "-cp", BENCH_JAR, DUMP_MAIN, *paths]).splitlines()]
    findings = report["findings"]
    rng = random.Random(args.seed)

    by_rule = collections.defaultdict(list)
    for f in findings:
        by_rule[f["ruleId"]].append(f)
    sampled = []
    for rule, quota in sorted(rule_quotas(by_rule, args.findings).items()):
        sampled += spread(by_rule[rule], quota, rng, lambda f: folder_of(f["file"], args.corpus))

    flagged = collections.defaultdict(set)
    for f in findings:
        flagged[f["file"]].update(range(f["line"], f["endLine"] + 1))
    quiet = [s for s in statements
             if not any(n in flagged[s["file"]] for n in range(s["line"], s["endLine"] + 1))]
    quiet_sample = spread(quiet, args.statements, rng, lambda s: folder_of(s["file"], args.corpus))
    quiet_sample.sort(key=lambda s: (s["file"], s["line"]))

    print(f"# {len(findings)} findings, {len(statements)} statements, {len(quiet)} without a finding; seed {args.seed}")
    if args.markdown:
        print("\n| # | rule | file:line | statement | verdict | note |\n|---:|---|---|---|---|---|")
        for i, f in enumerate(sampled, 1):
            s = statement_at(statements, f["file"], f["line"])
            text = one_line(s["sql"] if s else f["message"]).replace("|", "\\|")
            print(f"| F{i} | {f['ruleId']} | {os.path.relpath(f['file'], args.corpus)}:{f['line']} | `{text}` |  |  |")
        print("\n| # | file:line | model | statement | verdict |\n|---:|---|---|---|---|")
        for i, s in enumerate(quiet_sample, 1):
            text = one_line(s["sql"]).replace("|", "\\|")
            print(f"| S{i} | {os.path.relpath(s['file'], args.corpus)}:{s['line']} | {s['model']} | `{text}` |  |")
        return
    print(f"\n## (a) {len(sampled)} findings\n")
    for i, f in enumerate(sampled, 1):
        s = statement_at(statements, f["file"], f["line"])
        print(f"F{i} [{f['ruleId']}] {f['file']}:{f['line']}:{f['column']}")
        print(f"  statement ({s['model'] if s else '?'}, line {s['line'] if s else '?'}): {s['sql'] if s else '?'}")
        print(f"  message: {f['message']}")
        if f.get("fix"):
            print("  fix: " + f["fix"].replace("\n", "\n       "))
        print()
    print(f"\n## (b) {len(quiet_sample)} statements without findings\n")
    for i, s in enumerate(quiet_sample, 1):
        print(f"S{i} {s['file']}:{s['line']} ({s['model']}, {s['nesting']}, {s['frontend']})")
        print("  " + s["sql"].replace("\n", "\n  "))
        print()


if __name__ == "__main__":
    main()
