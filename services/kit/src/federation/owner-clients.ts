import DataLoader from 'dataloader';
import { type DocumentNode, type FragmentDefinitionNode, Kind, print, visit } from 'graphql';
import type { IdentitySigner } from '../auth/identity-token';
import { ServiceUnavailableError } from '../errors/app-errors';
import { EntityClient } from './entity-client';

/**
 * A fragment on one of the owner's entity types, as codegen emits it (a typed document node):
 * `T` is the generated type of what the fragment selects.
 */
export type OwnerFragment<T> = DocumentNode & { __apiType?: (variables: never) => T };

export interface OwnerDeclaration {
  /** The owner's /graphql URL, or how to find it when asked (in-process harnesses start some owners later). */
  url: string | (() => string | undefined);
  /** Every fragment this subgraph reads of the owner's entities; one document per reader. */
  reads: readonly DocumentNode[];
  /** The GraphQL types of the request-wide variables the fragments use (e.g. `{ partnerId: 'ID!' }`). */
  variables?: Record<string, string>;
}

export interface OwnersOptions {
  /** The subgraph asking; its lookups are signed as this service (the SERVICE role). */
  service: string;
  signer: IdentitySigner;
  timeoutMs: number;
  /**
   * The deadline of the owner's SERVICE-only reporting operations (`execute`), which answer for a
   * school year of students and serve report requests the gateway gives a minute (default timeoutMs).
   */
  reportTimeoutMs?: number;
  /** Most representations in one request (default 1,000); longer batches go in several, one after another. */
  maxBatch?: number;
}

export interface OwnerRequest {
  requestId: string;
  /** Values of the declared variables, for this request. */
  variables?: Record<string, unknown>;
  /** When the gateway stops waiting for the request (RequestContext.deadline): lookups end before it. */
  deadline?: number;
}

/** Left between a lookup's end and the request's deadline, for the subgraph to send its partial answer. */
const ANSWER_MARGIN_MS = 250;
/** The least a lookup is given, however late: it fails fast rather than not at all. */
const MIN_LOOKUP_MS = 50;

const DEFAULT_MAX_BATCH = 1_000;

/** What one owner is asked for a type: the spreads of every reader's fragment, and the definitions they need. */
interface TypeSelection {
  spreads: string;
  definitions: Map<string, string>;
  variables: Set<string>;
}

/** The owner's declaration, parsed once per subgraph. */
interface OwnerPlan {
  subgraph: string;
  url: OwnerDeclaration['url'];
  variableTypes: Record<string, string>;
  byType: Map<string, TypeSelection>;
  /** The type each declared reader's fragment is on. */
  readers: Map<DocumentNode, string>;
}

function plan(subgraph: string, declaration: OwnerDeclaration): OwnerPlan {
  const byType = new Map<string, TypeSelection>();
  const readers = new Map<DocumentNode, string>();
  for (const document of declaration.reads) {
    const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    // Codegen puts the reader's own fragment first, then the fragments it spreads.
    const [reader] = fragments;
    if (!reader) throw new Error(`a read of ${subgraph} is not a fragment`);
    const typename = reader.typeCondition.name.value;
    readers.set(document, typename);
    const selection = byType.get(typename) ?? { spreads: '', definitions: new Map(), variables: new Set() };
    selection.spreads += ` ...${reader.name.value}`;
    for (const fragment of fragments) {
      selection.definitions.set(fragment.name.value, print(fragment));
      visit(fragment, { Variable: (node) => void selection.variables.add(node.name.value) });
    }
    byType.set(typename, selection);
  }
  return { subgraph, url: declaration.url, variableTypes: declaration.variables ?? {}, byType, readers };
}

/**
 * The `_entities` query for the types present: one `... on T` per type, spreading every reader's
 * fragment, so the owner answers the union of what the readers select (GraphQL merges the fields).
 */
function entitiesQuery(owner: OwnerPlan, typenames: readonly string[]): { query: string; variables: string[] } {
  const selections = typenames.map((typename) => owner.byType.get(typename)!);
  const variables = [...new Set(selections.flatMap((s) => [...s.variables]))].sort();
  const declared = variables.map((name) => {
    const type = owner.variableTypes[name];
    if (!type) throw new Error(`the ${owner.subgraph} reads use $${name}, which is not declared`);
    return `, $${name}: ${type}`;
  });
  const definitions = new Map(selections.flatMap((s) => [...s.definitions]));
  const query = `query OwnerLookup($representations: [_Any!]!${declared.join('')}) {
  _entities(representations: $representations) { ${typenames.map((t, i) => `... on ${t} {${selections[i].spreads} }`).join(' ')} }
}
${[...definitions.values()].join('\n')}`;
  return { query, variables };
}

/**
 * One owner's entities for one request, read through `_entities` signed as SERVICE: every load of
 * the same tick, whatever its type, goes in one request (chunked at maxBatch), and each entity is
 * fetched once per request with every declared reader's fields, so a second reader finds it cached.
 * A failure is SERVICE_UNAVAILABLE naming the owner, so the caller writes nothing.
 */
