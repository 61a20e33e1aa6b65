import { describe, expect, it } from 'vitest';
import type { PageBlock, PageText } from '../../../pdf/page-text.js';
import { pageOfBlocks } from '../../../testing/page-of-blocks.js';
import { offlineQuiz } from '../offline-quiz.fixture.js';

const page = (n: number, parts: [PageBlock['role'], string][]): PageText => pageOfBlocks(n, 5, parts);

const quiz = (pages: PageText[], types: string[]) => offlineQuiz(pages, { questionsPerPage: 10, types });

describe('statements named by their section', () => {
  // Debian's installation guide in Korean: what speakup supports, under "Hardware speech synthesis".
  const speech = [
    page(1, [
      ['heading', '2.1.8. 하드웨어 음성 합성 장치'],
      [
        'body',
        'speakup은 내장 보드 및 시리얼 포트에 연결한 외장 장치를 지원합니다. USB나 USB 시리얼, PCI 장치는 지원하지 않습니다.',
      ],
    ]),
  ];

  it('says the section of a statement that does not name it', async () => {
    const statements = await quiz(speech, ['true_false']);
    const usb = statements.find((q) => q.source.quote.startsWith('USB'));
    expect(usb?.prompt).toBe('참 또는 거짓 (“하드웨어 음성 합성 장치”): USB나 USB 시리얼, PCI 장치는 지원합니다.');
  });

  it('goes on with the section of a page or two before, not further, and says none a statement names', async () => {
    const opening = page(1, [
      ['heading', '2.1.8. 하드웨어 음성 합성 장치'],
      ['body', '하드웨어 음성 합성 장치 지원은 speakup이 지원하느냐에 따라 달라집니다.'],
    ]);
    const later = (n: number) =>
      page(n, [
        [
          'body',
          'USB나 USB 시리얼, PCI 장치는 지원하지 않습니다. 하드웨어 음성 합성 장치는 자동으로 검색할 수 없습니다.',
        ],
      ]);
    const next = await quiz([opening, later(3)], ['true_false']);
    expect(next.find((q) => q.source.quote.startsWith('USB'))?.prompt).toContain('(“하드웨어 음성 합성 장치”)');
    for (const q of next.filter((q) => q.source.quote.startsWith('하드웨어'))) expect(q.prompt).not.toContain('(“');
    // Three pages on, a heading the layout did not mark may have begun another section.
    const far = await quiz([opening, later(4)], ['true_false']);
    const usb = far.find((q) => q.source.quote.startsWith('USB'));
    expect(usb).toBeDefined();
    expect(usb!.prompt).not.toContain('(“');
  });

  it("names no section in a blank's prompt: its sentence keeps its subject", async () => {
    const pages = [
      page(1, [
        ['heading', '1.1. 데비안 프로젝트의 역사'],
        [
          'body',
          '데비안 프로젝트는 1993년에 이안 머독이 소프트웨어 개발자를 공개적으로 모집하면서부터 시작되었습니다.',
        ],
      ]),
    ];
    const blanks = await quiz(pages, ['multiple_choice', 'short_answer']);
    expect(blanks.length).toBeGreaterThanOrEqual(1);
    for (const q of blanks) expect(q.prompt).not.toContain('역사');
  });
});
