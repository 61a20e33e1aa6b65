import { describe, expect, it } from 'vitest';
import { askablePath, PathIndex, pathMentions } from './paths.js';
import { seededRandom } from './seeded-random.js';

/** A document that named these paths on the pages given. */
function indexOf(pages: Record<number, string>): PathIndex {
  const index = new PathIndex();
  for (const [page, text] of Object.entries(pages)) index.observe(text, Number(page));
  return index;
}

/** Whether the index takes `name` (written alone) for a path. */
function isPathIn(index: PathIndex, name: string): boolean {
  return index.isPath({ name, section: pathMentions(name)[0]!.section, start: 0, end: name.length });
}

// Lines of the Italian and Portuguese Debian references and of the French packaging guides.
const SYSTEM =
  '”/etc/apt/sources.list” ”/etc/apt/preferences” ”/etc/apt/trusted.gpg” ”/etc/apt/apt.conf” ”/etc/fstab” ”/etc/passwd” ' +
  '”/etc/hostname” ”/etc/nsswitch.conf” ”/var/lib/dpkg/status” ”/var/lib/apt/extended_states” ”/usr/local/bin” ' +
  '”/usr/share/doc/” ”/proc/sys/” ”/tmp/x” ”~/.bashrc” ”~/.muttrc” ”~/.gitconfig” ”/dev/console” ”/dev/sda”';
const PACKAGING = 'debian/control debian/rules debian/changelog debian/copyright debian/patches/series';

