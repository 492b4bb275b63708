/** What a client receives from one GraphQL POST: the status, and the body as parsed JSON (or its text). */
export interface HttpAnswer {
  status: number;
  text: string;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] } | null;
}

/** POSTs a GraphQL request body as-is (extensions, operationName, malformed parts included). */
export async function postRaw(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  let parsed: HttpAnswer['body'] = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: response.status, text, body: parsed };
}
