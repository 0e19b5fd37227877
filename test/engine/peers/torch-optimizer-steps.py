"""PyTorch peer for the optimizer tests (test/engine/optimizers.test.ts).

Reads one JSON object on stdin:
  {"layers": [{"weights": [[...]], "biases": [...], "activation": "tanh"|"sigmoid"|"softmax",
               "trainable": {"weights": bool, "biases": bool}}, ...],
   "loss": "cross-entropy"|"binary-cross-entropy"|"half-squared-error", "l2": float,
   "inputs": [[...]], "targets": [[...]], "steps": int,
   "optimizers": [{"kind": "sgd"|"momentum"|"adam", "learningRate": float, ...}, ...]}
and, for each optimizer, takes `steps` full-batch steps of torch.optim on the same float64
network, from the same starting weights. Writes {"results": [[[W1, b1], [W2, b2], ...], ...]}.
J = (1/m) sum_i L_i + (l2/2) sum_l ||W_l||^2, written out here from CONTRACTS.md section 1.
"""
import json
import sys

import torch

from contract_loss import data_loss

ACTIVATIONS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "linear": lambda z: z,
    "softmax": lambda z: torch.softmax(z, dim=1),
}


def cost(params, spec, x, y):
    a = x
    for (weights, biases), layer in zip(params, spec["layers"]):
        a = ACTIVATIONS[layer["activation"]](a @ weights.T + biases)
    penalty = 0.5 * spec["l2"] * sum((weights ** 2).sum() for weights, _ in params)
    return data_loss(spec["loss"], a, y) + penalty


def optimizer_for(config, trainable):
    if config["kind"] == "sgd":
        return torch.optim.SGD(trainable, lr=config["learningRate"])
    if config["kind"] == "momentum":
        return torch.optim.SGD(trainable, lr=config["learningRate"], momentum=config["momentum"])
    return torch.optim.Adam(
        trainable,
        lr=config["learningRate"],
        betas=(config["beta1"], config["beta2"]),
        eps=config["epsilon"],
    )


def run(spec, config):
    params = []
    trainable = []
    for layer in spec["layers"]:
        weights = torch.tensor(layer["weights"], dtype=torch.float64)
        biases = torch.tensor(layer["biases"], dtype=torch.float64)
        for tensor, flag in ((weights, layer["trainable"]["weights"]), (biases, layer["trainable"]["biases"])):
            tensor.requires_grad_(flag)
            if flag:
                trainable.append(tensor)
        params.append((weights, biases))
    x = torch.tensor(spec["inputs"], dtype=torch.float64)
    y = torch.tensor(spec["targets"], dtype=torch.float64)
    optimizer = optimizer_for(config, trainable)
    for _ in range(spec["steps"]):
        optimizer.zero_grad()
        cost(params, spec, x, y).backward()
        optimizer.step()
    return [[weights.detach().tolist(), biases.detach().tolist()] for weights, biases in params]


def main():
    spec = json.load(sys.stdin)
    results = [run(spec, config) for config in spec["optimizers"]]
    json.dump({"results": results}, sys.stdout)


main()
