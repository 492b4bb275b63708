import { loadGatewayConfig } from './config';

describe('gateway configuration', () => {
  it('defaults every subgraph to loopback at its default port, and PORT moves the gateway', () => {
    const config = loadGatewayConfig({ PORT: '8080' });
    expect(config.port).toBe(8080);
    expect(config.subgraphUrls.students).toBe('http://127.0.0.1:4001/graphql');
    expect(config.supergraphPath).toMatch(/schema[/\\]supergraph\.graphql$/);
  });

  it('takes subgraph URLs and ports from the environment', () => {
    expect(loadGatewayConfig({ STUDENTS_URL: 'http://students:4001/graphql' }).subgraphUrls.students).toBe(
      'http://students:4001/graphql',
    );
    expect(loadGatewayConfig({ STUDENTS_PORT: '5001' }).subgraphUrls.students).toBe('http://127.0.0.1:5001/graphql');
  });

  it('stops on a bad variable, naming it', () => {
    expect(() => loadGatewayConfig({ STUDENTS_URL: 'ftp://x' })).toThrow(/STUDENTS_URL must be a http: or https: URL/);
    expect(() => loadGatewayConfig({ GATEWAY_PORT: '99999' })).toThrow(/GATEWAY_PORT must be an integer from 0 to 65535/);
  });
});
