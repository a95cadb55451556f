import type { TimelineItemRow } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { dateWindow, isoDate } from '../checks.ts';
import { connectionOf } from '../connections.ts';
import { loadOrFail } from '../load-or-fail.ts';
import { nodeConnection, pageArgs, pageCost } from '../paging.ts';
import { pageAt, propsUnder } from '../parse-selection.ts';
import { EntityRef } from './entity-ref.ts';
import { ArticleRef, EvidenceRef } from './provenance.ts';

// timeline: what a reader would draw on a line of dates about one entity. Why one point per
// relationship and article (graph/reads/timeline.ts), not per relationship: a fact reported in
// 2019 and again in 2023 belongs at both dates, each with what that article said.

const TimelineKindEnum = builder.enumType('TimelineKind', {
  description: 'What a timeline point is about: the entity at the other end of its relationship.',
  values: {
    EVENT: { description: 'A meeting, visit or signing.' },
    STATEMENT: { description: 'A statement said by it or about it.' },
    PLAN: { description: 'A plan or national objective.' },
    OFFICE: { description: 'An office (a person holding it, or an office of a country), or a holder of an office.' },
  } as const,
});

const DirectionEnum = builder.enumType('RelationDirection', {
  description: 'How a relationship points, relative to the entity it is listed for.',
  values: { OUT: { description: 'From the entity.' }, IN: { description: 'To the entity.' } } as const,
});

const TimelineItemRef = builder.objectRef<TimelineItemRow>('TimelineItem').implement({
  description: 'One relationship of an entity as one article reports it, dated by that article.',
  fields: (t) => ({
    key: t.exposeString('id', { nullable: false, description: 'Stable: <source>-<TYPE>-><target>@<article key>.' }),
    kind: t.field({ type: TimelineKindEnum, nullable: false, resolve: (i) => i.kind }),
    date: t.exposeString('date', { nullable: true, description: "The article's published date; null when it has none." }),
    relation: t.exposeString('type', { nullable: false, description: 'The Neo4j relationship type.' }),
    direction: t.field({ type: DirectionEnum, nullable: false, resolve: (i) => i.direction }),
    entity: t.field({ type: EntityRef, nullable: false, description: 'The entity at the other end.', resolve: (i) => i.entity }),
    article: t.field({
      type: ArticleRef,
      nullable: false,
      description: 'The article that reports it.',
      resolve: (i, _, ctx) => loadOrFail(ctx.loaders.article.load(i.articleId)),
    }),
    evidence: t.field({
      type: [EvidenceRef],
      nullable: false,
      description: 'The spans of that article that support it.',
      resolve: (i) => i.evidence,
    }),
  }),
});

builder.queryField('timeline', (t) =>
  t.field({
    type: connectionOf('Timeline', TimelineItemRef),
    nullable: true,
    description:
      "An entity's events, statements, plans and offices in date order: one point per relationship and supporting article, dated by the article (same date: by article, then place in the text; undated articles last). Null when no entity has the key. from after to, or a malformed date, is BAD_USER_INPUT.",
    args: {
      key: t.arg.string({ required: true, description: 'The entity, e.g. person:hiroshi-kajiyama.' }),
      from: t.arg.string({
        validate: isoDate,
        description: 'Points of articles dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).',
      }),
      to: t.arg.string({
        validate: isoDate,
        description: 'Points of articles dated on or before this date; with either bound undated articles are left out.',
      }),
      kinds: t.arg({ type: [TimelineKindEnum], description: 'Only these kinds (default: all).' }),
      ...pageArgs,
    },
    validate: dateWindow,
    complexity: pageCost,
    resolve: async (_, args, ctx, info) => {
      const page = pageAt(ctx.selections, info, args);
      const props = propsUnder(info, 'edges', 'node', 'entity');
      const rows = await ctx.reads.timeline({ key: args.key, from: args.from, to: args.to, kinds: args.kinds ?? null, ...page, props });
      return rows && nodeConnection(rows, (r) => r.keyset, page.after !== null);
    },
  }),
);