describe('files and directories a document names', () => {
  it('finds absolute, home and relative paths with clean edges, without the full stop after one', () => {
    const text =
      'Les fichiers vont sous /usr/local/. Le fichier debian/control et ~/.bashrc, voir ”/etc/apt/sources.list”.';
    expect(pathMentions(text).map((m) => `${m.name} ${m.section}`)).toEqual([
      '/usr/local/ /',
      'debian/control debian',
      '~/.bashrc ~',
      '/etc/apt/sources.list /',
    ]);
    for (const m of pathMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.name);
    // Quoted on one side only, a path was cut and run into the next word (a translation's slip).
    expect(pathMentions('(Nutzen Sie stattdessen ”/etc/emailwie in Abschnitt 6.2.4.3 beschrieben.)')).toEqual([]);
    expect(pathMentions('Voir «/etc/fstab » au démarrage.').map((m) => m.name)).toEqual(['/etc/fstab']);
    // Links, word pairs, fractions and a program's manual section are no paths.
    const none = 'Voir https://www.debian.org/doc/ et GNU/Linux, TCP/IP, 1/2, /3 ou apt-get(8) /apt-cache(8).';
    expect(pathMentions(none).map((m) => m.name)).toEqual([]);
    // A particle written onto the path ends it: the Korean installation guide, the Chinese reference.
    expect(
      pathMentions('‘설치 크기’에 들어 있는 크기의 대부분은 /usr 및 /lib에서 차지합니다.').map((m) => m.name),
    ).toEqual(['/usr', '/lib']);
    expect(pathMentions('在 /etc/fstab文件中').map((m) => m.name)).toEqual(['/etc/fstab']);
  });

  it('takes a relative path or a one-name absolute one only where the document names others like it', () => {
    const index = indexOf({ 1: `${PACKAGING} time/date /etc/fstab in /etc and /bit too` });
    const is = (name: string) => isPathIn(index, name);
    expect(is('debian/rules')).toBe(true);
    expect(is('time/date')).toBe(false);
    expect(is('/etc')).toBe(true);
    expect(is('/bit')).toBe(false);
    expect(is('/etc/fstab')).toBe(true);
  });

  it('takes no pattern to fill in, and no German compound made on a path', () => {
    const index = indexOf({
      1: `${PACKAGING} debian/rules-Datei /etc/alternatives/NOME /dev/partition_name /path/to/init_program /caminho/para/fonte/foo /usr/share/doc/apt/README and more`,
    });
    const is = (name: string) => isPathIn(index, name);
    expect(is('/etc/alternatives/NOME')).toBe(false);
    expect(is('/dev/partition_name')).toBe(false);
    expect(is('/path/to/init_program')).toBe(false);
    expect(is('/caminho/para/fonte/foo')).toBe(false);
    expect(is('debian/rules-Datei')).toBe(false);
    expect(is('/usr/share/doc/apt/README')).toBe(true);
  });

  it('takes no path seen only at the end of a line, where it may be cut', () => {
    const index = indexOf({
      1: 'Edit /etc/exim4/exim4.conf.templat\ne and /etc/exim4/ first, then /etc/hosts\nand /etc/hosts too.',
    });
    const is = (name: string) => isPathIn(index, name);
    expect(is('/etc/exim4/exim4.conf.templat')).toBe(false);
    // Seen inside a line elsewhere, or a directory written with its slash.
    expect(is('/etc/hosts')).toBe(true);
    expect(is('/etc/exim4/')).toBe(true);
  });

  it('offers directories for a directory, files for a file, and programs for a program', () => {
    const index = indexOf({
      1: '/etc/ /var/ /usr/share/doc/ /etc/fstab /etc/passwd /etc/hosts /etc/hostname /usr/sbin/sendmail /usr/bin/mutt /usr/bin/less /usr/sbin/exim4 /var/mail/ /etc/aliases end',
    });
    const sentence = 'Mail is handed over to the ____ command by most programs.';
    const answer = { name: '/usr/sbin/sendmail', section: '/', start: 0, end: 18 };
    const offered = index.wrongChoices(answer, sentence.replace('____', answer.name), 1, seededRandom('z'));
    expect(offered.length).toBeGreaterThan(0);
    for (const w of offered) expect(w).toMatch(/\/s?bin\//);
    const fstab = { name: '/etc/fstab', section: '/', start: 0, end: 10 };
    const sentence2 = 'The static file system configuration is given by /etc/fstab on every system.';
    // A list of the document's that holds both (its items are wrong choices for one another).
    const devices = indexOf({
      1: [
        '– /etc/fstab x',
        '– /dev/sda3 x',
        '– /etc/crypttab x',
        '– /dev/sdb1 x',
        '– /etc/mtab x',
        '– /dev/hda x',
        '– /var/log/syslog x',
        '– /var/log/dmesg x',
      ].join('\n'),
    });
    const files = devices.wrongChoices(fstab, sentence2, 1, seededRandom('f'));
    expect(files.length).toBeGreaterThan(0);
    for (const w of files) expect(w.startsWith('/etc/')).toBe(true);
    // Logs among logs only.
    const syslog = { name: '/var/log/syslog', section: '/', start: 0, end: 15 };
    const logs = devices.wrongChoices(
      syslog,
      'Messages of the system are written to /var/log/syslog by rsyslogd.',
      1,
      seededRandom('l'),
    );
    expect(logs).toEqual(['/var/log/dmesg']);
    const dir = { name: '/var/mail/', section: '/', start: 0, end: 10 };
    const dirs = index.wrongChoices(dir, 'Mail is kept under /var/mail/ by default here.', 1, seededRandom('d'));
    expect(dirs.length).toBeGreaterThan(0);
    for (const w of dirs) expect(index.isDirectory(w)).toBe(true);
  });

  it('takes no path cut short at the end of a table line', () => {
    const index = indexOf({ 1: '/usr/share/applications/ /usr/share/appli /dev/sda /dev/sda1 /etc/x end' });
    const is = (name: string) => isPathIn(index, name);
    expect(is('/usr/share/appli')).toBe(false);
    expect(is('/usr/share/applications/')).toBe(true);
    // Another device, not a cut one.
    expect(is('/dev/sda')).toBe(true);
  });

  it('asks for the one path a sentence says something of', () => {
    const index = indexOf({ 1: SYSTEM, 2: PACKAGING });
    for (const [sentence, path] of [
      [
        'I messaggi di avvio del kernel nel file ”/var/lib/dpkg/status” contengono lo stato dei pacchetti.',
        '/var/lib/dpkg/status',
      ],
      [
        'Le responsable principal est la personne dont le nom est indiqué dans le champ Maintainer du fichier debian/control.',
        'debian/control',
      ],
      [
        'Se si compila un programma dai sorgenti, installarlo in ”/usr/local/bin” in modo che non interferisca.',
        '/usr/local/bin',
      ],
    ] as const) {
      expect(askablePath(sentence, index)?.name).toBe(path);
    }
  });

  it('asks for no path given as an example, in a list, cut by two sentences run together, or beside another', () => {
    const index = indexOf({ 1: SYSTEM, 2: PACKAGING });
    for (const sentence of [
      // An example: any other device or file would do.
      'Esistono diversi modi di cancellare i dati da un disco, ad esempio una chiavetta USB in ”/etc/fstab”.',
      'Un nome di file viene reso dal carattere a spaziatura fissa tra virgolette doppie, come in «/etc/passwd».',
      // Two paths, one of them not yet known as a directory.
      'Os procfs e sysfs montados em ”/proc” e ”/sys” são os pseudo-sistemas-de-ficheiros do kernel.',
      // Items of a list.
      'Le fichier debian/control, debian/rules et les autres fichiers sont créés par dh_make.',
      // Two sentences run together around the path.
      'BinNMUs werden durch Wanna-Build ausgelöst. debian/changelog wird ein Eintrag hinzugefügt, der es erklärt.',
      'I programmi X installano i loro dati nella directory /usr/share/doc/ Se si vogliono cambiare le applicazioni.',
      // A path broken by a space: "/usr/share/doc/ doc-base/doc-base.html".
      'Consultez install-docs(8) et la copie locale /usr/share/doc/ doc-base/index.html du manuel de doc-base.',
      // A device supposed, one of several ("等"), or part of a command line or a pattern in quotes.
      'Si supponga che uno dei dispositivi dei dischi fissi da monitorare sia ”/etc/fstab”.',
      'GUI メニューを使うと、動的に生成された”/etc/fstab” 等のデバイスノードを削除するかもしれません。',
      'Se o seu ambiente montar CDs automaticamente, desmonte-o com ”sudo umount /etc/fstab” a partir da consola.',
      'Os scripts de arranque estilo SysV em ”/etc/fstab[01234S].d/” são ainda analisados pelo systemd.',
      // A word that opens like the file's name gives it away.
      'Um exemplo de aparelho virtual é a consola, que é representada por ”/dev/console”.',
      // Cells of a table run together: a program's manual reference right before the path.
      '为“program_name”程序设置 PAM 配置；参加 pam(7) 和 pam.d(5) /etc/fstab 为每个服务条目设置 NSS 配置。',
      // Markup left around the blank.
      'Le script configurera $(DESTDIR) en tant que répertoire temporaire sous /tmp/x pour le paquet.',
    ]) {
      expect(askablePath(sentence, index), sentence).toBeNull();
    }
  });

  it('offers other paths of the document from the same place, never a relative one beside an absolute one', () => {
    const index = indexOf({ 1: SYSTEM, 2: PACKAGING });
    const sentence = 'Le responsable principal est indiqué dans le champ Maintainer du fichier debian/control.';
    const mention = askablePath(sentence, index)!;
    const wrong = index.wrongChoices(mention, sentence, 2, seededRandom('x'));
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(w.startsWith('debian/')).toBe(true);
    expect(wrong).not.toContain('debian/control');

    const apt = 'Il sistema APT usa le fonti dei pacchetti definite nel file ”/etc/apt/sources.list” del sistema.';
    const key = askablePath(apt, index)!;
    const offered = index.wrongChoices(key, apt, 1, seededRandom('y'));
    expect(offered).toHaveLength(3);
    for (const w of offered) expect(w.startsWith('/')).toBe(true);
    // Those of its own directory first: the other files of /etc/apt.
    expect(offered.filter((w) => w.startsWith('/etc/apt/')).length).toBeGreaterThanOrEqual(2);
  });
});
