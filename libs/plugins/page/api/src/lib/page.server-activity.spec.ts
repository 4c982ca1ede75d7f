import { renderSafeMarkdown } from './page.server-activity';

describe('renderSafeMarkdown', () => {
  it('keeps the formatting of a lesson', () => {
    const html = renderSafeMarkdown('## Siklus proyek\n\n1. **Inisiasi**\n2. Perencanaan\n\n![Peta](/files/seed/peta.png)\n\n[JDIH](https://jdih.setneg.go.id)');
    expect(html).toContain('<h2>Siklus proyek</h2>');
    expect(html).toContain('<strong>Inisiasi</strong>');
    expect(html).toContain('<img src="/files/seed/peta.png" alt="Peta" loading="lazy" />');
    expect(html).toContain('href="https://jdih.setneg.go.id"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it.each([
    ['<script>alert(1)</script>Halo', 'script'],
    ['<img src=x onerror="alert(1)">', 'onerror'],
    ['[klik](javascript:alert(1))', 'javascript:'],
    ['<a href="JAVASCRIPT:alert(1)">x</a>', 'JAVASCRIPT'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['<div style="background:url(x)">x</div>', 'style'],
    ['<svg><script>alert(1)</script></svg>', 'svg'],
    ['![x](data:image/svg+xml;base64,PHN2Zz4=)', 'data:'],
  ])('lets no script survive: %s', (markdown, forbidden) => {
    expect(renderSafeMarkdown(markdown).toLowerCase()).not.toContain(forbidden.toLowerCase());
  });
});
