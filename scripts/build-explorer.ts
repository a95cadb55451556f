// `npm run build`, after tsc: bundles the explorer's script (src/explore/app.ts with cytoscape) into
// dist/explore/app.js, which the compiled service serves as it is (src/explore/bundle.ts), so
// esbuild and cytoscape are needed only here, not at run time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { buildExplorerBundle, EXPLORER_BUNDLE_FILE } from '../src/explore/bundle.ts';

const text = await buildExplorerBundle();
mkdirSync(dirname(EXPLORER_BUNDLE_FILE), { recursive: true });
writeFileSync(EXPLORER_BUNDLE_FILE, text);
console.log(`explorer: ${relative(process.cwd(), EXPLORER_BUNDLE_FILE)} (${Math.round(text.length / 1024)} KiB)`);
