/**
 * Vitest's global setup: `npm run build` once for the whole run, before any test file. The tests that
 * run what users run (the CLI, the build's workers, the publisher's compiled stylesheets: all in
 * dist/) then test what src/ and xslt/ say now; a stale dist/ cannot pass.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../', import.meta.url));
  try {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed; no test can run on what it left in dist/:\n${stdout}${stderr}`);
  }
}
