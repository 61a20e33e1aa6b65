// Every user-visible string of the web app, in English. A translation is another object of type `Messages`.
import type { DifficultyOption, QuestionType } from '@quizstream/core/schemas';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const count = new Intl.NumberFormat('en');
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

const core = {
  app: {
    name: 'quizstream',
    tagline: 'Turn a PDF into a quiz and watch every question arrive the moment it exists.',
    footer: 'Questions are grounded in your document: every one quotes the page it comes from.',
    date: (iso: string) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
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
    serverBusy: (seconds: number) => `The server is busy; sending again in ${plural(seconds, 'second', 'seconds')}…`,
    progressLabel: 'Upload progress',
    notPdf: (name: string) => `“${name}” is not a PDF. Please choose a .pdf file.`,
    tooBig: (maxMb: number) => `That file is larger than ${maxMb} MB.`,
    network: 'The upload failed: the server could not be reached. Check your connection and try again.',
    failed: (status: number) => `The upload failed (HTTP ${status}).`,
    replace: 'Choose another PDF',
  },
  document: {
    pages: (n: number) => plural(n, 'page', 'pages'),
    size: (bytes: number) =>
      bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`,
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
    connected: 'Connected to quiz generation stream...',
    reconnecting: 'Reconnecting...',
    stop: 'Stop',
    stopping: 'Stopping…',
    closed: 'Stream closed',
    jobId: (id: string) => `Job ${id}`,
    progressLabel: 'Pages processed',
    progressText: (done: number, total: number) => `${done} of ${plural(total, 'page', 'pages')}`,
    waitingForPages: 'Reading the document…',
    empty: 'Questions will appear here as each page is processed.',
    warnings: (n: number) => plural(n, 'warning', 'warnings'),
    warningOnPage: (page: number) => `page ${page}`,
    cancelled: 'Generation stopped. The questions generated so far are kept.',
    errorTitle: 'Generation failed',
    retryHint: 'This looks temporary: try again in a moment.',
    resumed: 'Continuing the generation that was running before the page was reloaded.',
    reconnect: 'Resume',
    announceStarted: 'Generation started. Questions will appear as pages are processed.',
    announceComplete: (n: number) => `Quiz ready: ${plural(n, 'question', 'questions')}.`,
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
      `${ungrounded} ungrounded, ${duplicate} duplicate, ${invalid} invalid`,
    generator: 'Generator',
    tokens: 'Tokens used',
    tokensValue: (input: number, output: number) => `${count.format(input)} in · ${count.format(output)} out`,
    take: 'Take the quiz',
    open: 'Edit, share & export',
    viewJson: 'View quiz JSON',
    seconds: (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`),
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
  questions: (n: number) => plural(n, 'question', 'questions'),
  quizCount: (n: number) => plural(n, 'quiz', 'quizzes'),
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
    quizzes ? `Delete this PDF and its ${plural(quizzes, 'quiz', 'quizzes')}?` : 'Delete this PDF?',
  deleted: (name: string) => `Deleted ${name}.`,
};

const quizPage = {
  notFound: 'This quiz does not exist (any more).',
  backToLibrary: 'Back to the library',
  meta: (questions: number, generator: string, created: string) =>
    `${plural(questions, 'question', 'questions')} · ${generator} · ${created}`,
  take: 'Take quiz',
  titleLabel: 'Quiz title',
  rename: 'Rename',
  renamed: 'Title saved.',
};

const editor = {
  heading: 'Questions',
  intro: 'Every change is saved on the server as soon as you make it.',
  empty: 'This quiz has no questions. Add one below.',
  edit: 'Edit',
  editLabel: (n: number) => `Edit question ${n}`,
  save: 'Save question',
  delete: 'Delete',
  deleteLabel: (n: number) => `Delete question ${n}`,
  confirmDelete: 'Delete this question?',
  regenerate: 'Regenerate',
  regenerateLabel: (n: number) => `Regenerate question ${n} from the same page`,
  regenerating: 'Writing a new question…',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveUpLabel: (n: number) => `Move question ${n} up`,
  moveDownLabel: (n: number) => `Move question ${n} down`,
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
  download: (label: string) => `Download ${label}`,
};

const take = {
  title: (quiz: string) => `Take: ${quiz}`,
  sharedNote: 'Shared quiz (read only)',
  modeLabel: 'Show',
  modeOne: 'One question at a time',
  modeAll: 'All questions at once',
  keyboardHint: 'Keyboard: keys 1–9 pick a choice, Enter checks the answer and moves on.',
  progress: (i: number, n: number) => `Question ${i} of ${n}`,
  retryRound: (n: number) => `Retrying ${plural(n, 'question', 'questions')} you got wrong`,
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
  correctAnswer: (n: number) => (n > 1 ? 'Correct answers' : 'Correct answer'),
  accepted: 'Accepted answers',
  acceptedSlip: (expected: string) => `Accepted, with a slip: it is spelled “${expected}”`,
  you: 'You answered',
  why: 'Why',
  source: (page: number) => `page ${page}`,
  scoreHeading: 'Your score',
  score: (right: number, total: number) => `${right} of ${total} correct`,
  percent: (right: number, total: number) => `${total ? Math.round((right / total) * 100) : 0}%`,
  allRight: 'Every answer right. Well done!',
  retryWrong: (n: number) => `Retry the ${plural(n, 'wrong one', 'wrong ones')}`,
  restart: 'Start over',
  review: 'Review',
  empty: 'This quiz has no questions yet.',
};

const shared = {
  notFound: 'This share link does not exist or was revoked.',
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

export const en = { ...core, library, quizPage, editor, share, exporting, take, shared, notFound, signIn };

export type Messages = typeof en;
