// Layered layout of a computation graph, left to right or top to bottom, in the manner of micrograd's draw_dot.
//
// Why not a library: see docs/decisions/graph-layout.md. Our graphs are DAGs whose items already arrive in
// topological order, which is the easy case of Sugiyama's method:
//   1. layers by longest path (one pass in order); leaves that ask for it (inputs, constants) are pulled next
//      to the first item that uses them;
//   2. a dummy point on every layer a long link crosses, so links route between boxes, not through them;
//   3. a few sweeps of barycentre ordering to reduce crossings;
//   4. cross-axis positions pulled towards neighbours' centres without ever letting two boxes of a layer overlap.
// The module knows nothing of the DOM: it takes boxes with sizes and returns centres and routes, so it runs in
// Node's test runner and in a benchmark as it runs in the page.

/** Space between two layers, along the direction of the graph. */
export const LAYER_GAP = { right: 44, down: 40 };
/** Space between two boxes of one layer. */
export const ROW_GAP = 16;
/** Space around the drawing. */
export const MARGIN = 12;
const DUMMY_GAP = 6;
/** Room at each end of a folded band for the links that run on to the next band. */
const FOLD = 14;
/** Space between two folded bands. */
const BAND_GAP = 36;
const SWEEPS = 4;
const RELAXATIONS = 6;

/**
 * @typedef {{ w: number, h: number, pull?: boolean }} LayoutItem  a box; pull moves a leaf next to its first use
 * @typedef {{ from: number, to: number }} LayoutLink  item indexes; every link goes from a lower index to a higher
 * @typedef {{ x: number, y: number, w: number, h: number, rank: number }} PlacedBox  x and y are the centre
 * @typedef {{ boxes: PlacedBox[], routes: number[][][], width: number, height: number, direction: string, bands: number }} Layout
 */

/**
 * Lays out items joined by links. direction is 'right' (layers are columns) or 'down' (layers are rows).
 * Returns one placed box per item, one route (a list of [x, y] points) per link, and the drawing's size.
 * Left to right, a drawing wider than wrap folds into bands one under the other, like lines of text; a link
 * from one band to the next runs right, down between the bands, left, and in (its corner points carry a third
 * element, true, and are joined by straight lines).
 * @param {LayoutItem[]} items
 * @param {LayoutLink[]} links
 * @param {{ direction?: 'right' | 'down', wrap?: number }} [options]
 * @returns {Layout}
 */
