// Places edge labels where they cover no box and no other label. A label tries points along its edge, then the
// same points moved off to either side; the first free spot wins. A label with no free spot is not drawn: the
// details panel beside the graph always carries the same numbers.

/**
 * @typedef {{ x: number, y: number, w: number, h: number }} Rect  x and y are the top left corner
 * @typedef {{ id: *, w: number, h: number, along: (f: number) => number[] }} LabelRequest  along gives the
 *   point at fraction f of the label's edge
 */

const FRACTIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
const PAD = 2;

/** A grid over rectangles so that a collision test looks at a few, not all. */
export class RectIndex {
  /** @param {number} [cell] */
  constructor(cell = 96) {
    this.cell = cell;
    /** @type {Map<number, Rect[]>} */
    this.cells = new Map();
  }

  /** @param {Rect} rect */
  add(rect) {
    this.forCells(rect, (key) => {
      let list = this.cells.get(key);
      if (!list) {
        list = [];
        this.cells.set(key, list);
      }
      list.push(rect);
    });
  }

  /** Whether rect overlaps any rectangle added, by more than touching. @param {Rect} rect */
  hits(rect) {
    let hit = false;
    this.forCells(rect, (key) => {
      if (!hit) {
        hit = (this.cells.get(key) ?? []).some((other) => overlaps(rect, other));
      }
    });
    return hit;
  }

  forCells(rect, visit) {
    const x0 = Math.floor(rect.x / this.cell);
    const x1 = Math.floor((rect.x + rect.w) / this.cell);
    const y0 = Math.floor(rect.y / this.cell);
    const y1 = Math.floor((rect.y + rect.h) / this.cell);
    for (let i = x0; i <= x1; i++) {
      for (let j = y0; j <= y1; j++) {
        visit(i * 100003 + j);
      }
    }
  }
}

/** Whether two rectangles overlap, by more than touching. @param {Rect} a @param {Rect} b */
export function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Finds a spot for each label, in order, inside bounds and clear of obstacles (the boxes) and of each other.
 * Returns a Map from label id to the rectangle chosen; labels with no spot are left out.
 * @param {LabelRequest[]} labels
 * @param {RectIndex} obstacles
 * @param {{ width: number, height: number }} bounds
 * @returns {Map<*, Rect>}
 */
export function placeLabels(labels, obstacles, bounds) {
  const placed = new RectIndex();
  const result = new Map();
  for (const label of labels) {
    const spot = findSpot(label, obstacles, placed, bounds);
    if (spot) {
      placed.add(spot);
      result.set(label.id, spot);
    }
  }
  return result;
}

function findSpot(label, obstacles, placed, bounds) {
  const offsets = [[0, 0], [0, -(label.h / 2 + PAD + 2)], [0, label.h / 2 + PAD + 2], [-(label.w / 2 + PAD + 2), 0], [label.w / 2 + PAD + 2, 0]];
  for (const [dx, dy] of offsets) {
    for (const f of FRACTIONS) {
      const [cx, cy] = label.along(f);
      const rect = { x: cx + dx - label.w / 2, y: cy + dy - label.h / 2, w: label.w, h: label.h };
      const padded = { x: rect.x - PAD, y: rect.y - PAD, w: rect.w + 2 * PAD, h: rect.h + 2 * PAD };
      if (rect.x < 0 || rect.y < 0 || rect.x + rect.w > bounds.width || rect.y + rect.h > bounds.height) {
        continue;
      }
      if (!obstacles.hits(padded) && !placed.hits(padded)) {
        return rect;
      }
    }
  }
  return null;
}
