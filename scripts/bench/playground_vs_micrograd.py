#!/usr/bin/env python3
"""Benchmark: micrograd's demo setting (moons, 100 points, noise 0.1, a 2-16-16-1 relu network, hinge loss plus
1e-4 L2, 100 full-batch SGD steps) trained through POST /api/playground/train, HTTP included, against our Python
re-implementation of micrograd's algorithm (micrograd.py beside this file) on the same points and the same
initial weights, in the same run.

Usage: python3 scripts/bench/playground_vs_micrograd.py [BASE_URL] [API_REPEATS] [PYTHON_STEPS]
(default http://127.0.0.1:8104, 5 and 100). The application must be running there. Only loopback is contacted.
With PYTHON_STEPS below 100 the Python side runs that many of the 100 steps and its time is scaled to 100 steps
(each step costs the same: the same graph over the same 100 points); the output says so.
"""
import json
import os
import platform
import statistics
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from micrograd import MLP, demo_loss  # noqa: E402

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8104"
REPEATS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
PYTHON_STEPS = int(sys.argv[3]) if len(sys.argv) > 3 else 100
STEPS = 100
RATE = 1e-4
LEARNING_RATE = 0.3

if not BASE.startswith(("http://127.", "http://localhost", "http://[::1]")):
    sys.exit("This benchmark only sends requests to loopback addresses.")


def request(steps, state=None):
    body = {"dataset": {"kind": "moons", "points": 100, "noise": 0.1, "seed": 1, "testFraction": 0},
            "network": {"hidden": [16, 16], "activation": "relu"}, "loss": "hinge",
            "regularization": {"kind": "l2", "rate": RATE},
            "optimizer": {"kind": "sgd", "learningRate": LEARNING_RATE}, "batchSize": 0, "steps": steps, "seed": 1}
    if state is not None:
        body["state"] = state
    data = json.dumps(body).encode()
    req = urllib.request.Request(BASE + "/api/playground/train", data=data,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as response:
        return json.loads(response.read())


def main():
    start = request(0)
    points = start["dataset"]["train"]
    layers = start["state"]["layers"]
    request(STEPS)  # warm-up: the JIT compiles the engine's loops

    times = []
    answer = None
    for _ in range(REPEATS):
        began = time.perf_counter()
        answer = request(STEPS)
        times.append(time.perf_counter() - began)
    api = statistics.median(times)

    model = MLP(2, [16, 16, 1])
    model.load(layers)
    began = time.perf_counter()
    for _ in range(PYTHON_STEPS):
        loss, accuracy = demo_loss(model, points, RATE)
        model.zero_grad()
        loss.backward()
        for p in model.parameters():
            p.data -= LEARNING_RATE * p.grad
    python = (time.perf_counter() - began) * STEPS / PYTHON_STEPS
    _, final_accuracy = demo_loss(model, points, RATE)

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"API, {STEPS} steps in one request, HTTP included: median {api * 1000:.1f} ms of {REPEATS} "
          f"(min {min(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms)")
    print(f"API: train accuracy {answer['trainAccuracy']:.3f}, final batch loss {answer['trainLoss'][-1]:.4f}")
    scaled = "" if PYTHON_STEPS == STEPS else f" (measured over {PYTHON_STEPS} steps, scaled to {STEPS})"
    print(f"micrograd algorithm in Python, same points and initial weights: {python:.2f} s{scaled}, "
          f"train accuracy after {PYTHON_STEPS} steps {final_accuracy:.3f}, last loss {loss.data:.4f}")
    print(f"ratio: the API takes 1/{python / api:.0f} of micrograd's time (target: at most 1/200)")

    # What the page asks for on each update while playing a 2-8-8-1 network on 200 points (100 train, 100 test),
    # batch 10: one epoch (10 steps), the 32 x 32 heatmaps of the output and every neuron, and the gradients.
    body = {"dataset": {"kind": "circle", "points": 200, "noise": 0.1, "seed": 1, "testFraction": 0.5},
            "network": {"hidden": [8, 8], "activation": "tanh"}, "loss": "hinge",
            "optimizer": {"kind": "sgd", "learningRate": 0.1}, "batchSize": 10, "steps": 10, "seed": 1,
            "grid": 32, "neuronGrids": True, "gradients": True}
    state = None
    updates = []
    for _ in range(60):
        if state is not None:
            body["state"] = state
        began = time.perf_counter()
        req = urllib.request.Request(BASE + "/api/playground/train", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as response:
            state = json.loads(response.read())["state"]
        updates.append(time.perf_counter() - began)
    steady = statistics.median(updates[10:])
    print(f"page update (2-8-8-1, 200 points, 10 steps, 32x32 heatmaps with neurons, gradients): median "
          f"{steady * 1000:.1f} ms, so {1 / steady:.0f} updates/s with one request in flight (target: at least 20)")


if __name__ == "__main__":
    main()