export function layoutGraph(items, links, { direction = 'right', wrap = Infinity } = {}) {
  const across = direction === 'right';
  // along: the size of a box in the direction of the graph; side: its size across it
  const n = items.length;
  const along = [];
  const side = [];
  for (const item of items) {
    along.push(across ? item.w : item.h);
    side.push(across ? item.h : item.w);
  }
  const succ = Array.from({ length: n }, () => []);
  const pred = Array.from({ length: n }, () => []);
  for (const l of links) {
    succ[l.from].push(l.to);
    pred[l.to].push(l.from);
  }

  // 1. layers
  const rank = new Array(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (const p of pred[i]) {
      if (rank[p] + 1 > rank[i]) {
        rank[i] = rank[p] + 1;
      }
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    if (items[i].pull && !pred[i].length && succ[i].length) {
      let first = Infinity;
      for (const s of succ[i]) {
        first = Math.min(first, rank[s]);
      }
      rank[i] = Math.max(0, first - 1);
    }
  }

  // 2. dummies
  const layers = [];
  const place = (index) => {
    (layers[rank[index]] ??= []).push(index);
  };
  for (let i = 0; i < n; i++) {
    place(i);
  }
  const up = Array.from({ length: n }, () => []);
  const down = Array.from({ length: n }, () => []);
  const chains = [];
  for (const l of links) {
    const chain = [l.from];
    for (let r = rank[l.from] + 1; r < rank[l.to]; r++) {
      const dummy = along.length;
      along.push(0);
      side.push(DUMMY_GAP);
      rank.push(r);
      up.push([]);
      down.push([]);
      place(dummy);
      chain.push(dummy);
    }
    chain.push(l.to);
    for (let i = 1; i < chain.length; i++) {
      up[chain[i]].push(chain[i - 1]);
      down[chain[i - 1]].push(chain[i]);
    }
    chains.push(chain);
  }
  const total = along.length;
  const isDummy = (b) => b >= n;

  // 3. ordering by barycentres
  const position = new Float64Array(total);
  const renumber = (layer) => {
    for (let i = 0; i < layer.length; i++) {
      position[layer[i]] = i;
    }
  };
  for (let r = 0; r < layers.length; r++) {
    layers[r] ??= [];
    renumber(layers[r]);
  }
  const key = new Float64Array(total);
  const sweep = (layer, neighbours) => {
    for (const b of layer) {
      key[b] = barycentre(b, neighbours, position);
    }
    layer.sort((a, b) => key[a] - key[b] || position[a] - position[b]);
    renumber(layer);
  };
  for (let iteration = 0; iteration < SWEEPS; iteration++) {
    for (let r = 1; r < layers.length; r++) {
      sweep(layers[r], up);
    }
    for (let r = layers.length - 2; r >= 0; r--) {
      sweep(layers[r], down);
    }
  }

  // along the direction: each layer as deep as its deepest box
  const layerAt = [];
  let offset = MARGIN;
  for (let r = 0; r < layers.length; r++) {
    let depth = 0;
    for (const b of layers[r]) {
      depth = Math.max(depth, along[b]);
    }
    if (r > 0) {
      offset += LAYER_GAP[direction];
    }
    layerAt[r] = offset + depth / 2;
    offset += depth;
  }
  const extentAlong = offset + MARGIN;

  // 4. across: stack, then relax towards neighbours keeping the order and the gaps
  const pos = new Float64Array(total);
  const gap = (a, b) => side[a] / 2 + side[b] / 2 + (isDummy(a) || isDummy(b) ? DUMMY_GAP : ROW_GAP);
  for (const layer of layers) {
    let y = 0;
    layer.forEach((b, i) => {
      y = i === 0 ? side[b] / 2 : y + gap(layer[i - 1], b);
      pos[b] = y;
    });
  }
  const desired = [];
  const fromTop = [];
  const fromBottom = [];
  const relax = (layer, neighbours) => {
    const m = layer.length;
    if (!m) {
      return;
    }
    for (let i = 0; i < m; i++) {
      desired[i] = barycentre(layer[i], neighbours, pos);
    }
    for (let i = 0; i < m; i++) {
      fromTop[i] = i === 0 ? desired[i] : Math.max(desired[i], fromTop[i - 1] + gap(layer[i - 1], layer[i]));
    }
    for (let i = m - 1; i >= 0; i--) {
      fromBottom[i] = i === m - 1 ? desired[i] : Math.min(desired[i], fromBottom[i + 1] - gap(layer[i], layer[i + 1]));
    }
    for (let i = 0; i < m; i++) {
      const y = (fromTop[i] + fromBottom[i]) / 2;
      pos[layer[i]] = i === 0 ? y : Math.max(y, pos[layer[i - 1]] + gap(layer[i - 1], layer[i]));
    }
  };
  for (let iteration = 0; iteration < RELAXATIONS; iteration++) {
    for (let r = 1; r < layers.length; r++) {
      relax(layers[r], up);
    }
    for (let r = layers.length - 2; r >= 0; r--) {
      relax(layers[r], down);
    }
  }
  let low = Infinity;
  let high = -Infinity;
  for (let b = 0; b < total; b++) {
    low = Math.min(low, pos[b] - side[b] / 2);
    high = Math.max(high, pos[b] + side[b] / 2);
  }
  if (!total) {
    low = 0;
    high = 0;
  }
  const shift = MARGIN - low;
  const extentAcross = high - low + 2 * MARGIN;

  let point = (b) => (across ? [layerAt[rank[b]], pos[b] + shift] : [pos[b] + shift, layerAt[rank[b]]]);
  let width = across ? extentAlong : extentAcross;
  let height = across ? extentAcross : extentAlong;
  let bandOf = null;
  let corridor = null;
  if (across && extentAlong > wrap && layers.length > 1) {
    // fold: bands of whole layers, each at most wrap wide with room for the corridors at both ends
    bandOf = new Int32Array(layers.length);
    const startOf = [];
    const depthOf = (r) => layers[r].reduce((d, b) => Math.max(d, along[b]), 0);
    const usable = wrap - 2 * MARGIN - 2 * FOLD;
    let band = 0;
    startOf[0] = layerAt[0] - depthOf(0) / 2;
    for (let r = 1; r < layers.length; r++) {
      if (layerAt[r] + depthOf(r) / 2 - startOf[band] > usable) {
        band++;
        startOf[band] = layerAt[r] - depthOf(r) / 2;
      }
      bandOf[r] = band;
    }
    const bands = band + 1;
    const low = new Array(bands).fill(Infinity);
    const high = new Array(bands).fill(-Infinity);
    let longest = 0;
    for (let b = 0; b < total; b++) {
      const k = bandOf[rank[b]];
      low[k] = Math.min(low[k], pos[b] - side[b] / 2);
      high[k] = Math.max(high[k], pos[b] + side[b] / 2);
      longest = Math.max(longest, layerAt[rank[b]] + along[b] / 2 - startOf[k]);
    }
    const top = [];
    let y = MARGIN;
    for (let k = 0; k < bands; k++) {
      if (low[k] === Infinity) {
        low[k] = 0;
        high[k] = 0;
      }
      top[k] = y - low[k];
      y += high[k] - low[k] + BAND_GAP;
    }
    width = longest + 2 * MARGIN + 2 * FOLD;
    height = y - BAND_GAP + MARGIN;
    const bandPoint = (b) => {
      const k = bandOf[rank[b]];
      return [layerAt[rank[b]] - startOf[k] + MARGIN + FOLD, pos[b] + top[k]];
    };
    point = bandPoint;
    corridor = { right: width - MARGIN, left: MARGIN, below: (k) => high[k] + top[k] + BAND_GAP / 2 };
  }
  const boxes = items.map((item, i) => {
    const [x, y] = point(i);
    return { x, y, w: item.w, h: item.h, rank: rank[i] };
  });
  const routes = chains.map((chain) => {
    const points = [];
    chain.forEach((b, i) => {
      const [x, y] = point(b);
      if (bandOf && i > 0 && bandOf[rank[b]] !== bandOf[rank[chain[i - 1]]]) {
        const last = points[points.length - 1];
        const gapY = corridor.below(bandOf[rank[chain[i - 1]]]);
        points.push([corridor.right, last[1], true], [corridor.right, gapY, true], [corridor.left, gapY, true], [corridor.left, y, true]);
      }
      if (i === 0) {
        points.push(across ? [x + along[b] / 2, y] : [x, y + along[b] / 2]);
      }
      else if (i === chain.length - 1) {
        points.push(across ? [x - along[b] / 2, y] : [x, y - along[b] / 2]);
      }
      else {
        points.push([x, y]);
      }
    });
    return points;
  });
  return {
    boxes,
    routes,
    width,
    height,
    direction,
    bands: bandOf ? bandOf[layers.length - 1] + 1 : 1,
  };
}

/**
 * The scale at which a layout fits a box of width by at most maxHeight, never above 1.
 * @param {{ width: number, height: number }} layout
 */
export function fitScale(layout, width, maxHeight) {
  return Math.min(1, width / layout.width, maxHeight / layout.height);
}

/**
 * An SVG path through points that leaves and enters each point along the graph's direction.
 * @param {number[][]} points
 * @param {string} direction
 */
export function curve(points, direction = 'right') {
  let d = `M${round(points[0][0])},${round(points[0][1])}`;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0, fold0] = points[i - 1];
    const [x1, y1, fold1] = points[i];
    if (fold0 || fold1) {
      d += ` L${round(x1)},${round(y1)}`;
    }
    else if (direction === 'right') {
      const dx = (x1 - x0) / 2;
      d += ` C${round(x0 + dx)},${round(y0)} ${round(x1 - dx)},${round(y1)} ${round(x1)},${round(y1)}`;
    }
    else {
      const dy = (y1 - y0) / 2;
      d += ` C${round(x0)},${round(y0 + dy)} ${round(x1)},${round(y1 - dy)} ${round(x1)},${round(y1)}`;
    }
  }
  return d;
}

