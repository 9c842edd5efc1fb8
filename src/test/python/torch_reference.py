"""PyTorch's answers for the engine's differential tests: the reference the engine is compared with.

Run with the system Python that has Debian's python3-torch (/usr/bin/python3). One process serves a whole test
run, one JSON request per line on standard input and one JSON answer per line on standard output, so that torch is
imported once:

  {"graph": {"nodes": [...], "output": k}}   the engine's graph, rebuilt here node by node in float64;
                                             answers every node's value and gradient and every edge's local
                                             gradient and contribution
  {"export": "python source"}                a "Copy as PyTorch" export, run as it is; answers what it printed

Numbers travel as text ("1.5", "-0.0", "nan", "inf", "-inf") so that NaN, the infinities and signed zeros survive.

With --parity it instead prints the values of the named parity cases (groups A to H of issue 14), which
OperationParityTests records; run it again to check them.
"""
import contextlib
import io
import json
import math
import sys

import torch

F64 = torch.float64


def number(text):
    return float(text)


def text(value):
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return repr(value)


UNARY = {
    "neg": torch.neg, "relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid, "exp": torch.exp,
    "log": torch.log, "sqrt": torch.sqrt, "abs": torch.abs, "sin": torch.sin, "cos": torch.cos,
}
BINARY = {
    "add": torch.add, "sub": torch.sub, "mul": torch.mul, "div": torch.div, "pow": torch.pow,
    "max": torch.maximum, "min": torch.minimum,
}


def evaluate_graph(graph):
    """Every node in float64 as PyTorch computes it, then backward from the output, as the engine does."""
    tensors = []
    for node in graph["nodes"]:
        op = node["op"]
        if op in ("input", "const"):
            tensor = torch.tensor(number(node["value"]), dtype=F64, requires_grad=(op == "input"))
        elif op in UNARY:
            tensor = UNARY[op](tensors[node["inputs"][0]])
        else:
            a, b = node["inputs"]
            tensor = BINARY[op](tensors[a], tensors[b])
        if tensor.requires_grad and not tensor.is_leaf:
            tensor.retain_grad()
        tensors.append(tensor)
    output = tensors[graph["output"]]
    if output.requires_grad:
        output.backward(retain_graph=True)
    one = torch.ones((), dtype=F64)
    values, grads, edges = [], [], []
    for i, (node, tensor) in enumerate(zip(graph["nodes"], tensors)):
        values.append(text(tensor.item()))
        if i == graph["output"]:
            grads.append(text(1.0))  # the seed, also for an output that needs no gradient
        else:
            grads.append(text(tensor.grad.item() if tensor.grad is not None else 0.0))
        operands = node.get("inputs", [])
        if not operands:
            continue
        grad = one if i == graph["output"] else tensor.grad
        with torch.no_grad():
            local = shares_of(tensor, one)
            shares = shares_of(tensor, grad) if grad is not None else None
        for k in range(len(operands)):
            edges.append([text(local[k].item() if local is not None and local[k] is not None else 0.0),
                          text(shares[k].item() if shares is not None and shares[k] is not None else 0.0)])
    return {"values": values, "grads": grads, "edges": edges}


def shares_of(tensor, grad):
    """What the node's backward function sends to each operand from the gradient grad (None: no gradient)."""
    if tensor.grad_fn is None:
        return None
    shares = tensor.grad_fn(grad)
    return shares if isinstance(shares, tuple) else (shares,)


def run_export(source):
    """Runs an export as a learner would paste it, and reads back the lines it prints."""
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            exec(compile(source, "<export>", "exec"), {"__name__": "__export__"})
    except Exception as error:  # the harness reports it with the program
        return {"error": f"{type(error).__name__}: {error}", "printed": printed.getvalue()}
    answers = {}
    for line in printed.getvalue().splitlines():
        name, _, value = line.rpartition(" = ")
        answers[name] = text(float(value))
    return {"printed": answers}


