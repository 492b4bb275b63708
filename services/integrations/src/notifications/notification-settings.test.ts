import { ConfigError, EnvReader } from '@careergraph/kit';
import { readNotificationSettings } from './notification-settings';

const URLS = { students: 'http://s/graphql', partners: 'http://p/graphql', placements: 'http://pl/graphql' };

function read(source: Record<string, string>, production: boolean) {
  const env = new EnvReader(source);
  const settings = readNotificationSettings(env, production, URLS);
  env.done();
  return settings;
}

describe('notification settings', () => {
  it("outside production, sends to `npm start`'s catcher and links to the local gateway", () => {
    expect(read({}, false)).toMatchObject({
      mail: { smtpUrl: 'smtp://127.0.0.1:1025' },
      publicUrl: 'http://127.0.0.1:4000',
      hoursDigestAfterDays: 3,
      ownerUrls: URLS,
    });
    expect(read({ MAIL_CATCHER_PORT: '2525' }, false).mail.smtpUrl).toBe('smtp://127.0.0.1:2525');
  });

  it('requires the relay, the sender and the public address in production', () => {
    expect(() => read({}, true)).toThrow(ConfigError);
    try {
      read({}, true);
    } catch (error) {
      expect((error as ConfigError).problems).toEqual(
        expect.arrayContaining([/^SMTP_URL is required/, /^MAIL_FROM is required/, /^PUBLIC_URL is required/].map((p) => expect.stringMatching(p))),
      );
    }
    const settings = read({ SMTP_URL: 'smtps://relay.district.example:465', MAIL_FROM: 'CareerGraph <no-reply@district.example>', PUBLIC_URL: 'https://careergraph.district.example/' }, true);
    expect(settings.publicUrl).toBe('https://careergraph.district.example');
  });

  it('names a bad value', () => {
    expect(() => read({ HOURS_DIGEST_AFTER_DAYS: '0', DISTRICT_COORDINATOR_EMAIL: 'nobody' }, false)).toThrow(
      /DISTRICT_COORDINATOR_EMAIL: must be an e-mail address[\s\S]*HOURS_DIGEST_AFTER_DAYS must be an integer from 1 to 60/,
    );
  });
});
