import { MAX_ALTERNATIVES, type NameLookup, type NameMatch } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { text } from '../checks.ts';
import { propsUnder } from '../parse-selection.ts';
import { EntityRef } from './entity-interface.ts';
import { EntityLabelEnum } from './lists.ts';

// entityByName: one entity by what people call it. Why one match (nullable) and not a list: a
// lookup answers "which entity is this name?", so the common call is as short as entity(key:)
// (`entityByName(name: "Vladimir Putin") { entity { key } }`) and "nothing" is null, as there.
// Why `alternatives` beside it: a name can be ambiguous (two "Georgia"s), and a client that must
// not guess needs to know, without a second query; they are the other entities matched the same
// way, best first, so an empty list means the answer is unique. Ranked lists over everything
// remain `search`'s job.

const MAX_NAME_LENGTH = 200;

const MatchKindEnum = builder.enumType('EntityMatchKind', {
  description: 'How entityByName matched, in the order the ways are tried: each only when the one before found nothing.',
  values: {
    EXACT_NAME: { description: 'The name, ignoring case.' },
    ALIAS: { description: 'An alias, ignoring case.' },
    FULL_TEXT: { description: 'The full-text index over names and aliases: every word, whole or as a prefix (as `search`).' },
  } as const,
});

const matchFields = builder.objectRef<NameMatch>('EntityNameMatch').implement({
  description: 'An entity matched by name, and how.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (m) => m.entity }),
    matchedBy: t.field({ type: MatchKindEnum, resolve: (m) => m.matchedBy }),
    matchedText: t.exposeString('matchedText', {
      description: 'The name or alias, as stored, that matched (for FULL_TEXT: the one the words match best).',
    }),
  }),
});

const EntityMatchRef = builder.objectRef<NameLookup>('EntityMatch').implement({
  description: 'The entity a name designates, how it matched, and the other entities the name matched the same way.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (l) => l.best.entity }),
    matchedBy: t.field({ type: MatchKindEnum, resolve: (l) => l.best.matchedBy }),
    matchedText: t.string({
      description: 'The name or alias, as stored, that matched (for FULL_TEXT: the one the words match best).',
      resolve: (l) => l.best.matchedText,
    }),
    alternatives: t.field({
      type: [matchFields],
      description: `Other entities matched the same way, best first (at most ${MAX_ALTERNATIVES}): empty when the match is unique.`,
      resolve: (l) => l.alternatives,
    }),
  }),
});

builder.queryField('entityByName', (t) =>
  t.field({
    type: EntityMatchRef,
    nullable: true,
    description:
      'An entity by its name or an alias, ignoring case, e.g. "Vladimir Putin" or "the Russian leader"; failing both, the best full-text match. Null when nothing matches. By key: `entity(key:)`.',
    args: {
      name: t.arg.string({
        required: true,
        description: `Leading and trailing spaces are ignored; 1 to ${MAX_NAME_LENGTH} characters.`,
        validate: text('name', MAX_NAME_LENGTH, { trimmed: true }),
      }),
      label: t.arg({ type: EntityLabelEnum, description: 'Only entities of this label.' }),
    },
    resolve: (_, args, ctx, info) => {
      const name = args.name.trim();
      const props = [...new Set([...propsUnder(info, 'entity'), ...propsUnder(info, 'alternatives', 'entity')])];
      return ctx.reads.lookupByName(name, args.label ?? null, props);
    },
  }),
);
