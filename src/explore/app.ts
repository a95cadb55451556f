import { neighborhood, search, timeline, type EntityItem } from './api.ts';
import { applyWindow, checkWindow, type DateWindow, windowCaption, windowSet } from './dates.ts';
import { type Added, createGraph, edgeData, hoverHints, layout, LABEL_COLOURS, merge } from './graph.ts';
import { showEdge, showMessage, showNode, timelineSection } from './panel.ts';

// /explore: search an entity, draw its neighbourhood, click a node to expand it, click an edge
// to read its evidence sentence; a reporting window (the date filter) hides what was not reported
// in it and narrows the timeline shown under the node described.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search');
const input = $<HTMLInputElement>('search-text');
const results = $<HTMLUListElement>('results');
const panel = $<HTMLElement>('details');
const status = $<HTMLElement>('status');
const dateForm = $<HTMLFormElement>('dates');
const cy = createGraph($('graph'));
// Tests (and curious users in the console) read node positions from here to click them.
(window as unknown as { policyGraphExplorer: unknown }).policyGraphExplorer = cy;

const nameOf = (key: string) => (cy.getElementById(key).data('name') as string | undefined) ?? key;

function setStatus(text: string) {
  status.textContent = text;
}

const finished = () => {
  document.body.dataset.ready = String(Date.now()); // lets tests wait for a finished draw
};

let dates: DateWindow = { from: '', to: '' };
/** The node the panel describes, whose timeline it shows (null: the panel shows something else). */
let focus: string | null = null;

/** Applies the date filter to what is drawn and says what is shown. */
function showCounts(truncated: boolean) {
  const [shown, all] = applyWindow(cy, dates);
  const nodes = cy.nodes().not('.outside').length;
  const edges = windowSet(dates) ? `${shown} of ${all} edges reported ${windowCaption(dates)}` : `${all} edges`;
  setStatus(`${nodes} nodes, ${edges}${truncated ? ' (truncated: expand nodes to see more)' : ''}.`);
}

/** The described node's timeline within the date filter, under its description. */
async function refreshTimeline() {
  const key = focus;
  if (!key) return;
  try {
    const { items, total } = await timeline(key, dates.from, dates.to);
    if (key !== focus) return; // the reader moved on meanwhile
    panel.querySelector('.timeline')?.remove();
    panel.append(timelineSection(items, total, `(${windowCaption(dates)})`));
  } catch (err) {
    panel.querySelector('.timeline')?.remove();
    panel.append(
      Object.assign(document.createElement('p'), { className: 'error timeline', textContent: `No timeline: ${(err as Error).message}` }),
    );
  } finally {
    document.body.dataset.timeline = String(Date.now()); // lets tests wait for the timeline
  }
}

/** Draws a key's neighbourhood (fresh: instead of what is drawn); null when the key is not in the graph. */
async function expand(key: string, fresh: boolean): Promise<Added | null> {
  setStatus(`Loading the neighbourhood of ${nameOf(key)}…`);
  const g = await neighborhood(key);
  if (!g?.nodes?.length) {
    setStatus(`Not found: ${key}`);
    finished();
    return null;
  }
  if (fresh) cy.elements().remove();
  const added = merge(cy, g, fresh ? undefined : key);
  cy.getElementById(key).addClass('expanded');
  // Nothing new (a leaf, or a node already expanded): nothing moves. Something new: only it is
  // laid out, around what the reader already sees.
  if (fresh) {
    await layout(cy, false);
    cy.fit(undefined, 40);
  } else if (added.nodes.nonempty()) {
    await layout(cy, true, added.nodes);
  }
  showCounts(g.truncated === true);
  finished();
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

/** What the panel says about a node: its name and type, and a statement's own words from its SAID edge. */
function describe(key: string, added: Added) {
  const node = cy.getElementById(key);
  const said = node.connectedEdges('[type = "SAID"]').map(edgeData);
  showNode(panel, { id: key, name: nameOf(key), label: node.data('label') as string }, added, said, nameOf);
  focus = key;
  void refreshTimeline();
}

async function select(key: string) {
  try {
    const added = await expand(key, true);
    if (!added) {
      focus = null;
      showMessage(panel, `Not found: there is no entity with the key “${key}” in the graph. Search by name instead.`, 'not-found');
      return;
    }
    cy.getElementById(key).select();
    describe(key, added);
  } catch (err) {
    showMessage(panel, `Could not load ${key}: ${(err as Error).message}`, 'error');
  }
}

function runSearch(text: string) {
  setStatus(`Searching “${text}”…`);
  search(text)
    .then((items) => {
      renderResults(items);
      setStatus(`${items.length} result${items.length === 1 ? '' : 's'} for “${text}”.`);
    })
    .catch((err: Error) => setStatus(`Search failed: ${err.message}`));
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const text = input.value.trim();
  if (text) runSearch(text);
});

// The start page's example searches (index.html) fill the box and search.
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-example]')) {
  b.addEventListener('click', () => {
    input.value = b.dataset.example!;
    runSearch(input.value);
  });
}

// The legend: one colour per type, as the nodes are drawn.
$('legend').replaceChildren(
  ...Object.entries(LABEL_COLOURS).map(([label, colour]) => {
    const li = document.createElement('li');
    const dot = Object.assign(document.createElement('span'), { className: 'dot' });
    dot.style.background = colour;
    li.dataset.label = label;
    li.append(dot, label.replace(/([a-z])([A-Z])/g, '$1 $2'));
    return li;
  }),
);

cy.on('tap', 'node', (ev) => {
  const key = ev.target.id() as string;
  expand(key, false)
    .then((added) => added && describe(key, added))
    .catch((err: Error) => showMessage(panel, `Could not expand ${key}: ${err.message}`, 'error'));
});

cy.on('tap', 'edge', (ev) => {
  focus = null;
  showEdge(panel, edgeData(ev.target), nameOf);
});

// The date filter: checked as the API checks it, then applied to the graph and the timeline.
dateForm.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const typed = { from: $<HTMLInputElement>('date-from').value.trim(), to: $<HTMLInputElement>('date-to').value.trim() };
  const problem = checkWindow(typed);
  if (problem) {
    setStatus(problem);
    return;
  }
  dates = typed;
  showCounts(false);
  void refreshTimeline();
});
dateForm.addEventListener('reset', () => {
  dates = { from: '', to: '' };
  showCounts(false);
  void refreshTimeline();
});

hoverHints(cy, nameOf);

// /explore?key=person:vladimir-putin opens straight on an entity (links from elsewhere).
const start = new URLSearchParams(location.search).get('key');
if (start) void select(start);
