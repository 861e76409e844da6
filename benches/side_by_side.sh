#!/usr/bin/env bash
# Side by side on the same folder in one run: newsdiff's text and JSONL reports against the
# Python peer (issue 9). Usage: benches/side_by_side.sh DIR [PYTHON]
# PYTHON defaults to /tmp/peervenv/bin/python (see ../shared/peers/README.md for the venv).
set -u
dir=$1
py=${2:-/tmp/peervenv/bin/python}
nd=${NEWSDIFF:-target/release/newsdiff}
peer=${PEER:-../shared/peers/python_peer.py}
files=$(find "$dir" -type f | wc -l)
mb=$(du -sb "$dir" | awk '{printf "%.1f", $1/1048576}')
echo "corpus: $dir, $files files, $mb MiB"
t() { /usr/bin/time -f "%e s %M KiB" "$@" 2>&1 >/dev/null | tail -1; }
echo "newsdiff text:  $(t "$nd" report "$dir" -q --output /tmp/nd-side.txt --force)"
echo "newsdiff jsonl: $(t sh -c "exec $nd report '$dir' -q -f jsonl > /tmp/nd-side.jsonl")"
echo "python peer:    $(t "$py" "$peer" "$dir" --output /tmp/peer-side.json)"
