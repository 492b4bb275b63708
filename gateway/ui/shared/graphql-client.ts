import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface FieldError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string };
}

/**
 * Sends a typed operation to this origin's /graphql with the caller's bearer token; the answer's
 * errors come beside its partial data, for pages that say which part was withheld or did not
 * arrive (such a field is null with an error at its path).
 */
export async function requestWithErrors<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token: string,
): Promise<{ data: TData; errors: FieldError[] }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TData | null; errors?: FieldError[] };
  const [error] = body.errors ?? [];
  // A denied or withheld field is an error beside partial data; only a missing answer stops the page.
  if (!body.data) throw new GraphQLRequestError(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code);
  return { data: body.data, errors: body.errors ?? [] };
}
