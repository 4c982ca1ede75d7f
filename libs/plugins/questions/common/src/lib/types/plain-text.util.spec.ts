import { plainText } from './plain-text.util';

describe('plainText', () => {
  it.each([
    ['removes tags and keeps the words apart', '<p>Risiko</p><p>proyek</p>', 'Risiko proyek'],
    ['decodes named and numeric entities', 'A &amp; B &lt;C&gt; &#65;&#x42;', 'A & B <C> AB'],
    ['keeps unknown entities as written', '&bogus; &constructor; &#0;', '&bogus; &constructor; &#0;'],
    ['collapses whitespace and trims', '  satu \n\t dua  ', 'satu dua'],
    ['leaves plain text alone', 'Jakarta', 'Jakarta'],
  ])('%s', (_description, html, expected) => {
    expect(plainText(html)).toBe(expected);
  });
});