# The parity cases of issue 14, groups A to H: a program in the engine's language, written here as the same
# computation in PyTorch, with the inputs' values. Each prints the output and every input's gradient.
PARITY = {
    "A relu passes 0, not 0 x Inf: y = sqrt(relu(x)) + 0*z at x = -1, z = 0":
        (lambda v: torch.sqrt(torch.relu(v["x"])) + 0 * v["z"], {"x": -1.0, "z": 0.0}),
    "A max passes 0 to the smaller operand: y = sqrt(max(x, z)) at x = -1, z = 0":
        (lambda v: torch.sqrt(torch.maximum(v["x"], v["z"])), {"x": -1.0, "z": 0.0}),
    "A min passes 0 to the larger operand: y = sqrt(min(x, z)) at x = 1, z = 0":
        (lambda v: torch.sqrt(torch.minimum(v["x"], v["z"])), {"x": 1.0, "z": 0.0}),
    "A pow with exponent 0 passes 0: y = sqrt(x^z - 1) at x = 2, z = 0":
        (lambda v: torch.sqrt(torch.pow(v["x"], v["z"]) - 1), {"x": 2.0, "z": 0.0}),
    "B max with a NaN operand passes the gradient to both: y = max(log(x), z) at x = -1, z = 1":
        (lambda v: torch.maximum(torch.log(v["x"]), v["z"]), {"x": -1.0, "z": 1.0}),
    "B min with a NaN operand passes the gradient to both: y = min(z, log(x)) at x = -1, z = 1":
        (lambda v: torch.minimum(v["z"], torch.log(v["x"])), {"x": -1.0, "z": 1.0}),
    "C relu at NaN passes the gradient: y = relu(log(x)) + 0*z at x = -1, z = 0":
        (lambda v: torch.relu(torch.log(v["x"])) + 0 * v["z"], {"x": -1.0, "z": 0.0}),
    "D abs at NaN has sign 0: y = abs(log(x)) + x + 0*z at x = -1, z = 0":
        (lambda v: torch.abs(torch.log(v["x"])) + v["x"] + 0 * v["z"], {"x": -1.0, "z": 0.0}),
    "E 1^Infinity is 1: y = 1^(x*1e999) + 0*z at x = 1, z = 0":
        (lambda v: torch.pow(torch.tensor(1.0, dtype=F64), v["x"] * 1e999) + 0 * v["z"], {"x": 1.0, "z": 0.0}),
    "E 1^NaN is 1: y = 1^log(x) + 0*z at x = -1, z = 0":
        (lambda v: torch.pow(torch.tensor(1.0, dtype=F64), torch.log(v["x"])) + 0 * v["z"], {"x": -1.0, "z": 0.0}),
    "E (-1)^-Infinity is 1: y = (-1)^(x*1e999) + 0*z at x = -1, z = 0":
        (lambda v: torch.pow(torch.tensor(-1.0, dtype=F64), v["x"] * 1e999) + 0 * v["z"], {"x": -1.0, "z": 0.0}),
    "F d(x/z)/dz does not overflow: y = x/z at x = z = 1e200":
        (lambda v: v["x"] / v["z"], {"x": 1e200, "z": 1e200}),
    "G log passes grad/x: y = 0*log(x) + 0*z at x = 5e-324, z = 0":
        (lambda v: 0 * torch.log(v["x"]) + 0 * v["z"], {"x": 5e-324, "z": 0.0}),
    "H relu keeps -0: y = 1/relu(x) + 0*z at x = -0.0, z = 0":
        (lambda v: 1 / torch.relu(v["x"]) + 0 * v["z"], {"x": -0.0, "z": 0.0}),
    "H max(-0, +0) is its first operand: y = 1/max(x, z) at x = -0.0, z = 0":
        (lambda v: 1 / torch.maximum(v["x"], v["z"]), {"x": -0.0, "z": 0.0}),
    "H min(+0, -0) is its first operand: y = 1/min(x, z) at x = 0, z = -0.0":
        (lambda v: 1 / torch.minimum(v["x"], v["z"]), {"x": 0.0, "z": -0.0}),
}


def parity():
    for name, (program, values) in PARITY.items():
        leaves = {key: torch.tensor(value, dtype=F64, requires_grad=True) for key, value in values.items()}
        out = program(leaves)
        out.backward()
        grads = ", ".join(f"d/d{key} = {text(leaf.grad.item())}" for key, leaf in leaves.items())
        print(f"{name}: y = {text(out.item())}, {grads}")


def serve():
    for line in sys.stdin:
        request = json.loads(line)
        try:
            if "graph" in request:
                answer = evaluate_graph(request["graph"])
            else:
                answer = run_export(request["export"])
        except Exception as error:
            answer = {"error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    torch.set_num_threads(1)
    if "--parity" in sys.argv:
        parity()
    else:
        serve()
