"""PyTorch peer for the smooth rectifiers (test/engine/smooth-rectifiers.test.ts).

Reads one JSON object on stdin:
  {"points": [z, ...],
   "forms": [{"activation": "gelu"|"silu", "approximate": "none"|"tanh"}, ...],
   "networks": [{"layers": [{"weights": [[...]], "biases": [...], "activation": ...,
                             "approximate": ...}, ...],
                 "loss": "cross-entropy"|"binary-cross-entropy"|"half-squared-error",
                 "inputs": [[...]], "targets": [[...]]}, ...]}
and writes, in float64:
  {"forms": [{"values": [f(z), ...], "slopes": [f'(z) by autograd, ...],
              "exactValues": [...], "exactSlopes": [...]}, ...],
   "networks": [{"loss": J, "layers": [{"weights": dJ/dW, "biases": dJ/db}, ...]}, ...]}
with torch.nn.functional.gelu / silu for f (and mpmath at 30 digits for exactValues and
exactSlopes), and J = (1/m) sum_i L_i written out from
CONTRACTS.md section 1.
"""
import json
import sys

import mpmath
import torch
from torch.nn import functional as F

from contract_loss import data_loss

mpmath.mp.dps = 30


def activation(name, approximate):
    if name == "gelu":
        return lambda z: F.gelu(z, approximate=approximate)
    if name == "silu":
        return F.silu
    return {
        "sigmoid": torch.sigmoid,
        "tanh": torch.tanh,
        "relu": torch.relu,
        "linear": lambda z: z,
        "softmax": lambda z: torch.softmax(z, dim=1),
    }[name]


def exact(name, approximate):
    """f at 30 digits with mpmath (for the tails, where float64 formulas cancel)."""
    if name == "silu":
        return lambda z: z / (1 + mpmath.exp(-z))
    if approximate == "tanh":
        # z/2 (1 + tanh u) = z / (1 + e^(-2u)): the same number, which 30 digits resolve for z << 0
        scale = mpmath.sqrt(2 / mpmath.pi)
        return lambda z: z / (1 + mpmath.exp(-2 * scale * (z + mpmath.mpf("0.044715") * z**3)))
    return lambda z: z * mpmath.ncdf(z)


def form(points, spec):
    name, approximate = spec["activation"], spec.get("approximate", "none")
    z = torch.tensor(points, dtype=torch.float64, requires_grad=True)
    values = activation(name, approximate)(z)
    (slopes,) = torch.autograd.grad(values.sum(), z)
    f = exact(name, approximate)
    return {
        "values": values.tolist(),
        "slopes": slopes.tolist(),
        "exactValues": [float(f(mpmath.mpf(point))) for point in points],
        "exactSlopes": [float(mpmath.diff(f, mpmath.mpf(point))) for point in points],
    }


def network(spec):
    params = []
    a = torch.tensor(spec["inputs"], dtype=torch.float64)
    y = torch.tensor(spec["targets"], dtype=torch.float64)
    for layer in spec["layers"]:
        weights = torch.tensor(layer["weights"], dtype=torch.float64, requires_grad=True)
        biases = torch.tensor(layer["biases"], dtype=torch.float64, requires_grad=True)
        params.append((weights, biases))
        f = activation(layer["activation"], layer.get("approximate", "none"))
        a = f(a @ weights.T + biases)
    loss = data_loss(spec["loss"], a, y)
    grads = torch.autograd.grad(loss, [tensor for pair in params for tensor in pair])
    return {
        "loss": loss.item(),
        "layers": [
            {"weights": grads[2 * l].tolist(), "biases": grads[2 * l + 1].tolist()}
            for l in range(len(params))
        ],
    }


request = json.load(sys.stdin)
json.dump(
    {
        "forms": [form(request["points"], spec) for spec in request["forms"]],
        "networks": [network(spec) for spec in request["networks"]],
    },
    sys.stdout,
)
