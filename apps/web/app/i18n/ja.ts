// Every user-visible string of the web app, in Japanese.
import type { DifficultyOption, Marking, QuestionType } from '@quizstream/core/schemas';
import type { Messages } from './en';
import { formatsFor } from './format';

const f = formatsFor('ja');

const core = {
  app: {
    name: 'quizstream',
    tagline: 'PDFをクイズに。問題ができあがった瞬間から、1問ずつ表示されます。',
    footer: '問題はお手持ちの資料に基づいて作成され、すべての問題に出典ページからの引用が付きます。',
    date: (iso: string) => f.date(iso),
  },
  nav: {
    label: 'メイン',
    skip: '本文へスキップ',
    generate: '生成',
    library: 'ライブラリ',
  },
  common: {
    loading: '読み込み中…',
    retry: 'もう一度試す',
    cancel: 'キャンセル',
    save: '保存',
    saving: '保存中…',
    edit: '編集',
    delete: '削除',
    confirmDelete: 'はい、削除します',
  },
  errors: {
    network: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
    http: (status: number) => `サーバーからエラーが返されました（HTTP ${status}）。`,
    badResponse: 'サーバーから、このページでは解釈できない応答が返されました。',
  },
  upload: {
    heading: '1. PDFをアップロード',
    prompt: 'ここにPDFをドロップするか、クリックして選択してください',
    hint: (maxMb: number | undefined) => (maxMb ? `PDFのみ、${maxMb} MBまで` : 'PDFのみ'),
    dragActive: 'ドロップしてアップロード',
    uploading: (percent: number) => `アップロード中… ${percent}%`,
    processing: 'ページを読み込み中…',
    serverBusy: (seconds: number) => `サーバーが混み合っています。${f.number(seconds)}秒後に再送信します…`,
    progressLabel: 'アップロードの進行状況',
    notPdf: (name: string) => `「${name}」はPDFではありません。.pdfファイルを選択してください。`,
    tooBig: (maxMb: number) => `このファイルは${maxMb} MBを超えています。`,
    network: 'アップロードに失敗しました。サーバーに接続できません。接続を確認して、もう一度お試しください。',
    failed: (status: number) => `アップロードに失敗しました（HTTP ${status}）。`,
    replace: '別のPDFを選択',
  },
  document: {
    pages: (n: number) => `${f.number(n)}ページ`,
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.decimal(bytes / 1024 / 1024)} MB`
        : `${f.number(Math.max(1, Math.round(bytes / 1024)))} KB`,
  },
  options: {
    heading: '2. オプションを選択',
    questionsPerPage: '1ページあたりの問題数',
    questionsPerPageHint: '1～10',
    questionsPerPageMaxHint: '最大数（1～10）',
    count: '問題の総数',
    countHint: '任意、1000問まで。資料全体に振り分けます',
    types: '問題の形式',
    typesRequired: '問題の形式を1つ以上選択してください。',
    difficulty: '難易度',
    generate: 'ライブ生成 ⚡',
    needDocument: '先にPDFをアップロードしてください。',
    generator: 'ジェネレーター',
    generatorInUse: '問題の作成：',
    generatorName: (id: string, name: string) =>
      id === 'offline' ? 'オフライン（内蔵、AI不使用）' : `AIモデル（${name.replace(/^llm:/, '')}）`,
  },
  questionTypes: {
    multiple_choice: '多肢選択',
    true_false: '正誤',
    short_answer: '短答',
    multi_select: '複数選択',
  } satisfies Record<QuestionType, string>,
  difficulties: {
    mixed: '混合',
    easy: 'やさしい',
    medium: 'ふつう',
    hard: '難しい',
  } satisfies Record<DifficultyOption, string>,
  stream: {
    heading: '3. ライブで生成される問題',
    connecting: '接続中…',
    connected: 'ライブ',
    reconnecting: '再接続中…',
    stop: '停止',
    stopping: '停止中…',
    closed: '終了しました',
    jobId: (id: string) => `ジョブ ${id}`,
    progressLabel: '処理済みのページ',
    progressText: (done: number, total: number) => `${f.number(done)} / ${f.number(total)}ページ`,
    waitingForPages: '資料を読み込んでいます…',
    ocrPage: (page: number, of: number) => `OCR：${f.number(page)}/${f.number(of)}ページ`,
    empty: '各ページの処理が終わるたびに、ここに問題が表示されます。',
    warnings: (n: number) => `警告${f.number(n)}件`,
    warningOnPages: (pages: readonly number[]) => `${f.list(pages.map((p) => f.number(p)))}ページ`,
    soFar: (n: number) => `これまでに${f.number(n)}問`,
    details: '詳細',
    startNow: '今すぐ始める',
    cardsHidden: '上で解答中のため、ここには答えを表示しません。',
    takingHeading: '作成中のクイズに解答',
    cancelled: '生成を停止しました。それまでに生成された問題は保持されます。',
    errorTitle: '生成に失敗しました',
    retryHint: '一時的な問題のようです。少し待ってから、もう一度お試しください。',
    resumed: 'ページを再読み込みする前に実行中だった生成を続けています。',
    reconnect: '再開',
    announceStarted: '生成を開始しました。ページの処理が進むにつれて問題が表示されます。',
    announceComplete: (n: number) => `クイズの準備ができました：${f.number(n)}問。`,
    announceFailed: '生成に失敗しました。',
    announceReconnecting: '接続が切れました。再接続しています…',
  },
  question: {
    number: (n: number) => `第${n}問`,
    correct: '正解',
    acceptedAnswers: '正解とする答え',
    explanation: '解説',
    source: (page: number) => `${page}ページ`,
    ocr: 'OCR',
    ocrHint: 'このページは画像から読み取りました（OCR）。引用が元のページと一致しているか確認してください。',
  },
  summary: {
    heading: 'クイズの準備ができました',
    questions: '問題数',
    pages: 'ページ数',
    pagesWithoutText: 'テキストのないページ',
    duration: '所要時間',
    dropped: '除外',
    droppedDetail: (ungrounded: number, duplicate: number, invalid: number) =>
      `根拠なし ${ungrounded}、重複 ${duplicate}、無効 ${invalid}`,
    generator: 'ジェネレーター',
    tokens: '使用トークン数',
    tokensValue: (input: number, output: number) => `入力 ${f.number(input)} · 出力 ${f.number(output)}`,
    take: 'クイズを解く',
    open: '編集・共有・エクスポート',
    viewJson: 'クイズのJSONを表示',
    seconds: (ms: number) => (ms < 1000 ? `${f.number(Math.round(ms))} ms` : `${f.decimal(ms / 1000)}秒`),
  },
};

const library = {
  title: 'ライブラリ',
  heading: 'ライブラリ',
  intro: 'これまでにアップロードした資料と、そこから作成したクイズです。',
  quizzes: 'クイズ',
  documents: '資料',
  emptyQuizzes: 'クイズはまだありません。',
  emptyDocuments: '資料はまだありません。',
  generateFirst: 'PDFをアップロードしてクイズを作成しましょう',
  questions: (n: number) => `${f.number(n)}問`,
  quizCount: (n: number) => `クイズ${f.number(n)}件`,
  created: (date: string) => `${date}作成`,
  fromDocument: (filename: string) => `「${filename}」から作成`,
  shared: '共有中',
  open: '開く',
  take: '解く',
  newQuiz: '新しいクイズ',
  newQuizLabel: (filename: string) => `「${filename}」から新しいクイズを作成`,
  openLabel: (title: string) => `「${title}」を開く`,
  takeLabel: (title: string) => `「${title}」を解く`,
  deleteLabel: (name: string) => `「${name}」を削除`,
  confirmDeleteQuiz: 'このクイズを削除しますか？',
  confirmDeleteDocument: (quizzes: number) =>
    quizzes ? `このPDFと、そこから作成したクイズ${f.number(quizzes)}件を削除しますか？` : 'このPDFを削除しますか？',
  deleted: (name: string) => `「${name}」を削除しました。`,
};

const quizPage = {
  notFound: 'このクイズは存在しないか、すでに削除されています。',
  backToLibrary: 'ライブラリに戻る',
  meta: (questions: number, generator: string, created: string) =>
    `${f.number(questions)}問 · ${generator} · ${created}`,
  take: 'クイズを解く',
  titleLabel: 'クイズのタイトル',
  rename: '名前を変更',
  renamed: 'タイトルを保存しました。',
  marking: '記述式の解答の採点',
  markings: { forgiving: '寛容', exact: '厳密' } satisfies Record<Marking, string>,
  markingHints: {
    forgiving:
      '人が認めるように採点します。大文字と小文字、アクセント、空白、冒頭の冠詞、単数と複数、長い語の打ち間違いを許容します。',
    exact: '登録された正解と同じ答えだけを正解とします（大文字と小文字、空白は区別しません）。',
  } satisfies Record<Marking, string>,
};

const editor = {
  heading: '問題',
  intro: '変更はすべて、その場でサーバーに保存されます。',
  empty: 'このクイズには問題がありません。下のボタンから追加してください。',
  edit: '編集',
  ofQuestion: (n: number) => `（第${f.number(n)}問）`,
  save: '問題を保存',
  delete: '削除',
  confirmDelete: 'この問題を削除しますか？',
  regenerate: '再生成',
  regenerating: '新しい問題を作成中…',
  moveUp: '上へ移動',
  moveDown: '下へ移動',
  moved: (n: number) => `問題を${n}番目に移動しました。`,
  saved: (n: number) => `第${n}問を保存しました。`,
  deleted: '問題を削除しました。',
  regenerated: (n: number) => `第${n}問を、同じページから作成した新しい問題に置き換えました。`,
  add: '問題を追加',
  addHeading: '問題を手動で追加',
  addSubmit: '問題を追加',
  added: '末尾に問題を追加しました。',
  fields: {
    type: '形式',
    prompt: '問題文',
    choices: '選択肢',
    accepted: '正解とする答え',
    acceptedHint:
      'これらのいずれかに当てはまれば正解になります。冠詞の有無、単数・複数、アクセント記号の有無、大文字・小文字や空白の違いなど、人が書くときの揺れも正解として扱います。新しい答えを1つ書いて保存すると、よくある表記の揺れが自動で追加されます。',
    correctSingle: '正しい選択肢に印を付けてください。',
    correctMulti: '正しい選択肢すべてに印を付けてください。',
    choice: (n: number) => `選択肢${n}`,
    isCorrect: (n: number) => `選択肢${n}は正解`,
    answer: (n: number) => `正解とする答え${n}`,
    addChoice: '選択肢を追加',
    addAnswer: '正解とする答えを追加',
    removeChoice: (n: number) => `選択肢${n}を削除`,
    removeAnswer: (n: number) => `正解とする答え${n}を削除`,
    explanation: '解説',
    difficulty: '難易度',
    page: 'ページ',
    quote: 'そのページからの引用',
    quoteHint: 'そのページの文を、書かれているとおり正確にコピーしてください。すべての問題に出典が示されます。',
  },
};

const share = {
  heading: '共有',
  intro: 'リンクを知っている人は誰でもこのクイズを解けます。編集はできません。',
  introLive:
    '作成中のクイズを共有できます。生徒は既にある問題から始め、新しい問題は作成され次第追加されます。完成後は同じリンクで完成したクイズが開きます。',
  liveHeading: '今すぐ生徒と共有',
  create: '共有リンクを作成',
  linkLabel: '共有リンク',
  copy: 'リンクをコピー',
  copied: 'リンクをクリップボードにコピーしました。',
  copyFailed: 'コピーできませんでした。リンクを選択してあるので、手動でコピーしてください。',
  open: '開く',
  revoke: 'リンクを無効にする',
  revokeQuestion: '無効にしますか？このリンクは使えなくなります。',
  confirmRevoke: 'はい、無効にします',
  revoked: 'リンクを無効にしました。今後は使えません。',
};

const exporting = {
  heading: 'エクスポート',
  intro: '学習プラットフォームやフラッシュカードで使えるように、クイズをダウンロードします。',
  formats: {
    moodle: 'Moodle の問題バンク',
    gift: 'Moodle（プレーンテキスト）',
    qti: 'Canvas、Blackboard、その他の LMS（zip）',
    'csv-kahoot': 'Kahoot のスプレッドシート取り込み',
    'csv-quizlet': 'Quizlet の取り込み用テキスト',
    anki: 'Anki のノート（タブ区切り）',
    md: '読みやすい文書',
    json: 'クイズ全体',
  },
};

const source = {
  show: (page: number) => `${f.number(page)}ページを表示`,
  heading: (page: number, pages: number) =>
    pages ? `${f.number(page)} / ${f.number(pages)}ページ` : `${f.number(page)}ページ`,
  previous: '前のページ',
  next: '次のページ',
  zoomOut: '縮小',
  zoomIn: '拡大',
  close: '閉じる',
  unavailable: 'PDFを表示できませんでした。',
  found: '引用箇所をページ上で強調表示しています。',
  foundPart: '引用の冒頭を強調表示しています。続きは別の段または次のページにあります。',
  notFound: '引用はこのページのPDFのテキストにないため、強調表示できません。',
  notFoundOcr: 'このページは画像から読み取りました（OCR）が、引用の位置を特定できませんでした。',
  otherPage: (page: number) => `引用は${f.number(page)}ページにあります。`,
};

const print = {
  print: '印刷',
  worksheet: '問題用紙',
  key: '解答',
  back: 'クイズに戻る',
  keyTitle: (quiz: string) => `${quiz}：解答`,
  name: '名前',
  date: '日付',
  true: '正しい',
  false: '誤り',
  link: '印刷',
  downloadPdf: 'PDFをダウンロード',
};

const bulk = {
  filters: '表示',
  anyPage: 'すべてのページ',
  page: (n: number) => `${f.number(n)}ページ`,
  anyType: 'すべての形式',
  anyDifficulty: 'すべての難易度',
  ocrOnly: 'OCRで読み取ったページのみ',
  shown: (n: number, total: number) => `${f.number(total)}問中${f.number(n)}問`,
  select: '選択',
  selectAll: '表示中をすべて選択',
  selected: (n: number) => `${f.number(n)}問を選択中`,
  delete: '削除',
  confirmDelete: (n: number) => `${f.number(n)}問を削除しますか？`,
  regenerate: '再生成',
  setDifficulty: '難易度を設定',
  toTop: '先頭へ移動',
  toBottom: '末尾へ移動',
  clear: '選択を解除',
  working: (done: number, total: number) => `処理中… ${f.number(total)}件中${f.number(done)}件`,
  deleted: (n: number) => `${f.number(n)}問を削除しました。`,
  regenerated: (n: number) => `${f.number(n)}問を再生成しました。`,
  difficultySet: (n: number) => `${f.number(n)}問の難易度を設定しました。`,
  moved: (n: number) => `${f.number(n)}問を移動しました。`,
};

const take = {
  liveNote: '新しい問題は作成されしだい追加されます。得点は解答した問題で数えます。',
  title: (quiz: string) => `解答：${quiz}`,
  sharedNote: '共有されたクイズ（閲覧のみ）',
  modeLabel: '表示方法',
  modeOne: '1問ずつ',
  modeAll: 'すべての問題を一度に',
  keyboardHint: 'キーボード：1～9キーで選択肢を選び、Enterキーで答え合わせをして次へ進みます。',
  progress: (i: number, n: number) => `全${f.number(n)}問中 第${f.number(i)}問`,
  retryRound: (n: number) => `間違えた${f.number(n)}問に再挑戦中`,
  multiHint: '当てはまる答えをすべて選んでください。',
  typeAnswer: 'あなたの答え',
  chosen: 'あなたの選択',
  rightChoice: '正解',
  check: '答え合わせ',
  next: '次の問題',
  finish: 'スコアを見る',
  submitAll: '解答を提出',
  correct: '正解',
  incorrect: '不正解',
  unanswered: '未解答',
  correctAnswer: (n: number): string => (n > 1 ? '正しい答え' : '正解'),
  accepted: '正解として認められる答え',
  acceptedSlip: (expected: string) => `正解です（つづりに注意：正しくは「${expected}」）`,
  you: 'あなたの答え',
  why: '解説',
  source: (page: number) => `${page}ページ`,
  scoreHeading: 'あなたのスコア',
  score: (right: number, total: number) => `${f.number(total)}問中${f.number(right)}問正解`,
  percent: (right: number, total: number) => f.percent(total ? right / total : 0),
  allRight: '全問正解です。よくできました！',
  retryWrong: (n: number) => `間違えた${f.number(n)}問に再挑戦`,
  restart: '最初からやり直す',
  review: '見直す',
  empty: 'このクイズにはまだ問題がありません。',
};

const shared = {
  notFound: 'この共有リンクは存在しないか、無効にされています。',
  waiting: '最初の問題を作成しています…',
  writing: (n: number) => `作成中です：これまでに${f.number(n)}問。新しい問題は届き次第クイズに追加されます。`,
  complete: (n: number) => `すべての問題がそろいました：全${f.number(n)}問。`,
  stopped: (n: number) => `これ以上問題は作成されません：${f.number(n)}問に答えられます。`,
  lost: '接続が切れたため、新しい問題を受け取れません。',
};

const notFound = {
  title: 'ページが見つかりません',
  body: 'このアドレスには何もありません。',
  home: 'トップページへ',
};

const signIn = {
  title: 'サインイン',
  intro: '学校のアカウントでサインインすると、クイズを作成できます。資料とクイズは、あなただけが利用できます。',
  button: '学校のアカウントでサインイン',
  iapIntro:
    'このページが開く前に、学校のシステムでサインインが行われます。もう一度サインインするには、ページを再読み込みしてください。',
  reload: '再読み込み',
  student: 'クイズを解く方へ：先生が共有したリンクを開いてください。アカウントは不要です。',
  signedInAs: (name: string) => `${name}としてサインイン中`,
  signOut: 'サインアウト',
  errors: {
    email_domain_not_allowed:
      'このサーバーは特定の学校専用ですが、お使いのメールアドレスはその学校のものではありません。',
    email_not_verified: 'IDプロバイダーでメールアドレスの確認が済んでいません。',
    email_missing: 'IDプロバイダーからメールアドレスが提供されませんでした。',
    sign_in_expired: 'サインインに時間がかかりすぎたか、別のタブで開かれました。もう一度サインインしてください。',
    sign_in_failed: 'サインインできませんでした。もう一度お試しください。',
  } as Record<string, string>,
  expired: 'セッションが終了しました。もう一度サインインしてください。',
};

const apiCodes: Record<string, string> = {
  no_text: 'このページにはテキストがありません。',
  too_little_text: 'このページはテキストが少なすぎます。',
  unsupported_language: 'オフラインジェネレーターは、このページの言語では指定された形式の問題を作成できません。',
  limited_language:
    'この資料は英語ではありません。オフラインジェネレーターは、資料の文をそのまま使い、資料の言語で正誤問題・穴埋め問題・数値問題のみを作成します。LLMジェネレーターなら、本格的な問題を作成できます。',
  page_unreadable: 'このページは読み取れなかったため、スキップしました。',
  no_questions: 'この資料からは問題を作成できませんでした。読み取れるテキストが少なすぎます。',
  corrupt:
    'このPDFを読み取れませんでした。ファイルが破損しているか、対応していない機能が使われている可能性があります。',
  encrypted: 'このPDFはパスワードで保護されています。パスワードを解除してから、もう一度アップロードしてください。',
  not_pdf: 'このファイルはPDFではありません。',
  pdf_too_complex:
    'このPDFの読み込みには、許容量を超えるメモリが必要です。読み込みソフトに過負荷をかけるように作られているか、授業の資料としては大きすぎます。',
  llm_unavailable:
    'AIサービスは現在利用できません。しばらくしてからもう一度お試しいただくか、オフラインジェネレーターをご利用ください。',
  llm_timeout: 'AIサービスの応答に時間がかかりすぎました。',
  llm_auth_failed: 'サーバーがAIサービスにサインインできませんでした。管理者にキーの確認を依頼してください。',
  llm_quota_exceeded:
    'AIサービスの利用枠を使い切りました。しばらくしてからもう一度お試しいただくか、オフラインジェネレーターをご利用ください。',
  rate_limit: 'リクエストが多すぎます。少し待ってから、もう一度お試しください。',
  token_budget_reached: 'このジョブはAIの利用上限に達しました。それまでに作成された問題は保持されます。',
};

const language = {
  label: '言語',
};

export const ja: Messages = {
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
};
