/**
 * deploy/k8s rendered and checked without a cluster or a kustomize binary (`npm run deploy:check`).
 * The renderer understands the part of Kustomize the manifests use: `resources` (files and
 * folders), `namespace`, `labels`, `images` and `patches` (strategic merge by kind and name, lists
 * of named items merged by name); any other field is refused rather than ignored, so a manifest
 * never renders here differently from `kubectl kustomize`. Every object is then validated against
 * the Kubernetes API's JSON schemas (kubernetes-models' generated validators) and checked for the
 * references between objects the schemas cannot see.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

type Json = Record<string, unknown>;

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { path: string }[];
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'labels', 'images', 'patches']);

/** The objects `kubectl kustomize <dir>` renders, in resource order. */
export function renderKustomization(dir: string): K8sObject[] {
  const file = path.join(dir, 'kustomization.yaml');
  const kustomization = readYaml(file)[0] as Kustomization;
  const unsupported = Object.keys(kustomization).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length > 0) throw new Error(`${file}: ${unsupported.join(', ')} not supported by this renderer`);
  const objects: K8sObject[] = [];
  for (const resource of kustomization.resources ?? []) {
    const target = path.resolve(dir, resource);
    objects.push(...(statSync(target).isDirectory() ? renderKustomization(target) : (readYaml(target) as K8sObject[])));
  }
  for (const patch of kustomization.patches ?? []) {
    for (const change of readYaml(path.resolve(dir, patch.path)) as K8sObject[]) {
      const target = objects.find((object) => object.kind === change.kind && object.metadata.name === change.metadata.name);
      if (!target) throw new Error(`${patch.path}: no ${change.kind} "${change.metadata.name}" to patch`);
      strategicMerge(target, change);
    }
  }
  for (const object of objects) {
    if (kustomization.namespace) object.metadata.namespace = kustomization.namespace;
    for (const { pairs, includeSelectors } of kustomization.labels ?? []) {
      if (includeSelectors) throw new Error(`${file}: labels with includeSelectors not supported by this renderer`);
      object.metadata.labels = { ...object.metadata.labels, ...pairs };
    }
    for (const container of containersOf(object)) {
      const image = kustomization.images?.find((candidate) => candidate.name === container.image.replace(/[:@].*$/, ''));
      if (image) container.image = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}`;
    }
  }
  return objects;
}

/** Maps merged key by key; lists of objects with a `name` merged item by item; anything else replaced. */
function strategicMerge(target: Json, patch: Json): void {
  for (const [key, value] of Object.entries(patch)) {
    const current = target[key];
    if (isObject(current) && isObject(value)) strategicMerge(current, value);
    else if (Array.isArray(current) && Array.isArray(value) && value.every((item) => isObject(item) && typeof item.name === 'string')) {
      for (const item of value as Json[]) {
        const match = (current as Json[]).find((existing) => isObject(existing) && existing.name === item.name);
        if (match) strategicMerge(match, item);
        else current.push(item);
      }
    } else target[key] = value;
  }
}

/** Errors of every object against its kind's schema: `Kind/name: /path message`. */
export async function k8sSchemaProblems(objects: K8sObject[]): Promise<string[]> {
  const problems: string[] = [];
  for (const object of objects) {
    const label = `${object.kind}/${object.metadata?.name}`;
    const model = await modelFor(object.apiVersion, object.kind);
    if (!model) {
      problems.push(`${label}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new model(object).validate();
    } catch (error) {
      const details = (error as { errors?: { instancePath: string; message?: string; params?: unknown }[] }).errors;
      if (!details) throw error;
      for (const detail of details) problems.push(`${label}: ${detail.instancePath || '/'} ${detail.message ?? 'invalid'} ${JSON.stringify(detail.params ?? {})}`);
    }
  }
  return problems;
}

interface ModelClass {
  new (data: unknown): { validate(): void };
}

/**
 * kubernetes-models ships ES modules only; this CommonJS code reaches them through a real dynamic
 * `import()`, which the TypeScript compiler would otherwise turn into `require`.
 */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<Record<string, unknown>>;

async function modelFor(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
  const module = await importModule(`kubernetes-models/${apiVersion}/${kind}`).catch(() => undefined);
  return module?.[kind] as ModelClass | undefined;
}

/**
 * What the schemas cannot check: Services, autoscalers and disruption budgets find their workloads;
 * named ports exist; every workload has probes, memory limits, a non-root read-only container; no
 * Secret is committed; every ConfigMap a workload reads is rendered or in `provided` (made by the operator).
 */
