// Every user-visible string of the web app, in Arabic.
import type { DifficultyOption, Marking, QuestionType } from '@quizstream/core/schemas';
import type { Messages } from './en';
import { formatsFor } from './format';

const f = formatsFor('ar');

const core = {
  app: {
    name: 'quizstream',
    tagline: 'حوّل ملف PDF إلى اختبار، وشاهد كل سؤال يظهر لحظة إنشائه.',
    footer: 'الأسئلة مستندة إلى مستندك: كل سؤال يقتبس من الصفحة التي أُخذ منها.',
    date: (iso: string) => f.date(iso),
  },
  nav: {
    label: 'التنقل الرئيسي',
    skip: 'الانتقال إلى المحتوى',
    generate: 'إنشاء',
    library: 'المكتبة',
  },
  common: {
    loading: 'جارٍ التحميل…',
    retry: 'إعادة المحاولة',
    cancel: 'إلغاء',
    save: 'حفظ',
    saving: 'جارٍ الحفظ…',
    edit: 'تعديل',
    delete: 'حذف',
    confirmDelete: 'نعم، احذف',
  },
  errors: {
    network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.',
    http: (status: number) => `ردّ الخادم برسالة خطأ (HTTP ${status}).`,
    badResponse: 'أرسل الخادم ردًّا لا تستطيع هذه الصفحة فهمه.',
  },
  upload: {
    heading: '1. ارفع ملف PDF',
    prompt: 'أفلت ملف PDF هنا أو انقر لاختيار ملف',
    hint: (maxMb: number | undefined) =>
      maxMb ? `ملفات PDF فقط، بحد أقصى ${f.number(maxMb)} ميغابايت` : 'ملفات PDF فقط',
    dragActive: 'أفلت الملف لرفعه',
    uploading: (percent: number) => `جارٍ الرفع… ${f.percent(percent / 100)}`,
    processing: 'جارٍ قراءة الصفحات…',
    serverBusy: (seconds: number) =>
      `الخادم مشغول؛ ستُعاد المحاولة خلال ${f.plural(seconds, { zero: 'ثانية', one: 'ثانية', two: 'ثانيتين', few: 'ثوانٍ', many: 'ثانية', other: 'ثانية' })}…`,
    progressLabel: 'تقدّم الرفع',
    notPdf: (name: string) => `«\u2068${name}\u2069» ليس ملف PDF. يُرجى اختيار ملف بصيغة PDF.`,
    tooBig: (maxMb: number) => `حجم هذا الملف أكبر من ${f.number(maxMb)} ميغابايت.`,
    network: 'فشل الرفع: تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.',
    failed: (status: number) => `فشل الرفع (HTTP ${status}).`,
    replace: 'اختر ملف PDF آخر',
  },
  document: {
    pages: (n: number) =>
      f.plural(n, { zero: 'صفحة', one: 'صفحة', two: 'صفحتان', few: 'صفحات', many: 'صفحة', other: 'صفحة' }),
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.decimal(bytes / 1024 / 1024)} ميغابايت`
        : `${f.number(Math.max(1, Math.round(bytes / 1024)))} كيلوبايت`,
  },
  options: {
    heading: '2. اختر الإعدادات',
    questionsPerPage: 'عدد الأسئلة لكل صفحة',
    questionsPerPageHint: 'من 1 إلى 10',
    questionsPerPageMaxHint: 'بحد أقصى، من 1 إلى 10',
    count: 'إجمالي عدد الأسئلة',
    countHint: 'اختياري، حتى 1000: تُوزَّع على المستند كله',
    types: 'أنواع الأسئلة',
    typesRequired: 'اختر نوعًا واحدًا على الأقل من أنواع الأسئلة.',
    difficulty: 'مستوى الصعوبة',
    generate: 'إنشاء مباشر ⚡',
    needDocument: 'ارفع ملف PDF أولًا.',
    generator: 'المولِّد',
    generatorInUse: 'تُكتب الأسئلة بواسطة',
    generatorName: (id: string, name: string) =>
      id === 'offline' ? 'دون اتصال (مدمج، بلا ذكاء اصطناعي)' : `نموذج ذكاء اصطناعي (${name.replace(/^llm:/, '')})`,
  },
  questionTypes: {
    multiple_choice: 'اختيار من متعدد',
    true_false: 'صواب / خطأ',
    short_answer: 'إجابة قصيرة',
    multi_select: 'تحديد إجابات متعددة',
  } satisfies Record<QuestionType, string>,
  difficulties: {
    mixed: 'متنوّع',
    easy: 'سهل',
    medium: 'متوسط',
    hard: 'صعب',
  } satisfies Record<DifficultyOption, string>,
  stream: {
    heading: '3. الأسئلة مباشرةً',
    connecting: 'جارٍ الاتصال…',
    connected: 'متصل',
    reconnecting: 'جارٍ إعادة الاتصال…',
    stop: 'إيقاف',
    stopping: 'جارٍ الإيقاف…',
    closed: 'انتهى',
    jobId: (id: string) => `المهمة ${id}`,
    progressLabel: 'الصفحات المعالَجة',
    progressText: (done: number, total: number) =>
      `${f.number(done)} من ${f.plural(total, { zero: 'صفحة', one: 'صفحة', two: 'صفحتين', few: 'صفحات', many: 'صفحة', other: 'صفحة' })}`,
    waitingForPages: 'جارٍ قراءة المستند…',
    ocrPage: (page: number, of: number) => `التعرّف الضوئي (OCR): الصفحة ${f.number(page)}/${f.number(of)}`,
    empty: 'ستظهر الأسئلة هنا مع معالجة كل صفحة.',
    warnings: (n: number) =>
      f.plural(n, { zero: 'تحذير', one: 'تحذير', two: 'تحذيران', few: 'تحذيرات', many: 'تحذيرًا', other: 'تحذير' }),
    warningOnPages: (pages: readonly number[]) =>
      `${f.word(pages.length, { one: 'الصفحة', two: 'الصفحتان', other: 'الصفحات' })} ${f.list(pages.map((p) => f.number(p)))}`,
    soFar: (n: number) =>
      `${f.plural(n, { zero: 'سؤال', one: 'سؤال', two: 'سؤالان', few: 'أسئلة', many: 'سؤالًا', other: 'سؤال' })} حتى الآن`,
    details: 'التفاصيل',
    startNow: 'ابدأ الآن',
    cardsHidden: 'يُجاب عنه في الأعلى: لا تُعرض الإجابات هنا.',
    takingHeading: 'الإجابة عن الاختبار أثناء كتابته',
    cancelled: 'تم إيقاف الإنشاء. الأسئلة التي أُنشئت حتى الآن محفوظة.',
    errorTitle: 'فشل الإنشاء',
    retryHint: 'يبدو أن هذه مشكلة مؤقتة: حاول مرة أخرى بعد قليل.',
    resumed: 'متابعة عملية الإنشاء التي كانت جارية قبل إعادة تحميل الصفحة.',
    reconnect: 'استئناف',
    announceStarted: 'بدأ الإنشاء. ستظهر الأسئلة مع معالجة الصفحات.',
    announceComplete: (n: number) =>
      `الاختبار جاهز: ${f.plural(n, { zero: 'سؤال', one: 'سؤال', two: 'سؤالان', few: 'أسئلة', many: 'سؤالًا', other: 'سؤال' })}.`,
    announceFailed: 'فشل الإنشاء.',
    announceReconnecting: 'انقطع الاتصال. جارٍ إعادة الاتصال…',
  },
  question: {
    number: (n: number) => `السؤال ${f.number(n)}`,
    correct: 'الإجابة الصحيحة',
    acceptedAnswers: 'الإجابات المقبولة',
    explanation: 'السبب',
    source: (page: number) => `الصفحة ${f.number(page)}`,
    ocr: 'OCR',
    ocrHint: 'قُرئت هذه الصفحة من صورتها (OCR): قارن الاقتباس بما في الصفحة.',
  },
  summary: {
    heading: 'الاختبار جاهز',
    questions: 'الأسئلة',
    pages: 'الصفحات',
    pagesWithoutText: 'صفحات بلا نص',
    duration: 'المدة',
    dropped: 'المستبعَدة',
    droppedDetail: (ungrounded: number, duplicate: number, invalid: number) =>
      `${f.number(ungrounded)} غير مستند إلى المصدر، ${f.number(duplicate)} مكرر، ${f.number(invalid)} غير صالح`,
    droppedQuality: (n: number) => `${f.number(n)} دون معايير الجودة`,
    droppedKey: (n: number) => `${f.number(n)} بإجابة لا يدعمها الاقتباس`,
    generator: 'المولِّد',
    tokens: 'الرموز المستخدَمة',
    tokensValue: (input: number, output: number) => `${f.number(input)} إدخال · ${f.number(output)} إخراج`,
    cached: (n: number) => `${f.number(n)} من الإدخال من ذاكرة المزوّد المؤقتة`,
    cost: 'التكلفة',
    costValue: (usd: number) => f.usd(usd),
    take: 'حلّ الاختبار',
    open: 'تعديل ومشاركة وتصدير',
    viewJson: 'عرض JSON الخاص بالاختبار',
    seconds: (ms: number) => (ms < 1000 ? `${f.number(Math.round(ms))} ملّي ثانية` : `${f.decimal(ms / 1000)} ثانية`),
  },
};

const library = {
  title: 'المكتبة',
  heading: 'المكتبة',
  intro: 'مستنداتك السابقة والاختبارات المُنشأة منها.',
  quizzes: 'الاختبارات',
  documents: 'المستندات',
  emptyQuizzes: 'لا توجد اختبارات بعد.',
  emptyDocuments: 'لا توجد مستندات بعد.',
  generateFirst: 'ارفع ملف PDF وأنشئ اختبارًا',
  questions: (n: number) =>
    f.plural(n, { zero: 'سؤال', one: 'سؤال', two: 'سؤالان', few: 'أسئلة', many: 'سؤالًا', other: 'سؤال' }),
  quizCount: (n: number) =>
    f.plural(n, { zero: 'اختبار', one: 'اختبار', two: 'اختباران', few: 'اختبارات', many: 'اختبارًا', other: 'اختبار' }),
  created: (date: string) => `أُنشئ في ${date}`,
  fromDocument: (filename: string) => `من \u2068${filename}\u2069`,
  shared: 'مُشارَك',
  open: 'فتح',
  take: 'حلّ',
  newQuiz: 'اختبار جديد',
  newQuizLabel: (filename: string) => `اختبار جديد من \u2068${filename}\u2069`,
  openLabel: (title: string) => `فتح \u2068${title}\u2069`,
  takeLabel: (title: string) => `حلّ \u2068${title}\u2069`,
  deleteLabel: (name: string) => `حذف \u2068${name}\u2069`,
  confirmDeleteQuiz: 'هل تريد حذف هذا الاختبار؟',
  confirmDeleteDocument: (quizzes: number) =>
    quizzes === 1
      ? 'هل تريد حذف ملف PDF هذا والاختبار المُنشأ منه؟'
      : quizzes
        ? `هل تريد حذف ملف PDF هذا والاختبارات المُنشأة منه (${f.plural(quizzes, { zero: 'اختبار', one: 'اختبار', two: 'اختباران', few: 'اختبارات', many: 'اختبارًا', other: 'اختبار' })})؟`
        : 'هل تريد حذف ملف PDF هذا؟',
  deleted: (name: string) => `تم حذف \u2068${name}\u2069.`,
};

const quizPage = {
  notFound: 'هذا الاختبار غير موجود (أو لم يعد موجودًا).',
  backToLibrary: 'العودة إلى المكتبة',
  meta: (questions: number, generator: string, created: string) =>
    `${f.plural(questions, { zero: 'سؤال', one: 'سؤال', two: 'سؤالان', few: 'أسئلة', many: 'سؤالًا', other: 'سؤال' })} · ${generator} · ${created}`,
  take: 'حلّ الاختبار',
  titleLabel: 'عنوان الاختبار',
  rename: 'إعادة التسمية',
  renamed: 'تم حفظ العنوان.',
  marking: 'تصحيح الإجابات المكتوبة',
  markings: { forgiving: 'متسامح', exact: 'دقيق' } satisfies Record<Marking, string>,
  markingHints: {
    forgiving:
      'تُقبل كما يقبلها شخص: حالة الأحرف والتشكيل والمسافات وأداة التعريف في البداية والمفرد أو الجمع وخطأ مطبعي في كلمة طويلة.',
    exact: 'تُقبل فقط إجابة مقبولة كما هي مكتوبة، بغض النظر عن حالة الأحرف والمسافات.',
  } satisfies Record<Marking, string>,
};

const editor = {
  heading: 'الأسئلة',
  intro: 'يُحفظ كل تغيير على الخادم فور إجرائه.',
  empty: 'لا يحتوي هذا الاختبار على أسئلة. أضف سؤالًا أدناه.',
  edit: 'تعديل',
  ofQuestion: (n: number) => `، السؤال ${f.number(n)}`,
  save: 'حفظ السؤال',
  delete: 'حذف',
  confirmDelete: 'هل تريد حذف هذا السؤال؟',
  regenerate: 'إعادة الإنشاء',
  regenerating: 'جارٍ كتابة سؤال جديد…',
  moveUp: 'نقل لأعلى',
  moveDown: 'نقل لأسفل',
  moved: (n: number) => `نُقل السؤال إلى الموضع ${f.number(n)}.`,
  saved: (n: number) => `تم حفظ السؤال ${f.number(n)}.`,
  deleted: 'تم حذف السؤال.',
  regenerated: (n: number) => `استُبدل السؤال ${f.number(n)} بسؤال جديد من الصفحة نفسها.`,
  add: 'إضافة سؤال',
  addHeading: 'إضافة سؤال يدويًا',
  addSubmit: 'إضافة السؤال',
  added: 'أُضيف السؤال في النهاية.',
  fields: {
    type: 'النوع',
    prompt: 'السؤال',
    choices: 'الخيارات',
    accepted: 'الإجابات المقبولة',
    acceptedHint:
      'تُحتسب أيٌّ من هذه الإجابات صحيحة، حتى كما قد يكتبها الشخص: بدون أداة التعريف، بصيغة المفرد أو الجمع، بدون تشكيل أو علامات، وبأي حالة أحرف أو مسافات. اكتب إجابة جديدة واحدة، وستُضاف صيغها المعتادة عند الحفظ.',
    correctSingle: 'حدّد الخيار الصحيح.',
    correctMulti: 'حدّد كل الخيارات الصحيحة.',
    choice: (n: number) => `الخيار ${f.number(n)}`,
    isCorrect: (n: number) => `الخيار ${f.number(n)} صحيح`,
    answer: (n: number) => `الإجابة المقبولة ${f.number(n)}`,
    addChoice: 'إضافة خيار',
    addAnswer: 'إضافة إجابة مقبولة',
    removeChoice: (n: number) => `إزالة الخيار ${f.number(n)}`,
    removeAnswer: (n: number) => `إزالة الإجابة المقبولة ${f.number(n)}`,
    explanation: 'الشرح',
    difficulty: 'مستوى الصعوبة',
    page: 'الصفحة',
    quote: 'اقتباس من تلك الصفحة',
    quoteHint: 'انسخ جملة من تلك الصفحة كما هي مكتوبة تمامًا: كل سؤال يستشهد بمصدره.',
  },
};

const share = {
  heading: 'مشاركة',
  intro: 'يمكن لأي شخص لديه الرابط حلّ هذا الاختبار، لكن لا يمكنه تعديله.',
  introLive:
    'شارك الاختبار أثناء كتابته: يبدأ الطلاب بالأسئلة الموجودة، وتُضاف الأسئلة الجديدة فور كتابتها، ويفتح الرابط نفسه الاختبار المكتمل لاحقًا.',
  liveHeading: 'شارك مع الطلاب الآن',
  create: 'إنشاء رابط مشاركة',
  linkLabel: 'رابط المشاركة',
  copy: 'نسخ الرابط',
  copied: 'تم نسخ الرابط إلى الحافظة.',
  copyFailed: 'تعذّر النسخ: الرابط محدَّد، انسخه يدويًا.',
  open: 'فتح',
  revoke: 'إلغاء الرابط',
  revokeQuestion: 'هل تريد إلغاء الرابط؟ سيتوقف عن العمل.',
  confirmRevoke: 'نعم، ألغِه',
  revoked: 'تم إلغاء الرابط: لم يعد يعمل.',
};

const exporting = {
  heading: 'تصدير',
  intro: 'نزّل الاختبار لاستخدامه في منصتك التعليمية أو كبطاقات استذكار.',
  formats: {
    moodle: 'بنك أسئلة Moodle',
    gift: 'Moodle، نص عادي',
    qti: 'Canvas وBlackboard وأنظمة إدارة تعلّم أخرى (zip)',
    'csv-kahoot': 'استيراد جدول بيانات Kahoot',
    'csv-quizlet': 'نص استيراد Quizlet',
    anki: 'بطاقات Anki مفصولة بعلامات جدولة',
    md: 'مستند مقروء',
    json: 'الاختبار كاملًا',
  },
};

const source = {
  show: (page: number) => `عرض الصفحة ${f.number(page)}`,
  heading: (page: number, pages: number) =>
    pages ? `الصفحة ${f.number(page)} من ${f.number(pages)}` : `الصفحة ${f.number(page)}`,
  previous: 'الصفحة السابقة',
  next: 'الصفحة التالية',
  zoomOut: 'تصغير',
  zoomIn: 'تكبير',
  close: 'إغلاق',
  unavailable: 'تعذّر عرض ملف PDF.',
  found: 'الاقتباس مظلَّل على الصفحة.',
  foundPart: 'بداية الاقتباس مظلَّلة؛ ويتابع في عمود آخر أو في الصفحة التالية.',
  notFound: 'الاقتباس غير موجود في نص ملف PDF لهذه الصفحة، لذا لا يمكن تظليله.',
  notFoundOcr: 'قُرئت هذه الصفحة من صورتها (OCR)، ولم يُعثر على موضع الاقتباس فيها.',
  otherPage: (page: number) => `الاقتباس في الصفحة ${f.number(page)}.`,
};

const print = {
  print: 'طباعة',
  worksheet: 'ورقة العمل',
  key: 'مفتاح الإجابات',
  back: 'العودة إلى الاختبار',
  keyTitle: (quiz: string) => `${quiz}: مفتاح الإجابات`,
  name: 'الاسم',
  date: 'التاريخ',
  true: 'صحيح',
  false: 'خطأ',
  link: 'طباعة',
  downloadPdf: 'تنزيل PDF',
};

const bulk = {
  filters: 'عرض',
  anyPage: 'كل الصفحات',
  page: (n: number) => `الصفحة ${f.number(n)}`,
  anyType: 'كل الأنواع',
  anyDifficulty: 'كل مستويات الصعوبة',
  ocrOnly: 'الصفحات المقروءة بالتعرّف الضوئي فقط',
  shown: (n: number, total: number) => `${f.number(n)} من ${f.number(total)}`,
  select: 'تحديد',
  selectAll: 'تحديد كل المعروض',
  selected: (n: number) => `المحدد: ${f.number(n)}`,
  delete: 'حذف',
  confirmDelete: (n: number) => `حذف ${f.number(n)} من الأسئلة؟`,
  regenerate: 'إعادة الإنشاء',
  setDifficulty: 'تعيين الصعوبة',
  toTop: 'نقل إلى الأعلى',
  toBottom: 'نقل إلى الأسفل',
  clear: 'إلغاء التحديد',
  working: (done: number, total: number) => `جارٍ العمل… ${f.number(done)} من ${f.number(total)}`,
  deleted: (n: number) => `حُذف ${f.number(n)} من الأسئلة.`,
  regenerated: (n: number) => `أُعيد إنشاء ${f.number(n)} من الأسئلة.`,
  difficultySet: (n: number) => `عُيّنت الصعوبة لـ ${f.number(n)} من الأسئلة.`,
  moved: (n: number) => `نُقل ${f.number(n)} من الأسئلة.`,
};

const take = {
  liveNote: 'تُضاف أسئلة أخرى فور كتابتها، وتُحسب الدرجة على ما أجبت عنه.',
  title: (quiz: string) => `حلّ الاختبار: \u2068${quiz}\u2069`,
  sharedNote: 'اختبار مُشارَك (للقراءة فقط)',
  modeLabel: 'طريقة العرض',
  modeOne: 'سؤال واحد في كل مرة',
  modeAll: 'كل الأسئلة دفعة واحدة',
  keyboardHint: 'لوحة المفاتيح: المفاتيح من 1 إلى 9 تختار إجابة، ومفتاح Enter يتحقق من الإجابة وينتقل إلى التالي.',
  progress: (i: number, n: number) => `السؤال ${f.number(i)} من ${f.number(n)}`,
  retryRound: (n: number) =>
    `إعادة محاولة ${f.plural(n, { zero: 'سؤال أخطأت فيه', one: 'سؤال أخطأت فيه', two: 'سؤالين أخطأت فيهما', few: 'أسئلة أخطأت فيها', many: 'سؤالًا أخطأت فيها', other: 'سؤال أخطأت فيها' })}`,
  multiHint: 'اختر كل الإجابات الصحيحة.',
  typeAnswer: 'إجابتك',
  chosen: 'اختيارك',
  rightChoice: 'الإجابة الصحيحة',
  check: 'تحقّق من الإجابة',
  next: 'السؤال التالي',
  finish: 'عرض نتيجتي',
  submitAll: 'إرسال الإجابات',
  correct: 'صحيح',
  incorrect: 'ليس تمامًا',
  unanswered: 'لم تتم الإجابة',
  correctAnswer: (n: number) => (n > 1 ? 'الإجابات الصحيحة' : 'الإجابة الصحيحة'),
  accepted: 'الإجابات المقبولة',
  acceptedSlip: (expected: string) => `مقبولة، مع خطأ بسيط: الكتابة الصحيحة هي «\u2068${expected}\u2069»`,
  you: 'إجابتك',
  why: 'السبب',
  source: (page: number) => `الصفحة ${f.number(page)}`,
  scoreHeading: 'نتيجتك',
  score: (right: number, total: number) => `الإجابات الصحيحة: ${f.number(right)} من ${f.number(total)}`,
  percent: (right: number, total: number) => f.percent(total ? right / total : 0),
  allRight: 'كل الإجابات صحيحة. أحسنت!',
  retryWrong: (n: number) =>
    n === 1
      ? 'إعادة محاولة السؤال الخاطئ'
      : n === 2
        ? 'إعادة محاولة السؤالين الخاطئين'
        : `إعادة محاولة ${f.plural(n, { zero: 'سؤال خاطئ', one: 'سؤال خاطئ', two: 'سؤالين خاطئين', few: 'أسئلة خاطئة', many: 'سؤالًا خاطئًا', other: 'سؤال خاطئ' })}`,
  restart: 'البدء من جديد',
  review: 'مراجعة',
  empty: 'لا يحتوي هذا الاختبار على أسئلة بعد.',
};

const shared = {
  notFound: 'رابط المشاركة هذا غير موجود أو تم إلغاؤه.',
  waiting: 'تُكتب الأسئلة الأولى…',
  writing: (n: number) =>
    `ما زال قيد الكتابة: ${f.plural(n, { zero: 'سؤال', one: 'سؤال', two: 'سؤالان', few: 'أسئلة', many: 'سؤالًا', other: 'سؤال' })} حتى الآن. تُضاف الأسئلة الجديدة إلى اختبارك فور وصولها.`,
  complete: (n: number) =>
    `وصلت كل الأسئلة: ${f.plural(n, { zero: 'سؤال', one: 'سؤال', two: 'سؤالان', few: 'أسئلة', many: 'سؤالًا', other: 'سؤال' })}.`,
  stopped: (n: number) =>
    `لن تُكتب أسئلة أخرى: ${f.plural(n, { zero: 'سؤال', one: 'سؤال', two: 'سؤالان', few: 'أسئلة', many: 'سؤالًا', other: 'سؤال' })} للإجابة.`,
  lost: 'انقطع الاتصال: لا يمكن أن تصل أسئلة جديدة.',
};

const notFound = {
  title: 'الصفحة غير موجودة',
  body: 'لا يوجد شيء على هذا العنوان.',
  home: 'الانتقال إلى الصفحة الرئيسية',
};

const signIn = {
  title: 'تسجيل الدخول',
  intro: 'سجّل الدخول بحساب مدرستك لإنشاء الاختبارات. مستنداتك واختباراتك خاصة بك وحدك.',
  button: 'تسجيل الدخول بحساب المدرسة',
  iapIntro: 'تسجّل مدرستك دخولك قبل فتح هذه الصفحة. أعد تحميل الصفحة لتسجيل الدخول مجددًا.',
  reload: 'إعادة التحميل',
  student: 'هل تريد حلّ اختبار؟ افتح الرابط الذي شاركه معلّمك؛ لا يحتاج إلى حساب.',
  signedInAs: (name: string) => `تم تسجيل الدخول باسم \u2068${name}\u2069`,
  signOut: 'تسجيل الخروج',
  errors: {
    email_domain_not_allowed: 'هذا الخادم مخصّص لمدرسة واحدة فقط، وعنوان بريدك الإلكتروني لا يتبع لها.',
    email_not_verified: 'لم يتحقّق مزوّد الهوية من عنوان بريدك الإلكتروني.',
    email_missing: 'لم يُرسل إلينا مزوّد الهوية عنوان بريدك الإلكتروني.',
    sign_in_expired: 'استغرق تسجيل الدخول وقتًا طويلًا أو فُتح في علامة تبويب أخرى. يُرجى تسجيل الدخول مجددًا.',
    sign_in_failed: 'لم ينجح تسجيل الدخول. يُرجى المحاولة مرة أخرى.',
  } as Record<string, string>,
  expired: 'انتهت جلستك. يُرجى تسجيل الدخول مجددًا.',
};

const apiCodes: Record<string, string> = {
  no_text: 'لا تحتوي الصفحة على أي نص.',
  too_little_text: 'نص الصفحة قليل جدًا.',
  unsupported_language: 'لا يستطيع المولِّد دون اتصال إنشاء أنواع الأسئلة المطلوبة بلغة هذه الصفحة.',
  limited_language:
    'هذا المستند ليس باللغة الإنجليزية: لا ينشئ منه المولِّد دون اتصال إلا أسئلة صواب/خطأ وملء الفراغ وأسئلة رقمية، مأخوذة من جمله كما هي ومصوغة بلغته. أما المولِّد القائم على نموذج لغوي كبير (LLM) فيكتب أسئلة كاملة.',
  page_unreadable: 'تعذّرت قراءة هذه الصفحة، فتم تخطيها.',
  no_questions: 'تعذّر إنشاء أي أسئلة من هذا المستند: النص المقروء فيه قليل جدًا.',
  corrupt: 'تعذّرت قراءة ملف PDF هذا: ربما يكون تالفًا أو يستخدم ميزة غير مدعومة.',
  encrypted: 'ملف PDF هذا محمي بكلمة مرور. أزِل كلمة المرور ثم ارفعه مرة أخرى.',
  not_pdf: 'هذا الملف ليس ملف PDF.',
  pdf_too_complex:
    'تتطلّب قراءة ملف PDF هذا ذاكرة أكبر من المسموح بها: فإما أنه مصمَّم لإثقال برامج القراءة، أو أنه أكبر بكثير من أي مستند دراسي.',
  llm_unavailable: 'خدمة الذكاء الاصطناعي غير متاحة حاليًا. حاول مرة أخرى لاحقًا، أو استخدم المولِّد دون اتصال.',
  llm_timeout: 'استغرقت خدمة الذكاء الاصطناعي وقتًا طويلًا في الرد.',
  llm_auth_failed: 'تعذّر على الخادم تسجيل الدخول إلى خدمة الذكاء الاصطناعي. اطلب من المسؤول التحقق من مفتاحها.',
  llm_quota_exceeded: 'نفدت حصة خدمة الذكاء الاصطناعي. حاول مرة أخرى لاحقًا، أو استخدم المولِّد دون اتصال.',
  rate_limit: 'طلبات كثيرة جدًا. انتظر لحظة ثم حاول مرة أخرى.',
  readers_busy: 'يقرأ الخادم الآن أكبر عدد من ملفات PDF تسمح به ذاكرته. حاول مرة أخرى بعد بضع ثوانٍ.',
  overloaded: 'الخادم مشغول الآن. حاول مرة أخرى بعد بضع ثوانٍ.',
  database_unavailable: 'تعذّر الوصول إلى قاعدة البيانات الآن. حاول مرة أخرى بعد قليل.',
  insufficient_storage: 'لم تعد لدى الخادم مساحة لحفظ هذا الملف. حاول لاحقًا؛ وقد أُبلغ المسؤول عنه.',
  token_budget_reached:
    'بلغت هذه المهمة الحد المخصّص لها من استخدام الذكاء الاصطناعي؛ وتم الاحتفاظ بالأسئلة التي كُتبت حتى الآن.',
  llm_dropped_ungrounded: 'استشهدت بعض الأسئلة التي كتبها النموذج بنص غير موجود في صفحتها، فاستُبعدت.',
  llm_dropped_unsupported: 'كانت لبعض الأسئلة التي كتبها النموذج إجابة لا يذكرها اقتباسها، فاستُبعدت.',
  llm_dropped_unverified: 'أُجيب عن بعض الأسئلة إجابة مختلفة من اقتباسها وحده، فاستُبعدت (التحقق من الإجابات).',
  llm_dropped_invalid: 'لم تطابق بعض الأسئلة التي كتبها النموذج صيغة الأسئلة، فاستُبعدت.',
  llm_dropped_duplicate: 'كررت بعض الأسئلة التي كتبها النموذج أسئلة سابقة، فاستُبعدت.',
  llm_page_failed: 'لم تستجب خدمة الذكاء الاصطناعي لهذه الصفحة، فتم تخطيها.',
  llm_rate_limited: 'تحدّ خدمة الذكاء الاصطناعي من الطلبات حاليًا. حاول مرة أخرى لاحقًا.',
  not_joined: 'انضم إلى الجلسة أولًا برمزها واسم مستعار.',
  removed: 'أزالك المضيف من هذه الجلسة.',
  nickname_taken: 'هناك من يستخدم هذا الاسم المستعار في هذه الجلسة: اختر اسمًا آخر.',
  session_full: 'هذه الجلسة المباشرة ممتلئة.',
  session_ended: 'انتهت هذه الجلسة المباشرة.',
  invalid_nickname: 'اختر اسمًا مستعارًا لا يزيد على 24 حرفًا.',
  invalid_answer: 'هذه الإجابة ليست من خيارات السؤال.',
  question_closed: 'أُغلق هذا السؤال: انتهى الوقت أو انتقل المضيف إلى ما بعده.',
  self_paced: 'في الجلسة ذاتية الإيقاع يتقدّم كل مشارك وحده: يكتفي المضيف ببدئها وإنهائها.',
  already_started: 'بدأت هذه الجلسة المباشرة بالفعل.',
  not_revealed: 'اكشف الإجابة قبل الانتقال (أو تخطَّ السؤال).',
  no_open_question: 'لا يوجد سؤال مفتوح لكشف إجابته.',
  not_running: 'لا يوجد سؤال جارٍ لإيقافه مؤقتًا.',
  not_paused: 'الجلسة ليست متوقفة مؤقتًا.',
  no_question_yet: 'ما زال السؤال التالي قيد الكتابة: حاول مرة أخرى بعد لحظة.',
  no_more_questions: 'لا توجد أسئلة أخرى: أنهِ الجلسة.',
};

const language = {
  label: 'اللغة',
};

const live = {
  hostHeading: 'العب مباشرةً',
  hostIntro: 'العب هذا الاختبار مع الصف: ينضم الجميع من هواتفهم برمز، دون الحاجة إلى حساب.',
  hostIntroJob: 'ابدأ اللعب بالأسئلة المكتوبة حتى الآن، وتنضم الأسئلة التالية فور كتابتها.',
  pace: 'الإيقاع',
  paceHost: 'معًا: أنت من ينقل الجميع إلى السؤال التالي',
  paceSelf: 'إيقاع ذاتي: كلٌّ بسرعته',
  seconds: 'الثواني لكل سؤال',
  secondsHint: '0 لإبقاء كل سؤال مفتوحًا حتى تكشف الإجابة',
  showLeaderboard: 'عرض لوحة المتصدرين بالأسماء المستعارة',
  open: 'بدء جلسة مباشرة',
  presenterTitle: (title: string) => `مباشر: \u2068${title}\u2069`,
  joinAt: 'انضم عبر',
  code: 'الرمز',
  qrLabel: 'رمز QR لرابط الانضمام',
  presenterLink: 'رابط العرض، لشاشة لم يُسجَّل الدخول فيها',
  participants: (n: number) =>
    f.plural(n, { zero: 'مشارك', one: 'مشارك', two: 'مشاركان', few: 'مشاركين', many: 'مشاركًا', other: 'مشارك' }),
  waitingForPeople: 'في انتظار انضمام المشاركين…',
  start: 'بدء',
  next: 'السؤال التالي',
  reveal: 'كشف الإجابة',
  pause: 'إيقاف مؤقت',
  resume: 'استئناف',
  skip: 'تخطي',
  end: 'إنهاء الجلسة',
  questionOf: (n: number, total: number, more: boolean) =>
    `السؤال ${f.number(n)} من ${f.number(total)}${more ? ' حتى الآن' : ''}`,
  answered: (n: number, of: number) => `أجاب ${f.number(n)} من ${f.number(of)}`,
  secondsLeft: (s: number) =>
    f.plural(s, { zero: 'ثانية', one: 'ثانية', two: 'ثانيتان', few: 'ثوانٍ', many: 'ثانية', other: 'ثانية' }),
  paused: 'متوقف مؤقتًا',
  timeUp: 'انتهى الوقت',
  answerIs: 'الإجابة:',
  fromDocument: (page: number) => `من المستند، الصفحة ${f.number(page)}`,
  leaderboard: 'لوحة المتصدرين',
  rightOf: (right: number) =>
    f.plural(right, {
      zero: 'إجابة صحيحة',
      one: 'إجابة صحيحة',
      two: 'إجابتان صحيحتان',
      few: 'إجابات صحيحة',
      many: 'إجابة صحيحة',
      other: 'إجابة صحيحة',
    }),
  ended: 'انتهت الجلسة.',
  results: 'النتائج',
  downloadCsv: 'تنزيل CSV',
  downloadJson: 'تنزيل JSON',
  remove: (nickname: string) => `إزالة \u2068${nickname}\u2069`,
  progress: 'التقدّم',
  progressOf: (answered: number, total: number) => `${f.number(answered)} / ${f.number(total)}`,
  stillWriting: 'تُكتب أسئلة أخرى الآن.',
  connection: {
    connecting: 'جارٍ الاتصال…',
    connected: 'مباشر',
    reconnecting: 'جارٍ إعادة الاتصال…',
    closed: 'غير متصل',
  },
  joinHeading: 'الانضمام إلى اختبار مباشر',
  joinIntro: 'اكتب الرمز المعروض على اللوح واسمًا مستعارًا. لا حاجة إلى حساب.',
  codeLabel: 'الرمز',
  nicknameLabel: 'الاسم المستعار',
  join: 'انضمام',
  you: (nickname: string) => `أنت \u2068${nickname}\u2069`,
  lobby: 'لقد انضممت! سيبدأ الاختبار قريبًا.',
  send: 'إرسال',
  sent: 'أُرسلت إجابتك. انتظر كشف الإجابة.',
  right: 'صحيح!',
  wrong: 'ليس هذه المرة.',
  notAnswered: 'لم تُجب عن هذا السؤال.',
  yourAnswer: 'إجابتك',
  waitNext: 'انتظر السؤال التالي.',
  removed: 'أزالك المضيف من هذه الجلسة.',
  score: (right: number, total: number) => `أجبت إجابة صحيحة عن ${f.number(right)} من ${f.number(total)}.`,
  allDone: 'أجبت عن كل الأسئلة. أحسنت!',
  writeAnswer: 'إجابتك',
  chooseAll: 'اختر كل ما ينطبق',
  questionLabel: (n: number) => `السؤال ${f.number(n)}`,
  leave: 'الانضمام إلى جلسة أخرى',
  byQuestion: 'حسب السؤال',
  byParticipant: 'حسب المشارك',
  questionColumn: 'السؤال',
  rightColumn: 'صحيح',
  rightShare: (right: number, of: number) => `${f.number(right)} من ${f.number(of)}`,
};

export const ar: Messages = {
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
