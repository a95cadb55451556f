import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphiQLOptions } from 'graphql-yoga';
import { PROJECT_ROOT } from '../project-root.ts';
import { exampleOperations } from './operations.ts';

/**
 * GraphiQL at /graphql as a newcomer meets it (issue 19, items 7, 8, 10): the example operations
 * of schema/operations/ as tabs, in the order and with the variables (and headers) of
 * schema/playground.json, so that every tab runs as shipped; the writes last and marked; tab names
 * whole (the strip wraps rather than scrolls); and every tab switchable with its first click.
 */
const TABS_FILE = join(PROJECT_ROOT, 'schema', 'playground.json');

interface TabSpec {
  operation: string;
  variables: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface PlaygroundTab {
  name: string;
  mutation: boolean;
  query: string;
  variables: string;
  headers?: string;
}

/** The tabs in their order; an operation missing from the file, or a file entry with no operation, is an error. */
export function playgroundTabs(file = TABS_FILE): PlaygroundTab[] {
  const specs = (JSON.parse(readFileSync(file, 'utf8')) as { tabs: TabSpec[] }).tabs;
  const operations = new Map(exampleOperations().map((op) => [op.name, op.query]));
  const listed = new Set(specs.map((s) => s.operation));
  const unlisted = [...operations.keys()].filter((name) => !listed.has(name));
  const unknown = specs.filter((s) => !operations.has(s.operation)).map((s) => s.operation);
  if (unlisted.length || unknown.length) {
    throw new Error(`${file}: operations without a tab: [${unlisted.join(', ')}]; tabs without an operation: [${unknown.join(', ')}]`);
  }
  return specs.map((s) => {
    const query = operations.get(s.operation)!;
    return {
      name: s.operation,
      mutation: /^\s*mutation\b/m.test(query.replace(/^#.*$/gm, '')),
      query,
      variables: JSON.stringify(s.variables, null, 2),
      ...(s.headers ? { headers: JSON.stringify(s.headers, null, 2) } : {}),
    };
  });
}

export function playgroundOptions(): GraphiQLOptions {
  return {
    title: 'PolicyGraph',
    defaultTabs: playgroundTabs().map(({ query, variables, headers }) => ({ query, variables, ...(headers ? { headers } : {}) })),
  };
}

/**
 * Added to GraphiQL's page. The tab strip wraps onto more rows (the header grows with it), so 21
 * names show whole. Writes get a mark (a tab's title is its operation's name, so they are found
 * by name).
 *
 * The transform rule works around GraphiQL's tab strip, not ours: its tabs are framer-motion
 * Reorder items, and after the first render each is left with a `transform: translateX(…)` (its
 * drag offset) that never goes back to 0. Seen with stock Yoga + GraphiQL and a one-field schema,
 * with requestAnimationFrame running at 60 per second, so not headless Chromium starving frames.
 * The first press on a tab starts a drag, which resets that transform: the tab jumps from under
 * the pointer, the release lands on the strip, and no click reaches the tab. Tabs are drawn where
 * they are laid out; dragging still reorders them, the dragged tab just does not follow the pointer.
 */
function pageAdditions(mutations: string[]): { head: string; body: string } {
  const head = `<style>
    .graphiql-container .graphiql-session-header { height: auto; min-height: var(--session-header-height); }
    .graphiql-tabs { flex-wrap: wrap; row-gap: 4px; overflow: visible; }
    .graphiql-tab { transform: none !important; }
    .graphiql-tab[data-kind="mutation"] .graphiql-tab-button { color: #b45309; }
    .graphiql-tab[data-kind="mutation"] .graphiql-tab-button::before { content: "✎ write · "; font-weight: 600; }
  </style>`;
  const body = `<script>
    (function () {
      var writes = ${JSON.stringify(mutations)};
      function mark() {
        document.querySelectorAll('.graphiql-tab').forEach(function (tab) {
          var button = tab.querySelector('.graphiql-tab-button');
          var kind = button && writes.indexOf(button.textContent.trim()) >= 0 ? 'mutation' : 'query';
          if (tab.dataset.kind !== kind) tab.dataset.kind = kind;
        });
      }
      new MutationObserver(mark).observe(document.body, { childList: true, subtree: true, characterData: true });
      mark();
    })();
  </script>`;
  return { head, body };
}

// The last page rendered, by its options: rendering joins ~9 MB of GraphiQL each time, and the
// options change only when an operation or schema/playground.json does.
let last: { key: string; html: string } | undefined;

export async function renderPlayground(opts: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(opts);
  if (last?.key === key) return last.html;
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const add = pageAdditions(
    playgroundTabs()
      .filter((t) => t.mutation)
      .map((t) => t.name),
  );
  const html = renderGraphiQL(opts).replace('</head>', `${add.head}</head>`);
  const end = html.lastIndexOf('</body>');
  last = { key, html: `${html.slice(0, end)}${add.body}${html.slice(end)}` };
  return last.html;
}
