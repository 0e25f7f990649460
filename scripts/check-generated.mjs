// Regenerates the schema SDL, the SPA's typed documents and the problem codes of docs/api.md, then fails if either differs from what is committed.
import { execSync } from 'node:child_process';

const generated = ['apps/server/schema.graphql', 'apps/admin/src/gql', 'docs/api.md'];
execSync('pnpm exec turbo run codegen --output-logs=errors-only', { stdio: 'inherit' });
const stale = execSync(`git status --porcelain -- ${generated.join(' ')}`, { encoding: 'utf8' }).trim();
if (stale) {
  console.error(`Generated files are stale; run \`pnpm codegen\` and commit:\n${stale}`);
  process.exit(1);
}
console.log('generated schema and client code are fresh');
