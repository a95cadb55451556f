import type { EdgeItem, EvidenceItem } from './api.ts';

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

export function showNode(panel: HTMLElement, n: { id: string; name: string; label: string }, added: number): void {
  panel.replaceChildren(el('h2', n.name), el('p', `${n.label} · ${n.id}`, 'muted'));
  panel.append(el('p', added ? `Expanded: ${added} new nodes and edges.` : 'Nothing new around it.'));
  panel.append(el('p', 'Click an edge to read the sentence that supports it.', 'muted'));
}

export function showMessage(panel: HTMLElement, text: string, cls = 'muted'): void {
  panel.replaceChildren(el('p', text, cls));
}
