/**
 * Makes the PDFs the offline generator is measured on in the languages that Debian's documentation packages hold
 * no PDF of (docs/languages.md, "Measured on other languages"): real text written by people, laid out as a
 * browser prints it.
 *
 *   node --import tsx eval/other-languages.ts /tmp/langs
 *   npm run eval -- /tmp/langs --sample 2000 --out /tmp/langs.md
 *
 * - Greek and Korean: the Debian installation guide (`installation-guide-amd64`, HTML in 19 languages).
 * - Arabic: the chapters of the Debian Administrator's Handbook (`debian-handbook`) that its Arabic translation
 *   covers (more Arabic letters than half the Latin ones, outside code).
 * - Hebrew: the Wikipedia articles of the IAHLT Hebrew treebank (eval/texts/he-wikipedia.txt).
 * - Greek and Arabic prose too: 16 Wikipedia articles as XQuAD translated them (eval/texts/el-wikipedia.txt,
 *   ar-wikipedia.txt); Korean prose: ten chapters of the Rust book's Korean translation (eval/texts/ko-rust-book/).
 * - Ukrainian: the chapters of React's guide that its Ukrainian translation covers (eval/texts/uk-react/), and
 *   manual pages of `manpages-uk` (the file system's layout, find, grep, tar, mount ...), laid out by groff.
 * - Greek manual pages too: the five of `manpages-el` (bison, cmp, diff, diff3, sdiff).
 *
 * With `--manual-pages` it makes only the same manual pages in German, French, Spanish, Italian, Portuguese,
 * Russian, Japanese and Chinese, from the manpages-l10n packages and `manpages-ja`, `manpages-zh`:
 *
 *   node --import tsx eval/other-languages.ts /tmp/manpages --manual-pages
 * - English: the same manual pages as the programs' own packages ship them (findutils, tar, openssh-client ...),
 *   to tell what the rules for manual pages do in English beside another language.
 *
 * eval/texts/README.md names the source and licence of each. Needs apt-get and dpkg-deb (the Debian archive),
 * Chromium (/usr/bin/chromium, or CHROMIUM), fonts for these scripts (fonts-noto-core, fonts-noto-cjk) and groff,
 * which it installs when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const STYLE = `
@page { size: A4; margin: 22mm 20mm; }
body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans CJK KR', 'DejaVu Sans', sans-serif;
  font-size: 10.5pt; line-height: 1.45; }
pre, code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; }
pre { white-space: pre-wrap; }
h1 { font-size: 17pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; }
.page-break { break-before: page; }
img { display: none; }
`;

function page(lang: string, dir: 'ltr' | 'rtl', body: string): string {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** Prints an HTML file to PDF with headless Chromium, without the date and URL a browser adds. */
function print(html: string, pdf: string, work: string): void {
  const file = join(work, `${basename(pdf, '.pdf')}.html`);
  writeFileSync(file, html);
  execFileSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(file).href,
    ],
    { stdio: 'ignore', timeout: 300_000 },
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Unpacks Debian packages into `work`; returns the folder of each. */
function debian(packages: string[], work: string): Map<string, string> {
  execFileSync('apt-get', ['download', ...packages], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  const folders = new Map<string, string>();
  for (const deb of readdirSync(work).filter((name) => name.endsWith('.deb'))) {
    const name = deb.split('_')[0] as string;
    const folder = join(work, `extract-${name}`);
    execFileSync('dpkg-deb', ['-x', join(work, deb), folder]);
    folders.set(name, folder);
  }
  return folders;
}

/** The pages of a DocBook HTML book in reading order: the "next" links from its index page, the index left out. */
function readingOrder(folder: string): string[] {
  const pages: string[] = [];
  let current = 'index.html';
  const seen = new Set<string>();
  while (!seen.has(current)) {
    seen.add(current);
    const html = readFileSync(join(folder, current), 'utf8');
    const next = /<link rel="next" href="([^"#]+)"/.exec(html)?.[1];
    if (!next || !existsSync(join(folder, next))) break;
    pages.push(next);
    current = next;
  }
  return pages;
}

/** The content of a DocBook page, without its navigation, table of contents, banner and index anchors. */
function content(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  return body
    .replace(/<div class="nav(header|footer)">[\s\S]*?<\/div>/g, '')
    .replace(/<div class="toc">[\s\S]*?<\/div>/g, '')
    .replace(/<div id="banner">[\s\S]*?<\/div>/g, '')
    .replace(/<p id="title">[\s\S]*?<\/p>/g, '')
    .replace(/<ul class="docnav[^"]*">[\s\S]*?<\/ul>/g, '')
    .replace(/<div id="site_footer">[\s\S]*$/g, '');
}

/** Letters of a script and Latin letters in a page's text outside code. */
function letters(html: string, script: RegExp): { own: number; latin: number } {
  const text = html
    .replace(/<pre[\s\S]*?<\/pre>/g, '')
    .replace(/<code[\s\S]*?<\/code>/g, '')
    .replace(/<[^>]+>/g, ' ');
  return { own: text.match(script)?.length ?? 0, latin: text.match(/[A-Za-z]/g)?.length ?? 0 };
}

function book(folder: string, pick: (html: string) => boolean): string {
  return readingOrder(folder)
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .filter(pick)
    .map((html) => `<section>${content(html)}</section>`)
    .join('\n');
}

function translated(script: RegExp): (html: string) => boolean {
  return (html) => {
    const { own, latin } = letters(content(html), script);
    return own > 1000 && own > latin / 2;
  };
}

/** Wikipedia articles of eval/texts: each under a "# name" line, paragraphs one a line. */
function wikipedia(file: string): string {
  const text = readFileSync(join(here, 'texts', file), 'utf8');
  return text
    .split(/^# .*$/m)
    .map((article) => article.trim())
    .filter(Boolean)
    .map(
      (article) =>
        `<section>${article
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => `<p>${escapeHtml(line)}</p>`)
          .join('\n')}</section><hr>`,
    )
    .join('\n');
}

/** Manual pages that explain more than they list: the file system's layout, and tools every user meets. */
const MAN_PAGES = [
  'man7/hier.7',
  'man1/find.1',
  'man1/grep.1',
  'man1/gzip.1',
  'man1/bzip2.1',
  'man1/tar.1',
  'man1/less.1',
  'man1/file.1',
  'man1/ssh.1',
  'man8/mount.8',
  'man8/fsck.8',
  'man8/ping.8',
];

/** The Debian packages of the manual pages above in English (the programs' own). */
const ENGLISH_MAN_PAGES: Record<string, string> = {
  'man7/hier.7': 'manpages',
  'man1/find.1': 'findutils',
  'man1/grep.1': 'grep',
  'man1/gzip.1': 'gzip',
  'man1/bzip2.1': 'bzip2',
  'man1/tar.1': 'tar',
  'man1/less.1': 'less',
  'man1/file.1': 'file',
  'man1/ssh.1': 'openssh-client',
  'man8/mount.8': 'mount',
  'man8/fsck.8': 'util-linux',
  'man8/ping.8': 'iputils-ping',
};

/** Every manual page `manpages-el` holds (bison, cmp, diff, diff3, sdiff): Greek translates few. */
const GREEK_MAN_PAGES = ['man1/bison.1', 'man1/cmp.1', 'man1/diff.1', 'man1/diff3.1', 'man1/sdiff.1'];

/**
 * groff's HTML device writes each Chinese or Japanese character as a word of its own ("&#22411; &#30340;"), and
 * a browser shows the spaces and line breaks between them: they are not in the page's source, so they go.
 */
function withoutSpacesBetweenIdeographs(html: string): string {
  const wide = (code: string) => Number(code) >= 0x3000;
  return html.replace(/&#(\d+);\s+(?=&#(\d+);)/g, (match, a: string, b: string) =>
    wide(a) && wide(b) ? `&#${a};` : match,
  );
}

/** Manual pages (`file` gives the path of each), each as groff lays it out in HTML, one after another. */
function manPages(file: (name: string) => string, work: string, names = MAN_PAGES): string {
  // (A translation may leave a page out.)
  return names
    .filter((name) => existsSync(file(name)))
    .map((name) => {
      const source = execFileSync('gzip', ['-dc', file(name)]);
      // (groff writes the images of a page, if any, in its working folder.)
      const html = execFileSync('groff', ['-Kutf8', '-mandoc', '-Thtml'], {
        input: source,
        encoding: 'utf8',
        cwd: work,
      });
      const body = withoutSpacesBetweenIdeographs(/<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '');
      // Its own table of contents (links to its sections) and the rule under it.
      return `<section class="page-break">${body.replace(/^[\s\S]*?<hr>/, '')}</section>`;
    })
    .join('\n');
}

/** A chapter of React's guide: its title, and its Markdown without the site's own components. */
function reactChapter(markdown: string, md: { render(source: string): string }): string {
  const title = /^---\s*\ntitle:\s*['"]?(.*?)['"]?\s*\n[\s\S]*?---\s*\n/.exec(markdown);
  let text = title ? markdown.slice(title[0].length) : markdown;
  // Outside code blocks (whose JSX stays as written):
  text = text
    .split(/(```[\s\S]*?```)/)
    .map(
      (part) =>
        part.startsWith('```')
          ? part
          : part
              .replace(/\{\/\*[\s\S]*?\*\/\}/g, '') // heading anchors {/*name*/}
              .replace(/^\s*<\/?[A-Z][A-Za-z]*(\s[^>]*)?\/?>\s*$/gm, '') // <Intro>, <Sandpack>, <Illustration ... />
              .replace(/<\/?[A-Z][A-Za-z]*(\s[^>]*)?\/?>/g, ''), // <Math>, <MathI> inside a line: their text stays
    )
    .join('');
  return `<section class="page-break"><h1>${escapeHtml(title?.[1] ?? '')}</h1>${md.render(text)}</section>`;
}

/** A chapter of an mdBook (the Rust book): its Markdown without the book's own directives and markup. */
function bookChapter(markdown: string, md: { render(source: string): string }): string {
  const text = markdown
    .replace(/^\s*\{\{#[^}]*\}\}\s*$/gm, '') // {{#rustdoc_include ...}}: a listing kept in another file
    .replace(/<span class="filename">[\s\S]*?<\/span>/g, '')
    .replace(/<span class="caption">([\s\S]*?)<\/span>/g, '$1');
  return `<section class="page-break">${md.render(text)}</section>`;
}

/**
 * The manual pages above in the languages with a list of their own (docs/languages.md): each package of
 * manpages-l10n (or its own, for Japanese and Chinese) and the folder it installs them in.
 */
const TRANSLATED_MAN_PAGES: [lang: string, pkg: string, folder: string][] = [
  ['de', 'manpages-de', 'de'],
  ['fr', 'manpages-fr', 'fr'],
  ['es', 'manpages-es', 'es'],
  ['it', 'manpages-it', 'it'],
  ['pt', 'manpages-pt-br', 'pt_BR'],
  ['ru', 'manpages-ru', 'ru'],
  ['ja', 'manpages-ja', 'ja'],
  ['zh', 'manpages-zh', 'zh_CN'],
];

/** `--manual-pages`: the same manual pages in those languages, one PDF each (manpages.<lang>.pdf). */
function translatedManPages(out: string, work: string): void {
  const folders = debian(
    TRANSLATED_MAN_PAGES.map(([, pkg]) => pkg),
    work,
  );
  for (const [lang, pkg, folder] of TRANSLATED_MAN_PAGES) {
    const root = join(folders.get(pkg) ?? '', 'usr/share/man', folder);
    print(
      page(
        lang,
        'ltr',
        manPages((name) => join(root, `${name}.gz`), work),
      ),
      join(out, `manpages.${lang}.pdf`),
      work,
    );
  }
}

function main(): void {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node --import tsx eval/other-languages.ts <folder for the PDFs> [--manual-pages]');
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
  if (!execFileSync('fc-list', [':lang=ko'], { encoding: 'utf8' }).trim()) {
    execFileSync('apt-get', ['install', '-y', 'fonts-noto-core', 'fonts-noto-cjk'], { stdio: 'inherit' });
  }
  // groff-base has no HTML device; the groff package does.
  if (!existsSync('/usr/share/groff/current/font/devhtml')) {
    execFileSync('apt-get', ['install', '-y', 'groff'], { stdio: 'inherit' });
  }
  const work = mkdtempSync(join(tmpdir(), 'quizstream-languages-'));
  if (process.argv[3] === '--manual-pages') {
    try {
      translatedManPages(out, work);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    for (const name of readdirSync(out).sort()) console.log(join(out, name));
    return;
  }
  try {
    const english = [...new Set(Object.values(ENGLISH_MAN_PAGES))];
    const folders = debian(
      ['installation-guide-amd64', 'debian-handbook', 'manpages-uk', 'manpages-el', ...english],
      work,
    );
    const guide = join(folders.get('installation-guide-amd64') ?? '', 'usr/share/doc/installation-guide-amd64');
    for (const lang of ['el', 'ko']) {
      print(
        page(
          lang,
          'ltr',
          book(join(guide, lang), () => true),
        ),
        join(out, `installation-guide.${lang}.pdf`),
        work,
      );
    }
    const handbook = join(folders.get('debian-handbook') ?? '', 'usr/share/doc/debian-handbook/html/ar-MA');
    print(page('ar', 'rtl', book(handbook, translated(/[\u0600-\u06FF]/g))), join(out, 'debian-handbook.ar.pdf'), work);
    print(page('he', 'rtl', wikipedia('he-wikipedia.txt')), join(out, 'he-wikipedia.pdf'), work);
    print(page('el', 'ltr', wikipedia('el-wikipedia.txt')), join(out, 'el-wikipedia.pdf'), work);
    print(page('ar', 'rtl', wikipedia('ar-wikipedia.txt')), join(out, 'ar-wikipedia.pdf'), work);
    const manuals = join(folders.get('manpages-uk') ?? '', 'usr/share/man/uk');
    print(
      page(
        'uk',
        'ltr',
        manPages((name) => join(manuals, `${name}.gz`), work),
      ),
      join(out, 'manpages.uk.pdf'),
      work,
    );
    const greek = join(folders.get('manpages-el') ?? '', 'usr/share/man/el');
    print(
      page(
        'el',
        'ltr',
        manPages((name) => join(greek, `${name}.gz`), work, GREEK_MAN_PAGES),
      ),
      join(out, 'manpages.el.pdf'),
      work,
    );
    const inPackage = (name: string) =>
      join(folders.get(ENGLISH_MAN_PAGES[name] ?? '') ?? '', 'usr/share/man', `${name}.gz`);
    print(page('en', 'ltr', manPages(inPackage, work)), join(out, 'manpages.en.pdf'), work);
    const md = new MarkdownIt({ html: false });
    const chapters = readdirSync(join(here, 'texts/uk-react'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => reactChapter(readFileSync(join(here, 'texts/uk-react', name), 'utf8'), md));
    print(page('uk', 'ltr', chapters.join('\n')), join(out, 'react-learn.uk.pdf'), work);
    const rust = readdirSync(join(here, 'texts/ko-rust-book'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => bookChapter(readFileSync(join(here, 'texts/ko-rust-book', name), 'utf8'), md));
    print(page('ko', 'ltr', rust.join('\n')), join(out, 'rust-book.ko.pdf'), work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  for (const name of readdirSync(out).sort()) console.log(join(out, name));
}

main();
