"""Runs the exported train.py of several export folders in one Python process (torch loads once).

Reads {"runs": [{"folder": ..., "args": [...], "out": ...}]} on stdin. Each train.py runs as a
script (runpy, run_name "__main__", its folder first on sys.path as for `python3 train.py`);
then the arrays it saved are printed as JSON (exact float64 values) with what it printed.
"""

import contextlib
import io
import json
import runpy
import sys

import numpy as np
import torch  # noqa: F401  (fail early, naming the module, when it is missing)


def train(folder, args, out):
    sys.modules.pop("model", None)  # each folder has its own model.py
    saved_path, saved_argv = list(sys.path), sys.argv
    sys.path.insert(0, folder)
    sys.argv = [f"{folder}/train.py", *args]
    stdout = io.StringIO()
    try:
        with contextlib.redirect_stdout(stdout):
            runpy.run_path(f"{folder}/train.py", run_name="__main__")
    finally:
        sys.path[:], sys.argv = saved_path, saved_argv
    with np.load(out) as arrays:
        saved = {name: arrays[name].astype(np.float64).ravel().tolist() for name in arrays.files}
    return {"stdout": stdout.getvalue(), "arrays": saved}


request = json.load(sys.stdin)
json.dump({"results": [train(run["folder"], run["args"], run["out"]) for run in request["runs"]]}, sys.stdout)
