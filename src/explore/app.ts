import { neighborhood, search, type EntityItem } from './api.ts';
import { createGraph, edgeData, layout, LABEL_COLOURS, merge } from './graph.ts';
import { showEdge, showMessage, showNode } from './panel.ts';

// /explore: search an entity, draw its neighbourhood, click a node to expand it, click an edge
// to read its evidence sentence.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search');
const input = $<HTMLInputElement>('search-text');
const results = $<HTMLUListElement>('results');
const panel = $<HTMLElement>('details');
const status = $<HTMLElement>('status');
const cy = createGraph($('graph'));
// Tests (and curious users in the console) read node positions from here to click them.
(window as unknown as { policyGraphExplorer: unknown }).policyGraphExplorer = cy;

const nameOf = (key: string) => (cy.getElementById(key).data('name') as string | undefined) ?? key;

function setStatus(text: string) {
  status.textContent = text;
}

async function expand(key: string, fresh: boolean): Promise<number> {
  setStatus(`Loading the neighbourhood of ${nameOf(key)}…`);
  const g = await neighborhood(key);
  if (!g) {
    setStatus(`${key} is not in the graph.`);
    return 0;
  }
  if (fresh) cy.elements().remove();
  const added = merge(cy, g);
  cy.getElementById(key).addClass('expanded');
  await layout(cy, !fresh);
  if (fresh) cy.fit(undefined, 40);
  setStatus(`${cy.nodes().length} nodes, ${cy.edges().length} edges${g.truncated ? ' (truncated: expand nodes to see more)' : ''}.`);
  document.body.dataset.ready = String(Date.now()); // lets tests wait for a finished draw
  return added;
}

function renderResults(items: EntityItem[]) {
  results.replaceChildren(
    ...items.map((e) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.key = e.key;
      const dot = document.createElement('span');
      dot.className = 'dot';
      dot.style.background = LABEL_COLOURS[e.__typename] ?? '#A5ABB6';
      b.append(dot, `${e.name ?? e.key} `, Object.assign(document.createElement('small'), { textContent: e.__typename }));
      b.addEventListener('click', () => void select(e.key));
      li.append(b);
      return li;
    }),
  );
  if (!items.length) results.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'No match.', className: 'muted' }));
}

async function select(key: string) {
  try {
    const added = await expand(key, true);
    cy.getElementById(key).select();
    showNode(panel, { id: key, name: nameOf(key), label: cy.getElementById(key).data('label') as string }, added);
  } catch (err) {
    showMessage(panel, `Could not load ${key}: ${(err as Error).message}`, 'error');
  }
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  setStatus(`Searching “${text}”…`);
  search(text)
    .then((items) => {
      renderResults(items);
      setStatus(`${items.length} result${items.length === 1 ? '' : 's'} for “${text}”.`);
    })
    .catch((err: Error) => setStatus(`Search failed: ${err.message}`));
});

cy.on('tap', 'node', (ev) => {
  const key = ev.target.id() as string;
  expand(key, false)
    .then((added) => showNode(panel, { id: key, name: nameOf(key), label: ev.target.data('label') as string }, added))
    .catch((err: Error) => showMessage(panel, `Could not expand ${key}: ${err.message}`, 'error'));
});

cy.on('tap', 'edge', (ev) => showEdge(panel, edgeData(ev.target), nameOf));

// /explore?key=person:vladimir-putin opens straight on an entity (links from elsewhere).
const start = new URLSearchParams(location.search).get('key');
if (start) void select(start);
