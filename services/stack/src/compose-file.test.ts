import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@careergraph/kit';
import { ComposeInterpolationError, composeSchemaProblems, interpolate, loadComposeFile, parseEnvFile } from './compose-file';

describe('interpolate, as Compose does', () => {
  const variables = { SET: 'value', EMPTY: '' };

  it('substitutes, defaults and escapes', () => {
    expect(interpolate('a ${SET} $SET b', variables)).toBe('a value value b');
    // `:-` replaces unset and empty; `-` only unset.
    expect(interpolate('${UNSET:-fallback} ${EMPTY:-fallback} [${EMPTY-not used}] ${UNSET-used}', variables)).toBe('fallback fallback [] used');
    expect(interpolate('${UNSET}|$$SET', variables)).toBe('|$SET');
    expect(interpolate('${UNSET:-${SET}}', variables)).toBe('value');
  });

  it('refuses a required variable that is unset or empty, with its message', () => {
    expect(() => interpolate('${EMPTY:?set EMPTY in .env}', variables)).toThrow(new ComposeInterpolationError('EMPTY: set EMPTY in .env'));
    expect(() => interpolate('${UNSET?}', variables)).toThrow(/UNSET: required variable is missing a value/);
    expect(interpolate('${EMPTY?}', variables)).toBe('');
  });
});

describe('parseEnvFile', () => {
  it('reads quoted, unquoted and commented lines as Compose does', () => {
    expect(parseEnvFile(["# comment", "A=plain # trailing", "B='lit${X} \\n'", 'C="two\\nlines"', '', 'export D=4'].join('\n'))).toEqual({
      A: 'plain',
      B: 'lit${X} \\n',
      C: 'two\nlines',
      D: '4',
    });
    expect(() => parseEnvFile('not a setting')).toThrow(/not a KEY=value line/);
  });
});

describe('docker-compose.yml', () => {
  const example = parseEnvFile(readFileSync(path.join(repoRoot, '.env.example'), 'utf8'));

  it('follows the compose specification with .env.example as its .env', () => {
    expect(composeSchemaProblems(loadComposeFile(example))).toEqual([]);
  });

  it('refuses to start without the required settings instead of falling back', () => {
    expect(() => loadComposeFile({})).toThrow(/set [A-Z_]+ in \.env \(see \.env\.example\)/);
  });

  it('is checked: the schema names a wrong depends_on condition', () => {
    const model = loadComposeFile(example);
    (model.services.students.depends_on as Record<string, { condition: string }>).migrate.condition = 'service_finished';
    expect(composeSchemaProblems(model)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/services\/students\/depends_on\/migrate\/condition: must be equal to one of the allowed values/)]));
  });
});
