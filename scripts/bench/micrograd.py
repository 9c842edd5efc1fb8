"""A scalar autograd engine and MLP that follow the algorithm of Andrej Karpathy's micrograd (its published
Value, Neuron, Layer and MLP), written by us for our benchmarks because the benchmarks cannot download micrograd.

Each Value keeps its number, its gradient, its operands and a closure that adds its gradient to theirs;
backward() sorts the graph topologically (recursively, as micrograd does) and calls the closures in reverse.
Import it: `from micrograd import Value, MLP`.
"""
import random


class Value:
    """A number in a computation graph, with the gradient of the output with respect to it."""

    def __init__(self, data, children=(), op=""):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(children)
        self._op = op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, exponent):
        assert isinstance(exponent, (int, float)), "only constant exponents"
        out = Value(self.data ** exponent, (self,), f"**{exponent}")

        def _backward():
            self.grad += exponent * self.data ** (exponent - 1) * out.grad
        out._backward = _backward
        return out

    def relu(self):
        out = Value(self.data if self.data > 0 else 0.0, (self,), "relu")

        def _backward():
            self.grad += (out.data > 0) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        order = []
        seen = set()

        def visit(node):
            if node not in seen:
                seen.add(node)
                for child in node._prev:
                    visit(child)
                order.append(node)
        visit(self)
        self.grad = 1.0
        for node in reversed(order):
            node._backward()

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

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"


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
