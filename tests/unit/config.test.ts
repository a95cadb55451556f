import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('configuration', () => {
  it('has working defaults: local Neo4j, loopback, mutations locked', () => {
    const c = loadConfig({});
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.PORT).toBe(4000);
    expect(c.WRITE_TOKEN).toBeUndefined();
    expect(c.PERSISTED_OPERATIONS_ONLY).toBe(false);
    expect(c.LOCAL_NEO4J_RESTARTS).toBe(6);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).PORT).toBe(4000);
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ WRITE_TOKEN: 'short' }, 'WRITE_TOKEN'],
    [{ LOCAL_NEO4J_HEAP: '2 gigs' }, 'LOCAL_NEO4J_HEAP'],
    [{ NEO4J_TX_TIMEOUT_MS: '5' }, 'NEO4J_TX_TIMEOUT_MS'],
    [{ LOCAL_NEO4J_RESTARTS: '-1' }, 'LOCAL_NEO4J_RESTARTS'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}:`));
  });

  it('accepts the URI schemes of the driver', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://db:7687', 'neo4j+s://x.databases.neo4j.io', 'bolt+s://db']) {
      expect(loadConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    }
  });
});
