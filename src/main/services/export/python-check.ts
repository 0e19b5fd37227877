import { pythonFloat } from './python-literals'

/** How close an exported model's outputs must be to the lab's: |out − lab| ≤ 1e-5 · max(1, |lab|). */
export const CHECK_TOLERANCE = 1e-5

/**
 * `check.py`, the same for the PyTorch and NumPy exports: it runs `predict` of model.py on the
 * raw samples in reference.npz and compares with the outputs the lab computed for them. It exits
 * 0 with `OK: …`, or 1 naming the worst sample and output (or why model.py could not run).
 */
export function checkPy(): string {
  return `"""Checks that model.py gives the outputs Backprop Lab computed for the samples in reference.npz.

    python check.py    # prints OK and exits 0; or names the worst difference and exits 1
"""

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
# An output passes when |model.py - lab| <= TOLERANCE * max(1, |lab|).
TOLERANCE = ${pythonFloat(CHECK_TOLERANCE)}


def fail(message):
    print(f"check failed: {message}", file=sys.stderr)
    return 1


def main():
    sys.path.insert(0, str(HERE))  # so that check.py finds model.py from any working folder
    from model import predict

    with np.load(HERE / "reference.npz") as reference:
        inputs, expected = reference["inputs"], reference["outputs"]
    try:
        outputs = np.asarray(predict(inputs, HERE / "weights.npz"))
    except Exception as error:  # a damaged weights.npz, or one of another model
        return fail(f"model.py could not run with weights.npz: {type(error).__name__}: {error}")
    if outputs.shape != expected.shape:
        return fail(f"model.py gives outputs of shape {outputs.shape}, the lab's are {expected.shape}")

    excess = np.abs(outputs - expected) - TOLERANCE * np.maximum(1.0, np.abs(expected))
    excess = np.nan_to_num(excess, nan=np.inf)  # a NaN output fails too
    sample, output = np.unravel_index(np.argmax(excess), excess.shape)
    if excess[sample, output] > 0:
        return fail(
            f"sample {sample + 1}, output {output + 1}: model.py gives {outputs[sample, output]!r}, "
            f"Backprop Lab gave {expected[sample, output]!r} (tolerance {TOLERANCE})"
        )
    print(f"OK: the outputs for {len(inputs)} samples match Backprop Lab within {TOLERANCE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
`
}
