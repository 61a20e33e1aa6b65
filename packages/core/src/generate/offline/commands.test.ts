import { describe, expect, it } from 'vitest';
import { askableCommand, CommandIndex, commandMentions, topicWords } from './commands.js';
import { seededRandom } from './seeded-random.js';

/** A document that named these programs (and one file format) on the pages given. */
function indexOf(pages: Record<number, string>): CommandIndex {
  const index = new CommandIndex();
  for (const [page, text] of Object.entries(pages)) index.observe(text, Number(page));
  return index;
}

// Lines of the Chinese Debian reference's table of text tools, and of its other chapters.
const TEXT_TOOLS =
  'cat(1) 连接文件 tac(1) 反向连接 cut(1) 选择 sort(1) 排序 uniq(1) 去重 grep(1) egrep(1) fgrep(1) diff(1)';
const ADMIN = 'mount(8) 挂载 fsck(8) 检查 mkfs(8) 创建 sources.list(5) 配置 crypt(3) 加密';

describe('commands named with their manual section', () => {
  it('finds each "name(N)" in any script, with its section and offsets', () => {
    const text = 'tail(1) 输出文件的末尾。La commande debdiff(1) permet ... apt-get(8), dpkg-deb(1), fsck.ext4(8)';
    const found = commandMentions(text);
    expect(found.map((m) => `${m.name}/${m.section}`)).toEqual([
      'tail/1',
      'debdiff/1',
      'apt-get/8',
      'dpkg-deb/1',
      'fsck.ext4/8',
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(`${m.name}(${m.section})`);
    // A path or a function call in code is no manual reference.
    expect(commandMentions('/usr/bin/tail(1) and Math.max(1) and $x(1) and f(1)')).toEqual([]);
  });

  it('asks for the one program a sentence says something of', () => {
    const index = indexOf({ 57: TEXT_TOOLS, 175: ADMIN });
    for (const sentence of [
      'tail(1) 输出文件的末尾。',
      '使用 touch(1) 命令修改已存在文件的时间戳。',
      'La commande debdiff(1) permet aussi de comparer les listes de fichiers entre deux ensembles de paquets.',
      'To record what was done, the whole package management session can be run within the script(1) program.',
    ]) {
      const m = askableCommand(sentence, index);
      expect(m, sentence).not.toBeNull();
      expect(sentence.slice(m!.start, m!.end)).toMatch(/^[a-z]+\(1\)$/u);
    }
  });

  it('asks for a program named bare beside a word for a program, once the document gave its section', () => {
    const index = indexOf({ 30: 'dh_make(8) aptitude(8) debuild(1) lintian(1)' });
    for (const [sentence, name] of [
      ['La commande dh_make crée quelques modèles de fichiers pour pages de manuel.', 'dh_make'],
      ['aptitude 命令有时候会为了 testing 或 unstable Debian 系统升级清除大量软件包。', 'aptitude'],
      ['Run the lintian program on every package before it is uploaded to the archive.', 'lintian'],
    ] as const) {
      const m = askableCommand(sentence, index);
      expect(m?.name, sentence).toBe(name);
      expect(sentence.slice(m!.start, m!.end)).toBe(name);
    }
    // A bare name alone may be a word, or a program the document never gave a section.
    expect(askableCommand('The last release of the distribution was announced on the mailing list.', index)).toBeNull();
    expect(askableCommand('La commande reportbug envoie un rapport de bogue au système de suivi.', index)).toBeNull();
    // A word of letters after a describing word is part of a compound ("a shell script program"), though script(1)
    // is a program too; after "the" it is the program.
    const words = indexOf({ 12: 'script(1) tar(1)' });
    expect(
      askableCommand(
        'The ”/init” program is a shell script program if initramfs was created by initramfs-tools.',
        words,
      ),
    ).toBeNull();
    expect(askableCommand('The tar command archives many files into a single file for backups.', words)?.name).toBe(
      'tar',
    );
  });

  it('does not ask for a manual to read, an example, a list item, a library or a file format', () => {
    const index = indexOf({ 57: TEXT_TOOLS, 87: 'apt-get(8) dpkg-deb(1) dpkg-query(1)' });
    for (const sentence of [
      '精确的解释参见 bash(1)。', // "for the exact explanation see bash(1)"
      '詳細は grep(1) を参照ください。', // Japanese: "see" after the name
      'grep(1) と項2.4.2を参照下さい。',
      '欲详细了解正则表达式可以参考 grep(1)。',
      '命令和置于其后的圆括号内的手册页章节数，由打字机字体进行标记，就像 bash(1)。', // "... like bash(1)"
      'See also the apt-get(8) manual page, as well as the section on package tools.',
      'For details, read the manual page dpkg-deb(1) and the files it installs on the system.',
      'il est recommandé de vérifier son authenticité comme expliqué dans uscan(1).',
      '使用 cp(1) 和 mv(1) 两个命令来进行处理文件。', // two programs
      'Use dpkg-deb(1) rather than dpkg-query to look inside a package file.', // another program named bare
      '在 Linux 内核里，用户可以设置 crypt(3) 加密所有的密码和数据。', // a library function
      '在“/etc/apt/sources.list(5)”中不要包含 testing 或 unstable 这两个档案库。', // a file format
      'Linux 支持 扩展属性，扩展了传统的 UNIX 属性 (参见 xattr(1) 的说明)。', // in an aside
      'sort(1) 的字符排序，受语言环境的影响。', // about something of the program's
      '例如，在使用 diff(1) 移植两个 MSDOS 式样的文件后.)', // cut inside an aside
      'grep(1) 搜索文本。', // too little said
      'chroot(8) 是最基础的方法。', // the most basic method of what
      'chmod(1) 有另一种数值模式来描述文件权限。', // another mode than what
      'Another way to record your actions is to run your session within the script(1) program.', // than what
      'La commande dh_installexamples(1) installe les fichiers et répertoires énumérés ici comme exemples.', // here
      '在 perl(1) 例子中, ”-i” 是在每一个目标文件的原处编辑，”-p” 是表示循环所有给定的文件。', // an example's
      'gzipped tar(1) 归档器用于扩展名是”.tgz” 或者”.tar.gz” 的文件。', // the name stands in the rest
      '通过“sudo systemctl restart smartmontools”重新启动 smartd(8) 后台守护进程（daemon）。', // a word opens like it
    ]) {
      expect(askableCommand(sentence, index), sentence).toBeNull();
    }
  });

  it('offers other programs of the same section, from the nearest pages, none related to the key', () => {
    const index = indexOf({ 57: TEXT_TOOLS, 175: ADMIN });
    const sentence = 'grep(1) 可以使用正则表达式来进行文本搜索。';
    const answer = commandMentions(sentence)[0]!;
    const wrong = index.wrongChoices(answer, sentence, 58, seededRandom(1));
    expect(wrong).toHaveLength(3);
    // egrep and fgrep match patterns too: a key's relative would be right as well.
    for (const w of wrong) expect(['cat', 'tac', 'cut', 'sort', 'uniq', 'diff']).toContain(w);
    // Administration commands come only when a section's own run out.
    const admin = index.wrongChoices(
      commandMentions('mount(8) 显示所有挂载的文件系统。')[0]!,
      '',
      175,
      seededRandom(1),
    );
    expect(admin.slice(0, 2).sort()).toEqual(['fsck', 'mkfs']);
    expect(admin).not.toContain('sources.list');
    expect(admin).not.toContain('crypt');
  });

  it('prefers programs of the same page over those named everywhere, and a family for a key of a family', () => {
    const pages: Record<number, string> = {
      138: 'lp(1) lpstat(1) lpadmin(8) lpinfo(8) lpmove(8)',
      160: 'logrotate(8) systemd-journald(8) systemd-cat(1) aptitude(8)',
    };
    // mount and aptitude are named all through the manual: of every topic.
    for (let p = 10; p <= 250; p += 6) pages[p] = `${pages[p] ?? ''} mount(8) aptitude(8)`;
    const index = indexOf(pages);
    const sentence = '在一个产生很多日志文件的系统上，用 logrotate(8) 来简化日志文件的管理。';
    const wrong = index.wrongChoices(commandMentions(sentence)[0]!, sentence, 160, seededRandom(3));
    expect(wrong.slice(0, 2).sort()).toEqual(['systemd-cat', 'systemd-journald']);
    // Named on the page itself, aptitude still comes before mount, named nearby only.
    expect(wrong[2]).toBe('aptitude');

    const helpers = indexOf({
      39: 'dh_installexamples(1) dh_movefiles(1) dh_link(1) nroff(1) groff(1)',
      40: 'dh_installinfo(1)',
    });
    const key = 'La commande dh_installexamples(1) installe les fichiers d’exemple dans le paquet.';
    const family = helpers.wrongChoices(commandMentions(key)[0]!, key, 39, seededRandom(4));
    expect(family.sort()).toEqual(['dh_installinfo', 'dh_link', 'dh_movefiles']);
  });

  it('prefers programs named with the key on other pages too over those of its page only', () => {
    const index = indexOf({
      120: 'ps(1) top(1) kill(1) pstree(1)',
      165: 'ps(1) top(1) pstree(1) watch(1)',
      168: 'sensible-browser(1) sensible-editor(1) sensible-pager(1) kill(1) at(1) crontab(1)',
    });
    const sentence = '使用 kill(1) 通过进程 ID 来杀死（发送一个信号）一个进程。';
    const wrong = index.wrongChoices(commandMentions(sentence)[0]!, sentence, 168, seededRandom(5));
    // ps, top and pstree are named with kill on page 120 too; the sensible-* helpers only on kill's page. (ps
    // and pstree are relatives: one of them.)
    expect(wrong).toContain('top');
    expect(wrong.filter((w) => w === 'ps' || w === 'pstree')).toHaveLength(1);
    expect(wrong.filter((w) => w.startsWith('sensible-'))).toHaveLength(1);
  });

  it('prefers programs whose lines share telling words with the key’s sentence', () => {
    // Rows of tables of commands, as manuals print them: a program and what it does, one a line.
    const index = indexOf({
      38: ['pon(1) 启动 PPP 连接', 'poff(1) 关闭 PPP 连接', 'newgrp(1) 切换当前用户的组'].join('\n'),
      39: ['touch(1) 修改文件的时间戳', 'chgrp(1) 修改文件所属的组'].join('\n'),
      44: ['stat(1) 显示文件的时间戳和状态', 'ls(1) 列出目录中的文件'].join('\n'),
      // The rest of a manual: a word beside two programs of thirty tells more than one beside two of seven.
      200: Array.from({ length: 24 }, (_, i) => `tool${i}(1) 网络配置`).join('\n'),
    });
    const sentence = '使用 touch(1) 命令修改已存在文件的时间戳。';
    const wrong = index.wrongChoices(commandMentions(sentence)[0]!, sentence, 39, seededRandom(6));
    // stat shares 时间 and 间戳 (a timestamp), chgrp 修改 (to change); 文件 (file) stands beside nearly every
    // program and tells nothing, and neither do pieces of two words ("件的", "的时") that stat's line shares too.
    expect(wrong.slice(0, 2).sort()).toEqual(['chgrp', 'stat']);
    const words = topicWords('修改已存在文件的时间戳');
    for (const w of ['修改', '文件', '时间', '间戳']) expect(words.has(w), w).toBe(true);
    for (const w of ['件的', '的时']) expect(words.has(w), w).toBe(false);
  });

  it('prefers the other items of a list the key is an item of, and counts the key’s own lines', () => {
    // The text tools of a manual's page, as pdf.js reads it: lists of programs by the kind of pattern they take.
    const page = [
      '这里有一些在类 Unix 系统中经常使用到的标准文本处理工具。',
      '• 没有使用正则表达式：',
      '– cat(1) 连接文件并输出全部的内容。',
      '– head(1) 输出文件的开头。',
      '– tail(1) 输出文件的末尾。',
      '– sort(1) 对文本文件的行进行排序。',
      '• 默认使用基础正则表达式（BRE ）：',
      '– ed(1) 是一个原始行编辑器。',
      '– sed(1) 是一个流编辑器。',
      '– grep(1) 匹配满足 pattern 的文本。',
      '– vim(1) 是一个屏幕编辑器。',
    ].join('\n');
    const index = indexOf({ 57: page, 58: 'less(1) 分页程序 more(1) 分页程序 python(1) 文本搜索' });
    const sentence = 'grep(1) 可以使用正则表达式来进行文本搜索。';
    const wrong = index.wrongChoices(commandMentions(sentence)[0]!, sentence, 58, seededRandom(7));
    // ed, sed and vim are in grep's list (ed and sed are relatives: one of them); python, beside 文本搜索 on the
    // page of the sentence, is not, nor are the pagers.
    expect(wrong).toContain('vim');
    expect(wrong.filter((w) => w === 'ed' || w === 'sed')).toHaveLength(1);
    for (const w of ['python', 'less', 'more']) expect(wrong).not.toContain(w);
    const head = '– head(1) 输出文件的开头。';
    const beside = index.wrongChoices(commandMentions(head)[0]!, head, 57, seededRandom(7));
    expect(beside.sort()).toEqual(['cat', 'sort', 'tail']);
  });

  it('offers only programs the document tells are of the key’s kind, and too few make no question', () => {
    const pages: Record<number, string> = {
      // The only translation tool of its chapter, among programs of other tasks named nearby.
      150: ['ssh(1) 远程登录到另一台主机', 'gedit(1) 图形界面的文本编辑器', 'ls(1) 列出目录内容'].join('\n'),
      153: ['gettext(1) 翻译程序的消息', 'msgmerge(1) 合并翻译目录'].join('\n'),
      // Far off, a program of the same task: one telling word is not enough from afar.
      40: 'iconv(1) 转换文本的编码和翻译字符集',
    };
    // The rest of a manual, so that a word beside few programs tells something.
    for (let p = 200; p < 230; p++) pages[p] = `tool${p}(1) 网络配置`;
    const index = indexOf(pages);
    const sentence = 'GNU gettext(1) 命令工具链是大部分翻译活动的后端工具。';
    const wrong = index.wrongChoices(commandMentions(sentence)[0]!, sentence, 153, seededRandom(9));
    // msgmerge, named beside "翻译" on the same page, is of its kind; ssh, gedit and ls share nothing with it.
    expect(wrong).toEqual(['msgmerge']);
    // Named in a list with it, they would be of its kind: the document grouped them.
    const listed = indexOf({
      ...pages,
      150: ['– gettext(1) 翻译', '– ssh(1) 远程登录', '– gedit(1) 文本编辑器', '– ls(1) 列出目录内容'].join('\n'),
    });
    expect(listed.wrongChoices(commandMentions(sentence)[0]!, sentence, 153, seededRandom(9))).toHaveLength(3);
  });

  it('never offers a variant of the key, which does its task too', () => {
    const index = indexOf({
      177: 'mkfs(8) 创建文件系统\nmke2fs(8) 创建 ext2 文件系统\nfsck(8) 检查\nparted(8) 分区\ndf(1) 空间',
    });
    const sentence = 'mkfs(8) 在 Linux 系统上创建文件系统。';
    const wrong = index.wrongChoices(commandMentions(sentence)[0]!, sentence, 177, seededRandom(8));
    expect(wrong).not.toContain('mke2fs');
    expect(wrong.sort()).toEqual(['df', 'fsck', 'parted']);
  });

  it('learns programs a word for a command introduces, without their section: names that cannot be words at once, plain ones seen twice', () => {
    // Sentences of the Debian New Maintainers' Guide in French and of the Debian Reference in Chinese.
    const index = indexOf({
      20: 'La commande dh_make crée le paquet source initial et ses binaires.\nLa commande debuild construit le paquet.\nLancez la commande suivante :\nLa commande lintian vérifie le paquet.',
      21: 'La commande debuild appelle aussi lintian.\nLa commande suivante affiche les fichiers.\nLes sources sont mises à jour, et la commande uupdate sera exécutée. La commande uupdate met à jour l’arbre des sources.\nLa commande override_dh_toto remplace dh_toto.',
      22: '本地仓库能够通过 git fetch 和 git pull 命令从远程仓库接收数据。\n使用 dh_auto_install 命令安装文件。\n安装 broken-package_old-version.deb 命令。',
    });
    for (const name of ['dh_make', 'debuild', 'uupdate', 'dh_auto_install']) expect(index.has(name), name).toBe(true);
    // Named so once only (as a plain word it may be one); a stop word; a subcommand; a pattern; a file.
    for (const name of ['lintian', 'suivante', 'pull', 'override_dh_toto', 'broken-package_old-version.deb']) {
      expect(index.has(name), name).toBe(false);
    }
    // English "command" is followed by a verb or a noun as often, and follows an adjective as often (gnuplot's
    // manual): it introduces no name.
    const english = indexOf({
      30: 'The set monochrome command selects an alternative set of linetypes. The trap command tells gnuplot not to re-initialize a handler. An analogous command acts on each of the other axes. Additional command options may be given. An analogous command exists. The plot command draws. The plot command plots.',
    });
    for (const name of ['selects', 'tells', 'analogous', 'options', 'plot'])
      expect(english.has(name), name).toBe(false);
    // Then a sentence naming one bare beside a word for a command asks for it, among the others learned.
    const sentence = 'La commande debuild construit les paquets binaires et source à partir de l’arbre des sources.';
    const mention = askableCommand(sentence, index);
    expect(mention?.name).toBe('debuild');
    // Of the key's task as far as the document tells (a word of its lines shared with the sentence).
    expect(index.wrongChoices(mention!, sentence, 21, seededRandom(3), 9).sort()).toEqual(['dh_make', 'uupdate']);
  });

  it('does not ask for a program whose name abbreviates a compound of the sentence', () => {
    // The Debian Reference in Chinese, Japanese and Portuguese: "kpkg" is "kernel-package".
    const index = indexOf({ 1: 'make-kpkg(1) dpkg(1) debi(1) debsums(1) debuild(1)' });
    for (const sentence of [
      'make-kpkg(1) 命令需要 kernel-package 软件包。',
      'O comando make-kpkg(1) necessita do pacote kernel-package para construir o kernel.',
    ]) {
      expect(askableCommand(sentence, index), sentence).toBeNull();
    }
    expect(
      askableCommand('O comando make-kpkg(1) constrói pacotes do kernel Linux a partir das fontes.', index)?.name,
    ).toBe('make-kpkg');
    // The German reference: the stem gives the short form, the initials of the name's parts.
    const assistant = indexOf({ 1: 'module-assistant(8) dkms(8) dpkg(1)' });
    const given =
      'module-assistant(8) (oder seine Kurzform m-a) unterstützt Benutzer bei Bau und Installation von Modulpaketen.';
    expect(askableCommand(given, assistant)).toBeNull();
    expect(
      askableCommand('module-assistant(8) unterstützt Benutzer bei Bau und Installation von Modulpaketen.', assistant)
        ?.name,
    ).toBe('module-assistant');
  });

  it('treats a misprinted name as the same program, and never offers one the sentence names', () => {
    const index = indexOf({ 43: 'dpkg-source(1) dpkgsource(1) uscan(1) debuild(1) lintian(1) debsign(1)' });
    const sentence = 'La commande dpkg-source(1) construit le paquet source à partir de debuild et de ses fichiers.';
    const wrong = index.wrongChoices(commandMentions(sentence)[0]!, sentence, 43, seededRandom(2));
    expect(wrong).not.toContain('dpkgsource');
    expect(wrong).not.toContain('debuild');
    expect(wrong.sort()).toEqual(['debsign', 'lintian', 'uscan']);
  });
});
