// Every user-visible string of the web app, in Russian.
import type { DifficultyOption, Marking, QuestionType } from '@quizstream/core/schemas';
import type { Messages } from './en';
import { formatsFor } from './format';

const f = formatsFor('ru');

const core = {
  app: {
    name: 'quizstream',
    tagline: 'Превратите PDF в тест и смотрите, как каждый вопрос появляется сразу, как только он готов.',
    footer: 'Вопросы опираются на ваш документ: каждый цитирует страницу, из которой взят.',
    date: (iso: string) => f.date(iso),
  },
  nav: {
    label: 'Основное меню',
    skip: 'Перейти к содержимому',
    generate: 'Создать',
    library: 'Библиотека',
  },
  common: {
    loading: 'Загрузка…',
    retry: 'Повторить',
    cancel: 'Отмена',
    save: 'Сохранить',
    saving: 'Сохранение…',
    edit: 'Изменить',
    delete: 'Удалить',
    confirmDelete: 'Да, удалить',
  },
  errors: {
    network: 'Не удалось связаться с сервером. Проверьте подключение и попробуйте ещё раз.',
    http: (status: number) => `Сервер вернул ошибку (HTTP ${status}).`,
    badResponse: 'Сервер прислал ответ, который эта страница не может обработать.',
  },
  upload: {
    heading: '1. Загрузите PDF',
    prompt: 'Перетащите PDF сюда или нажмите, чтобы выбрать файл',
    hint: (maxMb: number | undefined) => (maxMb ? `Только PDF, до ${f.number(maxMb)} МБ` : 'Только PDF'),
    dragActive: 'Отпустите, чтобы загрузить',
    uploading: (percent: number) => `Загрузка… ${f.percent(percent / 100)}`,
    processing: 'Чтение страниц…',
    serverBusy: (seconds: number) =>
      `Сервер занят; повторная отправка через ${f.plural(seconds, { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' })}…`,
    progressLabel: 'Ход загрузки',
    notPdf: (name: string) => `«${name}» — не PDF. Выберите файл .pdf.`,
    tooBig: (maxMb: number) => `Этот файл больше ${f.number(maxMb)} МБ.`,
    network: 'Загрузка не удалась: нет связи с сервером. Проверьте подключение и попробуйте ещё раз.',
    failed: (status: number) => `Загрузка не удалась (HTTP ${status}).`,
    replace: 'Выбрать другой PDF',
  },
  document: {
    pages: (n: number) => f.plural(n, { one: 'страница', few: 'страницы', many: 'страниц', other: 'страницы' }),
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.decimal(bytes / 1024 / 1024)} МБ`
        : `${f.number(Math.max(1, Math.round(bytes / 1024)))} КБ`,
  },
  options: {
    heading: '2. Выберите параметры',
    questionsPerPage: 'Вопросов на страницу',
    questionsPerPageHint: 'От 1 до 10',
    questionsPerPageMaxHint: 'Не больше, от 1 до 10',
    count: 'Всего вопросов',
    countHint: 'Необязательно, до 1000: распределяются по всему документу',
    types: 'Типы вопросов',
    typesRequired: 'Выберите хотя бы один тип вопросов.',
    difficulty: 'Сложность',
    generate: 'Создать в реальном времени ⚡',
    needDocument: 'Сначала загрузите PDF.',
    generator: 'Генератор',
    generatorInUse: 'Вопросы составляет',
    generatorName: (id: string, name: string) =>
      id === 'offline' ? 'офлайн-генератор (встроенный, без ИИ)' : `модель ИИ (${name.replace(/^llm:/, '')})`,
  },
  questionTypes: {
    multiple_choice: 'Выбор одного ответа',
    true_false: 'Верно / неверно',
    short_answer: 'Краткий ответ',
    multi_select: 'Выбор нескольких ответов',
  } satisfies Record<QuestionType, string>,
  difficulties: {
    mixed: 'Смешанная',
    easy: 'Лёгкая',
    medium: 'Средняя',
    hard: 'Сложная',
  } satisfies Record<DifficultyOption, string>,
  stream: {
    heading: '3. Вопросы в реальном времени',
    connecting: 'Подключение…',
    connected: 'На связи',
    reconnecting: 'Повторное подключение…',
    stop: 'Остановить',
    stopping: 'Остановка…',
    closed: 'Завершено',
    jobId: (id: string) => `Задание ${id}`,
    progressLabel: 'Обработано страниц',
    progressText: (done: number, total: number) =>
      `${f.number(done)} из ${f.plural(total, { one: 'страницы', few: 'страниц', many: 'страниц', other: 'страницы' })}`,
    waitingForPages: 'Чтение документа…',
    ocrPage: (page: number, of: number) => `Распознавание (OCR): страница ${f.number(page)}/${f.number(of)}`,
    empty: 'Вопросы будут появляться здесь по мере обработки страниц.',
    warnings: (n: number) =>
      f.plural(n, { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' }),
    warningOnPages: (pages: readonly number[]) =>
      `${f.word(pages.length, { one: 'Страница', other: 'Страницы' })} ${f.list(pages.map((p) => f.number(p)))}`,
    soFar: (n: number) => `пока ${f.plural(n, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' })}`,
    details: 'Подробности',
    startNow: 'Начать сейчас',
    cardsHidden: 'Тест проходится выше: ответы здесь не показываются.',
    takingHeading: 'Пройти тест, пока он пишется',
    cancelled: 'Создание остановлено. Уже созданные вопросы сохранены.',
    errorTitle: 'Не удалось создать тест',
    retryHint: 'Похоже, это временная проблема: попробуйте ещё раз чуть позже.',
    resumed: 'Продолжается создание теста, запущенное до перезагрузки страницы.',
    reconnect: 'Продолжить',
    announceStarted: 'Создание началось. Вопросы будут появляться по мере обработки страниц.',
    announceComplete: (n: number) =>
      `Тест готов: ${f.plural(n, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' })}.`,
    announceFailed: 'Не удалось создать тест.',
    announceReconnecting: 'Соединение потеряно. Повторное подключение…',
  },
  question: {
    number: (n: number) => `Вопрос ${n}`,
    correct: 'правильный ответ',
    acceptedAnswers: 'Принимаемые ответы',
    explanation: 'Почему',
    source: (page: number) => `страница ${page}`,
    ocr: 'OCR',
    ocrHint: 'Эта страница распознана по изображению (OCR): сверьте цитату со страницей.',
  },
  summary: {
    heading: 'Тест готов',
    questions: 'Вопросы',
    pages: 'Страницы',
    pagesWithoutText: 'Страницы без текста',
    duration: 'Время',
    dropped: 'Отброшено',
    droppedDetail: (ungrounded: number, duplicate: number, invalid: number) =>
      `без опоры на текст: ${ungrounded}, повторы: ${duplicate}, некорректные: ${invalid}`,
    droppedQuality: (n: number) => `не прошли проверку качества: ${f.number(n)}`,
    droppedKey: (n: number) => `ответ не подтверждён цитатой: ${f.number(n)}`,
    generator: 'Генератор',
    tokens: 'Использовано токенов',
    tokensValue: (input: number, output: number) => `${f.number(input)} на входе · ${f.number(output)} на выходе`,
    cached: (n: number) => `${f.number(n)} входных из кэша провайдера`,
    cost: 'Стоимость',
    costValue: (usd: number) => f.usd(usd),
    take: 'Пройти тест',
    open: 'Изменить, поделиться и экспортировать',
    viewJson: 'Показать JSON теста',
    seconds: (ms: number) => (ms < 1000 ? `${f.number(Math.round(ms))} мс` : `${f.decimal(ms / 1000)} с`),
  },
};

const library = {
  title: 'Библиотека',
  heading: 'Библиотека',
  intro: 'Ваши прежние документы и тесты, созданные по ним.',
  quizzes: 'Тесты',
  documents: 'Документы',
  emptyQuizzes: 'Тестов пока нет.',
  emptyDocuments: 'Документов пока нет.',
  generateFirst: 'Загрузите PDF и создайте тест',
  questions: (n: number) => f.plural(n, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' }),
  quizCount: (n: number) => f.plural(n, { one: 'тест', few: 'теста', many: 'тестов', other: 'теста' }),
  created: (date: string) => `создан ${date}`,
  fromDocument: (filename: string) => `по ${filename}`,
  shared: 'Общий доступ',
  open: 'Открыть',
  take: 'Пройти',
  newQuiz: 'Новый тест',
  newQuizLabel: (filename: string) => `Новый тест по ${filename}`,
  openLabel: (title: string) => `Открыть ${title}`,
  takeLabel: (title: string) => `Пройти ${title}`,
  deleteLabel: (name: string) => `Удалить ${name}`,
  confirmDeleteQuiz: 'Удалить этот тест?',
  confirmDeleteDocument: (quizzes: number) =>
    quizzes
      ? `Удалить этот PDF и ${f.plural(quizzes, { one: 'тест', few: 'теста', many: 'тестов', other: 'теста' })} по нему?`
      : 'Удалить этот PDF?',
  deleted: (name: string) => `${name} удалено.`,
};

const quizPage = {
  notFound: 'Такого теста нет (или больше нет).',
  backToLibrary: 'Вернуться в библиотеку',
  meta: (questions: number, generator: string, created: string) =>
    `${f.plural(questions, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' })} · ${generator} · ${created}`,
  take: 'Пройти тест',
  titleLabel: 'Название теста',
  rename: 'Переименовать',
  renamed: 'Название сохранено.',
  marking: 'Проверка письменных ответов',
  markings: { forgiving: 'Мягкая', exact: 'Точная' } satisfies Record<Marking, string>,
  markingHints: {
    forgiving:
      'Ответ принимается так, как его принял бы человек: регистр, диакритика, пробелы, артикль в начале, единственное или множественное число и опечатка в длинном слове.',
    exact: 'Только принятый ответ в том виде, как он записан; регистр и пробелы не учитываются.',
  } satisfies Record<Marking, string>,
};

const editor = {
  heading: 'Вопросы',
  intro: 'Каждое изменение сразу сохраняется на сервере.',
  empty: 'В этом тесте нет вопросов. Добавьте вопрос ниже.',
  edit: 'Изменить',
  ofQuestion: (n: number) => `, вопрос ${f.number(n)}`,
  save: 'Сохранить вопрос',
  delete: 'Удалить',
  confirmDelete: 'Удалить этот вопрос?',
  regenerate: 'Создать заново',
  regenerating: 'Составляется новый вопрос…',
  moveUp: 'Выше',
  moveDown: 'Ниже',
  moved: (n: number) => `Вопрос перемещён на позицию ${n}.`,
  saved: (n: number) => `Вопрос ${n} сохранён.`,
  deleted: 'Вопрос удалён.',
  regenerated: (n: number) => `Вопрос ${n} заменён новым по той же странице.`,
  add: 'Добавить вопрос',
  addHeading: 'Добавить вопрос вручную',
  addSubmit: 'Добавить вопрос',
  added: 'Вопрос добавлен в конец.',
  fields: {
    type: 'Тип',
    prompt: 'Вопрос',
    choices: 'Варианты ответа',
    accepted: 'Принимаемые ответы',
    acceptedHint:
      'Любой из этих ответов засчитывается как правильный, в том числе в том виде, в каком его напишет человек: без артикля, в единственном или множественном числе, без диакритических знаков, в любом регистре и с любыми пробелами. Введите новый ответ — его обычные варианты добавятся при сохранении.',
    correctSingle: 'Отметьте правильный вариант.',
    correctMulti: 'Отметьте все правильные варианты.',
    choice: (n: number) => `Вариант ${n}`,
    isCorrect: (n: number) => `Вариант ${n} правильный`,
    answer: (n: number) => `Принимаемый ответ ${n}`,
    addChoice: 'Добавить вариант',
    addAnswer: 'Добавить принимаемый ответ',
    removeChoice: (n: number) => `Удалить вариант ${n}`,
    removeAnswer: (n: number) => `Удалить принимаемый ответ ${n}`,
    explanation: 'Объяснение',
    difficulty: 'Сложность',
    page: 'Страница',
    quote: 'Цитата с этой страницы',
    quoteHint:
      'Скопируйте предложение с этой страницы в точности так, как оно написано: каждый вопрос ссылается на источник.',
  },
};

const share = {
  heading: 'Поделиться',
  intro: 'Пройти этот тест может любой, у кого есть ссылка. Изменить его по ссылке нельзя.',
  introLive:
    'Поделитесь тестом, пока он пишется: ученики начинают с уже готовых вопросов, новые добавляются по мере написания, а та же ссылка потом откроет готовый тест.',
  liveHeading: 'Поделиться с учениками сейчас',
  create: 'Создать ссылку',
  linkLabel: 'Ссылка для доступа',
  copy: 'Копировать ссылку',
  copied: 'Ссылка скопирована в буфер обмена.',
  copyFailed: 'Не удалось скопировать: ссылка выделена, скопируйте её вручную.',
  open: 'Открыть',
  revoke: 'Отозвать ссылку',
  revokeQuestion: 'Отозвать? Ссылка перестанет работать.',
  confirmRevoke: 'Да, отозвать',
  revoked: 'Ссылка отозвана и больше не работает.',
};

const exporting = {
  heading: 'Экспорт',
  intro: 'Скачайте тест для своей учебной платформы или карточек.',
  formats: {
    moodle: 'Банк вопросов Moodle',
    gift: 'Moodle, простой текст',
    qti: 'Canvas, Blackboard и другие LMS (zip)',
    'csv-kahoot': 'Импорт таблицы в Kahoot',
    'csv-quizlet': 'Текст для импорта в Quizlet',
    anki: 'Заметки Anki, разделённые табуляцией',
    md: 'Удобочитаемый документ',
    json: 'Весь тест целиком',
  },
};

const source = {
  show: (page: number) => `Показать страницу ${f.number(page)}`,
  heading: (page: number, pages: number) =>
    pages ? `Страница ${f.number(page)} из ${f.number(pages)}` : `Страница ${f.number(page)}`,
  previous: 'Предыдущая страница',
  next: 'Следующая страница',
  zoomOut: 'Уменьшить',
  zoomIn: 'Увеличить',
  close: 'Закрыть',
  unavailable: 'Не удалось показать PDF.',
  found: 'Цитата выделена на странице.',
  foundPart: 'Выделено начало цитаты; она продолжается в другой колонке или на следующей странице.',
  notFound: 'Цитаты нет в тексте PDF этой страницы, поэтому её нельзя выделить.',
  notFoundOcr: 'Эта страница прочитана по изображению (OCR), и найти на ней цитату не удалось.',
  otherPage: (page: number) => `Цитата находится на странице ${f.number(page)}.`,
};

const print = {
  print: 'Печать',
  worksheet: 'Рабочий лист',
  key: 'Ответы',
  back: 'Назад к тесту',
  keyTitle: (quiz: string) => `${quiz}: ответы`,
  name: 'Имя',
  date: 'Дата',
  true: 'Верно',
  false: 'Неверно',
  link: 'Печать',
  downloadPdf: 'Скачать PDF',
};

const bulk = {
  filters: 'Показать',
  anyPage: 'Все страницы',
  page: (n: number) => `Страница ${f.number(n)}`,
  anyType: 'Все типы',
  anyDifficulty: 'Любая сложность',
  ocrOnly: 'Только страницы, распознанные OCR',
  shown: (n: number, total: number) => `${f.number(n)} из ${f.number(total)}`,
  select: 'Выбрать',
  selectAll: 'Выбрать все показанные',
  selected: (n: number) => `Выбрано: ${f.number(n)}`,
  delete: 'Удалить',
  confirmDelete: (n: number) =>
    `Удалить ${f.plural(n, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' })}?`,
  regenerate: 'Создать заново',
  setDifficulty: 'Задать сложность',
  toTop: 'Переместить в начало',
  toBottom: 'Переместить в конец',
  clear: 'Снять выбор',
  working: (done: number, total: number) => `Выполняется… ${f.number(done)} из ${f.number(total)}`,
  deleted: (n: number) => `Удалено: ${f.number(n)}.`,
  regenerated: (n: number) => `Создано заново: ${f.number(n)}.`,
  difficultySet: (n: number) => `Сложность задана: ${f.number(n)}.`,
  moved: (n: number) => `Перемещено: ${f.number(n)}.`,
};

const take = {
  liveNote: 'Новые вопросы добавляются по мере написания; баллы считаются по тем, на которые вы ответили.',
  title: (quiz: string) => `Прохождение: ${quiz}`,
  sharedNote: 'Общий тест (только просмотр)',
  modeLabel: 'Показывать',
  modeOne: 'По одному вопросу',
  modeAll: 'Все вопросы сразу',
  keyboardHint: 'Клавиатура: клавиши 1–9 выбирают вариант, Enter проверяет ответ и переходит дальше.',
  progress: (i: number, n: number) => `Вопрос ${f.number(i)} из ${f.number(n)}`,
  retryRound: (n: number) =>
    `Повтор: ${f.plural(n, { one: 'вопрос с ошибкой', few: 'вопроса с ошибками', many: 'вопросов с ошибками', other: 'вопроса с ошибками' })}`,
  multiHint: 'Выберите все подходящие ответы.',
  typeAnswer: 'Ваш ответ',
  chosen: 'ваш выбор',
  rightChoice: 'правильный ответ',
  check: 'Проверить ответ',
  next: 'Следующий вопрос',
  finish: 'Посмотреть результат',
  submitAll: 'Отправить ответы',
  correct: 'Правильно',
  incorrect: 'Не совсем',
  unanswered: 'Нет ответа',
  correctAnswer: ((n: number): string =>
    n > 1 ? 'Правильные ответы' : 'Правильный ответ') as Messages['take']['correctAnswer'],
  accepted: 'Принимаемые ответы',
  acceptedSlip: (expected: string) => `Засчитано, но с опечаткой: правильно «${expected}»`,
  you: 'Ваш ответ',
  why: 'Почему',
  source: (page: number) => `страница ${page}`,
  scoreHeading: 'Ваш результат',
  score: (right: number, total: number) => `Правильно: ${f.number(right)} из ${f.number(total)}`,
  percent: (right: number, total: number) => f.percent(total ? right / total : 0),
  allRight: 'Все ответы правильные. Отлично!',
  retryWrong: (n: number) =>
    `Повторить ${f.plural(n, { one: 'вопрос с ошибкой', few: 'вопроса с ошибками', many: 'вопросов с ошибками', other: 'вопроса с ошибками' })}`,
  restart: 'Начать заново',
  review: 'Разбор',
  empty: 'В этом тесте пока нет вопросов.',
};

const shared = {
  notFound: 'Этой ссылки не существует или она была отозвана.',
  waiting: 'Пишутся первые вопросы…',
  writing: (n: number) =>
    `Тест ещё пишется: пока ${f.plural(n, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' })}. Новые добавятся в ваш тест, как только появятся.`,
  complete: (n: number) =>
    `Все вопросы на месте: ${f.plural(n, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' })}.`,
  stopped: (n: number) =>
    `Новых вопросов не будет: ${f.plural(n, { one: 'вопрос', few: 'вопроса', many: 'вопросов', other: 'вопроса' })} для ответа.`,
  lost: 'Соединение потеряно: новые вопросы не могут прийти.',
};

const notFound = {
  title: 'Страница не найдена',
  body: 'По этому адресу ничего нет.',
  home: 'На главную',
};

const signIn = {
  title: 'Вход',
  intro: 'Войдите с учётной записью своей школы, чтобы создавать тесты. Ваши документы и тесты доступны только вам.',
  button: 'Войти с учётной записью школы',
  iapIntro: 'Школа выполняет вход за вас до открытия этой страницы. Перезагрузите страницу, чтобы войти снова.',
  reload: 'Перезагрузить',
  student: 'Хотите пройти тест? Откройте ссылку, которую прислал учитель; учётная запись не нужна.',
  signedInAs: (name: string) => `Вы вошли как ${name}`,
  signOut: 'Выйти',
  errors: {
    email_domain_not_allowed:
      'Этот сервер предназначен только для одной школы, а ваш адрес электронной почты к ней не относится.',
    email_not_verified: 'Ваш поставщик удостоверений не подтвердил ваш адрес электронной почты.',
    email_missing: 'Ваш поставщик удостоверений не сообщил нам ваш адрес электронной почты.',
    sign_in_expired: 'Вход занял слишком много времени или был открыт в другой вкладке. Войдите снова.',
    sign_in_failed: 'Не удалось войти. Попробуйте ещё раз.',
  } as Record<string, string>,
  expired: 'Ваш сеанс завершён. Войдите снова.',
};

const apiCodes: Record<string, string> = {
  no_text: 'На странице нет текста.',
  too_little_text: 'На странице слишком мало текста.',
  unsupported_language: 'Офлайн-генератор не может составить вопросы запрошенных типов на языке этой страницы.',
  limited_language:
    'Этот документ не на английском языке: офлайн-генератор составляет по его предложениям в исходном виде только вопросы «верно/неверно», на заполнение пропуска и с числовым ответом — на языке документа. Генератор на основе LLM пишет полноценные вопросы.',
  page_unreadable: 'Эту страницу не удалось прочитать, она пропущена.',
  no_questions: 'По этому документу не удалось составить ни одного вопроса: в нём слишком мало читаемого текста.',
  corrupt: 'Не удалось прочитать этот PDF: возможно, он повреждён или использует неподдерживаемую функцию.',
  encrypted: 'Этот PDF защищён паролем. Снимите пароль и загрузите файл снова.',
  not_pdf: 'Этот файл — не PDF.',
  pdf_too_complex:
    'Для чтения этого PDF нужно больше памяти, чем разрешено: он либо создан, чтобы перегрузить программы чтения, либо намного больше любого учебного документа.',
  llm_unavailable: 'Сервис ИИ сейчас недоступен. Попробуйте позже или воспользуйтесь офлайн-генератором.',
  llm_timeout: 'Сервис ИИ слишком долго не отвечал.',
  llm_auth_failed: 'Серверу не удалось войти в сервис ИИ. Попросите администратора проверить ключ.',
  llm_quota_exceeded: 'Квота сервиса ИИ исчерпана. Попробуйте позже или воспользуйтесь офлайн-генератором.',
  rate_limit: 'Слишком много запросов. Подождите немного и попробуйте снова.',
  token_budget_reached: 'Задание исчерпало лимит использования ИИ; уже составленные вопросы сохранены.',
  llm_dropped_ungrounded: 'Некоторые вопросы модели цитировали текст, которого нет на их странице, и были отброшены.',
  llm_dropped_unsupported:
    'У некоторых вопросов модели ответ не следовал из их собственной цитаты, и они были отброшены.',
  llm_dropped_unverified:
    'На некоторые вопросы по одной цитате был дан другой ответ, и они были отброшены (проверка ответов).',
  llm_dropped_invalid: 'Некоторые вопросы модели не соответствовали формату вопросов и были отброшены.',
  llm_dropped_duplicate: 'Некоторые вопросы модели повторяли прежние и были отброшены.',
  llm_page_failed: 'Сервис ИИ не ответил для этой страницы; она пропущена.',
  llm_rate_limited: 'Сервис ИИ сейчас ограничивает запросы. Повторите попытку позже.',
};

const language = {
  label: 'Язык',
};

export const ru: Messages = {
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
