import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@careergraph/kit';
import { type K8sObject, k8sConsistencyProblems, renderKustomization } from './k8s-manifests';

const PRODUCTION = path.join(repoRoot, 'deploy/k8s/overlays/production');
const PROVIDED = { configMaps: ['careergraph-supergraph'], secrets: ['careergraph-secrets'] };

/** `npm run deploy:check` on the given overlays, as CI runs it (kubernetes-models' validators are ES modules, loaded natively there). */
function deployCheck(...overlays: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'services/stack/src/validate-compose.ts'), ...overlays], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const byName = (objects: K8sObject[], kind: string, name: string) => objects.find((object) => object.kind === kind && object.metadata.name === name) as any;

describe('deploy/k8s', () => {
  const objects = renderKustomization(PRODUCTION);

  it('renders every process with its Service and disruption budget, the migrations Job and the gateway autoscaler, in the overlay namespace and image', () => {
    const names = objects.map((object) => `${object.kind}/${object.metadata.name}`);
    for (const name of ['gateway', 'students', 'partners', 'placements', 'credentials', 'integrations', 'experiences']) {
      expect(names).toEqual(expect.arrayContaining([`Deployment/${name}`, `Service/${name}`, `PodDisruptionBudget/${name}`]));
      expect(byName(objects, 'Deployment', name).spec.template.spec.containers[0].image).toBe('registry.example.org/careergraph/app:0.1.0');
    }
    expect(names).toEqual(expect.arrayContaining(['Job/careergraph-migrate', 'HorizontalPodAutoscaler/gateway', 'ConfigMap/careergraph-config']));
    expect(objects.every((object) => object.metadata.namespace === 'careergraph' && object.metadata.labels?.['app.kubernetes.io/part-of'] === 'careergraph')).toBe(true);
    // The overlay's settings are merged into the base ConfigMap, not replacing it.
    expect(byName(objects, 'ConfigMap', 'careergraph-config').data).toMatchObject({ NODE_ENV: 'production', AUTH_AUDIENCE: 'careergraph', YOUTH_MINIMUM_WAGE: '13.00' });
  });

  it('probes each process on its own readiness: the gateway on /ready (200 while degraded), each subgraph on its own database', () => {
    for (const name of ['gateway', 'students', 'partners', 'placements', 'credentials', 'integrations', 'experiences']) {
      const container = byName(objects, 'Deployment', name).spec.template.spec.containers[0];
      expect(container.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
      // Each subgraph reaches only its own secrets and settings; readiness never names another service.
      expect(JSON.stringify(container.readinessProbe)).not.toMatch(/students|partners|placements|credentials|integrations|experiences/);
    }
    expect(byName(objects, 'Deployment', 'gateway').spec.template.spec.containers[0].command).toEqual(['node', 'gateway/src/index.js']);
  });

  it('passes the schema and consistency checks `npm run deploy:check` runs in CI', () => {
    expect(k8sConsistencyProblems(objects, PROVIDED)).toEqual([]);
    const result = deployCheck(PRODUCTION);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/overlays\/production: valid \(25 objects\)/);
    expect(result.status).toBe(0);
  });

  it('fails on an object the Kubernetes schema refuses, and on broken references between objects', () => {
    const overlay = mkdtempSync(path.join(os.tmpdir(), 'careergraph-k8s-'));
    try {
      writeFileSync(
        path.join(overlay, 'kustomization.yaml'),
        `resources:\n  - ${path.join(repoRoot, 'deploy/k8s/base')}\npatches:\n  - path: broken.yaml\n`,
      );
      writeFileSync(
        path.join(overlay, 'broken.yaml'),
        [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata: { name: students }',
          'spec:',
          '  replicas: two',
          '---',
          'apiVersion: policy/v1',
          'kind: PodDisruptionBudget',
          'metadata: { name: partners }',
          'spec:',
          '  selector: { matchLabels: { app.kubernetes.io/name: partner } }',
        ].join('\n'),
      );
      const result = deployCheck(overlay);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Deployment/students: /spec/replicas must be integer');
      expect(result.stderr).toContain("PodDisruptionBudget/partners: selects no Deployment's pods");
    } finally {
      rmSync(overlay, { recursive: true, force: true });
    }
  });

  it('refuses a Kustomize feature the renderer does not implement instead of ignoring it', () => {
    const overlay = mkdtempSync(path.join(os.tmpdir(), 'careergraph-k8s-'));
    try {
      writeFileSync(path.join(overlay, 'kustomization.yaml'), 'resources: []\nconfigMapGenerator:\n  - name: x\n');
      expect(() => renderKustomization(overlay)).toThrow(`${path.join(overlay, 'kustomization.yaml')}: configMapGenerator not supported by this renderer`);
    } finally {
      rmSync(overlay, { recursive: true, force: true });
    }
  });
});
