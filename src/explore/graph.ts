import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { EdgeItem, Subgraph } from './api.ts';

// One colour per label: the palette of cypher/browser/style.grass, so the explorer and Neo4j
// Browser look alike.
export const LABEL_COLOURS: Record<string, string> = {
  Person: '#1F77B4',
  Country: '#FF7F0E',
  Organization: '#2CA02C',
  Office: '#9467BD',
  Plan: '#D62728',
  NationalObjective: '#BCBD22',
  Topic: '#17BECF',
  Event: '#8C564B',
  Place: '#98DF8A',
  Statement: '#E377C2',
};

const short = (s: string, n = 28) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Edge labels are drawn only once they would be at least this many pixels high: zoomed out, a dense
 * neighbourhood's labels lie on one another. The edges of a hovered or selected node, and a hovered
 * or selected edge, always show theirs.
 */
const EDGE_LABEL_MIN_PX = 10;

export function createGraph(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n: cytoscape.NodeSingular) => LABEL_COLOURS[n.data('label') as string] ?? '#A5ABB6',
          label: 'data(caption)',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': '120px',
          'text-background-color': '#fff',
          'text-background-opacity': 0.75,
          'text-background-padding': '1px',
          width: 34,
          height: 34,
        },
      },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#333' } },
      // A caption cut at 28 characters shows whole while the node is hovered or selected.
      { selector: 'node.hover, node:selected', style: { label: 'data(name)', 'text-max-width': '220px', 'z-index': 10 } },
      {
        selector: 'node:selected',
        style: { 'border-width': 4, 'border-color': '#000', 'underlay-color': '#ffd54f', 'underlay-opacity': 0.6, 'underlay-padding': 6 },
      },
      {
        selector: 'edge',
        style: {
          width: 2,
          'line-color': '#A5ABB6',
          'target-arrow-color': '#A5ABB6',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-size': 8,
          'min-zoomed-font-size': EDGE_LABEL_MIN_PX,
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
        },
      },
      { selector: 'edge.hover, edge.near, edge:selected', style: { 'font-size': 10, 'min-zoomed-font-size': 0, 'z-index': 10 } },
      { selector: 'edge:selected', style: { width: 4, 'line-color': '#222', 'target-arrow-color': '#222' } },
      // Left out by the date filter (dates.ts).
      { selector: '.outside', style: { display: 'none' } },
    ],
  });
}

export interface Added {
  nodes: cytoscape.NodeCollection;
  edges: number;
}

/**
 * Adds what is new in a subgraph (nodes by key, edges by id). New nodes start on a small ring
 * around `around` (the node expanded), so that a layout moving only them keeps them near it.
 */
export function merge(cy: Core, g: Subgraph, around?: string): Added {
  const centre = around && cy.getElementById(around).nonempty() ? cy.getElementById(around).position() : { x: 0, y: 0 };
  const fresh = (g.nodes ?? []).filter((n) => cy.getElementById(n.key).empty());
  const add: ElementDefinition[] = fresh.map((n, i) => ({
    group: 'nodes',
    data: { id: n.key, label: n.__typename, name: n.name ?? n.key, caption: short(n.name ?? n.key) },
    position: {
      x: centre.x + 60 * Math.cos((2 * Math.PI * i) / fresh.length),
      y: centre.y + 60 * Math.sin((2 * Math.PI * i) / fresh.length),
    },
  }));
  const nodes = add.length;
  for (const e of g.edges ?? []) {
    if (cy.getElementById(e.id).empty()) add.push({ group: 'edges', data: { ...e, id: e.id } });
  }
  const added = add.length ? cy.add(add) : cy.collection();
  return { nodes: added.nodes(), edges: add.length - nodes };
}

/**
 * Lays the graph out. With `only`, just those nodes move (the ones an expansion added): every
 * node already drawn is locked where the reader last saw it, and the view is not refitted.
 */
export function layout(cy: Core, animate: boolean, only?: cytoscape.NodeCollection): Promise<void> {
  const keep = only
    ? cy
        .nodes()
        .difference(only)
        .nodes()
        .filter((n) => !n.locked())
    : cy.collection();
  keep.lock();
  return new Promise<void>((done) => {
    const l = cy.layout({
      name: 'cose',
      animate,
      fit: !only,
      nodeDimensionsIncludeLabels: true,
      padding: 30,
      randomize: false,
      idealEdgeLength: () => 110,
    });
    l.one('layoutstop', () => done());
    l.run();
  }).finally(() => keep.unlock());
}

export const edgeData = (edge: cytoscape.EdgeSingular) => edge.data() as EdgeItem;

/**
 * Hovering a node shows its whole name (the caption is cut at 28 characters) and its edges' labels;
 * hovering an edge shows its label, however far out the view is zoomed.
 */
export function hoverHints(cy: Core, nameOf: (key: string) => string): void {
  const container = cy.container()!;
  cy.on('mouseover', 'node', (ev) => {
    ev.target.addClass('hover');
    ev.target.connectedEdges().addClass('near');
    container.title = ev.target.data('name') as string;
  });
  cy.on('mouseout', 'node', (ev) => {
    ev.target.removeClass('hover');
    ev.target.connectedEdges().removeClass('near');
    container.title = '';
  });
  cy.on('mouseover', 'edge', (ev) => {
    ev.target.addClass('hover');
    container.title = `${nameOf(ev.target.data('source'))} —${ev.target.data('type')}→ ${nameOf(ev.target.data('target'))}`;
  });
  cy.on('mouseout', 'edge', (ev) => {
    ev.target.removeClass('hover');
    container.title = '';
  });
  // Leaving the canvas ends any hover (cytoscape sends no mouseout then).
  container.addEventListener('mouseleave', () => {
    cy.elements('.hover').removeClass('hover');
    cy.nodes().not(':selected').connectedEdges().not(cy.nodes(':selected').connectedEdges()).removeClass('near');
    container.title = '';
  });
  // A selected node's edges show their labels too.
  cy.on('select', 'node', (ev) => ev.target.connectedEdges().addClass('near'));
  cy.on('unselect', 'node', (ev) => ev.target.connectedEdges().removeClass('near'));
}
