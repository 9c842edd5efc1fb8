#!/usr/bin/env python3
"""Writes the playground's PyTorch reference table: for fixed points and weights, the loss and every gradient
of a small network in float64, for each activation, loss and regularisation, and the weights after three steps
of each optimiser (torch.optim). The Java suite (PlaygroundTorchTests) compares the API's numbers with it.

Usage: /usr/bin/python3 scripts/playground/torch_reference.py [OUTPUT]
(Debian's python3-torch; the default output is src/test/resources/playground/torch-reference.json, and '-'
writes to standard output.)
"""
import json
import sys

import torch

torch.set_default_dtype(torch.float64)

SHAPE = [2, 3, 2, 1]  # inputs, two hidden layers, the output
ACTIVATIONS = {
    "relu": torch.relu,
    "tanh": torch.tanh,
    "sigmoid": torch.sigmoid,
    "linear": lambda h: h,
}
POINTS = [[0.7, -1.3], [-2.1, 0.4], [1.9, 2.2], [-0.6, -0.8], [3.1, -2.7], [-1.4, 1.6]]
CLASSES = [1, -1, 1, -1, -1, 1]
TARGETS = [0.3, -1.2, 0.8, 0.05, -0.4, 1.1]
RATE = 0.01


def labels(loss):
    if loss == "hinge":
        return [float(c) for c in CLASSES]
    if loss == "cross-entropy":
        return [1.0 if c > 0 else 0.0 for c in CLASSES]
    return TARGETS


def initial_weights():
    generator = torch.Generator().manual_seed(2024)
    layers = []
    for fan_in, fan_out in zip(SHAPE, SHAPE[1:]):
        weight = (torch.rand(fan_out, fan_in, generator=generator) * 2 - 1)
        bias = (torch.rand(fan_out, generator=generator) * 2 - 1) * 0.5
        layers.append((weight, bias))
    return layers


def parameters_of(layers):
    params = []
    for weight, bias in layers:
        params += [weight.clone().requires_grad_(True), bias.clone().requires_grad_(True)]
    return params


def objective(params, activation, loss, penalty, ys):
    h = torch.tensor(POINTS)
    count = len(params) // 2
    for k in range(count):
        weight, bias = params[2 * k], params[2 * k + 1]
        h = h @ weight.T + bias
        if k < count - 1:
            h = ACTIVATIONS[activation](h)
    s = h.squeeze(1)
    y = torch.tensor(ys)
    if loss == "hinge":
        value = torch.relu(1 - y * s).mean()
    elif loss == "cross-entropy":
        value = torch.nn.functional.binary_cross_entropy(torch.sigmoid(s), y)
    else:
        value = torch.nn.functional.mse_loss(s, y)
    if penalty == "l2":
        value = value + RATE * sum((p ** 2).sum() for p in params)
    elif penalty == "l1":
        value = value + RATE * sum(p.abs().sum() for p in params)
    return value


def layers_json(params):
    return [{"weight": params[2 * k].detach().tolist(), "bias": params[2 * k + 1].detach().tolist()}
            for k in range(len(params) // 2)]


def grads_json(params):
    return [{"weight": params[2 * k].grad.tolist(), "bias": params[2 * k + 1].grad.tolist()}
            for k in range(len(params) // 2)]


def main():
    weights = initial_weights()
    table = {"torch": torch.__version__, "shape": SHAPE, "points": POINTS, "rate": RATE,
             "initial": layers_json(parameters_of(weights)), "gradients": [], "optimizers": []}
    for activation in ACTIVATIONS:
        for loss in ("hinge", "cross-entropy", "mse"):
            for penalty in ("none", "l1", "l2"):
                params = parameters_of(weights)
                ys = labels(loss)
                value = objective(params, activation, loss, penalty, ys)
                value.backward()
                table["gradients"].append({"activation": activation, "loss": loss, "regularization": penalty,
                                           "labels": ys, "loss_value": value.item(), "grad": grads_json(params)})
    settings = [("sgd", {"lr": 0.2}), ("momentum", {"lr": 0.1, "momentum": 0.9}),
                ("adam", {"lr": 0.05, "betas": (0.8, 0.99), "eps": 1e-6})]
    for kind, options in settings:
        params = parameters_of(weights)
        ys = labels("mse")
        optimizer = torch.optim.Adam(params, **options) if kind == "adam" else torch.optim.SGD(params, **options)
        losses = []
        for _ in range(3):
            optimizer.zero_grad()
            value = objective(params, "tanh", "mse", "l2", ys)
            value.backward()
            losses.append(value.item())
            optimizer.step()
        table["optimizers"].append({"kind": kind, "options": {k: list(v) if isinstance(v, tuple) else v
                                                              for k, v in options.items()},
                                    "activation": "tanh", "loss": "mse", "regularization": "l2", "labels": ys,
                                    "losses": losses, "after": layers_json(params)})
    text = json.dumps(table) + "\n"
    output = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/playground/torch-reference.json"
    if output == "-":
        sys.stdout.write(text)
    else:
        with open(output, "w") as file:
            file.write(text)


if __name__ == "__main__":
    main()
