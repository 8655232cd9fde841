// The one test command (`npm test`): builds both browsers' extensions, then runs the type check,
// lint, unit tests and end-to-end tests, and ends with the line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const tmp = resolve(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status === 0;
}

/** A step that is one check (build, types, lint). */
function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

/** A Vitest run: counts its tests from the JSON report. */
function vitest(label, config, report) {
  const file = resolve(tmp, report);
  rmSync(file, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', '--config', config]);
  if (!existsSync(file)) {
    failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails to load counts as a failure even when no test inside it ran.
  const broken = results.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += broken;
  if (!ok && results.numFailedTests + broken === 0) {
    failed++;
    failures.push(`${label} (runner)`);
  }
  for (const f of results.testResults) for (const a of f.assertionResults) if (a.status === 'failed') failures.push(`${label}: ${a.fullName}`);
}

const want = (step) => only.length === 0 || only.includes(step);
if (want('build')) check('build', 'npm', ['run', '--silent', 'build']);
if (want('types')) check('types', 'npx', ['tsc', '--noEmit']);
if (want('lint')) check('lint', 'npx', ['eslint', '--config', 'tests/eslint.config.mjs', '.']);
if (want('unit')) vitest('unit', 'tests/vitest.config.ts', 'unit-results.json');
if (want('e2e')) vitest('e2e', 'tests/vitest.e2e.config.ts', 'e2e-results.json');

if (failures.length > 0) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
