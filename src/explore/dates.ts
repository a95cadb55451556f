import type { Core } from 'cytoscape';
import type { EdgeItem } from './api.ts';

// The explorer's date filter on the drawn graph: a relationship is shown when one of the articles
// of its evidence is dated in the window, as the API's `reported` windows decide (dates are
// YYYY, YYYY-MM or YYYY-MM-DD, compared on their common prefix; undated articles are never in a
// window). A node is hidden once every relationship it has is, unless the reader expanded it.

export interface DateWindow {
  from: string;
  to: string;
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A window's bounds as typed, or why they are not dates (the API would refuse them too). */
export function checkWindow(w: DateWindow): string | null {
  for (const d of [w.from, w.to]) if (d && !ISO_DATE.test(d)) return `“${d}” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`;
  if (w.from && w.to && !notAfter(w.from, w.to)) return 'The window starts after it ends.';
  return null;
}

/** Span `a` starts no later than span `b` ends (each cut to the other's length). */
const notAfter = (a: string, b: string) => a.slice(0, b.length) <= b.slice(0, a.length);

const inWindow = (d: string | null | undefined, w: DateWindow) => !!d && (!w.from || notAfter(w.from, d)) && (!w.to || notAfter(d, w.to));

export const windowSet = (w: DateWindow) => !!(w.from || w.to);

/** The window in words, for captions. */
export const windowCaption = (w: DateWindow) =>
  !windowSet(w) ? 'all dates' : w.from && w.to ? `from ${w.from} to ${w.to}` : w.from ? `from ${w.from}` : `until ${w.to}`;

/** Hides what the window leaves out (nothing for an empty window); returns [shown, all] relationships. */
export function applyWindow(cy: Core, w: DateWindow): [number, number] {
  cy.elements().removeClass('outside');
  if (!windowSet(w)) return [cy.edges().length, cy.edges().length];
  const outside = cy.edges().filter((e) => !((e.data() as EdgeItem).evidence ?? []).some((ev) => inWindow(ev.article?.published, w)));
  outside.addClass('outside');
  cy.nodes()
    .filter((n) => !n.hasClass('expanded') && n.connectedEdges().nonempty() && n.connectedEdges().not('.outside').empty())
    .addClass('outside');
  return [cy.edges().length - outside.length, cy.edges().length];
}
