// The explorer's only way to the data: the public GraphQL API at /graphql, through the
// operations of src/explore/operations/ (registered on the server, hashes baked in by bundle.ts).

declare const __EXPLORE_OPERATIONS__: Record<string, { hash: string; query: string }>;

export interface EvidenceItem {
  text: string | null;
  start: number | null;
  end: number | null;
  implicit: boolean | null;
  sentence: { index: number | null; start: number | null; text: string | null } | null;
  article: { title: string | null; published: string | null } | null;
}
export interface EntityItem {
  __typename: string;
  key: string;
  name: string | null;
}
export interface EdgeItem {
  id: string;
  type: string;
  source: string;
  target: string;
  evidence: EvidenceItem[] | null;
}
/** One point of an entity's timeline (ExploreTimeline). */
export interface TimelineItem {
  key: string;
  kind: string;
  date: string | null;
  relation: string;
  direction: 'OUT' | 'IN';
  entity: EntityItem;
  article: { title: string | null };
  evidence: EvidenceItem[];
}
export interface Subgraph {
  truncated: boolean | null;
  nodes: EntityItem[] | null;
  edges: EdgeItem[] | null;
}

async function post(body: object): Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(body),
  });
  return res.json();
}

/** Hash only first (works where arbitrary operations are refused); the text only if the server does not know the hash. */
async function run<T>(name: string, variables: Record<string, unknown>): Promise<T> {
  const op = __EXPLORE_OPERATIONS__[name];
  if (!op) throw new Error(`unknown operation ${name}`);
  const extensions = { persistedQuery: { version: 1, sha256Hash: op.hash } };
  let json = await post({ variables, extensions });
  if (json.errors?.some((e) => e.message === 'PersistedQueryNotFound')) json = await post({ query: op.query, variables });
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '));
  return json.data as T;
}

export async function search(text: string): Promise<EntityItem[]> {
  const data = await run<{ search: { edges: { node: EntityItem }[] } }>('ExploreSearch', { text });
  return data.search.edges.map((e) => e.node);
}

export async function neighborhood(key: string): Promise<Subgraph | null> {
  const data = await run<{ neighborhood: Subgraph | null }>('ExploreNeighborhood', { key, depth: 1 });
  return data.neighborhood;
}

/** An entity's timeline within a reporting window (bounds may be empty): the first page, in date order. */
export async function timeline(key: string, from: string, to: string): Promise<{ items: TimelineItem[]; total: number }> {
  const data = await run<{ timeline: { totalCount: number; edges: { node: TimelineItem }[] } | null }>('ExploreTimeline', {
    key,
    from: from || null,
    to: to || null,
  });
  return { items: data.timeline?.edges.map((e) => e.node) ?? [], total: data.timeline?.totalCount ?? 0 };
}
