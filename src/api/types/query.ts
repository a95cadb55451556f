import type { EntityRow } from '../../graph/reads/rows.ts';
import { countsByLabel, listEntities } from '../../graph/reads/entities.ts';
import { listArticles } from '../../graph/reads/provenance.ts';
import { ENTITY_LABELS, type EntityLabel } from '../../model/vocabulary.ts';
import { builder } from '../builder.ts';
import { connectionType, entityConnection, pageArgs, parsePage, toConnection, type Edge } from '../connections.ts';
import { EntityRef } from './entity-interface.ts';
import { LabelRefs } from './entity-types.ts';
import { ArticleRef, SentenceRef } from './provenance.ts';
import type { ArticleRow } from '../../graph/reads/rows.ts';

export const EntityLabelEnum = builder.enumType('EntityLabel', { values: ENTITY_LABELS });

const LabelCountRef = builder.objectRef<{ label: EntityLabel; count: number }>('LabelCount').implement({
  fields: (t) => ({ label: t.field({ type: EntityLabelEnum, resolve: (c) => c.label }), count: t.exposeInt('count') }),
});

const ArticleConnection = connectionType(
  'ArticleConnection',
  builder.objectRef<Edge<ArticleRow>>('ArticleEdge').implement({
    fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: ArticleRef, resolve: (e) => e.node }) }),
  }),
);

const byName = (e: EntityRow) => ({ key: e.name, id: e.id });
const asEdge = <T>(node: T, cursor: string): Edge<T> => ({ node, cursor });

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'An entity by its readable key, e.g. "person:shinzo-abe".',
    args: { key: t.arg.string({ required: true }) },
    resolve: (_, { key }, ctx) => ctx.loaders.entity.load(key),
  }),
  entities: t.field({
    type: entityConnection('Entity', EntityRef),
    description: 'Entities of any (or one) label, by name.',
    args: { label: t.arg({ type: EntityLabelEnum }), nameContains: t.arg.string(), ...pageArgs },
    resolve: async (_, args, ctx) => {
      const page = parsePage(args);
      const rows = await ctx.store.read((tx) => listEntities(tx, { label: args.label ?? null, nameContains: args.nameContains, ...page }));
      return toConnection(rows, byName, asEdge, page.after !== null);
    },
  }),
  article: t.field({
    type: ArticleRef,
    nullable: true,
    args: { key: t.arg.string({ required: true, description: 'e.g. article:32cf05b0c027adcd' }) },
    resolve: (_, { key }, ctx) => ctx.loaders.article.load(key),
  }),
  articles: t.field({
    type: ArticleConnection,
    description: 'Articles, newest first.',
    args: pageArgs,
    resolve: async (_, args, ctx) => {
      const page = parsePage(args);
      const rows = await ctx.store.read((tx) => listArticles(tx, page.first, page.after));
      return toConnection(rows, (a) => ({ key: a.published ?? '', id: a.id }), asEdge, page.after !== null);
    },
  }),
  sentence: t.field({
    type: SentenceRef,
    nullable: true,
    args: { key: t.arg.string({ required: true, description: 'e.g. article:32cf05b0c027adcd#3' }) },
    resolve: (_, { key }, ctx) => ctx.loaders.sentence.load(key),
  }),
  counts: t.field({
    type: [LabelCountRef],
    description: 'How many entities of each label the graph holds.',
    resolve: (_, __, ctx) => ctx.store.read(countsByLabel),
  }),
}));

// people, countries, organizations, ...: one list per label.
const LIST_FIELDS: Record<EntityLabel, string> = {
  Person: 'people', Country: 'countries', Organization: 'organizations', Office: 'offices', Plan: 'plans',
  NationalObjective: 'nationalObjectives', Topic: 'topics', Event: 'events', Place: 'places', Statement: 'statements',
};
for (const label of ENTITY_LABELS) {
  const connection = entityConnection(label, LabelRefs[label]);
  builder.queryField(LIST_FIELDS[label], (t) =>
    t.field({
      type: connection,
      description: `${label} entities by name.`,
      args: { nameContains: t.arg.string(), ...pageArgs },
      resolve: async (_, args, ctx) => {
        const page = parsePage(args);
        const rows = await ctx.store.read((tx) => listEntities(tx, { label, nameContains: args.nameContains, ...page }));
        return toConnection(rows, byName, asEdge, page.after !== null);
      },
    }),
  );
}
