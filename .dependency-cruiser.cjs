// The layer rules of DESIGN.md as a check that fails the build (`npm run lint:layers`, run first by
// `npm test`): model ← extract; model ← graph ← api ← server; cli → ingest → extract and graph; every
// module outside graph/ reaches it only through its door, src/graph/index.ts; no cycles. Type-only
// imports count too (tsPreCompilationDeps): a type from behind the door couples as much as a value.

const LAYERS_ABOVE_MODEL = 'src/(extract|graph|api|server|cli|ingest|eval|explore)/|src/(runtime|main|config)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      // A cycle through a type-only import is no cycle at run time (builder.ts types its context
      // with context.ts's Context, which builds on modules that use the builder): only cycles of
      // value imports count.
      comment: 'A cycle makes two modules one: neither can be read, tested or loaded without the other.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'model-is-the-base',
      severity: 'error',
      comment: 'model/ (the vocabulary, ids, the ExtractedGraph type) is what every layer shares: it imports none of them.',
      from: { path: '^src/model/' },
      to: { path: `^(${LAYERS_ABOVE_MODEL})` },
    },
    {
      name: 'extract-is-pure',
      severity: 'error',
      comment: 'The extractor is pure and offline: it knows the model, never the database, the API or the commands.',
      from: { path: '^src/extract/' },
      to: { path: '^src/(graph|api|server|cli|ingest|eval|explore)/|^src/(runtime|main)\\.ts$' },
    },
    {
      name: 'graph-below-api',
      severity: 'error',
      comment: 'graph/ (the only code that speaks Cypher) knows the model only: not the extractor, the API, the server or the commands.',
      from: { path: '^src/graph/' },
      to: { path: '^src/(extract|api|server|cli|ingest|eval|explore)/|^src/(runtime|main|config)\\.ts$' },
    },
    {
      name: 'api-below-server',
      severity: 'error',
      comment: 'api/ (the Pothos schema) is served by server/ and never imports it, nor the commands or ingestion.',
      from: { path: '^src/api/' },
      to: { path: '^src/(server|cli|ingest|eval|explore)/|^src/(runtime|main)\\.ts$' },
    },
    {
      name: 'api-extracts-through-the-extractor-entry',
      severity: 'error',
      comment: 'The ingestArticle mutation runs the extractor (loaded on first use): through extract/index.ts only.',
      from: { path: '^src/api/' },
      to: { path: '^src/extract/', pathNot: '^src/extract/index\\.ts$' },
    },
    {
      name: 'server-below-main',
      severity: 'error',
      comment:
        'server/ (the Yoga instance and its plugins) is bound by main.ts; it does not import the commands, ingestion or the extractor.',
      from: { path: '^src/server/' },
      to: { path: '^src/(cli|ingest|extract|eval)/|^src/(runtime|main)\\.ts$' },
    },
    {
      name: 'ingest-below-cli',
      severity: 'error',
      comment:
        'ingest/ turns files into graphs for the store: it uses extract and graph, and is used by cli and main, never the other way.',
      from: { path: '^src/ingest/' },
      to: { path: '^src/(api|server|cli|eval|explore)/|^src/main\\.ts$' },
    },
    {
      name: 'cli-not-through-the-api',
      severity: 'error',
      comment: 'Commands work on the graph (through ingest and graph), not through the GraphQL schema or server.',
      from: { path: '^src/cli/' },
      to: { path: '^src/(api|server)/' },
    },
    {
      name: 'graph-only-through-its-door',
      severity: 'error',
      comment: 'Outside graph/, the graph layer is src/graph/index.ts (reader, writer, row types); what is behind it may change freely.',
      from: { path: '^src/', pathNot: '^src/graph/' },
      to: { path: '^src/graph/', pathNot: '^src/graph/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
