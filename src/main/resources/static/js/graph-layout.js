// Layered left-to-right layout of a computation graph, in the manner of micrograd's draw_dot.
//
// Why not a library: the only dagre on Maven Central as a webjar is dagre 0.8.4 (2019), from the line whose
// npm package is deprecated in favour of @dagrejs/dagre, which is not published as a webjar; it also bundles
// all of lodash (280 KB). Our graphs are small DAGs whose nodes already arrive in topological order, with at
// most two operands a node, which is the easy case of Sugiyama's method:
//   1. layers by longest path (one pass up the ids), constants pulled next to the node that uses them;
//   2. a dummy node on every layer a long edge crosses, so edges route between nodes, not through them;
//   3. a few sweeps of barycentre ordering to reduce crossings;
//   4. y coordinates pulled towards neighbours' centres without ever letting two nodes of a layer overlap.
// Value nodes sit on even layers and operation nodes on odd ones, so every edge that carries a label
// (operand into operation) crosses a wide gap where the label has room.

const CHAR = 7.3; // width of one character of the 12px monospace font the nodes use
const VALUE_HEIGHT = 58;
const OP_SIZE = 34;
const GAP_TO_OP = 112;
const GAP_TO_VALUE = 34;
const ROW_GAP = 22;
const MARGIN = 16;

/** Width of a value box holding lines of text. */
export function valueWidth(lines) {
  return Math.max(76, Math.ceil(Math.max(...lines.map((line) => line.length)) * CHAR) + 22);
}

/**
 * Lays out graph (normalised, with names) given each value node's text lines. Returns boxes (value and op
 * boxes with centre x, y and size), routes (one per graph edge and per op-to-value link) and the size.
 */
