/**
 * `npm run deploy:check` (CI): docker-compose.yml, its variables taken from .env.example as
 * `cp .env.example .env` would give them, is valid against the compose specification's schema; and
 * every Kubernetes overlay under deploy/k8s/overlays (or the overlay folders given as arguments)
 * renders, validates against the Kubernetes schemas, and holds together (services find their pods,
 * probes and limits everywhere, no committed secrets); and every subgraph registered in the kit
 * (services/kit/src/subgraphs.ts) has its compose service, its Kubernetes base manifest and its
 * manifest line in the Dockerfile, so a new subgraph's deployment gaps are named here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, SUBGRAPHS } from '@careergraph/kit';
import { composeSchemaProblems, loadComposeFile, parseEnvFile } from './compose-file';
import { k8sConsistencyProblems, k8sSchemaProblems, renderKustomization } from './k8s-manifests';

/** Made by the operator before the first apply (docs/deployment.md, "Kubernetes"), so never rendered from the repository. */
const OPERATOR_PROVIDED = { configMaps: ['careergraph-supergraph'], secrets: ['careergraph-secrets'] };

function checkCompose(): boolean {
  try {
    const model = loadComposeFile(parseEnvFile(readFileSync(path.join(repoRoot, '.env.example'), 'utf8')));
    const problems = composeSchemaProblems(model);
    if (problems.length > 0) {
      process.stderr.write(`docker-compose.yml does not follow the compose specification:\n  ${problems.join('\n  ')}\n`);
      return false;
    }
    process.stdout.write(`docker-compose.yml: valid (${Object.keys(model.services).length} services)\n`);
    return checkRegistered(Object.keys(model.services));
  } catch (error) {
    process.stderr.write(`docker-compose.yml: ${(error as Error).message}\n`);
    return false;
  }
}

/** Each registered subgraph's place in the deployment artefacts, which are written by hand. */
function checkRegistered(composeServices: readonly string[]): boolean {
  const dockerfile = readFileSync(path.join(repoRoot, 'services', 'Dockerfile'), 'utf8');
  const problems = SUBGRAPHS.flatMap(({ name }) => [
    ...(composeServices.includes(name) ? [] : [`docker-compose.yml has no service "${name}"`]),
    ...(existsSync(path.join(repoRoot, 'deploy', 'k8s', 'base', `${name}.yaml`)) ? [] : [`deploy/k8s/base/${name}.yaml is missing`]),
    ...(dockerfile.includes(`COPY services/${name}/package.json`) ? [] : [`services/Dockerfile does not copy services/${name}/package.json`]),
  ]);
  if (problems.length > 0) process.stderr.write(`registered subgraphs missing from the deployment:\n  ${problems.join('\n  ')}\n`);
  return problems.length === 0;
}

async function checkOverlay(dir: string): Promise<boolean> {
  const name = path.relative(process.cwd(), dir) || dir;
  try {
    const objects = renderKustomization(dir);
    const problems = [...(await k8sSchemaProblems(objects)), ...k8sConsistencyProblems(objects, OPERATOR_PROVIDED)];
    if (problems.length > 0) {
      process.stderr.write(`${name}: the rendered manifests are not valid:\n  ${problems.join('\n  ')}\n`);
      return false;
    }
    process.stdout.write(`${name}: valid (${objects.length} objects)\n`);
    return true;
  } catch (error) {
    process.stderr.write(`${name}: ${(error as Error).message}\n`);
    return false;
  }
}

async function main(): Promise<void> {
  const overlays = process.argv.slice(2).map((dir) => path.resolve(dir));
  let ok = true;
  if (overlays.length === 0) {
    ok = checkCompose();
    const root = path.join(repoRoot, 'deploy', 'k8s', 'overlays');
    overlays.push(...readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(root, entry.name)));
  }
  for (const overlay of overlays) ok = (await checkOverlay(overlay)) && ok;
  if (!ok) process.exit(1);
}

void main();
