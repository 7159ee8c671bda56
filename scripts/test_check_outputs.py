#!/usr/bin/env python3
"""Tests of scripts/check_outputs.py on a throwaway git repository (standard library only).

    python3 scripts/test_check_outputs.py
"""
from __future__ import annotations
import json, os, shutil, subprocess, sys, tempfile, unittest
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "check_outputs.py"


class CheckOutputs(unittest.TestCase):
    def setUp(self):
        self.root = Path(tempfile.mkdtemp(prefix="check-outputs-test-"))
        self.git("init", "-q")
        for rel, text in {"nbs/10_demo.ipynb": "{}", "nbs/11_other.ipynb": "{}", "kdexplain/demo.py": "x = 1\n",
                          "kdexplain/core.py": "y = 1\n", "papers/demo/reported.json": "{}"}.items():
            self.write(rel, text)
        self.code_rev = self.commit("code")

    def tearDown(self): shutil.rmtree(self.root)

    def git(self, *args) -> str:
        return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=self.root,
                              check=True, capture_output=True, text=True).stdout.strip()

    def write(self, rel, text):
        (self.root / rel).parent.mkdir(parents=True, exist_ok=True); (self.root / rel).write_text(text)

    def commit(self, message) -> str:
        self.git("add", "-A"); self.git("commit", "-q", "-m", message); return self.git("rev-parse", "HEAD")

    def outputs(self, rev, profile="default", rel="papers/demo/run.json"):
        self.write(rel, json.dumps({"paper": "demo", "profile": profile, "git_revision": rev}))
        self.write(str(Path(rel).parent / "claims.csv"), "id,verdict\n1,holds\n")
        return self.commit("outputs")

    def check(self, **env):
        r = subprocess.run([sys.executable, str(SCRIPT), "--root", str(self.root)], capture_output=True, text=True,
                           env={**os.environ, "CHECK_OUTPUTS": "", **env})
        return r.returncode, r.stdout

    def test_outputs_of_the_current_code_pass(self):
        self.outputs(self.code_rev)
        self.write("kdexplain/core.py", "y = 2\n"); self.write("nbs/11_other.ipynb", '{"x": 1}')
        self.commit("shared module and another paper change: not this paper's sources")
        code, said = self.check()
        self.assertEqual(code, 0, said); self.assertIn("check-outputs: ok", said)

    def test_notebook_changed_after_the_run(self):
        self.outputs(self.code_rev)
        self.write("nbs/10_demo.ipynb", '{"cells": []}'); later = self.commit("demo notebook: new table")
        code, said = self.check()
        self.assertEqual(code, 1, said)
        self.assertIn(f"demo: papers/demo/run.json comes from {self.code_rev[:12]}, but nbs/10_demo.ipynb and kdexplain/demo.py changed", said)
        self.assertIn(f"latest {later[:7]} demo notebook: new table", said)

    def test_study_notebook_changed_after_the_run(self):
        self.write("nbs/30_board.ipynb", "{}"); self.write("kdexplain/board.py", "z = 1\n"); rev = self.commit("study")
        self.write("papers/board/run.json", json.dumps({"paper": "board", "profile": "default", "git_revision": rev})); self.commit("outputs")
        self.write("nbs/30_board.ipynb", '{"cells": []}'); self.commit("study notebook: new figure")
        code, said = self.check()
        self.assertEqual(code, 1, said); self.assertIn("board: papers/board/run.json comes from", said); self.assertIn("nbs/30_board.ipynb", said)

    def test_module_changed_after_the_large_run(self):
        self.outputs(self.code_rev, profile="large", rel="papers/demo/large/run.json")
        self.write("kdexplain/demo.py", "x = 2\n"); later = self.commit("demo module")
        code, said = self.check()
        self.assertEqual(code, 1, said); self.assertIn("demo: papers/demo/large/run.json comes from", said); self.assertIn(later[:7], said)

    def test_dirty_missing_unknown_revision_and_wrong_profile(self):
        for rev, says in [(self.code_rev + "+dirty", "uncommitted changes on top of"), (None, "records no git revision"),
                          ("0" * 40, "which is not a commit of this repository")]:
            self.outputs(rev)
            code, said = self.check()
            self.assertEqual(code, 1, said); self.assertIn(f"demo: papers/demo/run.json {says}" if rev is None else says, said)
        self.outputs(self.code_rev, profile="smoke")
        code, said = self.check()
        self.assertEqual(code, 1, said); self.assertIn("comes from the 'smoke' profile", said)

    def test_executed_notebooks_and_arrays_must_not_be_committed(self):
        self.outputs(self.code_rev)
        self.write("papers/demo/demo.ipynb", "{}"); self.write("papers/demo/cams.npz", "x"); self.commit("oops")
        code, said = self.check()
        self.assertEqual(code, 1, said)
        self.assertIn("git rm --cached papers/demo/demo.ipynb", said); self.assertIn("git rm --cached papers/demo/cams.npz", said)

    def test_warn_switch_reports_without_failing(self):
        self.outputs(self.code_rev + "+dirty")
        code, said = self.check(CHECK_OUTPUTS="warn")
        self.assertEqual(code, 0, said); self.assertIn("not enforced", said); self.assertIn("uncommitted changes", said)


if __name__ == "__main__":
    unittest.main(verbosity=1)
