#!/usr/bin/env node
// Build step (after tsc): prepare our shipped RelaxNG schemas once, into salve's prepared form under
// dist/schemas/, so `tei-telegram validate` never pays schema preparation (seconds for tei_all).
// Uses the compiled validate stage itself, so the cache format has exactly one implementation.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileSchema, PRECOMPILED_DIR, SCHEMAS_DIR } from '../dist/validate/schema-cache.js';

for (const name of readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.rng')).sort()) {
  const started = performance.now();
  const path = await compileSchema(join(SCHEMAS_DIR, name), PRECOMPILED_DIR);
  console.log(`prepared schemas/${name} → ${path.slice(path.indexOf('dist/'))} (${Math.round(performance.now() - started)} ms)`);
}
