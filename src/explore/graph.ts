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
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
        },
      },
      { selector: 'edge:selected', style: { width: 4, 'line-color': '#222', 'target-arrow-color': '#222' } },
    ],
  });
}

/** Adds what is new in a subgraph (nodes by key, edges by id); returns how many elements were added. */
export function merge(cy: Core, g: Subgraph): number {
  const add: ElementDefinition[] = [];
  for (const n of g.nodes ?? []) {
    if (cy.getElementById(n.key).empty()) {
      add.push({ group: 'nodes', data: { id: n.key, label: n.__typename, name: n.name ?? n.key, caption: short(n.name ?? n.key) } });
    }
  }
  for (const e of g.edges ?? []) {
    if (cy.getElementById(e.id).empty()) add.push({ group: 'edges', data: { ...e, id: e.id } });
  }
  if (add.length) cy.add(add);
  return add.length;
}

export function layout(cy: Core, animate: boolean): Promise<void> {
  return new Promise((done) => {
    const l = cy.layout({
      name: 'cose',
      animate,
      nodeDimensionsIncludeLabels: true,
      padding: 30,
      randomize: false,
      idealEdgeLength: () => 110,
    });
    l.one('layoutstop', () => done());
    l.run();
  });
}

export const edgeData = (edge: cytoscape.EdgeSingular) => edge.data() as EdgeItem;
