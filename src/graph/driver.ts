import neo4j, { type Driver } from 'neo4j-driver';

interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/**
 * One driver per process. `neo4j://` URIs route reads to secondaries and writes to the leader
 * of a cluster; the same code runs against the single local instance.
 */
export function createDriver(o: DriverOptions): Driver {
  // A server with auth disabled (the local one) accepts any basic credentials.
  const auth = neo4j.auth.basic(o.user, o.password);
  return neo4j.driver(o.uri, auth, {
    // Fail fast while the database is unreachable instead of queueing requests for a minute.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 2_000,
    disableLosslessIntegers: true,
    userAgent: 'policygraph/0.1',
    // Neo4j attaches notifications to every answer they concern: a query naming a relationship type
    // the graph does not hold yet (a young graph lacks some of the vocabulary's) gets one warning per
    // missing type on every call, which the driver decodes each time (a tenth of the CPU of a path
    // query). Nothing here reads them; EXPLAIN in Neo4j Browser still shows them.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}
