import { addStatements, statementsSoFar, withStatementTally } from './statement-counter';

describe('statement tallies', () => {
  it('counts what a request adds, separately for concurrent requests', async () => {
    expect(statementsSoFar()).toBeUndefined();
    const request = (n: number) =>
      withStatementTally(async () => {
        await Promise.resolve();
        addStatements(n);
        addStatements(-1);
        return statementsSoFar();
      });
    expect(await Promise.all([request(2), request(5)])).toEqual([2, 5]);
  });
});
