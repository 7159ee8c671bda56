#!/usr/bin/env bash
# The README's commands, run as printed (runs under the smoke profile, into a temporary folder);
# `make test` runs this after the notebooks. Last line: "README commands: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export PATH="$repo/.venv/bin:$PATH"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kdexplain-readme-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0

# case NAME EXPECTED_EXIT COMMAND...: runs the command (output in $tmp/NAME.log), then the checks
# named check_NAME if such a function exists; prints one line per case.
case_() {
  local name=$1 want=$2; shift 2
  local t0=$SECONDS
  ( "$@" ) >"$tmp/$name.log" 2>&1; local rc=$?
  local why=""
  if [ "$rc" -ne "$want" ]; then why="exit code $rc, expected $want"
  elif declare -F "check_$name" >/dev/null; then why=$("check_$name" "$tmp/$name.log" 2>&1) || why=${why:-"check failed"}
  fi
  if [ -z "$why" ]; then passed=$((passed + 1)); echo "README ok   $name ($((SECONDS - t0)) s): $*"
  else failed=$((failed + 1)); echo "README FAIL $name ($((SECONDS - t0)) s): $*"; echo "  $why"; tail -n 25 "$tmp/$name.log" | sed 's/^/  | /'; fi
}
has() { grep -q -- "$2" "$1" || { echo "output lacks: $2"; return 1; }; }
json() { python3 -c "import json, sys; d = json.load(open(sys.argv[1])); print($2)" "$1"; }

# `papers/` before and after: a smoke run without --out must not touch it
snapshot() { find papers -printf '%p %s %T@\n' | sort; }

check_list() { for p in medtex distillo kdfmv pylon surrogate; do has "$1" "$p" || return 1; done; has "$1" "profiles"; }
case_ list 0 kdexplain reproduce --list

snapshot >"$tmp/papers.before"
check_quick_look() {
  snapshot >"$tmp/papers.after"; cmp -s "$tmp/papers.before" "$tmp/papers.after" || { echo "papers/ changed:"; diff "$tmp/papers.before" "$tmp/papers.after" | head; return 1; }
  local root; root=$(sed -n 's/^results: \([^ ]*\).*/\1/p' "$1")
  [ -f "$root/kdfmv/claims.csv" ] && [ -f "$root/kdfmv/kdfmv.ipynb" ] || { echo "no claims.csv / executed notebook under '$root/kdfmv'"; return 1; }
  has "$1" "smoke profile: results go to the temporary folder" && has "$1" "cell 1/" && has "$1" "stage: "
  rm -rf "$root"
}
case_ quick_look 0 kdexplain reproduce kdfmv --profile smoke

check_seeds() { [ "$(json "$tmp/results/surrogate/run.json" '" ".join(map(str, (d["seeds"], d["out_dir"])))')" = "[0, 1, 2] $tmp/results/surrogate" ] || { echo "run.json: wrong seeds or folder"; return 1; }; }
case_ seeds 0 kdexplain reproduce surrogate --seeds 0 1 2 --out "$tmp/results" --profile smoke

check_make_reproduce() {
  local want; want=$(python3 -c "import os; print(max(1, len(os.sched_getaffinity(0)) // 2))")
  for p in kdfmv surrogate; do
    [ "$(json "$tmp/make/$p/run.json" 'd["threads"]')" = "$want" ] || { echo "$p: run.json threads is not cores/2 = $want"; return 1; }
  done
  has "$1" "2 of 2 papers reproduced" && has "$1" "claims per verdict: "
}
case_ make_reproduce 0 make -s -o .venv/.kdexplain-installed -o .venv/etc/ipython/ipython_kernel_config.py reproduce PROFILE=smoke PAPERS="kdfmv surrogate" OUT="$tmp/make"

check_papermill() {
  [ "$(json "$tmp/pm/surrogate/run.json" 'd["seeds"]')" = "[0, 1, 2]" ] || { echo "the seeds did not reach the notebook"; return 1; }
  [ -z "$(find "$tmp/pm" -name '.staging-*')" ] || { echo "a staging folder was left"; return 1; }
}
case_ papermill 0 bash -c "cd nbs && ../.venv/bin/papermill 14_surrogate.ipynb '$tmp/surrogate.ipynb' -p profile smoke -p seeds \"[0, 1, 2]\" -p out_dir '$tmp/pm/surrogate'"

check_real_data() { [ "$(wc -l <"$1")" -eq 1 ] && has "$1" "^kdexplain reproduce: error: "; }
if [ -d /data/nih ]; then echo "README skip real_data: /data/nih exists here, the command would start a paper-profile run"
else case_ real_data 2 kdexplain reproduce pylon --profile paper --dataset nih --data-root /data/nih --device cuda; fi

check_lab() { has "$1" "jupyter lab --KernelManager.transport_encryption=auto"; }
case_ lab 0 bash -c "make -n lab && .venv/bin/jupyter lab --version"

check_check_outputs() { has "$1" "^check-outputs: "; }
case_ check_outputs 0 env CHECK_OUTPUTS=warn make -s check-outputs

check_clean_outputs() {
  local c=$tmp/clean/papers/demo
  [ -f "$c/reported.json" ] && [ -f "$c/claims.csv" ] || { echo "committed files were removed"; return 1; }
  [ -z "$(find "$tmp/clean" -name '*.ipynb' -o -name '*.npz' -o -name '.staging-*')" ] || { echo "leftovers remain"; return 1; }
}
mkdir -p "$tmp/clean/papers/demo/.staging-demo-x/tables" "$tmp/clean/papers/.staging-demo-y"
touch "$tmp/clean/papers/demo/"{reported.json,claims.csv,demo.ipynb,cams.npz} "$tmp/clean/papers/demo/.staging-demo-x/tables/t.csv"
case_ clean_outputs 0 make -s -C "$tmp/clean" -f "$repo/Makefile" clean-outputs

echo "README commands: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
