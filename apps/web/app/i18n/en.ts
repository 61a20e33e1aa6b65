// Every user-visible string of the web app, in English. A translation is another object of type `Messages`
// (./index.ts lists them); numbers, plurals and dates go through Intl (./format.ts).
import type { DifficultyOption, Marking, QuestionType } from '@quizstream/core/schemas';
import type { WebExportFormat } from '../quiz/export-formats';
import { formatsFor } from './format';

const f = formatsFor('en');

const core = {
  app: {
    name: 'quizstream',
    tagline: 'Turn a PDF into a quiz and watch every question arrive the moment it exists.',
    footer: 'Questions are grounded in your document: every one quotes the page it comes from.',
    date: (iso: string) => f.date(iso),
  },
  nav: {
    label: 'Main',
    skip: 'Skip to content',
    generate: 'Generate',
    library: 'Library',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    cancel: 'Cancel',
    save: 'Save',
    saving: 'Saving…',
    edit: 'Edit',
    delete: 'Delete',
    confirmDelete: 'Yes, delete',
  },
  errors: {
    network: 'The server could not be reached. Check your connection and try again.',
    http: (status: number) => `The server answered with an error (HTTP ${status}).`,
    badResponse: 'The server sent an answer this page does not understand.',
  },
  upload: {
    heading: '1. Upload a PDF',
    prompt: 'Drop a PDF here or click to choose one',
    hint: (maxMb: number | undefined) => (maxMb ? `PDF only, up to ${maxMb} MB` : 'PDF only'),
    dragActive: 'Release to upload',
    uploading: (percent: number) => `Uploading… ${percent}%`,
    processing: 'Reading pages…',
    serverBusy: (seconds: number) =>
      `The server is busy; sending again in ${f.plural(seconds, { one: 'second', other: 'seconds' })}…`,
    progressLabel: 'Upload progress',
    notPdf: (name: string) => `“${name}” is not a PDF. Please choose a .pdf file.`,
    tooBig: (maxMb: number) => `That file is larger than ${maxMb} MB.`,
    network: 'The upload failed: the server could not be reached. Check your connection and try again.',
    failed: (status: number) => `The upload failed (HTTP ${status}).`,
    replace: 'Choose another PDF',
  },
  document: {
    pages: (n: number) => f.plural(n, { one: 'page', other: 'pages' }),
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.decimal(bytes / 1024 / 1024)} MB`
        : `${f.number(Math.max(1, Math.round(bytes / 1024)))} KB`,
  },
  options: {
    heading: '2. Choose options',
    questionsPerPage: 'Questions per page',
    questionsPerPageHint: 'From 1 to 10',
    questionsPerPageMaxHint: 'At most, from 1 to 10',
    count: 'Questions in all',
    countHint: 'Optional, up to 1000: spread over the document',
    types: 'Question types',
    typesRequired: 'Pick at least one question type.',
    difficulty: 'Difficulty',
    generate: 'Generate Live ⚡',
    needDocument: 'Upload a PDF first.',
    generator: 'Generator',
    generatorInUse: 'Questions are written by',
    generatorName: (id: string, name: string) =>
      id === 'offline' ? 'Offline (built in, no AI)' : `AI model (${name.replace(/^llm:/, '')})`,
  },
  questionTypes: {
    multiple_choice: 'Multiple choice',
    true_false: 'True / false',
    short_answer: 'Short answer',
    multi_select: 'Multi-select',
  } satisfies Record<QuestionType, string>,
  difficulties: {
    mixed: 'Mixed',
    easy: 'Easy',
    medium: 'Medium',
    hard: 'Hard',
  } satisfies Record<DifficultyOption, string>,
  stream: {
    heading: '3. Live questions',
    connecting: 'Connecting...',
    connected: 'Live',
    reconnecting: 'Reconnecting...',
    stop: 'Stop',
    stopping: 'Stopping…',
    closed: 'Ended',
    jobId: (id: string) => `Job ${id}`,
    progressLabel: 'Pages processed',
    progressText: (done: number, total: number) =>
      `${f.number(done)} of ${f.plural(total, { one: 'page', other: 'pages' })}`,
    waitingForPages: 'Reading the document…',
    /** While a scanned page is read: the server's "OCR page 3/40". */
    ocrPage: (page: number, of: number) => `Reading with OCR: page ${f.number(page)} of ${f.number(of)}…`,
    empty: 'Questions will appear here as each page is processed.',
    warnings: (n: number) => f.plural(n, { one: 'warning', other: 'warnings' }),
    warningOnPages: (pages: readonly number[]) =>
      `${f.word(pages.length, { one: 'Page', other: 'Pages' })} ${f.list(pages.map((p) => f.number(p)))}`,
    soFar: (n: number) => `${f.plural(n, { one: 'question', other: 'questions' })} so far`,
    details: 'Details',
    startNow: 'Start now',
    cardsHidden: 'Being taken above: the answers are not shown here.',
    takingHeading: 'Taking the quiz while it is written',
    cancelled: 'Generation stopped. The questions generated so far are kept.',
    errorTitle: 'Generation failed',
    retryHint: 'This looks temporary: try again in a moment.',
    resumed: 'Continuing the generation that was running before the page was reloaded.',
    reconnect: 'Resume',
    announceStarted: 'Generation started. Questions will appear as pages are processed.',
    announceComplete: (n: number) => `Quiz ready: ${f.plural(n, { one: 'question', other: 'questions' })}.`,
    announceFailed: 'Generation failed.',
    announceReconnecting: 'Connection lost. Reconnecting…',
  },
  question: {
    number: (n: number) => `Question ${n}`,
    correct: 'correct answer',
    acceptedAnswers: 'Accepted answers',
    explanation: 'Why',
    source: (page: number) => `page ${page}`,
    ocr: 'OCR',
    ocrHint: 'This page was read from its image (OCR): check the quote against the page.',
  },
  summary: {
    heading: 'Quiz ready',
    questions: 'Questions',
    pages: 'Pages',
    pagesWithoutText: 'Pages without text',
    duration: 'Duration',
    dropped: 'Dropped',
    droppedDetail: (ungrounded: number, duplicate: number, invalid: number) =>
      `${ungrounded} not found on their page, ${duplicate} repeated, ${invalid} incomplete`,
    droppedQuality: (n: number) => `${f.number(n)} below the quality rules`,
    droppedKey: (n: number) => `${f.number(n)} with an answer their quote does not back`,
    generator: 'Generator',
    tokens: 'Tokens used',
    tokensValue: (input: number, output: number) => `${f.number(input)} in · ${f.number(output)} out`,
    cached: (n: number) => `${f.number(n)} of the input from the provider’s cache`,
    cost: 'Cost',
    costValue: (usd: number) => f.usd(usd),
    take: 'Take the quiz',
    open: 'Edit, share & export',
    viewJson: 'View quiz JSON',
    seconds: (ms: number) => (ms < 1000 ? `${f.number(Math.round(ms))} ms` : `${f.decimal(ms / 1000)} s`),
  },
};

const library = {
  title: 'Library',
  heading: 'Library',
  intro: 'Your past documents and the quizzes made from them.',
  quizzes: 'Quizzes',
  documents: 'Documents',
  emptyQuizzes: 'No quizzes yet.',
  emptyDocuments: 'No documents yet.',
  generateFirst: 'Upload a PDF and generate one',
  questions: (n: number) => f.plural(n, { one: 'question', other: 'questions' }),
  quizCount: (n: number) => f.plural(n, { one: 'quiz', other: 'quizzes' }),
  created: (date: string) => `created ${date}`,
  fromDocument: (filename: string) => `from ${filename}`,
  shared: 'Shared',
  open: 'Open',
  take: 'Take',
  newQuiz: 'New quiz',
  newQuizLabel: (filename: string) => `New quiz from ${filename}`,
  openLabel: (title: string) => `Open ${title}`,
  takeLabel: (title: string) => `Take ${title}`,
  deleteLabel: (name: string) => `Delete ${name}`,
  confirmDeleteQuiz: 'Delete this quiz?',
  confirmDeleteDocument: (quizzes: number) =>
    quizzes ? `Delete this PDF and its ${f.plural(quizzes, { one: 'quiz', other: 'quizzes' })}?` : 'Delete this PDF?',
  deleted: (name: string) => `Deleted ${name}.`,
};

const quizPage = {
  notFound: 'This quiz does not exist (any more).',
  backToLibrary: 'Back to the library',
  meta: (questions: number, generator: string, created: string) =>
    `${f.plural(questions, { one: 'question', other: 'questions' })} · ${generator} · ${created}`,
  take: 'Take quiz',
  titleLabel: 'Quiz title',
  rename: 'Rename',
  renamed: 'Title saved.',
  marking: 'Marking of written answers',
  markings: { forgiving: 'Forgiving', exact: 'Exact' } satisfies Record<Marking, string>,
  markingHints: {
    forgiving:
      'Accepted as a person would accept them: case, accents, spacing, a leading article, singular or plural, and a slip in a long word.',
    exact: 'Only an accepted answer as listed; case and spacing aside.',
  } satisfies Record<Marking, string>,
};

const editor = {
  heading: 'Questions',
  intro: 'Every change is saved on the server as soon as you make it.',
  empty: 'This quiz has no questions. Add one below.',
  edit: 'Edit',
  /** After a button's words, the question it acts on (for screen readers): "Move up, question 3". */
  ofQuestion: (n: number) => `, question ${f.number(n)}`,
  save: 'Save question',
  delete: 'Delete',
  confirmDelete: 'Delete this question?',
  regenerate: 'Regenerate',
  regenerating: 'Writing a new question…',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moved: (n: number) => `Question moved to position ${n}.`,
  saved: (n: number) => `Question ${n} saved.`,
  deleted: 'Question deleted.',
  regenerated: (n: number) => `Question ${n} replaced with a new one from the same page.`,
  add: 'Add a question',
  addHeading: 'Add a question by hand',
  addSubmit: 'Add question',
  added: 'Question added at the end.',
  fields: {
    type: 'Type',
    prompt: 'Question',
    choices: 'Choices',
    accepted: 'Accepted answers',
    acceptedHint:
      'Any of these counts as right, also as a person writes it: without its article, singular or plural, without accents, in any case or spacing. Write one new answer and its usual variants are added when you save.',
    correctSingle: 'Mark the correct choice.',
    correctMulti: 'Mark every correct choice.',
    choice: (n: number) => `Choice ${n}`,
    isCorrect: (n: number) => `Choice ${n} is correct`,
    answer: (n: number) => `Accepted answer ${n}`,
    addChoice: 'Add a choice',
    addAnswer: 'Add an accepted answer',
    removeChoice: (n: number) => `Remove choice ${n}`,
    removeAnswer: (n: number) => `Remove accepted answer ${n}`,
    explanation: 'Explanation',
    difficulty: 'Difficulty',
    page: 'Page',
    quote: 'Quote from that page',
    quoteHint: 'Copy a sentence of that page exactly as it is written: every question cites its source.',
  },
};

const share = {
  heading: 'Share',
  intro: 'Anyone with the link can take this quiz. They cannot edit it.',
  introLive:
    'Share the quiz while it is being written: students start on the questions that exist, new ones join as they are written, and the same link opens the finished quiz.',
  liveHeading: 'Share with students now',
  create: 'Create share link',
  linkLabel: 'Share link',
  copy: 'Copy link',
  copied: 'Link copied to the clipboard.',
  copyFailed: 'Could not copy: the link is selected, copy it by hand.',
  open: 'Open',
  revoke: 'Revoke link',
  revokeQuestion: 'Revoke? The link will stop working.',
  confirmRevoke: 'Yes, revoke',
  revoked: 'Link revoked: it no longer works.',
};

const exporting = {
  heading: 'Export',
  intro: 'Download the quiz for your learning platform or flashcards.',
  /** What each download is for, by format id. */
  formats: {
    moodle: 'Moodle question bank',
    gift: 'Moodle, plain text',
    qti: 'Canvas, Blackboard, other LMS (zip)',
    'csv-kahoot': 'Kahoot spreadsheet import',
    'csv-quizlet': 'Quizlet import text',
    anki: 'Anki notes, tab separated',
    md: 'Readable document',
    json: 'The full quiz',
  } satisfies Record<WebExportFormat, string>,
};

const source = {
  /** The button on a question's page badge. */
  show: (page: number) => `Show page ${f.number(page)}`,
  heading: (page: number, pages: number) =>
    pages ? `Page ${f.number(page)} of ${f.number(pages)}` : `Page ${f.number(page)}`,
  previous: 'Previous page',
  next: 'Next page',
  zoomOut: 'Zoom out',
  zoomIn: 'Zoom in',
  close: 'Close',
  unavailable: 'The PDF could not be shown.',
  found: 'The quote is highlighted on the page.',
  foundPart: 'The start of the quote is highlighted; it goes on in another column or on the next page.',
  notFound: 'The quote is not in the text this page’s PDF holds, so it cannot be highlighted.',
  notFoundOcr: 'This page was read from its image (OCR), and the quote could not be placed on it.',
  otherPage: (page: number) => `The quote is on page ${f.number(page)}.`,
};

const print = {
  print: 'Print',
  worksheet: 'Worksheet',
  key: 'Answer key',
  back: 'Back to the quiz',
  keyTitle: (quiz: string) => `${quiz}: answer key`,
  name: 'Name',
  date: 'Date',
  true: 'True',
  false: 'False',
  /** The quiz page's link to it. */
  link: 'Print',
  /** A PDF of the sheet shown, made by the server with fonts for every script of the quiz. */
  downloadPdf: 'Download PDF',
};

const bulk = {
  filters: 'Show',
  anyPage: 'Every page',
  page: (n: number) => `Page ${f.number(n)}`,
  anyType: 'Every type',
  anyDifficulty: 'Every difficulty',
  ocrOnly: 'Only pages read by OCR',
  shown: (n: number, total: number) => `${f.number(n)} of ${f.plural(total, { one: 'question', other: 'questions' })}`,
  select: 'Select',
  selectAll: 'Select all shown',
  selected: (n: number) => `${f.plural(n, { one: 'question', other: 'questions' })} selected`,
  delete: 'Delete',
  confirmDelete: (n: number) => `Delete ${f.plural(n, { one: 'question', other: 'questions' })}?`,
  regenerate: 'Regenerate',
  setDifficulty: 'Set difficulty',
  toTop: 'Move to the top',
  toBottom: 'Move to the bottom',
  clear: 'Clear selection',
  working: (done: number, total: number) => `Working… ${f.number(done)} of ${f.number(total)}`,
  deleted: (n: number) => `${f.plural(n, { one: 'question', other: 'questions' })} deleted.`,
  regenerated: (n: number) => `${f.plural(n, { one: 'question', other: 'questions' })} regenerated.`,
  difficultySet: (n: number) => `Difficulty set on ${f.plural(n, { one: 'question', other: 'questions' })}.`,
  moved: (n: number) => `${f.plural(n, { one: 'question', other: 'questions' })} moved.`,
};

const take = {
  liveNote: 'More questions join as they are written; the score counts what you answered.',
  title: (quiz: string) => `Take: ${quiz}`,
  sharedNote: 'Shared quiz (read only)',
  modeLabel: 'Show',
  modeOne: 'One question at a time',
  modeAll: 'All questions at once',
  keyboardHint: 'Keyboard: keys 1–9 pick a choice, Enter checks the answer and moves on.',
  progress: (i: number, n: number) => `Question ${f.number(i)} of ${f.number(n)}`,
  retryRound: (n: number) => `Retrying ${f.plural(n, { one: 'question', other: 'questions' })} you got wrong`,
  multiHint: 'Choose every answer that applies.',
  typeAnswer: 'Your answer',
  chosen: 'your choice',
  rightChoice: 'correct answer',
  check: 'Check answer',
  next: 'Next question',
  finish: 'See my score',
  submitAll: 'Submit answers',
  correct: 'Correct',
  incorrect: 'Not quite',
  unanswered: 'Not answered',
  correctAnswer: (n: number): string => (n > 1 ? 'Correct answers' : 'Correct answer'),
  accepted: 'Accepted answers',
  acceptedSlip: (expected: string) => `Accepted, with a slip: it is spelled “${expected}”`,
  you: 'You answered',
  why: 'Why',
  source: (page: number) => `page ${page}`,
  scoreHeading: 'Your score',
  score: (right: number, total: number) => `${f.number(right)} of ${f.number(total)} correct`,
  percent: (right: number, total: number) => f.percent(total ? right / total : 0),
  allRight: 'Every answer right. Well done!',
  retryWrong: (n: number) => `Retry the ${f.plural(n, { one: 'wrong one', other: 'wrong ones' })}`,
  restart: 'Start over',
  review: 'Review',
  empty: 'This quiz has no questions yet.',
};

const shared = {
  notFound: 'This share link does not exist or was revoked.',
  waiting: 'The first questions are being written…',
  writing: (n: number) =>
    `Still being written: ${f.plural(n, { one: 'question', other: 'questions' })} so far. New ones join your quiz as they arrive.`,
  complete: (n: number) => `Every question is here: ${f.plural(n, { one: 'question', other: 'questions' })}.`,
  stopped: (n: number) =>
    `No more questions will be written: ${f.plural(n, { one: 'question', other: 'questions' })} to answer.`,
  lost: 'The connection was lost: new questions cannot arrive.',
};

const notFound = {
  title: 'Page not found',
  body: 'There is nothing at this address.',
  home: 'Go to the start page',
};

const signIn = {
  title: 'Sign in',
  intro: 'Sign in with your school account to make quizzes. Your documents and quizzes are yours alone.',
  button: 'Sign in with your school account',
  iapIntro: 'Your school signs you in before this page opens. Reload the page to sign in again.',
  reload: 'Reload',
  student: 'Taking a quiz? Open the link your teacher shared; it needs no account.',
  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: 'Sign out',
  errors: {
    email_domain_not_allowed: 'This server is for one school only, and your email address is not from it.',
    email_not_verified: 'Your identity provider has not verified your email address.',
    email_missing: 'Your identity provider did not tell us your email address.',
    sign_in_expired: 'The sign-in took too long or was opened in another tab. Please sign in again.',
    sign_in_failed: 'The sign-in did not work. Please try again.',
  } as Record<string, string>,
  expired: 'Your session has ended. Please sign in again.',
};

/**
 * Warnings and errors the API sends with a stable code, in this language; a code without an entry is shown in
 * the server's own words (English, with its details: page numbers, counts). English needs no entry.
 */
const apiCodes: Record<string, string> = {};

const language = {
  /** The label of the language switch. */
  label: 'Language',
};

const live = {
  hostHeading: 'Play it live',
  hostIntro: 'Play this quiz with a class: everyone joins on a phone with a code, no account needed.',
  hostIntroJob: 'Start playing with the questions written so far; the next ones join as they are written.',
  pace: 'Pace',
  paceHost: 'Together: you move everyone on',
  paceSelf: 'Self-paced: each at their own speed',
  seconds: 'Seconds per question',
  secondsHint: '0 to keep each question open until you reveal it',
  showLeaderboard: 'Show a leaderboard of nicknames',
  open: 'Host live',
  presenterTitle: (title: string) => `Live: ${title}`,
  joinAt: 'Join at',
  code: 'Code',
  qrLabel: 'QR code of the join link',
  presenterLink: 'Presenter link, for a screen that is not signed in',
  participants: (n: number) => f.plural(n, { one: 'participant', other: 'participants' }),
  waitingForPeople: 'Waiting for participants to join…',
  start: 'Start',
  next: 'Next question',
  reveal: 'Reveal the answer',
  pause: 'Pause',
  resume: 'Resume',
  skip: 'Skip',
  end: 'End the session',
  questionOf: (n: number, total: number, more: boolean) =>
    `Question ${f.number(n)} of ${f.number(total)}${more ? ' so far' : ''}`,
  answered: (n: number, of: number) => `${f.number(n)} of ${f.number(of)} answered`,
  secondsLeft: (s: number) => `${f.number(s)} s`,
  paused: 'Paused',
  timeUp: 'Time is up',
  answerIs: 'Answer:',
  fromDocument: (page: number) => `From the document, page ${f.number(page)}`,
  leaderboard: 'Leaderboard',
  rightOf: (right: number) => f.plural(right, { one: 'right answer', other: 'right answers' }),
  ended: 'The session has ended.',
  results: 'Results',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  remove: (nickname: string) => `Remove ${nickname}`,
  progress: 'Progress',
  progressOf: (answered: number, total: number) => `${f.number(answered)} / ${f.number(total)}`,
  stillWriting: 'More questions are being written.',
  connection: { connecting: 'Connecting…', connected: 'Live', reconnecting: 'Reconnecting…', closed: 'Offline' },
  joinHeading: 'Join a live quiz',
  joinIntro: 'Type the code on the board and a nickname. No account needed.',
  codeLabel: 'Code',
  nicknameLabel: 'Nickname',
  join: 'Join',
  you: (nickname: string) => `You are ${nickname}`,
  lobby: 'You are in! The quiz starts soon.',
  send: 'Send',
  sent: 'Answer sent. Wait for the reveal.',
  right: 'Right!',
  wrong: 'Not this time.',
  notAnswered: 'You did not answer this one.',
  yourAnswer: 'Your answer',
  waitNext: 'Wait for the next question.',
  removed: 'The host removed you from this session.',
  score: (right: number, total: number) => `You got ${f.number(right)} of ${f.number(total)} right.`,
  allDone: 'You have answered every question. Well done!',
  writeAnswer: 'Your answer',
  chooseAll: 'Choose all that apply',
  questionLabel: (n: number) => `Question ${f.number(n)}`,
  leave: 'Join another session',
  byQuestion: 'By question',
  byParticipant: 'By participant',
  questionColumn: 'Question',
  rightColumn: 'Right',
  rightShare: (right: number, of: number) => `${f.number(right)} of ${f.number(of)}`,
};

export const en = {
  ...core,
  library,
  quizPage,
  editor,
  bulk,
  share,
  exporting,
  take,
  print,
  source,
  shared,
  notFound,
  signIn,
  apiCodes,
  language,
  live,
};

export type Messages = typeof en;