export function layoutGraph(graph, linesOf) {
  const boxes = [];
  const succ = [];
  const pred = [];
  const valueBox = [];
  const opBox = [];
  const links = [];
  const add = (box) => {
    box.index = boxes.length;
    boxes.push(box);
    succ.push([]);
    pred.push([]);
    return box.index;
  };
  const link = (from, to, edge) => {
    succ[from].push(to);
    pred[to].push(from);
    links.push({ from, to, edge });
  };
  for (const node of graph.nodes) {
    if (node.operands.length) {
      opBox[node.id] = add({ kind: 'op', node: node.id, w: OP_SIZE, h: OP_SIZE });
    }
    valueBox[node.id] = add({ kind: 'value', node: node.id, w: valueWidth(linesOf(node)), h: VALUE_HEIGHT });
    if (node.operands.length) {
      link(opBox[node.id], valueBox[node.id], null);
    }
  }
  for (const edge of graph.edges) {
    link(valueBox[edge.from], opBox[edge.to], edge);
  }

  // 1. layers: boxes were added in topological order
  const rank = new Array(boxes.length).fill(0);
  for (const box of boxes) {
    for (const p of pred[box.index]) {
      rank[box.index] = Math.max(rank[box.index], rank[p] + 1);
    }
  }
  for (const box of boxes) {
    const node = graph.nodes[box.node];
    if (box.kind === 'value' && node.op === 'const' && succ[box.index].length) {
      rank[box.index] = Math.min(...succ[box.index].map((s) => rank[s])) - 1;
    }
  }

  // 2. dummies for long edges
  /** @type {{chain: number[], edge: any, from: number, to: number, points?: any[]}[]} */
  const routes = [];
  const layers = [];
  const place = (index) => {
    (layers[rank[index]] ??= []).push(index);
  };
  boxes.forEach((box) => place(box.index));
  const neighbours = boxes.map(() => ({ up: [], down: [] }));
  for (const l of links) {
    const chain = [l.from];
    for (let r = rank[l.from] + 1; r < rank[l.to]; r++) {
      const dummy = add({ kind: 'dummy', w: 0, h: 6 });
      neighbours.push({ up: [], down: [] });
      rank[dummy] = r;
      place(dummy);
      chain.push(dummy);
    }
    chain.push(l.to);
    for (let i = 1; i < chain.length; i++) {
      neighbours[chain[i]].up.push(chain[i - 1]);
      neighbours[chain[i - 1]].down.push(chain[i]);
    }
    routes.push({ chain, edge: l.edge, from: l.from, to: l.to });
  }

  // 3. ordering by barycentres
  const position = new Array(boxes.length).fill(0);
  const renumber = (layer) => layer.forEach((b, i) => { position[b] = i; });
  layers.forEach((layer) => renumber(layer || []));
  const sweep = (layer, side) => {
    const keyed = layer.map((b) => {
      const others = neighbours[b][side];
      const key = others.length ? others.reduce((sum, o) => sum + position[o], 0) / others.length : position[b];
      return { b, key };
    });
    keyed.sort((x, y) => x.key - y.key);
    keyed.forEach((k, i) => { layer[i] = k.b; });
    renumber(layer);
  };
  for (let iteration = 0; iteration < 6; iteration++) {
    for (let r = 1; r < layers.length; r++) {
      sweep(layers[r] || [], 'up');
    }
    for (let r = layers.length - 2; r >= 0; r--) {
      sweep(layers[r] || [], 'down');
    }
  }

  // x: each layer as wide as its widest box; labelled gaps in front of operation layers
  const layerX = [];
  let x = MARGIN;
  for (let r = 0; r < layers.length; r++) {
    const width = Math.max(0, ...(layers[r] || []).map((b) => boxes[b].w));
    if (r > 0) {
      x += r % 2 === 1 ? GAP_TO_OP : GAP_TO_VALUE;
    }
    layerX[r] = x + width / 2;
    x += width;
  }
  for (const box of boxes) {
    box.x = layerX[rank[box.index]];
    box.rank = rank[box.index];
  }

  // 4. y: stack, then relax towards neighbours keeping the order and the gaps
  const gapBetween = (a, b) => boxes[a].h / 2 + boxes[b].h / 2 + (boxes[a].kind === 'dummy' || boxes[b].kind === 'dummy' ? 10 : ROW_GAP);
  for (const layer of layers) {
    let y = MARGIN;
    (layer || []).forEach((b, i) => {
      y = i === 0 ? MARGIN + boxes[b].h / 2 : y + gapBetween(layer[i - 1], b);
      boxes[b].y = y;
    });
  }
  const relax = (layer, side) => {
    if (!layer || !layer.length) {
      return;
    }
    const desired = layer.map((b) => {
      const others = neighbours[b][side];
      return others.length ? others.reduce((sum, o) => sum + boxes[o].y, 0) / others.length : boxes[b].y;
    });
    const down = [];
    layer.forEach((b, i) => {
      down[i] = i === 0 ? desired[i] : Math.max(desired[i], down[i - 1] + gapBetween(layer[i - 1], b));
    });
    const up = [];
    for (let i = layer.length - 1; i >= 0; i--) {
      up[i] = i === layer.length - 1 ? desired[i] : Math.min(desired[i], up[i + 1] - gapBetween(layer[i], layer[i + 1]));
    }
    layer.forEach((b, i) => {
      const y = (down[i] + up[i]) / 2;
      boxes[b].y = i === 0 ? y : Math.max(y, boxes[layer[i - 1]].y + gapBetween(layer[i - 1], b));
    });
  };
  for (let iteration = 0; iteration < 8; iteration++) {
    for (let r = 1; r < layers.length; r++) {
      relax(layers[r], 'up');
    }
    for (let r = layers.length - 2; r >= 0; r--) {
      relax(layers[r], 'down');
    }
  }
  const top = Math.min(...boxes.map((b) => b.y - b.h / 2));
  boxes.forEach((b) => { b.y += MARGIN - top; });
  const height = Math.max(...boxes.map((b) => b.y + b.h / 2)) + MARGIN;

  for (const route of routes) {
    route.points = route.chain.map((b, i) => {
      const box = boxes[b];
      if (i === 0) {
        return [box.x + box.w / 2, box.y];
      }
      if (i === route.chain.length - 1) {
        return [box.x - box.w / 2, box.y];
      }
      return [box.x, box.y];
    });
  }
  return {
    boxes: boxes.filter((b) => b.kind !== 'dummy'),
    routes: routes.map((route) => ({ points: route.points, edge: route.edge, from: boxes[route.from], to: boxes[route.to] })),
    valueBox: valueBox.map((i) => boxes[i]),
    opBox: opBox.map((i) => boxes[i]),
    width: x + MARGIN,
    height,
  };
}
