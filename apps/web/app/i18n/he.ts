// Every user-visible string of the web app, in Hebrew.
import type { DifficultyOption, Marking, QuestionType } from '@quizstream/core/schemas';
import type { Messages } from './en';
import { formatsFor } from './format';

const f = formatsFor('he');

const core = {
  app: {
    name: 'quizstream',
    tagline: 'הופכים קובץ PDF לבוחן, וצופים בכל שאלה מופיעה ברגע שהיא נוצרת.',
    footer: 'השאלות מבוססות על המסמך שלך: כל שאלה מצטטת את העמוד שממנו היא לקוחה.',
    date: (iso: string) => f.date(iso),
  },
  nav: {
    label: 'ניווט ראשי',
    skip: 'דילוג לתוכן',
    generate: 'יצירה',
    library: 'ספרייה',
  },
  common: {
    loading: 'טוען…',
    retry: 'לנסות שוב',
    cancel: 'ביטול',
    save: 'שמירה',
    saving: 'שומר…',
    edit: 'עריכה',
    delete: 'מחיקה',
    confirmDelete: 'כן, למחוק',
  },
  errors: {
    network: 'לא ניתן להתחבר לשרת. יש לבדוק את החיבור ולנסות שוב.',
    http: (status: number) => `השרת החזיר שגיאה (HTTP ${status}).`,
    badResponse: 'השרת שלח תשובה שהדף הזה לא יודע לקרוא.',
  },
  upload: {
    heading: '1. העלאת קובץ PDF',
    prompt: 'אפשר לגרור לכאן קובץ PDF או ללחוץ כדי לבחור קובץ',
    hint: (maxMb: number | undefined) => (maxMb ? `קובצי PDF בלבד, עד ${f.number(maxMb)} MB` : 'קובצי PDF בלבד'),
    dragActive: 'יש לשחרר כדי להעלות',
    uploading: (percent: number) => `מעלה… ${f.percent(percent / 100)}`,
    processing: 'קורא את העמודים…',
    serverBusy: (seconds: number) =>
      `השרת עמוס; שליחה חוזרת בעוד ${f.plural(seconds, { one: 'שנייה', two: 'שניות', other: 'שניות' })}…`,
    progressLabel: 'התקדמות ההעלאה',
    notPdf: (name: string) => `"\u2068${name}\u2069" אינו קובץ PDF. יש לבחור קובץ בפורמט PDF.`,
    tooBig: (maxMb: number) => `הקובץ הזה גדול מ־${f.number(maxMb)} MB.`,
    network: 'ההעלאה נכשלה: לא ניתן להתחבר לשרת. יש לבדוק את החיבור ולנסות שוב.',
    failed: (status: number) => `ההעלאה נכשלה (HTTP ${status}).`,
    replace: 'בחירת קובץ PDF אחר',
  },
  document: {
    pages: (n: number) => f.plural(n, { one: 'עמוד', two: 'עמודים', other: 'עמודים' }),
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.decimal(bytes / 1024 / 1024)} MB`
        : `${f.number(Math.max(1, Math.round(bytes / 1024)))} KB`,
  },
  options: {
    heading: '2. בחירת אפשרויות',
    questionsPerPage: 'שאלות לכל עמוד',
    questionsPerPageHint: 'מ־1 עד 10',
    questionsPerPageMaxHint: 'לכל היותר, מ־1 עד 10',
    count: 'מספר השאלות הכולל',
    countHint: 'רשות, עד 1000: השאלות יתחלקו על פני כל המסמך',
    types: 'סוגי שאלות',
    typesRequired: 'יש לבחור לפחות סוג שאלה אחד.',
    difficulty: 'רמת קושי',
    generate: 'יצירה בזמן אמת ⚡',
    needDocument: 'יש להעלות קודם קובץ PDF.',
    generator: 'מחולל',
    generatorInUse: 'השאלות נכתבות על ידי',
    generatorName: (id: string, name: string) =>
      id === 'offline' ? 'לא מקוון (מובנה, ללא בינה מלאכותית)' : `מודל בינה מלאכותית (${name.replace(/^llm:/, '')})`,
  },
  questionTypes: {
    multiple_choice: 'רב־ברירה',
    true_false: 'נכון / לא נכון',
    short_answer: 'תשובה קצרה',
    multi_select: 'סימון כמה תשובות',
  } satisfies Record<QuestionType, string>,
  difficulties: {
    mixed: 'מעורב',
    easy: 'קל',
    medium: 'בינוני',
    hard: 'קשה',
  } satisfies Record<DifficultyOption, string>,
  stream: {
    heading: '3. שאלות בזמן אמת',
    connecting: 'מתחבר…',
    connected: 'מחובר',
    reconnecting: 'מתחבר מחדש…',
    stop: 'עצירה',
    stopping: 'עוצר…',
    closed: 'הסתיים',
    jobId: (id: string) => `משימה ${id}`,
    progressLabel: 'עמודים שעובדו',
    progressText: (done: number, total: number) =>
      `${f.number(done)} מתוך ${f.plural(total, { one: 'עמוד', two: 'עמודים', other: 'עמודים' })}`,
    waitingForPages: 'קורא את המסמך…',
    ocrPage: (page: number, of: number) => `זיהוי תווים (OCR): עמוד ${f.number(page)}/${f.number(of)}`,
    empty: 'השאלות יופיעו כאן בזמן שכל עמוד מעובד.',
    warnings: (n: number) => f.plural(n, { one: 'אזהרה', two: 'אזהרות', other: 'אזהרות' }),
    warningOnPages: (pages: readonly number[]) =>
      `${f.word(pages.length, { one: 'עמוד', other: 'עמודים' })} ${f.list(pages.map((p) => f.number(p)))}`,
    soFar: (n: number) => `${f.plural(n, { one: 'שאלה', two: 'שאלות', other: 'שאלות' })} עד כה`,
    details: 'פרטים',
    startNow: 'להתחיל עכשיו',
    cardsHidden: 'הבוחן נפתר למעלה: התשובות אינן מוצגות כאן.',
    takingHeading: 'פתרון הבוחן בזמן שהוא נכתב',
    cancelled: 'היצירה נעצרה. השאלות שנוצרו עד כה נשמרו.',
    errorTitle: 'היצירה נכשלה',
    retryHint: 'נראה שזו תקלה זמנית: אפשר לנסות שוב בעוד רגע.',
    resumed: 'ממשיכים ביצירה שרצה לפני שהדף נטען מחדש.',
    reconnect: 'המשך',
    announceStarted: 'היצירה התחילה. השאלות יופיעו בזמן שהעמודים מעובדים.',
    announceComplete: (n: number) => `הבוחן מוכן: ${f.plural(n, { one: 'שאלה', two: 'שאלות', other: 'שאלות' })}.`,
    announceFailed: 'היצירה נכשלה.',
    announceReconnecting: 'החיבור התנתק. מתחבר מחדש…',
  },
  question: {
    number: (n: number) => `שאלה ${f.number(n)}`,
    correct: 'תשובה נכונה',
    acceptedAnswers: 'תשובות מתקבלות',
    explanation: 'הסבר',
    source: (page: number) => `עמוד ${f.number(page)}`,
    ocr: 'OCR',
    ocrHint: 'העמוד הזה נקרא מתוך התמונה שלו (OCR): כדאי להשוות את הציטוט לעמוד עצמו.',
  },
  summary: {
    heading: 'הבוחן מוכן',
    questions: 'שאלות',
    pages: 'עמודים',
    pagesWithoutText: 'עמודים ללא טקסט',
    duration: 'משך',
    dropped: 'נפסלו',
    droppedDetail: (ungrounded: number, duplicate: number, invalid: number) =>
      `${f.number(ungrounded)} ללא ביסוס במקור, ${f.number(duplicate)} כפולות, ${f.number(invalid)} לא תקינות`,
    droppedQuality: (n: number) => `${f.number(n)} מתחת לכללי האיכות`,
    droppedKey: (n: number) => `${f.number(n)} עם תשובה שהציטוט אינו תומך בה`,
    generator: 'מחולל',
    tokens: 'טוקנים בשימוש',
    tokensValue: (input: number, output: number) => `${f.number(input)} קלט · ${f.number(output)} פלט`,
    cached: (n: number) => `${f.number(n)} מהקלט מהמטמון של הספק`,
    cost: 'עלות',
    costValue: (usd: number) => f.usd(usd),
    take: 'פתרון הבוחן',
    open: 'עריכה, שיתוף וייצוא',
    viewJson: 'הצגת ה־JSON של הבוחן',
    seconds: (ms: number) => (ms < 1000 ? `${f.number(Math.round(ms))} אלפיות שנייה` : `${f.decimal(ms / 1000)} שניות`),
  },
};

const library = {
  title: 'ספרייה',
  heading: 'ספרייה',
  intro: 'המסמכים הקודמים שלך והבחנים שנוצרו מהם.',
  quizzes: 'בחנים',
  documents: 'מסמכים',
  emptyQuizzes: 'אין עדיין בחנים.',
  emptyDocuments: 'אין עדיין מסמכים.',
  generateFirst: 'העלאת קובץ PDF ויצירת בוחן',
  questions: (n: number) => f.plural(n, { one: 'שאלה', two: 'שאלות', other: 'שאלות' }),
  quizCount: (n: number) => f.plural(n, { one: 'בוחן', two: 'בחנים', other: 'בחנים' }),
  created: (date: string) => `נוצר ב־${date}`,
  fromDocument: (filename: string) => `מתוך \u2068${filename}\u2069`,
  shared: 'משותף',
  open: 'פתיחה',
  take: 'פתרון',
  newQuiz: 'בוחן חדש',
  newQuizLabel: (filename: string) => `בוחן חדש מתוך \u2068${filename}\u2069`,
  openLabel: (title: string) => `פתיחת \u2068${title}\u2069`,
  takeLabel: (title: string) => `פתרון \u2068${title}\u2069`,
  deleteLabel: (name: string) => `מחיקת \u2068${name}\u2069`,
  confirmDeleteQuiz: 'למחוק את הבוחן הזה?',
  confirmDeleteDocument: (quizzes: number) =>
    quizzes
      ? `למחוק את קובץ ה־PDF הזה ואת ${quizzes === 1 ? 'הבוחן שלו' : `${f.number(quizzes)} ${f.word(quizzes, { one: 'הבוחן', two: 'הבחנים', other: 'הבחנים' })} שלו`}?`
      : 'למחוק את קובץ ה־PDF הזה?',
  deleted: (name: string) => `\u2068${name}\u2069 נמחק.`,
};

const quizPage = {
  notFound: 'הבוחן הזה לא קיים (או שכבר נמחק).',
  backToLibrary: 'חזרה לספרייה',
  meta: (questions: number, generator: string, created: string) =>
    `${f.plural(questions, { one: 'שאלה', two: 'שאלות', other: 'שאלות' })} · ${generator} · ${created}`,
  take: 'פתרון הבוחן',
  titleLabel: 'כותרת הבוחן',
  rename: 'שינוי שם',
  renamed: 'הכותרת נשמרה.',
  marking: 'בדיקת תשובות כתובות',
  markings: { forgiving: 'סלחנית', exact: 'מדויקת' } satisfies Record<Marking, string>,
  markingHints: {
    forgiving:
      'מתקבלות כפי שאדם היה מקבל אותן: אותיות גדולות וקטנות, ניקוד, רווחים, יידוע בהתחלה, יחיד או רבים וטעות הקלדה במילה ארוכה.',
    exact: 'רק תשובה מקובלת כפי שהיא רשומה, מלבד אותיות גדולות וקטנות ורווחים.',
  } satisfies Record<Marking, string>,
};

const editor = {
  heading: 'שאלות',
  intro: 'כל שינוי נשמר בשרת ברגע שהוא נעשה.',
  empty: 'אין בבוחן הזה שאלות. אפשר להוסיף שאלה למטה.',
  edit: 'עריכה',
  ofQuestion: (n: number) => `, שאלה ${f.number(n)}`,
  save: 'שמירת השאלה',
  delete: 'מחיקה',
  confirmDelete: 'למחוק את השאלה הזו?',
  regenerate: 'יצירה מחדש',
  regenerating: 'כותב שאלה חדשה…',
  moveUp: 'העברה למעלה',
  moveDown: 'העברה למטה',
  moved: (n: number) => `השאלה הועברה למקום ${f.number(n)}.`,
  saved: (n: number) => `שאלה ${f.number(n)} נשמרה.`,
  deleted: 'השאלה נמחקה.',
  regenerated: (n: number) => `שאלה ${f.number(n)} הוחלפה בשאלה חדשה מאותו עמוד.`,
  add: 'הוספת שאלה',
  addHeading: 'הוספת שאלה ידנית',
  addSubmit: 'הוספת השאלה',
  added: 'השאלה נוספה בסוף.',
  fields: {
    type: 'סוג',
    prompt: 'שאלה',
    choices: 'אפשרויות',
    accepted: 'תשובות מתקבלות',
    acceptedHint:
      'כל אחת מהתשובות האלה נחשבת נכונה, גם כפי שאדם עשוי לכתוב אותה: בלי ה׳ הידיעה, ביחיד או ברבים, בלי ניקוד וסימנים דיאקריטיים, באותיות גדולות או קטנות ובכל ריווח. מספיק לכתוב תשובה חדשה אחת, והצורות הנפוצות שלה יתווספו בשמירה.',
    correctSingle: 'יש לסמן את האפשרות הנכונה.',
    correctMulti: 'יש לסמן כל אפשרות נכונה.',
    choice: (n: number) => `אפשרות ${f.number(n)}`,
    isCorrect: (n: number) => `אפשרות ${f.number(n)} נכונה`,
    answer: (n: number) => `תשובה מתקבלת ${f.number(n)}`,
    addChoice: 'הוספת אפשרות',
    addAnswer: 'הוספת תשובה מתקבלת',
    removeChoice: (n: number) => `הסרת אפשרות ${f.number(n)}`,
    removeAnswer: (n: number) => `הסרת תשובה מתקבלת ${f.number(n)}`,
    explanation: 'הסבר',
    difficulty: 'רמת קושי',
    page: 'עמוד',
    quote: 'ציטוט מאותו עמוד',
    quoteHint: 'יש להעתיק משפט מאותו עמוד בדיוק כפי שהוא כתוב: כל שאלה מציינת את המקור שלה.',
  },
};

const share = {
  heading: 'שיתוף',
  intro: 'כל מי שיש לו את הקישור יכול לפתור את הבוחן, אבל לא לערוך אותו.',
  introLive:
    'שתפו את הבוחן בזמן שהוא נכתב: התלמידים מתחילים בשאלות שכבר קיימות, שאלות חדשות מצטרפות כשהן נכתבות, ואותו קישור יפתח אחר כך את הבוחן המוגמר.',
  liveHeading: 'שיתוף עם התלמידים עכשיו',
  create: 'יצירת קישור לשיתוף',
  linkLabel: 'קישור לשיתוף',
  copy: 'העתקת הקישור',
  copied: 'הקישור הועתק ללוח.',
  copyFailed: 'ההעתקה נכשלה: הקישור מסומן, אפשר להעתיק אותו ידנית.',
  open: 'פתיחה',
  revoke: 'ביטול הקישור',
  revokeQuestion: 'לבטל? הקישור יפסיק לעבוד.',
  confirmRevoke: 'כן, לבטל',
  revoked: 'הקישור בוטל: הוא כבר לא עובד.',
};

const exporting = {
  heading: 'ייצוא',
  intro: 'אפשר להוריד את הבוחן למערכת ניהול הלמידה שלך או ככרטיסיות לימוד.',
  formats: {
    moodle: 'מאגר שאלות של Moodle',
    gift: 'Moodle, טקסט פשוט',
    qti: 'Canvas, Blackboard ומערכות LMS אחרות (zip)',
    'csv-kahoot': 'ייבוא גיליון של Kahoot',
    'csv-quizlet': 'טקסט ייבוא ל-Quizlet',
    anki: 'כרטיסי Anki, מופרדים בטאבים',
    md: 'מסמך קריא',
    json: 'הבוחן המלא',
  },
};

const source = {
  show: (page: number) => `הצגת עמוד ${f.number(page)}`,
  heading: (page: number, pages: number) =>
    pages ? `עמוד ${f.number(page)} מתוך ${f.number(pages)}` : `עמוד ${f.number(page)}`,
  previous: 'העמוד הקודם',
  next: 'העמוד הבא',
  zoomOut: 'הקטנה',
  zoomIn: 'הגדלה',
  close: 'סגירה',
  unavailable: 'לא ניתן היה להציג את קובץ ה-PDF.',
  found: 'הציטוט מודגש בעמוד.',
  foundPart: 'תחילת הציטוט מודגשת; הוא ממשיך בטור אחר או בעמוד הבא.',
  notFound: 'הציטוט אינו בטקסט של קובץ ה-PDF בעמוד זה, ולכן אי אפשר להדגיש אותו.',
  notFoundOcr: 'עמוד זה נקרא מתוך התמונה שלו (OCR), ולא ניתן היה למצוא בו את הציטוט.',
  otherPage: (page: number) => `הציטוט נמצא בעמוד ${f.number(page)}.`,
};

const print = {
  print: 'הדפסה',
  worksheet: 'דף עבודה',
  key: 'מפתח תשובות',
  back: 'חזרה לבוחן',
  keyTitle: (quiz: string) => `${quiz}: מפתח תשובות`,
  name: 'שם',
  date: 'תאריך',
  true: 'נכון',
  false: 'לא נכון',
  link: 'הדפסה',
  downloadPdf: 'הורדת PDF',
};

const bulk = {
  filters: 'הצגה',
  anyPage: 'כל העמודים',
  page: (n: number) => `עמוד ${f.number(n)}`,
  anyType: 'כל הסוגים',
  anyDifficulty: 'כל רמות הקושי',
  ocrOnly: 'רק עמודים שנקראו ב-OCR',
  shown: (n: number, total: number) => `${f.number(n)} מתוך ${f.number(total)}`,
  select: 'בחירה',
  selectAll: 'בחירת כל המוצגות',
  selected: (n: number) => `נבחרו: ${f.number(n)}`,
  delete: 'מחיקה',
  confirmDelete: (n: number) => `למחוק ${f.plural(n, { one: 'שאלה אחת', two: 'שתי שאלות', other: 'שאלות' })}?`,
  regenerate: 'יצירה מחדש',
  setDifficulty: 'קביעת רמת קושי',
  toTop: 'העברה להתחלה',
  toBottom: 'העברה לסוף',
  clear: 'ניקוי הבחירה',
  working: (done: number, total: number) => `בעבודה… ${f.number(done)} מתוך ${f.number(total)}`,
  deleted: (n: number) => `נמחקו ${f.number(n)}.`,
  regenerated: (n: number) => `נוצרו מחדש ${f.number(n)}.`,
  difficultySet: (n: number) => `נקבעה רמת קושי ל-${f.number(n)}.`,
  moved: (n: number) => `הועברו ${f.number(n)}.`,
};

const take = {
  liveNote: 'שאלות נוספות מצטרפות כשהן נכתבות; הציון נספר לפי מה שעניתם.',
  title: (quiz: string) => `פתרון הבוחן: \u2068${quiz}\u2069`,
  sharedNote: 'בוחן משותף (לקריאה בלבד)',
  modeLabel: 'תצוגה',
  modeOne: 'שאלה אחת בכל פעם',
  modeAll: 'כל השאלות יחד',
  keyboardHint: 'מקלדת: המקשים 1–9 בוחרים תשובה, ומקש Enter בודק את התשובה ועובר הלאה.',
  progress: (i: number, n: number) => `שאלה ${f.number(i)} מתוך ${f.number(n)}`,
  retryRound: (n: number) =>
    n === 1
      ? 'סבב חוזר: שאלה אחת שטעית בה'
      : `סבב חוזר: ${f.plural(n, { one: 'שאלה', two: 'שאלות', other: 'שאלות' })} שטעית בהן`,
  multiHint: 'יש לבחור את כל התשובות המתאימות.',
  typeAnswer: 'התשובה שלך',
  chosen: 'הבחירה שלך',
  rightChoice: 'התשובה הנכונה',
  check: 'בדיקת התשובה',
  next: 'השאלה הבאה',
  finish: 'הצגת הציון שלי',
  submitAll: 'שליחת התשובות',
  correct: 'נכון',
  incorrect: 'לא בדיוק',
  unanswered: 'לא נענתה',
  correctAnswer: (n: number) => (n > 1 ? 'התשובות הנכונות' : 'התשובה הנכונה'),
  accepted: 'תשובות מתקבלות',
  acceptedSlip: (expected: string) => `התקבלה, עם טעות קטנה: הכתיב הנכון הוא "\u2068${expected}\u2069"`,
  you: 'ענית',
  why: 'הסבר',
  source: (page: number) => `עמוד ${f.number(page)}`,
  scoreHeading: 'הציון שלך',
  score: (right: number, total: number) => `${f.number(right)} מתוך ${f.number(total)} נכונות`,
  percent: (right: number, total: number) => f.percent(total ? right / total : 0),
  allRight: 'כל התשובות נכונות. כל הכבוד!',
  retryWrong: (n: number) =>
    n === 1
      ? 'ניסיון חוזר בשאלה שטעית בה'
      : `ניסיון חוזר ב־${f.number(n)} ${f.word(n, { one: 'השאלה', two: 'השאלות', other: 'השאלות' })} שטעית בהן`,
  restart: 'התחלה מחדש',
  review: 'סקירה',
  empty: 'אין עדיין שאלות בבוחן הזה.',
};

const shared = {
  notFound: 'הקישור לשיתוף לא קיים או שבוטל.',
  waiting: 'השאלות הראשונות נכתבות…',
  writing: (n: number) =>
    `עדיין נכתב: ${f.plural(n, { one: 'שאלה', two: 'שאלות', other: 'שאלות' })} עד כה. שאלות חדשות מצטרפות לבוחן שלך כשהן מגיעות.`,
  complete: (n: number) => `כל השאלות כאן: ${f.plural(n, { one: 'שאלה', two: 'שאלות', other: 'שאלות' })}.`,
  stopped: (n: number) =>
    `לא ייכתבו שאלות נוספות: ${f.plural(n, { one: 'שאלה', two: 'שאלות', other: 'שאלות' })} לענות עליהן.`,
  lost: 'החיבור אבד: שאלות חדשות לא יכולות להגיע.',
};

const notFound = {
  title: 'הדף לא נמצא',
  body: 'אין כלום בכתובת הזו.',
  home: 'מעבר לדף הבית',
};

const signIn = {
  title: 'כניסה',
  intro: 'כדי ליצור בחנים יש להיכנס עם חשבון בית הספר. המסמכים והבחנים שלך שייכים לך בלבד.',
  button: 'כניסה עם חשבון בית הספר',
  iapIntro: 'בית הספר מבצע עבורך את הכניסה לפני שהדף נפתח. כדי להיכנס שוב, יש לטעון את הדף מחדש.',
  reload: 'טעינה מחדש',
  student: 'באת לפתור בוחן? יש לפתוח את הקישור שקיבלת מהמורה; אין צורך בחשבון.',
  signedInAs: (name: string) => `נכנסת בתור \u2068${name}\u2069`,
  signOut: 'יציאה',
  errors: {
    email_domain_not_allowed: 'השרת הזה מיועד לבית ספר אחד בלבד, וכתובת האימייל שלך אינה שייכת אליו.',
    email_not_verified: 'ספק הזהות שלך לא אימת את כתובת האימייל שלך.',
    email_missing: 'ספק הזהות שלך לא מסר לנו את כתובת האימייל שלך.',
    sign_in_expired: 'הכניסה נמשכה זמן רב מדי או נפתחה בכרטיסייה אחרת. יש להיכנס שוב.',
    sign_in_failed: 'הכניסה לא הצליחה. יש לנסות שוב.',
  } as Record<string, string>,
  expired: 'תוקף ההתחברות פג. יש להיכנס שוב.',
};

const apiCodes: Record<string, string> = {
  no_text: 'אין טקסט בעמוד.',
  too_little_text: 'יש בעמוד מעט מדי טקסט.',
  unsupported_language: 'המחולל הלא מקוון אינו יכול ליצור את סוגי השאלות המבוקשים בשפת העמוד הזה.',
  limited_language:
    'המסמך הזה אינו באנגלית: המחולל הלא מקוון יוצר ממנו רק שאלות נכון/לא נכון, השלמת חסר ושאלות מספריות, מתוך המשפטים כפי שהם כתובים ובשפת המסמך. מחולל מבוסס LLM כותב שאלות מלאות.',
  page_unreadable: 'לא ניתן היה לקרוא את העמוד הזה, ולכן דילגנו עליו.',
  no_questions: 'לא ניתן היה לכתוב שאלות מהמסמך הזה: יש בו מעט מדי טקסט קריא.',
  corrupt: 'לא ניתן היה לקרוא את קובץ ה־PDF הזה: ייתכן שהוא פגום או שהוא משתמש בתכונה שאינה נתמכת.',
  encrypted: 'קובץ ה־PDF הזה מוגן בסיסמה. יש להסיר את הסיסמה ולהעלות אותו שוב.',
  not_pdf: 'הקובץ הזה אינו קובץ PDF.',
  pdf_too_complex:
    'קריאת קובץ ה־PDF הזה דורשת יותר זיכרון מהמותר: הוא בנוי כדי להעמיס על תוכנות קריאה, או שהוא גדול בהרבה מכל מסמך לימודי.',
  llm_unavailable: 'שירות הבינה המלאכותית אינו זמין כרגע. אפשר לנסות שוב מאוחר יותר או להשתמש במחולל הלא מקוון.',
  llm_timeout: 'שירות הבינה המלאכותית לא ענה בזמן סביר.',
  llm_auth_failed: 'השרת לא הצליח להתחבר לשירות הבינה המלאכותית. יש לבקש ממנהל המערכת לבדוק את המפתח שלו.',
  llm_quota_exceeded: 'המכסה של שירות הבינה המלאכותית נוצלה. אפשר לנסות שוב מאוחר יותר או להשתמש במחולל הלא מקוון.',
  rate_limit: 'יותר מדי בקשות. יש להמתין רגע ולנסות שוב.',
  token_budget_reached: 'המשימה הגיעה למכסת השימוש שלה בבינה המלאכותית; השאלות שנכתבו עד כה נשמרו.',
  llm_dropped_ungrounded: 'חלק מהשאלות שכתב המודל ציטטו טקסט שאינו בעמוד שלהן, ולכן הוסרו.',
  llm_dropped_unsupported: 'לחלק מהשאלות שכתב המודל הייתה תשובה שהציטוט שלהן אינו מציין, ולכן הוסרו.',
  llm_dropped_unverified: 'חלק מהשאלות נענו אחרת מתוך הציטוט שלהן בלבד, ולכן הוסרו (אימות התשובות).',
  llm_dropped_invalid: 'חלק מהשאלות שכתב המודל לא תאמו את מבנה השאלות, ולכן הוסרו.',
  llm_dropped_duplicate: 'חלק מהשאלות שכתב המודל חזרו על שאלות קודמות, ולכן הוסרו.',
  llm_page_failed: 'שירות הבינה המלאכותית לא הגיב עבור עמוד זה, ולכן דולג.',
  llm_rate_limited: 'שירות הבינה המלאכותית מגביל כעת את הבקשות. נסו שוב מאוחר יותר.',
};

const language = {
  label: 'שפה',
};

export const he: Messages = {
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
