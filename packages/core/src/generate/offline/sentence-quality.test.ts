import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePage, loadNlp } from './nlp.js';
import { assessSentence } from './sentence-quality.js';

// Sentences from real documents: a bioinformatics paper, an FAA airworthiness directive, a Supreme Court
// opinion, Wikipedia's article on artificial intelligence.
let nlp: Awaited<ReturnType<typeof loadNlp>>;
beforeAll(async () => {
  nlp = await loadNlp();
});

function usable(text: string): boolean {
  const page = analyzePage(nlp, text);
  const span = page.sentences[0]!;
  const last = page.tokens[span.end]!;
  return assessSentence(page, span, text.slice(page.tokens[span.start]!.offset, last.offset + last.value.length))
    .usable;
}

describe('assessSentence', () => {
  it.each([
    // Captions and headings written as phrases: nothing asserted, so nothing true or false.
    'An overview of the basic and advanced analysis options at each of the five phases of VESPA.',
    'Sample of a summary output file created by the codeml_reader function of the VESPA package.',
    // A word lost before the full stop (".changes" of "a signed .changes file" in the Debian developers' reference).
    'Each upload to Debian consists of a signed .',
    // Quotation marks left open.
    'The mount options of normal disk and network filesystems are set in ”/etc/fstab.',
    // A footnote list of Wikipedia's article on artificial intelligence.
    'Precursors to backpropagation were developed by: Henry J. Kelley (1960); Arthur E. Bryson (1962); Stuart Dreyfus (1962).',
    // Boilerplate every paper carries.
    'The funders had no role in study design, data collection and analysis, or preparation of the manuscript.',
    'This work was supported by the Science Foundation Ireland under a research frontiers grant to the authors.',
    // Citations.
    'Absent an agreement, disputes over water are subject to apportionment, Arizona v. California, 460 U. S. 605 (1983).',
    'The subbasins were drawn to end at the last downstream major damsites, see §5.01(a), on the tributaries.',
    // A sentence wholly in parentheses is an aside to the one before.
    "(Dennett's consciousness illusionism says this is an illusion of the mind.)",
    // A line in another script on an English page of a bilingual manual.
    '轻量目录访问协议的开源实现是 OpenLDAP 软件，它在 Debian 中由 slapd 软件包提供。',
    // Instructions behind an opening phrase (the Debian Reference).
    'For mutt, set ”hostname” and ”from” variables in ~/muttrc file to override the mailname value.',
    'On the remote system, set the respective entries, ”PubkeyAuthentication yes”, in ”/etc/ssh/sshd_config”.',
    // A list item that opens with a verb goes on the line above it (an FAA airworthiness directive).
    '• Requiring, for operators who wish to allow dispatch of an airplane with certain inoperative systems, incorporating certain provisions into the existing MEL.',
  ])('refuses: %s', (text) => {
    expect(usable(text)).toBe(false);
  });

  it.each([
    'In September 2024, Microsoft announced an agreement with Constellation Energy to re-open the plant.',
    'The first global AI Safety Summit was held in the United Kingdom in November 2023.',
    'Pilots use pitch trim to adjust the position of the horizontal stabilizer to achieve the desired flight path.',
    'Deep learning began to dominate industry benchmarks in 2012 and was adopted throughout the field.',
    'The word "robot" itself was coined by Karel Čapek in his 1921 play R.U.R., the title standing for a company.',
    // Typesetting that writes the closing quotation mark on both sides (the Debian Reference).
    'The mount options of normal disk and network filesystems are set in ”/etc/fstab”.',
    // A list item that is a sentence, after its bullet.
    '• The kernel boot message in the ”/var/log/dmesg” contains the total exact size of available memory.',
    'On the modern Linux system, the filesystem under ”/dev/” is automatically populated by the udev(7) mechanism.',
  ])('takes: %s', (text) => {
    expect(usable(text)).toBe(true);
  });
});
