#!/usr/bin/env bash
# Side by side on the same folder in one run: newsdiff's text and JSONL reports against the
# Python peer (issue 9). Usage: benches/side_by_side.sh DIR [PYTHON]
# PYTHON defaults to /tmp/peervenv/bin/python (see ../shared/peers/README.md for the venv).
#
# ROUNDS=N: instead, N rounds of (newsdiff text, peer, newsdiff text), each round's ratio taken
# against the mean of the two newsdiff runs around the peer's, then the median ratio. On a shared
# two-core machine one binary's wall time varies by a quarter within minutes, so a single run
# says little; the sandwich puts each peer run between two of newsdiff's under the same load.
set -u
dir=$1
py=${2:-/tmp/peervenv/bin/python}
nd=${NEWSDIFF:-target/release/newsdiff}
peer=${PEER:-../shared/peers/python_peer.py}
files=$(find "$dir" -type f | wc -l)
mb=$(du -sb "$dir" | awk '{printf "%.1f", $1/1048576}')
echo "corpus: $dir, $files files, $mb MiB"
t() { /usr/bin/time -f "%e s %M KiB" "$@" 2>&1 >/dev/null | tail -1; }
if [ -n "${ROUNDS:-}" ]; then
    secs() { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; }
    ratios=()
    for _ in $(seq "$ROUNDS"); do
        a=$(secs "$nd" report "$dir" -q --output /tmp/nd-side.txt --force)
        p=$(secs "$py" "$peer" "$dir" --output /tmp/peer-side.json)
        b=$(secs "$nd" report "$dir" -q --output /tmp/nd-side.txt --force)
        r=$(awk -v a="$a" -v p="$p" -v b="$b" 'BEGIN {if (a + b > 0) printf "%.2f", 2 * p / (a + b); else print "inf"}')
        echo "newsdiff text $a s, peer $p s, newsdiff text $b s: ${r}x"
        ratios+=("$r")
    done
    median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
    echo "median: ${median}x over $ROUNDS rounds"
    exit 0
fi
echo "newsdiff text:  $(t "$nd" report "$dir" -q --output /tmp/nd-side.txt --force)"
echo "newsdiff jsonl: $(t sh -c "exec $nd report '$dir' -q -f jsonl > /tmp/nd-side.jsonl")"
echo "python peer:    $(t "$py" "$peer" "$dir" --output /tmp/peer-side.json)"
