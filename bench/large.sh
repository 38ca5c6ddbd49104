#!/usr/bin/env bash
# Lints generated migrations of one very large file each with the CLI and prints wall time and peak memory:
# a file of many statements must cost time in proportion to its size (no rule may walk every earlier
# statement at every statement).
#
#   bash bench/large.sh
#
# Optional, never part of the build or the tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/cli/target/migration-guard.jar
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests -pl cli -am package)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" <<'PY'
import os, sys
out = sys.argv[1]
def write(name, text):
    os.makedirs(os.path.join(out, name))
    with open(os.path.join(out, name, 'V1__' + name + '.sql'), 'w') as f:
        f.write(text)
write('selects', 'SELECT 1;\n' * 200000)
write('inserts', ''.join(f'INSERT INTO t (id) VALUES ({i});\n' for i in range(200000)))
write('updates', 'ALTER TABLE t ADD COLUMN x int;\n'
      + ''.join(f'UPDATE t SET a = 1 WHERE id = {i};\n' for i in range(20000)))
write('deletes', 'ALTER TABLE t ADD COLUMN x int;\n'
      + ''.join(f'DELETE FROM t WHERE a = {i};\n' for i in range(20000)))
write('ddl', ''.join(f'ALTER TABLE t{i % 50} ADD COLUMN c{i} int;\nCREATE INDEX i{i} ON t{i % 50} (c{i});\n'
                     for i in range(20000)))
PY

echo "| file | statements | wall s | peak RSS MiB |"
echo "|---|---:|---:|---:|"
for name in selects inserts updates deletes ddl; do
  set +e
  /usr/bin/time -f "%e %M" -o "$tmp/time" java -jar "$jar" check --format json --fail-on off "$tmp/$name" \
    > "$tmp/out.json" 2> "$tmp/err"
  code=$?
  set -e
  if [ "$code" -ne 0 ]; then
    echo "$name: exit $code" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  read -r wall rss < <(tail -1 "$tmp/time")
  statements=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['statements'])" "$tmp/out.json")
  echo "| $name | $statements | $wall | $((rss / 1024)) |"
done
