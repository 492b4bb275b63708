import { GraphQLRequestError } from './graphql-client';
import { mountSignIn } from './sign-in';
import { tokenStore } from './token-store';

/**
 * A page's token controls, each followed by `load`: the paste form (#token-form, #token), the
 * "Forget token" button (#forget-token) and the sign-in bar (#sign-in). The first load waits for a
 * sign-in returning from the identity provider, so it already has that token.
 */
export function mountTokenControls(load: () => Promise<void>): void {
  const input = document.getElementById('token') as HTMLInputElement;
  document.getElementById('token-form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) tokenStore.set(input.value);
    input.value = '';
    void load();
  });
  document.getElementById('forget-token')!.addEventListener('click', () => {
    tokenStore.clear();
    void load();
  });
  void mountSignIn(document.getElementById('sign-in'), () => void load()).finally(() => void load());
}

/** The status line for a load that failed: a refused token asks for a new one. */
export function loadFailure(error: unknown): string {
  const refused = error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED';
  return refused ? 'The token was refused (expired or invalid): paste a new one.' : `Could not load: ${(error as Error).message}`;
}
