"""The data term of J over a batch, (1/m) sum_i L_i, for the contract's losses (CONTRACTS.md
section 1), written out in PyTorch for the engine's peers."""


def data_loss(loss, a, y):
    m = y.shape[0]
    if loss == "half-squared-error":
        return 0.5 * ((a - y) ** 2).sum() / m
    if loss == "binary-cross-entropy":
        return -(y * a.log() + (1 - y) * (1 - a).log()).sum() / m
    return -(y * a.log()).sum() / m