export function k8sConsistencyProblems(objects: K8sObject[], provided: { configMaps: string[]; secrets: string[] }): string[] {
  const problems: string[] = [];
  const workloads = objects.filter((object) => object.kind === 'Deployment' || object.kind === 'Job');
  const deployments = objects.filter((object) => object.kind === 'Deployment');
  const configMaps = new Set([...objects.filter((object) => object.kind === 'ConfigMap').map((object) => object.metadata.name), ...provided.configMaps]);
  const podLabels = (object: K8sObject): Record<string, string> => ((object.spec as Json).template as { metadata: { labels: Record<string, string> } }).metadata.labels;
  const selects = (selector: Record<string, string>, labels: Record<string, string>) => Object.entries(selector).every(([key, value]) => labels[key] === value);

  for (const object of objects) {
    const label = `${object.kind}/${object.metadata.name}`;
    const spec = object.spec as Json;
    if (object.kind === 'Secret') problems.push(`${label}: secrets are created by the operator, never committed`);
    if (object.kind === 'Service') {
      const selector = spec.selector as Record<string, string>;
      const target = deployments.find((deployment) => selects(selector, podLabels(deployment)));
      if (!target) problems.push(`${label}: selects no Deployment's pods`);
      for (const port of (spec.ports as { targetPort?: string | number }[]) ?? []) {
        const ports = target ? containersOf(target).flatMap((container) => container.ports ?? []) : [];
        if (typeof port.targetPort === 'string' && !ports.some((named) => named.name === port.targetPort)) problems.push(`${label}: no container port named ${port.targetPort}`);
      }
    }
    if (object.kind === 'PodDisruptionBudget') {
      const selector = (spec.selector as { matchLabels: Record<string, string> }).matchLabels;
      if (!deployments.some((deployment) => selects(selector, podLabels(deployment)))) problems.push(`${label}: selects no Deployment's pods`);
    }
    if (object.kind === 'HorizontalPodAutoscaler') {
      const target = spec.scaleTargetRef as { kind: string; name: string };
      if (!objects.some((candidate) => candidate.kind === target.kind && candidate.metadata.name === target.name)) problems.push(`${label}: scales no ${target.kind} "${target.name}"`);
    }
  }
  for (const workload of workloads) {
    const label = `${workload.kind}/${workload.metadata.name}`;
    const pod = ((workload.spec as Json).template as { spec: Json }).spec;
    if ((pod.securityContext as Json | undefined)?.runAsNonRoot !== true) problems.push(`${label}: pod must set securityContext.runAsNonRoot`);
    for (const container of containersOf(workload)) {
      const where = `${label} container ${container.name}`;
      if (workload.kind === 'Deployment' && !(container.readinessProbe && container.livenessProbe)) problems.push(`${where}: needs readiness and liveness probes`);
      if (!container.resources?.requests || !container.resources?.limits?.memory) problems.push(`${where}: needs resource requests and a memory limit`);
      if (container.securityContext?.readOnlyRootFilesystem !== true || container.securityContext?.allowPrivilegeEscalation !== false) {
        problems.push(`${where}: needs a read-only root file system and no privilege escalation`);
      }
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef && !configMaps.has(source.configMapRef.name)) problems.push(`${where}: reads ConfigMap "${source.configMapRef.name}", which nothing creates`);
        if (source.secretRef && !provided.secrets.includes(source.secretRef.name)) problems.push(`${where}: reads unknown Secret "${source.secretRef.name}"`);
      }
      for (const variable of container.env ?? []) {
        const secret = variable.valueFrom?.secretKeyRef?.name;
        if (secret && !provided.secrets.includes(secret)) problems.push(`${where}: ${variable.name} reads unknown Secret "${secret}"`);
      }
    }
    for (const volume of (pod.volumes as { name: string; configMap?: { name: string } }[] | undefined) ?? []) {
      if (volume.configMap && !configMaps.has(volume.configMap.name)) problems.push(`${label}: volume ${volume.name} mounts ConfigMap "${volume.configMap.name}", which nothing creates`);
    }
  }
  return problems;
}

interface Container {
  name: string;
  image: string;
  ports?: { name?: string }[];
  readinessProbe?: unknown;
  livenessProbe?: unknown;
  resources?: { requests?: Json; limits?: Json };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  env?: { name: string; valueFrom?: { secretKeyRef?: { name: string } } }[];
}

function containersOf(object: K8sObject): Container[] {
  const template = (object.spec as Json | undefined)?.template as { spec?: { containers?: Container[]; initContainers?: Container[] } } | undefined;
  return [...(template?.spec?.initContainers ?? []), ...(template?.spec?.containers ?? [])];
}

function readYaml(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`);
    return document.toJS();
  });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
