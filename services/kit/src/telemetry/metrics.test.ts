import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { MAX_OPERATION_LABELS, mountMetricsRoute, ServiceMetrics } from './metrics';

describe('operation labels', () => {
  it('keep the first names seen, then count the rest as other, and unnamed operations as anonymous', () => {
    const metrics = new ServiceMetrics('test');
    for (let index = 0; index < MAX_OPERATION_LABELS; index++) expect(metrics.operationLabel(`Operation${index}`)).toBe(`Operation${index}`);
    expect(metrics.operationLabel('OneTooMany')).toBe('other');
    // A name already labelled keeps its label once the cap is reached.
    expect(metrics.operationLabel('Operation7')).toBe('Operation7');
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
    expect(metrics.operationLabel(null)).toBe('anonymous');
  });

  it('never label with a string that is not a GraphQL name', () => {
    const metrics = new ServiceMetrics('test');
    expect(metrics.operationLabel('drop"} 1\nevil_series')).toBe('other');
    expect(metrics.operationLabel('x'.repeat(101))).toBe('other');
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    const metrics = new ServiceMetrics('token-test');
    metrics.observeRequest('Probe', 'ok', 0.01);
    mountMetricsRoute(app, metrics, 'a-scrape-token-of-some-length');
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('refuses a scraper without the token, or with another one', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer a-scrape-token-of-some-lengtH' }, { authorization: 'Bearer short' }];
    for (const headers of attempts) {
      const response = await fetch(url, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.text()).not.toContain('careergraph_');
    }
  });

  it('answers the series to a scraper with the token', async () => {
    const response = await fetch(url, { headers: { authorization: 'Bearer a-scrape-token-of-some-length' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^careergraph_graphql_requests_total\{operation="Probe",outcome="ok",service="token-test"\} 1$/m);
  });
});
