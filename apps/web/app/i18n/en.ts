// Every user-visible string of the web app, in English. A translation is another object of type `Messages`.
import type { DifficultyOption, QuestionType } from '@quizstream/core/schemas';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  app: {
    name: 'quizstream',
    tagline: 'Turn a PDF into a quiz and watch every question arrive the moment it exists.',
    footer: 'Questions are grounded in your document: every one quotes the page it comes from.',
  },
  upload: {
    heading: '1. Upload a PDF',
    prompt: 'Drop a PDF here or click to choose one',
    hint: (maxMb: number | undefined) => (maxMb ? `PDF only, up to ${maxMb} MB` : 'PDF only'),
    dragActive: 'Release to upload',
    uploading: (percent: number) => `Uploading… ${percent}%`,
    processing: 'Reading pages…',
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
    types: 'Question types',
    typesRequired: 'Pick at least one question type.',
    difficulty: 'Difficulty',
    generate: 'Generate Live ⚡',
    needDocument: 'Upload a PDF first.',
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
  },
  question: {
    number: (n: number) => `Question ${n}`,
    correct: 'correct answer',
    acceptedAnswers: 'Accepted answers',
    explanation: 'Why',
    source: (page: number) => `page ${page}`,
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
    viewJson: 'View quiz JSON',
    seconds: (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`),
  },
};

export type Messages = typeof en;
