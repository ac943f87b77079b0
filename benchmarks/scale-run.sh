#!/usr/bin/env bash
# Scale run of `inclusion evaluate --jsonl` (benchmarks/README.md, "Scale").
# Generates N synthetic organisations (deterministic, seed 42) as a folder of YAML files, evaluates them with the
# Release build of the CLI streaming JSON lines to a file, and records wall time and peak memory (maximum resident
# set size, from GNU time). Usage: benchmarks/scale-run.sh [WORKDIR] [COUNTS...]   (default: a temp dir; 3000 30000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d)}"
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(3000 30000)
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time" >&2; exit 2; }

dotnet build -c Release "$root/src/InclusionStandards.Cli" -o "$work/cli" >/dev/null
dotnet build -c Release "$root/benchmarks/InclusionStandards.Benchmarks" -o "$work/bench" >/dev/null

printf 'organisations\twall seconds\tpeak RSS (KB)\tresult lines\n' | tee "$work/summary.tsv"
for n in "${counts[@]}"; do
  dir="$work/orgs-$n"
  [ -d "$dir" ] || dotnet "$work/bench/InclusionStandards.Benchmarks.dll" generate --count "$n" --out "$dir" --seed 42 >/dev/null
  /usr/bin/time -v -o "$work/time-$n.txt" dotnet "$work/cli/inclusion.dll" evaluate "$dir" --jsonl --out "$work/results-$n.jsonl" 2>"$work/stderr-$n.txt" || true
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time-$n.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$n.txt")
  lines=$(wc -l < "$work/results-$n.jsonl")
  printf '%s\t%s\t%s\t%s\n' "$n" "$wall" "$rss" "$lines" | tee -a "$work/summary.tsv"
done
echo "Results in $work (summary.tsv, time-N.txt, stderr-N.txt)."
