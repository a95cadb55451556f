import { EntityNotFoundError, MergeRefusedError, type EntityRow } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { EntityRef } from './entity-interface.ts';
import { InvalidInputError } from './error-types.ts';

// Hand corrections: merge two entities that are one, rename, set hand-added aliases.

const EntityPayload = builder.objectRef<{ entity: EntityRow }>('EntityPayload').implement({
  fields: (t) => ({ entity: t.field({ type: EntityRef, resolve: (p) => p.entity }) }),
});

function cleanAliases(aliases: readonly string[] | null | undefined): string[] | null {
  if (!aliases) return null;
  if (aliases.length > 50) throw new InvalidInputError('aliases', 'at most 50 aliases');
  return [...new Set(aliases.map((a) => a.trim()).filter((a) => a.length > 0 && a.length <= 200))];
}

builder.mutationFields((t) => ({
  mergeEntities: t.field({
    type: EntityPayload,
    authScopes: { writer: true },
    errors: { types: [EntityNotFoundError, MergeRefusedError], directResult: true },
    description:
      "Folds `drop` into `keep` (same label) in one transaction: relationships with their evidence, mentions and aliases move to keep; drop's name becomes an alias; drop is deleted.",
    args: { keep: t.arg.string({ required: true }), drop: t.arg.string({ required: true }) },
    resolve: async (_, { keep, drop }, ctx) => ({ entity: await ctx.store.mergeEntities(keep, drop) }),
  }),
  updateEntity: t.field({
    type: EntityPayload,
    authScopes: { writer: true },
    errors: { types: [EntityNotFoundError, InvalidInputError], directResult: true },
    description: 'Renames an entity (its key stays) and/or replaces its hand-added aliases (kept across re-ingestion).',
    args: {
      key: t.arg.string({ required: true }),
      name: t.arg.string(),
      aliases: t.arg.stringList({ description: 'The hand-added aliases; the forms the articles use stay aliases anyway.' }),
    },
    resolve: async (_, args, ctx) => {
      const name = args.name?.trim() ?? null;
      if (name !== null && (name.length === 0 || name.length > 200)) throw new InvalidInputError('name', 'a name has 1 to 200 characters');
      return { entity: await ctx.store.updateEntity(args.key, name, cleanAliases(args.aliases)) };
    },
  }),
}));
