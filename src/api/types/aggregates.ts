import type { CountryCount, LabelCount, RelationCount } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { LabelRefs } from './entity-types.ts';
import { EntityLabelEnum } from './lists.ts';

const LabelCountRef = builder.objectRef<LabelCount>('LabelCount').implement({
  fields: (t) => ({ label: t.field({ type: EntityLabelEnum, resolve: (c) => c.label }), count: t.exposeInt('count') }),
});

const RelationCountRef = builder.objectRef<RelationCount>('RelationCount').implement({
  fields: (t) => ({ type: t.exposeString('type', { description: 'The Neo4j relationship type.' }), count: t.exposeInt('count') }),
});

const CountryCountRef = builder.objectRef<CountryCount>('CountryCount').implement({
  description: 'The entities tied to one country (the links the `country` filter follows).',
  fields: (t) => ({
    country: t.field({ type: LabelRefs.Country, resolve: (c) => c.country }),
    total: t.exposeInt('total'),
    byLabel: t.field({ type: [LabelCountRef], resolve: (c) => c.byLabel as LabelCount[] }),
  }),
});

builder.queryFields((t) => ({
  counts: t.field({
    type: [LabelCountRef],
    description: 'How many entities of each label the graph holds.',
    resolve: (_, __, ctx) => ctx.reads.countsByLabel(),
  }),
  relationCounts: t.field({
    type: [RelationCountRef],
    description: 'How many relationships of each type the graph holds.',
    resolve: (_, __, ctx) => ctx.reads.countsByRelationType(),
  }),
  countryCounts: t.field({
    type: [CountryCountRef],
    description: 'Per country, how many entities are tied to it, most first.',
    resolve: (_, __, ctx) => ctx.reads.countsByCountry(),
  }),
}));
