"""Runs Debian's onnx checker (full_check=True: with strict shape inference) on exported models.

Reads {"paths": [...]} on stdin and prints, per model, its IR version, opsets, metadata, and the
names and shapes of its graph inputs and outputs, or the checker's error.
"""

import json
import sys

import onnx


def dims(value_info):
    shape = value_info.type.tensor_type.shape
    return [dim.dim_param or dim.dim_value for dim in shape.dim]


def describe(path):
    model = onnx.load(path)
    try:
        onnx.checker.check_model(model, full_check=True)
        error = None
    except Exception as failure:
        error = f"{type(failure).__name__}: {failure}"
    return {
        "error": error,
        "irVersion": model.ir_version,
        "opsets": {entry.domain: entry.version for entry in model.opset_import},
        "metadata": {entry.key: entry.value for entry in model.metadata_props},
        "inputs": [{"name": value.name, "dims": dims(value)} for value in model.graph.input],
        "outputs": [{"name": value.name, "dims": dims(value)} for value in model.graph.output],
        "ops": [node.op_type for node in model.graph.node],
    }


request = json.load(sys.stdin)
json.dump({"onnxVersion": onnx.__version__, "results": [describe(path) for path in request["paths"]]}, sys.stdout)
