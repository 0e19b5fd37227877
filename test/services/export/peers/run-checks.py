"""Runs the exported check.py of many export folders in one Python process (torch loads once).

Reads {"folders": [...]} on stdin. Each check.py runs as a script (runpy, run_name "__main__"),
exactly as `python3 check.py` would; prints its exit status and output per folder as JSON.
"""

import contextlib
import io
import json
import runpy
import sys

# Imported here so that a missing module fails the whole run with its name, not inside a check.
import numpy  # noqa: F401
import torch  # noqa: F401


def exit_status(code):
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def run_check(folder):
    sys.modules.pop("model", None)  # each folder has its own model.py
    saved_path = list(sys.path)
    stdout, stderr = io.StringIO(), io.StringIO()
    status = 0
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            runpy.run_path(f"{folder}/check.py", run_name="__main__")
        except SystemExit as exit:
            status = exit_status(exit.code)
    sys.path[:] = saved_path
    return {"status": status, "stdout": stdout.getvalue(), "stderr": stderr.getvalue()}


request = json.load(sys.stdin)
json.dump({"results": [run_check(folder) for folder in request["folders"]]}, sys.stdout)
