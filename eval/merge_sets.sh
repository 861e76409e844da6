#!/bin/bash
# Copy the gathered texts of one or more sets into one folder, for measuring story grouping:
#   eval/merge_sets.sh OUT SET...      e.g. eval/merge_sets.sh /tmp/grp eval/devset eval/grouping
# Each SET/texts/<event>/NN_<site>.txt becomes OUT/KKKK_<site>.txt, numbered in event then file
# order, so the file still names its outlet as it did in its event's folder; OUT.truth.tsv lists
# each copied file with its event, as `cargo run --release --example stories -- OUT OUT.truth.tsv`
# reads it.
set -euo pipefail
out=$1
shift
rm -rf "$out"
mkdir -p "$out"
: >"$out.truth.tsv"
count=0
for set in "$@"; do
  for dir in "$set"/texts/*/; do
    event=$(basename "$dir")
    for file in "$dir"*; do
      count=$((count + 1))
      name="$(printf '%04d' "$count")_$(basename "$file" | sed 's/^[0-9]*_//')"
      cp "$file" "$out/$name"
      printf '%s\t%s\n' "$name" "$event" >>"$out.truth.tsv"
    done
  done
done
echo "$(wc -l <"$out.truth.tsv") articles in $out"
