"""PyTorch peer for the learning-rate schedule tests (test/engine/lr-schedule.test.ts).

Reads {"learningRate": float, "cases": [{"schedule": {...LearningRateSchedule}, "epochs": int}]}
on stdin and, for each case, builds the schedule from torch.optim.lr_scheduler as the lab's
train.py does (StepLR, ExponentialLR, CosineAnnealingLR or a constant LambdaLR, after a LinearLR
warm-up joined by SequentialLR), steps it once per epoch and records the rate each epoch trained
with. Writes {"rates": [[...], ...]}.
"""
import json
import sys
import warnings

import torch

S = torch.optim.lr_scheduler


def rates(learning_rate, schedule, epochs):
    parameter = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([parameter], lr=learning_rate)
    warmup = schedule["warmupEpochs"]
    if warmup:
        rise = S.LinearLR(optimizer, start_factor=1 / (warmup + 1), end_factor=1.0, total_iters=warmup)
    kind = schedule["kind"]
    if kind == "step":
        main = S.StepLR(optimizer, step_size=schedule["stepEpochs"], gamma=schedule["gamma"])
    elif kind == "exponential":
        main = S.ExponentialLR(optimizer, gamma=schedule["gamma"])
    elif kind == "cosine":
        main = S.CosineAnnealingLR(optimizer, T_max=epochs - warmup, eta_min=schedule["minLearningRate"])
    else:
        main = S.LambdaLR(optimizer, lambda k: 1.0)
    scheduler = S.SequentialLR(optimizer, [rise, main], milestones=[warmup]) if warmup else main
    out = []
    for _ in range(epochs):
        out.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    return out


warnings.filterwarnings("ignore")  # SequentialLR's step(0) on the main schedule is deprecated
request = json.load(sys.stdin)
json.dump(
    {"rates": [rates(request["learningRate"], case["schedule"], case["epochs"]) for case in request["cases"]]},
    sys.stdout,
)
