"""micrograd's algorithm, re-implemented by us for the benchmarks (not micrograd's code).

micrograd (Andrej Karpathy's small autograd engine) keeps one Python object per scalar: each Value holds its data,
its gradient, the Values it was computed from and a closure that, in backward, adds its gradient times the local
derivative to theirs. backward() orders the graph topologically by a depth-first search from the output, seeds the
output's gradient with 1 and calls the closures in reverse order. This file follows that published algorithm,
with one change that does not alter the work: the depth-first search keeps its own stack instead of recursing, so
that a chain of thousands of nodes does not exceed Python's recursion limit.

Value is the shared part: scripts/bench/chain_vs_micrograd.py times a long chain with it, and the Neural Network
Playground's benchmark can build its MLP on it.
"""
import math


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
