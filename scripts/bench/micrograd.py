"""micrograd's algorithm, re-implemented by us for the benchmarks (not micrograd's code).

micrograd (Andrej Karpathy's small autograd engine) keeps one Python object per scalar: each Value holds its data,
its gradient, the Values it was computed from and a closure that, in backward, adds its gradient times the local
derivative to theirs. backward() orders the graph topologically by a depth-first search from the output, seeds the
output's gradient with 1 and calls the closures in reverse order. This file follows that published algorithm,
with one change that does not alter the work: the depth-first search keeps its own stack instead of recursing, so
that a chain of thousands of nodes does not exceed Python's recursion limit.

Value is the shared part: scripts/bench/chain_vs_micrograd.py times a long chain with it, and the Neural Network
Playground's benchmark builds its MLP (Module, Neuron, Layer, MLP below) on it: `from micrograd import Value, MLP`.
"""
import math
import random


class Value:
    __slots__ = ("data", "grad", "_backward", "_prev")

    def __init__(self, data, children=()):
        self.data = data
        self.grad = 0.0
        self._backward = _nothing
        self._prev = children

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other))

        def backward():
            self.grad += out.grad
            other.grad += out.grad

        out._backward = backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other))

        def backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = backward
        return out

    def __pow__(self, exponent):
        assert isinstance(exponent, (int, float)), "only a constant exponent, as in micrograd"
        out = Value(self.data ** exponent, (self,))

        def backward():
            self.grad += exponent * self.data ** (exponent - 1) * out.grad

        out._backward = backward
        return out

    def relu(self):
        out = Value(self.data if self.data > 0 else 0.0, (self,))

        def backward():
            self.grad += (out.data > 0) * out.grad

        out._backward = backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,))

        def backward():
            self.grad += (1 - t * t) * out.grad

        out._backward = backward
        return out

    def exp(self):
        out = Value(math.exp(self.data), (self,))

        def backward():
            self.grad += out.data * out.grad

        out._backward = backward
        return out

    def __neg__(self):
        return self * -1

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return other + (-self)

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        return self * other ** -1

    def __rtruediv__(self, other):
        return other * self ** -1

    def backward(self):
        order = []
        visited = set()
        stack = [(self, False)]
        while stack:  # depth-first post-order, as micrograd's recursive build_topo
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
                continue
            if node in visited:
                continue
            visited.add(node)
            stack.append((node, True))
            for child in reversed(node._prev):
                if child not in visited:
                    stack.append((child, False))
        self.grad = 1.0
        for node in reversed(order):
            node._backward()


def _nothing():
    pass


class Module:
    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0.0

    def parameters(self):
        return []


class Neuron(Module):
    def __init__(self, inputs, nonlin=True):
        self.w = [Value(random.uniform(-1, 1)) for _ in range(inputs)]
        self.b = Value(0.0)
        self.nonlin = nonlin

    def __call__(self, x):
        act = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return act.relu() if self.nonlin else act

    def parameters(self):
        return self.w + [self.b]


class Layer(Module):
    def __init__(self, inputs, outputs, **kwargs):
        self.neurons = [Neuron(inputs, **kwargs) for _ in range(outputs)]

    def __call__(self, x):
        out = [n(x) for n in self.neurons]
        return out[0] if len(out) == 1 else out

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]


class MLP(Module):
    def __init__(self, inputs, outputs):
        sizes = [inputs] + outputs
        self.layers = [Layer(sizes[i], sizes[i + 1], nonlin=i != len(outputs) - 1) for i in range(len(outputs))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

    def load(self, layers):
        """Sets the weights from the playground's state: each layer's weight (out x in) and bias."""
        for layer, state in zip(self.layers, layers):
            for j, neuron in enumerate(layer.neurons):
                for i, w in enumerate(neuron.w):
                    w.data = state["weight"][j][i]
                neuron.b.data = state["bias"][j]


def demo_loss(model, points, alpha):
    """micrograd's demo loss: the mean hinge loss over all points plus alpha times the sum of squared weights,
    and the accuracy."""
    scores = [model([Value(x1), Value(x2)]) for x1, x2, _ in points]
    losses = [(1 + -y * score).relu() for (_, _, y), score in zip(points, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    reg_loss = alpha * sum((p * p for p in model.parameters()))
    accuracy = [(y > 0) == (score.data > 0) for (_, _, y), score in zip(points, scores)]
    return data_loss + reg_loss, sum(accuracy) / len(accuracy)
