"""PyTorch and NumPy peers for bench/training.bench.ts (run with Debian's /usr/bin/python3).

Reads a case (JSON on stdin, see bench/support/bench-case.ts) naming raw float32 files the bench
wrote, trains the same model the lab trains on one thread (or the number of BLAS threads given
after the peer's name), and prints one JSON line: {"samplesPerSecond": ..., "note": ...}. Timing
is wall clock over whole batches, after a warm-up (seconds, or epochs), exactly as for the
JavaScript engines.
"""
import json
import os
import sys
import time

THREADS = sys.argv[2] if len(sys.argv) > 2 else "1"
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = THREADS

import numpy as np  # noqa: E402  (after the thread settings, which the BLAS reads at load)


def load(case):
    data = case["data"]
    inputs = np.fromfile(data["inputs"], dtype=np.float32).reshape(data["rows"], data["inputSize"])
    targets = np.fromfile(data["targets"], dtype=np.float32).reshape(data["rows"], data["outputs"])
    return inputs, targets


def batches(case, rows, take):
    """Endless batches, reshuffled every epoch when the case shuffles (like the lab's Trainer)."""
    batch = min(case["batchSize"], rows)
    while True:
        order = np.random.permutation(rows) if case["shuffle"] else None
        for start in range(0, rows, batch):
            if order is None and batch == rows:
                yield take(None, rows)
            else:
                index = order[start : start + batch] if order is not None else np.arange(start, min(start + batch, rows))
                yield take(index, len(index))


def torch_step(case, inputs, targets):
    import torch

    torch.set_num_threads(int(THREADS))
    torch.manual_seed(1)
    activations = {"relu": torch.nn.ReLU, "tanh": torch.nn.Tanh, "sigmoid": torch.nn.Sigmoid}
    modules, width = [], case["data"]["inputSize"]
    for index, (units, activation) in enumerate(case["layers"]):
        modules.append(torch.nn.Linear(width, units))
        # The softmax or sigmoid output is fused into the loss on logits, as PyTorch users write it.
        if index < len(case["layers"]) - 1:
            modules.append(activations[activation]())
        width = units
    model = torch.nn.Sequential(*modules)
    x_all = torch.from_numpy(inputs)
    if case["loss"] == "cross-entropy":
        loss_function, y_all = torch.nn.CrossEntropyLoss(), torch.from_numpy(targets.argmax(axis=1))
    else:
        loss_function, y_all = torch.nn.BCEWithLogitsLoss(), torch.from_numpy(targets)
    optimizer = torch.optim.SGD(model.parameters(), lr=case["learningRate"])

    def take(index, size):
        if index is None:
            return x_all, y_all, size
        index = torch.from_numpy(index)
        return x_all[index], y_all[index], size

    stream = batches(case, len(inputs), take)

    def step():
        x, y, size = next(stream)
        optimizer.zero_grad()
        loss = loss_function(model(x), y)
        loss.backward()
        optimizer.step()
        loss.item()
        return size

    return step, f"torch {torch.__version__}, {THREADS} thread{'s' if THREADS != '1' else ''}"


def numpy_step(case, inputs, targets):
    """Logistic regression by hand: a = σ(Xw + b), J = mean BCE, ∂J/∂w = Xᵀ(a − y)/m."""
    if len(case["layers"]) != 1 or case["loss"] != "binary-cross-entropy":
        raise SystemExit("the numpy peer only runs logistic regression")
    weights = np.zeros((case["data"]["inputSize"], 1), dtype=np.float32)
    bias = np.zeros(1, dtype=np.float32)
    rate = np.float32(case["learningRate"])
    stream = batches(case, len(inputs), lambda index, size: (inputs, targets, size) if index is None else (inputs[index], targets[index], size))

    def step():
        nonlocal weights, bias
        x, y, size = next(stream)
        z = x @ weights + bias
        a = 1 / (1 + np.exp(-z))
        float(np.mean(np.logaddexp(0, z) - y * z))
        delta = (a - y) / np.float32(size)
        weights -= rate * (x.T @ delta)
        bias -= rate * delta.sum(axis=0)
        return size

    return step, f"numpy {np.__version__}, {THREADS} BLAS thread{'s' if THREADS != '1' else ''}"


def run_for(step, seconds):
    start, samples, steps = time.perf_counter(), 0, 0
    while steps < 3 or time.perf_counter() - start < seconds:
        samples += step()
        steps += 1
    return samples, time.perf_counter() - start


def run_samples(step, samples):
    start, done = time.perf_counter(), 0
    while done < samples:
        done += step()
    return done, time.perf_counter() - start


def main():
    peer, case = sys.argv[1], json.load(sys.stdin)
    inputs, targets = load(case)
    step, note = (torch_step if peer == "torch" else numpy_step)(case, inputs, targets)
    epochs = case.get("epochs")
    if epochs:
        rows = case["data"]["rows"]
        run_samples(step, epochs["warmup"] * rows)
        samples, elapsed = run_samples(step, epochs["timed"] * rows)
    else:
        run_for(step, case["warmupSeconds"])
        samples, elapsed = run_for(step, case["seconds"])
    print(json.dumps({"samplesPerSecond": samples / elapsed, "note": note}))


if __name__ == "__main__":
    main()
