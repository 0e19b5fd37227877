import type { ModelFile } from '../../../shared/model/model-file'
import type { ExportLayer } from './export-layers'
import type { ExportTraining } from './export-request'
import { pythonBool, pythonFloat, pythonInt, pythonString } from './python-literals'
import { pytorchCost, pytorchOptimizer } from './pytorch-train-parts'
import { pytorchScheduler } from './pytorch-scheduler'

/**
 * `train.py`: continues training the exported model in PyTorch with the run's cost, optimizer,
 * learning rate and its schedule, L1 and L2, batch size, seed and precision, on `data.npz` (raw inputs and targets). It
 * runs as one process or under `torchrun` with DistributedDataParallel (gloo on CPU, NCCL on
 * GPUs). Without shuffling, one epoch in Float64 on CPU gives the lab's weights (the tests prove
 * it to 1e-10).
 */
export function trainPy(
  model: ModelFile,
  layers: readonly ExportLayer[],
  training: ExportTraining
): string {
  const frozen = layers.flatMap((layer) => [
    ...(layer.trainable.weights ? [] : [`layer${layer.number}.weight`]),
    ...(layer.trainable.biases ? [] : [`layer${layer.number}.bias`])
  ])
  const optimizer = pytorchOptimizer(training.optimizer)
  const scheduler = pytorchScheduler(training.lrSchedule)
  return `"""Continues training the Backprop Lab model in PyTorch, with the lab run's settings (below).

It starts from weights.npz, trains on data.npz (raw inputs and targets: model.py applies the
lab's preprocessing) and saves trained.npz in the layout of weights.npz, so that
\`load_model("trained.npz")\` of model.py reads it.

    python train.py                          # one process (the GPU when there is one)
    python train.py --epochs 5 --out more.npz
    torchrun --nproc_per_node=4 train.py     # DistributedDataParallel: 4 GPUs, or 4 CPU processes
    torchrun --nnodes=2 --node_rank=0 --master_addr=HOST --nproc_per_node=8 train.py   # 2 machines

(Debian 12's torch 1.13 under Python 3.11: add \`--redirects 2 --tee 2\` to torchrun, whose default
of 0 trips over a change in Python 3.11's enums.)

Each step trains on BATCH_SIZE samples in all: every process takes BATCH_SIZE // WORLD_SIZE of
them, and DistributedDataParallel averages the processes' gradients. The cost is the lab's:
J = (1/m) Σᵢ Lᵢ + λ₁ Σₗ Σ|W(l)| + (λ/2) Σₗ ‖W(l)‖² (the mean over the batch; L1 and L2 on weights
only; autograd takes sign(W) as the gradient of |W|, 0 at W = 0, as the lab does).
${
  training.shuffle
    ? `With SHUFFLE the order of samples is PyTorch's (DistributedSampler seeded with SEED), not the
lab's, so results agree with the lab's only in distribution.`
    : 'Samples are taken in file order, as the lab run did (it did not shuffle).'
}
"""

import argparse
import os
import warnings
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

from model import load_model

HERE = Path(__file__).resolve().parent

# The lab run's settings.
EPOCHS = ${pythonInt(training.epochs)}
BATCH_SIZE = ${pythonInt(training.batchSize)}  # samples per step, over all processes
SEED = ${pythonInt(training.seed)}
SHUFFLE = ${pythonBool(training.shuffle)}  # True: reshuffle every epoch; False: file order
DTYPE = torch.${training.precision === 'f64' ? 'float64' : 'float32'}
L1 = ${pythonFloat(training.l1)}  # λ₁ of λ₁ Σ|W|, weights only
L2 = ${pythonFloat(training.l2)}  # λ of (λ/2) Σ‖W‖², weights only
${optimizer.constants}
${scheduler.constants}
# Parameters the lab kept fixed (not trained).
FROZEN = [${frozen.map(pythonString).join(', ')}]
${pytorchCost(model, layers[layers.length - 1])}


def weight_penalty(model):
    """λ₁ Σₗ Σ|W(l)| + (λ/2) Σₗ ‖W(l)‖² over every layer's weights (never the biases)."""
    weights = [layer.weight for layer in model.modules() if isinstance(layer, nn.Linear)]
    return L1 * sum(weight.abs().sum() for weight in weights) + 0.5 * L2 * sum((weight ** 2).sum() for weight in weights)


${optimizer.factory}


${scheduler.factory}


class Logits(nn.Module):
    """The model's output-layer z, so that the cost can use the stable forms written in z."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, x):
        return self.model.logits(x)


def start_processes(use_cpu):
    """Joins torchrun's process group when there is one (WORLD_SIZE > 1): NCCL on GPUs, gloo on CPU."""
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    use_cuda = torch.cuda.is_available() and not use_cpu
    device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0"))) if use_cuda else torch.device("cpu")
    if use_cuda:
        torch.cuda.set_device(device)
    if world_size > 1:
        dist.init_process_group(backend="nccl" if use_cuda else "gloo")
    return rank, world_size, device


def load_data(path):
    """data.npz: \`inputs\` [n, ${model.inputSize}] raw and \`targets\` [n, ${layers[layers.length - 1].units}] (one-hot rows for classes)."""
    if not Path(path).exists():
        raise SystemExit(f"{path} not found: export with --with-data, or write inputs and targets arrays there")
    with np.load(path) as data:
        inputs = torch.as_tensor(data["inputs"], dtype=DTYPE)
        targets = torch.as_tensor(data["targets"], dtype=DTYPE)
    return TensorDataset(inputs, targets)


def parse_arguments():
    parser = argparse.ArgumentParser(description="Continue training the Backprop Lab model in PyTorch.")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--weights", default=HERE / "weights.npz", help="starting weights")
    parser.add_argument("--data", default=HERE / "data.npz", help="raw inputs and targets")
    parser.add_argument("--out", default=HERE / "trained.npz", help="where to save the trained weights")
    parser.add_argument("--cpu", action="store_true", help="train on the CPU even when a GPU is there")
    return parser.parse_args()


def main():
    args = parse_arguments()
    rank, world_size, device = start_processes(args.cpu)
    model = load_model(args.weights, DTYPE).to(device)
    for name, parameter in model.named_parameters():
        parameter.requires_grad_(name not in FROZEN)
    dataset = load_data(args.data)
    sampler = DistributedSampler(dataset, num_replicas=world_size, rank=rank, shuffle=SHUFFLE, seed=SEED)
    loader = DataLoader(dataset, batch_size=max(1, BATCH_SIZE // world_size), sampler=sampler)
    network = Logits(model)
    if world_size > 1:
        network = DistributedDataParallel(network, device_ids=[device.index] if device.type == "cuda" else None)
    optimizer = make_optimizer([parameter for parameter in model.parameters() if parameter.requires_grad])
    scheduler = make_scheduler(optimizer, args.epochs)

    for epoch in range(1, args.epochs + 1):
        sampler.set_epoch(epoch)
        rate = optimizer.param_groups[0]["lr"]  # this epoch's η
        batch_costs = []
        for inputs, targets in loader:
            inputs, targets = inputs.to(device), targets.to(device)
            # J = (1/m) Σᵢ Lᵢ + λ₁ Σₗ Σ|W(l)| + (λ/2) Σₗ ‖W(l)‖², computed before the update
            cost = loss_sum(network(inputs), targets) / len(targets) + weight_penalty(model)
            optimizer.zero_grad()
            cost.backward()
            optimizer.step()
            batch_costs.append(cost.item())
        scheduler.step()
        # The epoch's loss is the mean of its batch costs (over all processes), as the lab reports it.
        epoch_loss = torch.tensor(sum(batch_costs) / len(batch_costs), device=device)
        if world_size > 1:
            dist.all_reduce(epoch_loss)
            epoch_loss /= world_size
        if rank == 0:
            print(f"epoch {epoch}: train loss {epoch_loss.item():.6g} (learning rate {rate:.6g})")

    if rank == 0:
        arrays = {name: tensor.detach().cpu().numpy() for name, tensor in model.state_dict().items()}
        np.savez(args.out, **arrays)
        print(f"saved {args.out}")
    if world_size > 1:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
`
}
