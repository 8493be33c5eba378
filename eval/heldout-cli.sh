#!/usr/bin/env bash
# Scores the claim records users get from the CLI on held-out samples: each
# sample's texts as a JSONL batch, `crosscheck extract` on it, and the saved
# records scored against the gold file (the `cli claims` rows).
# Usage: eval/heldout-cli.sh [--written] GOLD...
#   e.g. eval/heldout-cli.sh eval/heldout/dev2.jsonl
# --written leaves out the records marked `"inferred":true` (a count read
# from words with no number written: "a man was killed" is 1), which the
# guideline's gold leaves out (a quantity is a number written in the text;
# the article `a` and names are none).
set -euo pipefail
written=()
if [ "${1:-}" = "--written" ]; then
  written=(--written)
  shift
fi
[ $# -gt 0 ] || { echo "usage: eval/heldout-cli.sh [--written] GOLD..." >&2; exit 2; }
golds=()
for g in "$@"; do golds+=("$(realpath "$g")"); done
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo build --release --quiet --bin crosscheck --example heldout
for gold in "${golds[@]}"; do
  target/release/examples/heldout --gold "$gold" --emit-input "$dir/batch.jsonl"
  target/release/crosscheck extract "$dir/batch.jsonl" --format jsonl >"$dir/claims.jsonl"
  target/release/examples/heldout --gold "$gold" --claims "$dir/claims.jsonl" "${written[@]}"
done
