// The graph layer's one door: everything outside graph/ (api, server, cli, ingest, the runtime)
// imports from here, never from a module behind it (.dependency-cruiser.cjs checks it). Behind it:
// the driver, the local Neo4j and its supervisor, migrations, writes, and reads per area.

// Reading and writing
export { GraphStore, ReadCancelledError, type RequestOptions } from './store.ts';
export { GraphReader } from './reader.ts';
export type { QueryRunner } from './sessions.ts';
export { EntityNotFoundError, MergeRefusedError } from './entity-writes.ts';

// What reads return (one module of row types) and what they take
export type * from './rows.ts';
export type { NodeSelection, RelationSelection } from './reads/compile-selection.ts';
export type { EntityListArgs, EntitySort } from './reads/entities.ts';
export { InvalidFilterError, type EntityFilter } from './reads/entity-filter.ts';
export { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_HOPS } from './reads/explore.ts';
export { MAX_ALTERNATIVES } from './reads/lookup.ts';
export type { PageArgs } from './reads/provenance.ts';
export type { DateWindow } from './reads/reported.ts';
export { decodeCursor, encodeCursor, InvalidCursorError } from './reads/paging.ts';

// The change log: what each write changed, for clients that sync and for subscriptions
export { FeedClosedError } from './change-feed.ts';
export { decodeChangeCursor, encodeChangeCursor, type ChangeRow } from './reads/changes.ts';

// The database: driver, schema, the local Neo4j, offline import
export { createDriver } from './driver.ts';
export { applySchema } from './migrations.ts';
export { browserConf } from './browser-conf.ts';
export { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local-neo4j.ts';
export { superviseLocalNeo4j, type Neo4jSupervisor } from './neo4j-supervisor.ts';
export { BulkImportError, BulkImportWriter } from './bulk-import.ts';
export { importIntoLocalNeo4j, localDatabaseAbsent, localNeo4jRunning } from './local-neo4j-import.ts';
