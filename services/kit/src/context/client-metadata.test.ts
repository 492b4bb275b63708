import { clientMetadataFrom, clientMetadataOf, encodeClientMetadata } from './client-metadata';

describe('client metadata', () => {
  it('carries the address, forwarded-for and user agent from the gateway to a subgraph', () => {
    const metadata = clientMetadataOf({ ip: '203.0.113.7', headers: { 'x-forwarded-for': '198.51.100.1, 10.0.0.1', 'user-agent': 'Browser/1.0' } });
    expect(clientMetadataFrom(encodeClientMetadata(metadata))).toEqual({ address: '203.0.113.7', forwardedFor: '198.51.100.1, 10.0.0.1', userAgent: 'Browser/1.0' });
  });

  it('reads a missing or malformed header as nothing known, and bounds each part', () => {
    const none = { address: null, forwardedFor: null, userAgent: null };
    expect(clientMetadataFrom(undefined)).toEqual(none);
    expect(clientMetadataFrom('not base64 json')).toEqual(none);
    expect(clientMetadataOf({ headers: { 'user-agent': 'x'.repeat(2000) } }).userAgent).toHaveLength(512);
  });
});
