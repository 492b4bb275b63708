import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { isPlainJsonPost, readJsonBody } from './json-body-reader';

function request(body: string, headers: Record<string, string> = {}, method = 'POST'): IncomingMessage & { body?: unknown } {
  return Object.assign(Readable.from([Buffer.from(body)]), { method, headers: { 'content-type': 'application/json', ...headers } }) as never;
}

function read(body: string, limit = 100, headers: Record<string, string> = {}) {
  const req = request(body, headers);
  return new Promise<{ body?: unknown; error?: { status: number; type?: string } }>((resolve) =>
    readJsonBody(req, limit, (error) => resolve(error ? { error } : { body: req.body })),
  );
}

describe('the lean JSON body reader', () => {
  it('takes only what express.json would read alike: a POST of JSON in UTF-8, not compressed', () => {
    expect(isPlainJsonPost(request('{}'))).toBe(true);
    expect(isPlainJsonPost(request('{}', { 'content-type': 'application/json; charset=UTF-8' }))).toBe(true);
    expect(isPlainJsonPost(request('{}', { 'content-type': 'application/json; charset=latin1' }))).toBe(false);
    expect(isPlainJsonPost(request('{}', { 'content-type': 'text/plain' }))).toBe(false);
    expect(isPlainJsonPost(request('{}', { 'content-encoding': 'gzip' }))).toBe(false);
    expect(isPlainJsonPost(request('{}', {}, 'GET'))).toBe(false);
  });

  it('reads objects and arrays, an empty body as {}, and refuses the rest as body-parser does', async () => {
    expect(await read('{"query":"{ a }"}')).toEqual({ body: { query: '{ a }' } });
    expect(await read(' [1]')).toEqual({ body: [1] });
    expect(await read('')).toEqual({ body: {} });
    expect((await read('"text"')).error).toMatchObject({ status: 400, type: 'entity.parse.failed' });
    expect((await read('{"query": ')).error).toMatchObject({ status: 400, type: 'entity.parse.failed' });
  });

  it('refuses a body over the limit, declared or streamed', async () => {
    const large = JSON.stringify({ query: 'x'.repeat(200) });
    expect((await read(large)).error).toMatchObject({ status: 413, type: 'entity.too.large' });
    expect((await read('{}', 100, { 'content-length': '5000' })).error).toMatchObject({ status: 413, type: 'entity.too.large' });
  });
});
