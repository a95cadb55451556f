import { builder } from '../builder.ts';

const DeleteArticlePayload = builder.objectRef<{ key: string; deleted: boolean }>('DeleteArticlePayload').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    deleted: t.exposeBoolean('deleted', { description: 'False when no article had this key.' }),
  }),
});

builder.mutationFields((t) => ({
  deleteArticle: t.field({
    type: DeleteArticlePayload,
    authScopes: { writer: true },
    description: 'Removes an article and exactly the facts that only it supported.',
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_, { key }, ctx) => ({ key, deleted: await ctx.store.deleteArticle(key) }),
  }),
}));