export class OwnerClient {
  private readonly transport: EntityClient | null;
  private readonly loader: DataLoader<string, Record<string, unknown> | null>;

  constructor(
    private readonly owner: OwnerPlan,
    private readonly options: OwnersOptions,
    private readonly request: OwnerRequest,
  ) {
    const url = typeof owner.url === 'string' ? owner.url : owner.url();
    this.transport = url
      ? new EntityClient({
          subgraph: owner.subgraph,
          url,
          service: options.service,
          signer: options.signer,
          timeoutMs: options.timeoutMs,
          headers: () => ({ 'x-request-id': request.requestId }),
        })
      : null;
    const maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH;
    this.loader = new DataLoader(async (keys) => {
      const entities: (Record<string, unknown> | null)[] = [];
      // One chunk after another, so no request outgrows the owner's body limit or statement parameters.
      for (let start = 0; start < keys.length; start += maxBatch) entities.push(...(await this.fetch(keys.slice(start, start + maxBatch))));
      return entities;
    });
  }

  /** The entity of `fragment`'s type with this id (null where the owner has none), typed as the fragment selects. */
  load<T>(fragment: OwnerFragment<T>, id: string): Promise<T | null> {
    return this.loader.load(this.key(fragment, id)) as Promise<T | null>;
  }

  /** Several, in the order asked. */
  async loadMany<T>(fragment: OwnerFragment<T>, ids: readonly string[]): Promise<(T | null)[]> {
    return Promise.all(ids.map((id) => this.load(fragment, id)));
  }

  /** Runs one of the owner's SERVICE-only (@inaccessible) root operations (e.g. a reporting set). */
  execute<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return this.connected().execute<T>(query, variables, this.timeout(this.options.reportTimeoutMs ?? this.options.timeoutMs));
  }

  /**
   * The configured wait, cut to what the request has left: a lookup outliving the gateway's
   * deadline would take the rest of this subgraph's answer (its other fields) down with it.
   */
  private timeout(configuredMs: number): number {
    const { deadline } = this.request;
    if (deadline === undefined) return configuredMs;
    return Math.max(MIN_LOOKUP_MS, Math.min(configuredMs, deadline - Date.now() - ANSWER_MARGIN_MS));
  }

  private key(fragment: DocumentNode, id: string): string {
    const typename = this.owner.readers.get(fragment);
    if (!typename) throw new Error(`this fragment is not declared as a read of ${this.owner.subgraph}`);
    return `${typename}:${id}`;
  }

  private async fetch(keys: readonly string[]): Promise<(Record<string, unknown> | null)[]> {
    const representations = keys.map((key) => {
      const colon = key.indexOf(':');
      return { __typename: key.slice(0, colon), id: key.slice(colon + 1) };
    });
    const { query, variables } = entitiesQuery(this.owner, [...new Set(representations.map((r) => r.__typename))].sort());
    const values = Object.fromEntries(variables.map((name) => [name, this.request.variables?.[name]]));
    const data = await this.connected().execute<{ _entities: (Record<string, unknown> | null)[] }>(
      query,
      { representations, ...values },
      this.timeout(this.options.timeoutMs),
    );
    return data._entities;
  }

  private connected(): EntityClient {
    const { subgraph } = this.owner;
    if (!this.transport) throw new ServiceUnavailableError(`no URL is known for the ${subgraph} subgraph`, { extensions: { subgraph } });
    return this.transport;
  }
}

/**
 * Declares, once per subgraph, which entities it reads from which owner (as codegen'd fragments);
 * returns what makes, per request, one OwnerClient per owner.
 */
export function defineOwners<const Owners extends Record<string, OwnerDeclaration>>(
  options: OwnersOptions,
  owners: Owners,
): (request: OwnerRequest) => { [Owner in keyof Owners]: OwnerClient } {
  const plans = Object.entries(owners).map(([subgraph, declaration]) => plan(subgraph, declaration));
  return (request) =>
    Object.fromEntries(plans.map((owner) => [owner.subgraph, new OwnerClient(owner, options, request)])) as {
      [Owner in keyof Owners]: OwnerClient;
    };
}

/** `T` with `Fields` non-null. */
export type WithFields<T, Fields extends keyof T> = Omit<T, Fields> & { [F in Fields]: NonNullable<T[F]> };

/**
 * Narrows fields the owner's schema makes nullable only to hide them from some callers: an owner
 * answering SERVICE always sends them, so a missing one is the owner's fault (an internal error).
 */
export function withFields<T, Fields extends keyof T>(entity: T, fields: readonly Fields[], what: string): WithFields<T, Fields> {
  const missing = fields.filter((field) => entity[field] == null);
  if (missing.length > 0) throw new Error(`${what}: the owner sent no ${missing.join(', ')}`);
  return entity as WithFields<T, Fields>;
}
