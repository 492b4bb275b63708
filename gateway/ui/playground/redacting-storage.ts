import type { Storage } from '@graphiql/toolkit';

/** A bearer token anywhere in a stored value (headers are JSON, history nests JSON in JSON). */
const BEARER_TOKEN = /(bearer\s+)[A-Za-z0-9._~+/=-]+/gi;

/**
 * GraphiQL keeps tabs and history in the browser's storage, and its history keeps each run's headers
 * even when headers are not to be persisted. Everything goes through here, so the token is blanked
 * (`Bearer `) before it is written: the tabs and history survive the page, the token does not.
 */
export function redactingStorage(backing: globalThis.Storage): Storage {
  return {
    getItem: (key) => backing.getItem(key),
    setItem: (key, value) => backing.setItem(key, value.replace(BEARER_TOKEN, '$1')),
    removeItem: (key) => backing.removeItem(key),
    clear: () => {
      for (const key of Object.keys(backing)) if (key.startsWith('graphiql:')) backing.removeItem(key);
    },
    get length() {
      return backing.length;
    },
  };
}
