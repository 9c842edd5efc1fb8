// Levels of detail: the nodes of a graph grouped by the statement that assigned them, and the scene the view
// draws for a choice of collapsed groups. `h1 = tanh(w1*x1 + b1)` is one group whose root is the tanh node;
// collapsed, it is one box "h1" with its value and gradient, and the edges into it come from the inputs and
// earlier statements it reads.

/**
 * @typedef {{ id: number, op: string, operands: number[], variable?: string | null, name?: string }} GroupNode
 * @typedef {{ from: number, to: number }} GroupEdge
 * @typedef {{ id: number, root: number, members: number[], collapsible: boolean }} Group
 * @typedef {{ groups: Group[], groupOf: Int32Array }} Grouping
 */

/**
 * Groups nodes by statement. A node a statement assigned (it has a variable) roots a group; an operation or a
 * constant belongs to the group of its consumers when they all share one; the output, when no statement names
 * it, roots its own. Inputs belong to no group (-1). Nodes must be in topological order, ids being indexes.
 * @param {{ nodes: GroupNode[], edges: GroupEdge[], output: { id: number } }} graph
 * @returns {Grouping}
 */
export function groupByStatement(graph) {
  const count = graph.nodes.length;
  const consumers = Array.from({ length: count }, () => []);
  for (const edge of graph.edges) {
    consumers[edge.from].push(edge.to);
  }
  const groupOf = new Int32Array(count).fill(-1);
  const groups = [];
  const open = (root) => {
    groups.push({ id: groups.length, root, members: [], collapsible: false });
    return groups.length - 1;
  };
  for (let id = count - 1; id >= 0; id--) {
    const node = graph.nodes[id];
    if (node.op === 'input') {
      continue;
    }
    if (node.variable || id === graph.output.id) {
      groupOf[id] = open(id);
      continue;
    }
    let shared = -2;
    for (const c of consumers[id]) {
      const g = groupOf[c];
      shared = shared === -2 || shared === g ? g : -1;
    }
    groupOf[id] = shared >= 0 ? shared : -1;
  }
  for (let id = 0; id < count; id++) {
    if (groupOf[id] >= 0) {
      groups[groupOf[id]].members.push(id);
    }
  }
  for (const group of groups) {
    // one box already: a statement that only names a constant, as in a = -4.0
    group.collapsible = group.members.length > 1 || graph.nodes[group.root].operands.length > 0;
  }
  groups.sort((a, b) => a.root - b.root);
  const renumbered = new Int32Array(groups.length);
  groups.forEach((group, index) => {
    renumbered[group.id] = index;
    group.id = index;
  });
  for (let id = 0; id < count; id++) {
    if (groupOf[id] >= 0) {
      groupOf[id] = renumbered[groupOf[id]];
    }
  }
  return { groups, groupOf };
}

/**
 * @typedef {{ key: string, kind: 'value' | 'op', node: number, group: number, collapsed: boolean }} SceneItem
 * @typedef {{ from: number, to: number, edges: number[] }} SceneLink  items joined; edges are graph edge indexes,
 *   none for the link from an operation to the value it makes
 * @typedef {{ items: SceneItem[], links: SceneLink[], itemOfNode: Int32Array, opItemOfNode: Int32Array }} Scene
 */

/**
 * What to draw when the groups in collapsed are collapsed: a value box for every input, every node of an open
 * group and the root of a closed one, an operation circle for every operation of an open group; links between
 * them, one per pair of items, carrying the graph edges they stand for. Items come in topological order.
 * itemOfNode gives the item that shows a node's value (a closed group's box for its hidden members).
 * @param {{ nodes: GroupNode[], edges: GroupEdge[] }} graph
 * @param {Grouping} grouping
 * @param {Set<number>} collapsed  ids of closed groups
 * @returns {Scene}
 */
export function buildScene(graph, grouping, collapsed) {
  const { groups, groupOf } = grouping;
  const count = graph.nodes.length;
  /** @type {SceneItem[]} */
  const items = [];
  const itemOfNode = new Int32Array(count).fill(-1);
  const opItemOfNode = new Int32Array(count).fill(-1);
  const closed = (id) => groupOf[id] >= 0 && collapsed.has(groupOf[id]) && groups[groupOf[id]].collapsible;
  for (let id = 0; id < count; id++) {
    const node = graph.nodes[id];
    const group = groupOf[id];
    if (closed(id)) {
      if (groups[group].root === id) {
        itemOfNode[id] = items.length;
        items.push({ key: `g${id}`, kind: 'value', node: id, group, collapsed: true });
      }
      continue;
    }
    if (node.operands.length) {
      opItemOfNode[id] = items.length;
      items.push({ key: `o${id}`, kind: 'op', node: id, group, collapsed: false });
    }
    itemOfNode[id] = items.length;
    items.push({ key: `v${id}`, kind: 'value', node: id, group, collapsed: false });
  }
  for (let id = 0; id < count; id++) {
    if (itemOfNode[id] < 0) {
      itemOfNode[id] = itemOfNode[groups[groupOf[id]].root];
    }
  }
  const links = [];
  const linkOf = new Map();
  for (let id = 0; id < count; id++) {
    if (opItemOfNode[id] >= 0) {
      links.push({ from: opItemOfNode[id], to: itemOfNode[id], edges: [] });
    }
  }
  graph.edges.forEach((edge, index) => {
    const from = itemOfNode[edge.from];
    const to = opItemOfNode[edge.to] >= 0 ? opItemOfNode[edge.to] : itemOfNode[edge.to];
    if (from === to) {
      return;
    }
    const key = from * items.length + to;
    let link = linkOf.get(key);
    if (!link) {
      link = { from, to, edges: [] };
      linkOf.set(key, link);
      links.push(link);
    }
    link.edges.push(index);
  });
  return { items, links, itemOfNode, opItemOfNode };
}
