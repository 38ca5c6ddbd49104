#!/usr/bin/env bash
# Lints the shared corpus of real migrations with the CLI and prints, per folder and for all four
# together: files, statements, wall time, statements per second, peak memory (RSS) and the share of
# statements read by JSqlParser, by the token reader, and left unanalyzed.
#
#   bash bench/corpus.sh [CORPUS_DIR]      (default: ../shared/corpus beside the project)
#
# Optional: the corpus is never part of the build or the tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus}
jar=$root/cli/target/migration-guard.jar
if [ ! -d "$corpus" ]; then
  echo "no corpus at $corpus" >&2
  exit 2
fi
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests -pl cli -am package)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() {
  local name=$1; shift
  # exit 1 only means findings; anything else is a crash and stops the bench
  set +e
  /usr/bin/time -f "%e %M" -o "$tmp/time" java -jar "$jar" check --format json --fail-on off "$@" \
    > "$tmp/out.json" 2> "$tmp/err"
  local code=$?
  set -e
  if [ "$code" -ne 0 ]; then
    echo "$name: exit $code" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  python3 - "$name" "$tmp/out.json" "$tmp/time" <<'PY'
import json, sys
name, out, timing = sys.argv[1:]
report = json.load(open(out))
wall, rss_kb = open(timing).read().split()[-2:]
wall = float(wall); s = report["summary"]; n = s["statements"]; fe = s.get("frontends", {})
def pct(k): return 100.0 * k / n if n else 0.0
print(f"| {name} | {s['files']} | {n} | {wall:.2f} | {n / wall:.0f} | {int(rss_kb) // 1024} | "
      f"{pct(fe.get('jsqlparser', 0)):.1f}% | {pct(fe.get('tokens', 0)):.1f}% | {pct(s['unanalyzed']):.1f}% | "
      f"{sum(s['findings'].values())} | {len(report['diagnostics'])} |")
PY
}

echo "| corpus | files | statements | wall s | statements/s | peak RSS MiB | JSqlParser | tokens | unanalyzed | findings | diagnostics |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for dir in harness marquez supabase-auth uaa; do
  run "$dir" "$corpus/$dir"
done
run "all four" "$corpus/harness" "$corpus/marquez" "$corpus/supabase-auth" "$corpus/uaa"
