import type { EdgeItem, EvidenceItem, TimelineItem } from './api.ts';
import type { Added } from './graph.ts';

// The side panel. Everything is written with textContent: article text is data, never markup.

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** The sentence with the supporting words marked (evidence offsets are in the article; the sentence's start maps them). */
function sentence(ev: EvidenceItem): HTMLElement {
  const p = el('p', undefined, 'sentence');
  const s = ev.sentence;
  const text = s?.text ?? '';
  const from = ev.start !== null && s?.start != null ? ev.start - s.start : -1;
  const to = ev.end !== null && s?.start != null ? ev.end - s.start : -1;
  if (from >= 0 && to <= text.length && from < to) {
    p.append(text.slice(0, from), el('mark', text.slice(from, to), 'evidence-text'), text.slice(to));
  } else {
    p.append(text);
  }
  return p;
}

export function showEdge(panel: HTMLElement, edge: EdgeItem, names: (key: string) => string): void {
  panel.replaceChildren(el('h2', `${names(edge.source)} —${edge.type}→ ${names(edge.target)}`));
  const evidence = edge.evidence ?? [];
  if (!evidence.length) panel.append(el('p', 'No evidence recorded for this relationship.', 'muted'));
  for (const ev of evidence) {
    const box = el('section', undefined, 'evidence');
    box.append(el('blockquote', ev.text ?? '', 'evidence-quote'), sentence(ev));
    const where = `Sentence ${ev.sentence?.index ?? '?'} of “${ev.article?.title ?? 'unknown article'}”${ev.implicit ? ' · implied, not stated' : ''}`;
    box.append(el('p', where, 'muted'));
    panel.append(box);
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A node: its name and type, what expanding it added, and for a statement its words (its summary
 * is its name; the words are the sentence of the SAID edge from its speaker).
 */
export function showNode(
  panel: HTMLElement,
  n: { id: string; name: string; label: string },
  added: Added,
  said: EdgeItem[],
  names: (key: string) => string,
): void {
  panel.replaceChildren(el('h2', n.name), el('p', `${n.label} · ${n.id}`, 'muted'));
  for (const edge of said) {
    for (const ev of edge.evidence ?? []) {
      // The words are the sentence the statement comes from; the SAID edge's own evidence (the
      // attribution, "said the minister") is marked in it.
      const box = el('section', undefined, 'evidence statement-words');
      const where = `— ${names(edge.source)}, sentence ${ev.sentence?.index ?? '?'} of “${ev.article?.title ?? 'unknown article'}”`;
      box.append(sentence(ev), el('p', where, 'muted'));
      panel.append(box);
    }
  }
  const count = added.nodes.length || added.edges;
  panel.append(
    el(
      'p',
      count
        ? `Expanded: ${plural(added.nodes.length, 'new node', 'new nodes')}, ${plural(added.edges, 'new edge', 'new edges')}.`
        : 'Nothing new around it.',
      'expanded-count',
    ),
  );
  panel.append(el('p', 'Click an edge to read the sentence that supports it.', 'muted'));
}

const KIND_WORDS: Record<string, string> = { EVENT: 'event', STATEMENT: 'statement', PLAN: 'plan', OFFICE: 'office' };

/**
 * An entity's timeline (the API's `timeline`, within the date filter): one line per relationship
 * and article, dated by the article, with the sentence that says it. `caption` names the window.
 */
export function timelineSection(items: TimelineItem[], total: number, caption: string): HTMLElement {
  const box = el('section', undefined, 'timeline');
  box.append(el('h3', `Timeline ${caption}`));
  if (!items.length) box.append(el('p', 'Nothing reported in this window.', 'muted'));
  const list = el('ol');
  for (const it of items) {
    const li = el('li');
    li.dataset.date = it.date ?? '';
    const name = it.entity.name ?? it.entity.key;
    const what = it.direction === 'OUT' ? `${it.relation} → ${name}` : `${name} → ${it.relation}`;
    li.append(el('time', it.date ?? 'undated'), el('span', KIND_WORDS[it.kind] ?? it.kind, 'kind'), what);
    if (it.evidence[0]) li.append(sentence(it.evidence[0]));
    li.append(el('p', `“${it.article.title ?? 'untitled'}”`, 'muted'));
    list.append(li);
  }
  box.append(list);
  if (total > items.length) box.append(el('p', `The first ${items.length} of ${total}.`, 'muted'));
  return box;
}

export function showMessage(panel: HTMLElement, text: string, cls = 'muted'): void {
  panel.replaceChildren(el('p', text, cls));
}