/**
 * The point at fraction f (0 to 1) of the whole path drawn by curve(), counted in segments.
 * @param {number[][]} points
 * @param {number} f
 * @param {string} direction
 * @returns {number[]}
 */
export function pointOnCurve(points, f, direction = 'right') {
  const segments = points.length - 1;
  const at = Math.min(segments - 1e-9, Math.max(0, f * segments));
  const i = Math.floor(at);
  const t = at - i;
  const [x0, y0, fold0] = points[i];
  const [x1, y1, fold1] = points[i + 1];
  if (fold0 || fold1) {
    return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
  }
  const u = 1 - t;
  const b0 = u * u * u;
  const b1 = 3 * u * u * t;
  const b2 = 3 * u * t * t;
  const b3 = t * t * t;
  if (direction === 'right') {
    const mx = (x0 + x1) / 2;
    return [b0 * x0 + (b1 + b2) * mx + b3 * x1, (b0 + b1) * y0 + (b2 + b3) * y1];
  }
  const my = (y0 + y1) / 2;
  return [(b0 + b1) * x0 + (b2 + b3) * x1, b0 * y0 + (b1 + b2) * my + b3 * y1];
}

/**
 * Where a box's neighbours pull it: the mean of their coordinates, or the box's own coordinate when it has none (so
 * that it stays put). Both the ordering (by position in the layer) and the relaxation (by coordinate across) ask this.
 *
 * @param {number} box
 * @param {number[][]} neighbours the boxes each box is linked to in the layer before or after
 * @param {Float64Array} coordinate
 */
function barycentre(box, neighbours, coordinate) {
  const others = neighbours[box];
  if (!others.length) {
    return coordinate[box];
  }
  let sum = 0;
  for (const o of others) {
    sum += coordinate[o];
  }
  return sum / others.length;
}

function round(value) {
  return Math.round(value * 10) / 10;
}
