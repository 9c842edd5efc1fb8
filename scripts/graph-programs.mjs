// The generated programs the graph scripts draw (graph-benchmark.mjs, graph-trace.mjs): layers of three tanh
// neurons, each fed by the three before it, as GraphViewBrowserTests generates.

/** A program of about `nodes` nodes. @param {number} nodes */
export function network(nodes) {
  const lines = [];
  let previous = ['x1', 'x2', 'x3'];
  let made = 3;
  for (let layer = 1; made < nodes - 4; layer++) {
    const current = [];
    for (let j = 0; j < 3; j++) {
      const name = `h${layer}_${j + 1}`;
      const terms = previous.map((p, k) => `${(((layer * 7 + j * 3 + k) % 9) - 4) / 8}*${p}`);
      lines.push(`${name} = tanh(${terms.join(' + ')} + 0.1)`);
      current.push(name);
      made += 11;
    }
    previous = current;
  }
  lines.push(`L = (${previous[0]} - 1)^2`);
  return lines.join('\n');
}
