import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';

/**
 * Neo4j Browser opens already styled and with the PolicyGraph guide: the Browser runs
 * `browser.post_connect_cmd` on connect. The style goes in as data, not as the URL of the .grass
 * file: the Browser's `:style` takes JSON as well as GraSS, applies data at once, and echoes every
 * style it applies in a frame that prints the whole sheet; applied at once, that frame is gone
 * with the `:clear` that follows, before the guide (fetched from the service, which serves it with
 * CORS under /neo4j-browser/) arrives. The commands are split at `;` outside quotes, and JSON
 * needs none.
 */
export function browserConf(serviceUrl: string): Record<string, string> {
  const style = grassAsJson(readFileSync(join(PROJECT_ROOT, 'cypher', 'browser', 'style.grass'), 'utf8'));
  return {
    'browser.post_connect_cmd': `style ${style}; clear; play ${serviceUrl}/neo4j-browser/guide.html`,
    'browser.remote_content_hostname_whitelist': '127.0.0.1,localhost',
  };
}

/** A GraSS sheet as the Browser's own JSON form: {selector: {property: value}}, captions unquoted as it stores them. */
function grassAsJson(grass: string): string {
  const style: Record<string, Record<string, string>> = {};
  for (const [, selector, body] of grass.matchAll(/([^{}]+?)\s*\{((?:"[^"]*"|[^"}])*)\}/g)) {
    const properties = body!
      .split(';')
      .map((p) => p.split(':').map((s) => s.trim().replace(/^"(.*)"$/, '$1')))
      .filter((kv): kv is [string, string] => kv.length === 2 && kv[0] !== '');
    style[selector!.trim()] = Object.fromEntries(properties);
  }
  return JSON.stringify(style);
}
