/**
 * `npm run token -- --role PARTNER_USER --partner <id>`: prints a development bearer token, and
 * nothing else, on stdout, so scripts can use it (`TOKEN=$(npm run -s token -- --role ANALYST)`).
 */
import { developmentKeyDir, mintTokenFromArguments, TOKEN_USAGE, TokenArgumentError } from './dev-token';

mintTokenFromArguments(process.argv.slice(2), developmentKeyDir()).then(
  (token) => {
    process.stdout.write(`${token}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    if (error instanceof TokenArgumentError) process.stderr.write(`${TOKEN_USAGE}\n`);
    process.exitCode = 2;
  },
);
