import { execFileSync } from 'node:child_process';
import { shellQuoted, shellWord } from '../src/shell-quote.js';

/** What sh makes of a word: printf its arguments one per line. */
const words = (line: string) =>
  execFileSync('sh', ['-c', `printf '%s\\n' ${line}`], { encoding: 'utf8' })
    .split('\n')
    .slice(0, -1);

test('a quoted word is that one word to sh, whatever it holds', () => {
  for (const word of ["it's", '$(touch x)', '`id`', 'a b', '', "'", 'x;y', '~/a', 'a=b', '\\n', '*']) {
    expect(words(shellQuoted(word))).toEqual([word]);
    expect(words(shellWord(word))).toEqual([word]);
  }
});

test('shellWord leaves plain words as they are, for output people read', () => {
  expect(shellWord('/home/u/.vmlab')).toBe('/home/u/.vmlab');
  expect(shellWord('--lab')).toBe('--lab');
  expect(shellWord('a b')).toBe("'a b'");
  expect(shellQuoted('plain')).toBe("'plain'");
});
