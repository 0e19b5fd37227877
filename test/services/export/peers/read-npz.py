"""Prints the arrays of an .npz file as JSON (exact float64 values), for {"path": ...} on stdin."""

import json
import sys

import numpy as np

request = json.load(sys.stdin)
with np.load(request["path"]) as arrays:
    json.dump({"arrays": {name: arrays[name].astype(np.float64).ravel().tolist() for name in arrays.files}}, sys.stdout)
