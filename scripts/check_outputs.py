#!/usr/bin/env python3
"""Check that the committed outputs under papers/ come from the committed code.

Plain git and the Python standard library: it runs before anything is installed.

For every run.json that git tracks under papers/ (papers/<paper>/run.json and
papers/<paper>/large/run.json):
- its git revision is recorded, clean (no "+dirty") and a commit of this branch's history;
- the paper's notebook (nbs/1N_<paper>.ipynb, or nbs/3N_<study>.ipynb for the leaderboard) and module (kdexplain/<paper>.py) have not
  changed in any commit after that revision;
- papers/<paper>/run.json comes from the "default" profile, papers/<paper>/large/run.json
  from "large".
And no executed notebook (.ipynb) or array file (.npz) is tracked under papers/: those are
written locally by a run and ignored by git.

Every problem is printed on one line that names the paper (and the commit). Exit code 1 when
there is one, 0 otherwise; with the environment variable CHECK_OUTPUTS=warn the lines are
printed and the exit code is 0.

    python3 scripts/check_outputs.py [--root DIR]
"""
from __future__ import annotations
import argparse, json, os, re, subprocess, sys
from pathlib import Path

RUN_JSON = re.compile(r"papers/([^/]+)/(large/)?run\.json")


def git(root, *args) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)


def tracked(root, *pathspecs) -> list[str]:
    out = git(root, "ls-files", "-z", "--", *pathspecs)
    if out.returncode: raise SystemExit(f"check-outputs: {root} is not a git checkout ({out.stderr.strip()})")
    return [p for p in out.stdout.split("\0") if p]


def problems(root) -> tuple[list[str], int]:
    "(one line per problem, number of run.json files checked)"
    root = Path(root)
    found = [f"{p.split('/')[1]}: {p} is a local output (executed notebook or array) and must not be committed: git rm --cached {p}"
             for p in tracked(root, "papers") if p.endswith((".ipynb", ".npz"))]
    runs = [p for p in tracked(root, "papers") if RUN_JSON.fullmatch(p)]
    for rel in runs:
        paper, large = RUN_JSON.fullmatch(rel).groups()
        try: manifest = json.loads((root / rel).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            found.append(f"{paper}: {rel} cannot be read: {e}"); continue
        expected = "large" if large else "default"
        if manifest.get("profile") != expected:
            found.append(f"{paper}: {rel} comes from the {manifest.get('profile')!r} profile; the committed outputs there are {expected!r}")
        rev = manifest.get("git_revision")
        if not rev:
            found.append(f"{paper}: {rel} records no git revision: rerun the paper from a git checkout"); continue
        if rev.endswith("+dirty"):
            found.append(f"{paper}: {rel} was produced with uncommitted changes on top of {rev[:12]}: rerun the paper from a clean tree"); continue
        if git(root, "cat-file", "-e", f"{rev}^{{commit}}").returncode:
            found.append(f"{paper}: {rel} records revision {rev[:12]}, which is not a commit of this repository"); continue
        if git(root, "merge-base", "--is-ancestor", rev, "HEAD").returncode:
            found.append(f"{paper}: {rel} records revision {rev[:12]}, which is not in the history of HEAD"); continue
        sources = [*tracked(root, f"nbs/1[0-9]_{paper}.ipynb", f"nbs/3[0-9]_{paper}.ipynb"), f"kdexplain/{paper}.py"]   # papers 1N, studies 3N
        later = git(root, "log", "--format=%h %s", f"{rev}..HEAD", "--", *sources).stdout.splitlines()
        if later:
            found.append(f"{paper}: {rel} comes from {rev[:12]}, but {' and '.join(sources)} changed after it in {len(later)} commit(s), "
                         f"latest {later[0][:90]}: rerun `kdexplain reproduce {paper}` and commit its outputs")
    return found, len(runs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=Path(__file__).resolve().parent.parent, help="the checkout (default: this script's)")
    args = parser.parse_args(argv)
    found, n = problems(args.root)
    warn_only = os.environ.get("CHECK_OUTPUTS", "").lower() == "warn"
    if not found:
        print(f"check-outputs: ok, the committed outputs ({n} run.json) come from the committed code"); return 0
    print(f"check-outputs: {len(found)} problem(s) with the committed outputs under papers/"
          + (" (CHECK_OUTPUTS=warn: reported, not enforced)" if warn_only else "") + ":")
    for line in found: print(f"  {line}")
    print("  Regenerate them from a clean tree (make reproduce) and commit papers/.")
    return 0 if warn_only else 1


if __name__ == "__main__":
    sys.exit(main())
