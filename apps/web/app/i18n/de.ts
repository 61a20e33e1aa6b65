// Every user-visible string of the web app, in German.
import type { DifficultyOption, Marking, QuestionType } from '@quizstream/core/schemas';
import type { Messages } from './en';
import { formatsFor } from './format';

const f = formatsFor('de');

const core = {
  app: {
    name: 'quizstream',
    tagline: 'Verwandeln Sie ein PDF in ein Quiz und sehen Sie zu, wie jede Frage erscheint, sobald sie entsteht.',
    footer: 'Die Fragen beruhen auf Ihrem Dokument: Jede zitiert die Seite, aus der sie stammt.',
    date: (iso: string) => f.date(iso),
  },
  nav: {
    label: 'Hauptnavigation',
    skip: 'Zum Inhalt springen',
    generate: 'Generieren',
    library: 'Bibliothek',
  },
  common: {
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    cancel: 'Abbrechen',
    save: 'Speichern',
    saving: 'Wird gespeichert…',
    edit: 'Bearbeiten',
    delete: 'Löschen',
    confirmDelete: 'Ja, löschen',
  },
  errors: {
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    http: (status: number) => `Der Server hat mit einem Fehler geantwortet (HTTP ${status}).`,
    badResponse: 'Der Server hat eine Antwort gesendet, die diese Seite nicht versteht.',
  },
  upload: {
    heading: '1. PDF hochladen',
    prompt: 'PDF hierher ziehen oder klicken, um eines auszuwählen',
    hint: (maxMb: number | undefined) => (maxMb ? `Nur PDF, bis ${f.number(maxMb)} MB` : 'Nur PDF'),
    dragActive: 'Zum Hochladen loslassen',
    uploading: (percent: number) => `Wird hochgeladen… ${f.percent(percent / 100)}`,
    processing: 'Seiten werden gelesen…',
    serverBusy: (seconds: number) =>
      `Der Server ist ausgelastet; neuer Versuch in ${f.plural(seconds, { one: 'Sekunde', other: 'Sekunden' })}…`,
    progressLabel: 'Fortschritt des Hochladens',
    notPdf: (name: string) => `„${name}“ ist kein PDF. Bitte wählen Sie eine .pdf-Datei.`,
    tooBig: (maxMb: number) => `Diese Datei ist größer als ${f.number(maxMb)} MB.`,
    network:
      'Das Hochladen ist fehlgeschlagen: Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    failed: (status: number) => `Das Hochladen ist fehlgeschlagen (HTTP ${status}).`,
    replace: 'Anderes PDF wählen',
  },
  document: {
    pages: (n: number) => f.plural(n, { one: 'Seite', other: 'Seiten' }),
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.decimal(bytes / 1024 / 1024)} MB`
        : `${f.number(Math.max(1, Math.round(bytes / 1024)))} KB`,
  },
  options: {
    heading: '2. Optionen wählen',
    questionsPerPage: 'Fragen pro Seite',
    questionsPerPageHint: 'Von 1 bis 10',
    questionsPerPageMaxHint: 'Höchstens, von 1 bis 10',
    count: 'Fragen insgesamt',
    countHint: `Optional, bis ${f.number(1000)}: über das Dokument verteilt`,
    types: 'Fragetypen',
    typesRequired: 'Wählen Sie mindestens einen Fragetyp.',
    difficulty: 'Schwierigkeit',
    generate: 'Live generieren ⚡',
    needDocument: 'Laden Sie zuerst ein PDF hoch.',
    generator: 'Generator',
    generatorInUse: 'Verwendeter Generator:',
    generatorName: (id: string, name: string) =>
      id === 'offline' ? 'Offline (integriert, ohne KI)' : `KI-Modell (${name.replace(/^llm:/, '')})`,
  },
  questionTypes: {
    multiple_choice: 'Multiple Choice',
    true_false: 'Wahr / falsch',
    short_answer: 'Kurzantwort',
    multi_select: 'Mehrfachauswahl',
  } satisfies Record<QuestionType, string>,
  difficulties: {
    mixed: 'Gemischt',
    easy: 'Leicht',
    medium: 'Mittel',
    hard: 'Schwer',
  } satisfies Record<DifficultyOption, string>,
  stream: {
    heading: '3. Live-Fragen',
    connecting: 'Verbindung wird hergestellt…',
    connected: 'Verbunden',
    reconnecting: 'Verbindung wird wiederhergestellt…',
    stop: 'Stoppen',
    stopping: 'Wird gestoppt…',
    closed: 'Beendet',
    jobId: (id: string) => `Auftrag ${id}`,
    progressLabel: 'Verarbeitete Seiten',
    progressText: (done: number, total: number) =>
      `${f.number(done)} von ${f.plural(total, { one: 'Seite', other: 'Seiten' })}`,
    waitingForPages: 'Dokument wird gelesen…',
    ocrPage: (page: number, of: number) => `Texterkennung (OCR): Seite ${f.number(page)}/${f.number(of)}`,
    empty: 'Die Fragen erscheinen hier, sobald die einzelnen Seiten verarbeitet sind.',
    warnings: (n: number) => f.plural(n, { one: 'Warnung', other: 'Warnungen' }),
    warningOnPages: (pages: readonly number[]) =>
      `${f.word(pages.length, { one: 'Seite', other: 'Seiten' })} ${f.list(pages.map((p) => f.number(p)))}`,
    soFar: (n: number) => `bisher ${f.plural(n, { one: 'Frage', other: 'Fragen' })}`,
    details: 'Details',
    startNow: 'Jetzt starten',
    cardsHidden: 'Wird oben gelöst: Die Antworten werden hier nicht gezeigt.',
    takingHeading: 'Das Quiz lösen, während es entsteht',
    cancelled: 'Generierung gestoppt. Die bisher erstellten Fragen bleiben erhalten.',
    errorTitle: 'Generierung fehlgeschlagen',
    retryHint: 'Das Problem scheint vorübergehend zu sein: Versuchen Sie es gleich noch einmal.',
    resumed: 'Die Generierung, die vor dem Neuladen der Seite lief, wird fortgesetzt.',
    reconnect: 'Fortsetzen',
    announceStarted: 'Generierung gestartet. Die Fragen erscheinen, sobald die Seiten verarbeitet sind.',
    announceComplete: (n: number) => `Quiz fertig: ${f.plural(n, { one: 'Frage', other: 'Fragen' })}.`,
    announceFailed: 'Generierung fehlgeschlagen.',
    announceReconnecting: 'Verbindung unterbrochen. Verbindung wird wiederhergestellt…',
  },
  question: {
    number: (n: number) => `Frage ${n}`,
    correct: 'richtige Antwort',
    acceptedAnswers: 'Akzeptierte Antworten',
    explanation: 'Begründung',
    source: (page: number) => `Seite ${page}`,
    ocr: 'OCR',
    ocrHint: 'Diese Seite wurde aus ihrem Bild gelesen (OCR): Prüfen Sie das Zitat anhand der Seite.',
  },
  summary: {
    heading: 'Quiz fertig',
    questions: 'Fragen',
    pages: 'Seiten',
    pagesWithoutText: 'Seiten ohne Text',
    duration: 'Dauer',
    dropped: 'Verworfen',
    droppedDetail: (ungrounded: number, duplicate: number, invalid: number) =>
      `${f.number(ungrounded)} ohne Beleg, ${f.number(duplicate)} doppelt, ${f.number(invalid)} ungültig`,
    droppedQuality: (n: number) => `${f.number(n)} unter den Qualitätsregeln`,
    droppedKey: (n: number) => `${f.number(n)} mit einer Lösung, die ihr Zitat nicht belegt`,
    generator: 'Generator',
    tokens: 'Verbrauchte Tokens',
    tokensValue: (input: number, output: number) => `${f.number(input)} Eingabe · ${f.number(output)} Ausgabe`,
    cached: (n: number) => `${f.number(n)} der Eingabe aus dem Cache des Anbieters`,
    cost: 'Kosten',
    costValue: (usd: number) => f.usd(usd),
    take: 'Quiz starten',
    open: 'Bearbeiten, teilen & exportieren',
    viewJson: 'Quiz als JSON anzeigen',
    seconds: (ms: number) => (ms < 1000 ? `${f.number(Math.round(ms))} ms` : `${f.decimal(ms / 1000)} s`),
  },
};

const library = {
  title: 'Bibliothek',
  heading: 'Bibliothek',
  intro: 'Ihre bisherigen Dokumente und die daraus erstellten Quizze.',
  quizzes: 'Quizze',
  documents: 'Dokumente',
  emptyQuizzes: 'Noch keine Quizze.',
  emptyDocuments: 'Noch keine Dokumente.',
  generateFirst: 'Laden Sie ein PDF hoch und generieren Sie ein Quiz',
  questions: (n: number) => f.plural(n, { one: 'Frage', other: 'Fragen' }),
  quizCount: (n: number) => f.plural(n, { one: 'Quiz', other: 'Quizze' }),
  created: (date: string) => `erstellt am ${date}`,
  fromDocument: (filename: string) => `aus ${filename}`,
  shared: 'Geteilt',
  open: 'Öffnen',
  take: 'Starten',
  newQuiz: 'Neues Quiz',
  newQuizLabel: (filename: string) => `Neues Quiz aus ${filename}`,
  openLabel: (title: string) => `${title} öffnen`,
  takeLabel: (title: string) => `${title} starten`,
  deleteLabel: (name: string) => `${name} löschen`,
  confirmDeleteQuiz: 'Dieses Quiz löschen?',
  confirmDeleteDocument: (quizzes: number) =>
    quizzes
      ? `Dieses PDF samt ${f.plural(quizzes, { one: 'Quiz', other: 'Quizzen' })} löschen?`
      : 'Dieses PDF löschen?',
  deleted: (name: string) => `${name} gelöscht.`,
};

const quizPage = {
  notFound: 'Dieses Quiz gibt es nicht (mehr).',
  backToLibrary: 'Zurück zur Bibliothek',
  meta: (questions: number, generator: string, created: string) =>
    `${f.plural(questions, { one: 'Frage', other: 'Fragen' })} · ${generator} · ${created}`,
  take: 'Quiz starten',
  titleLabel: 'Titel des Quiz',
  rename: 'Umbenennen',
  renamed: 'Titel gespeichert.',
  marking: 'Bewertung schriftlicher Antworten',
  markings: { forgiving: 'Nachsichtig', exact: 'Genau' } satisfies Record<Marking, string>,
  markingHints: {
    forgiving:
      'Angenommen, wie ein Mensch sie annehmen würde: Groß- und Kleinschreibung, Akzente, Leerzeichen, ein Artikel am Anfang, Singular oder Plural und ein Tippfehler in einem langen Wort.',
    exact:
      'Nur eine angenommene Antwort, wie sie aufgeführt ist; Groß- und Kleinschreibung und Leerzeichen ausgenommen.',
  } satisfies Record<Marking, string>,
};

const editor = {
  heading: 'Fragen',
  intro: 'Jede Änderung wird sofort auf dem Server gespeichert.',
  empty: 'Dieses Quiz enthält keine Fragen. Fügen Sie unten eine hinzu.',
  edit: 'Bearbeiten',
  ofQuestion: (n: number) => `, Frage ${f.number(n)}`,
  save: 'Frage speichern',
  delete: 'Löschen',
  confirmDelete: 'Diese Frage löschen?',
  regenerate: 'Neu generieren',
  regenerating: 'Neue Frage wird geschrieben…',
  moveUp: 'Nach oben',
  moveDown: 'Nach unten',
  moved: (n: number) => `Frage an Position ${n} verschoben.`,
  saved: (n: number) => `Frage ${n} gespeichert.`,
  deleted: 'Frage gelöscht.',
  regenerated: (n: number) => `Frage ${n} durch eine neue Frage zu derselben Seite ersetzt.`,
  add: 'Frage hinzufügen',
  addHeading: 'Frage von Hand hinzufügen',
  addSubmit: 'Frage hinzufügen',
  added: 'Frage am Ende hinzugefügt.',
  fields: {
    type: 'Typ',
    prompt: 'Frage',
    choices: 'Antwortoptionen',
    accepted: 'Akzeptierte Antworten',
    acceptedHint:
      'Jede dieser Antworten gilt als richtig, auch so, wie man sie schreibt: ohne Artikel, in Einzahl oder Mehrzahl, ohne Akzente, in beliebiger Groß- und Kleinschreibung und mit beliebigen Leerzeichen. Schreiben Sie eine neue Antwort; ihre üblichen Varianten werden beim Speichern ergänzt.',
    correctSingle: 'Markieren Sie die richtige Antwortoption.',
    correctMulti: 'Markieren Sie alle richtigen Antwortoptionen.',
    choice: (n: number) => `Antwortoption ${n}`,
    isCorrect: (n: number) => `Antwortoption ${n} ist richtig`,
    answer: (n: number) => `Akzeptierte Antwort ${n}`,
    addChoice: 'Antwortoption hinzufügen',
    addAnswer: 'Akzeptierte Antwort hinzufügen',
    removeChoice: (n: number) => `Antwortoption ${n} entfernen`,
    removeAnswer: (n: number) => `Akzeptierte Antwort ${n} entfernen`,
    explanation: 'Erklärung',
    difficulty: 'Schwierigkeit',
    page: 'Seite',
    quote: 'Zitat von dieser Seite',
    quoteHint: 'Kopieren Sie einen Satz dieser Seite genau so, wie er dort steht: Jede Frage nennt ihre Quelle.',
  },
};

const share = {
  heading: 'Teilen',
  intro: 'Wer den Link hat, kann an diesem Quiz teilnehmen, es aber nicht bearbeiten.',
  introLive:
    'Teilen Sie das Quiz, während es entsteht: Die Lernenden beginnen mit den vorhandenen Fragen, neue kommen hinzu, sobald sie geschrieben sind, und derselbe Link öffnet später das fertige Quiz.',
  liveHeading: 'Jetzt mit Lernenden teilen',
  create: 'Freigabelink erstellen',
  linkLabel: 'Freigabelink',
  copy: 'Link kopieren',
  copied: 'Link in die Zwischenablage kopiert.',
  copyFailed: 'Kopieren nicht möglich: Der Link ist markiert, kopieren Sie ihn bitte von Hand.',
  open: 'Öffnen',
  revoke: 'Link widerrufen',
  revokeQuestion: 'Widerrufen? Der Link funktioniert dann nicht mehr.',
  confirmRevoke: 'Ja, widerrufen',
  revoked: 'Link widerrufen: Er funktioniert nicht mehr.',
};

const exporting = {
  heading: 'Exportieren',
  intro: 'Laden Sie das Quiz für Ihre Lernplattform oder als Lernkarten herunter.',
  formats: {
    moodle: 'Moodle-Fragensammlung',
    gift: 'Moodle, reiner Text',
    qti: 'Canvas, Blackboard, andere LMS (ZIP)',
    'csv-kahoot': 'Kahoot-Tabellenimport',
    'csv-quizlet': 'Quizlet-Importtext',
    anki: 'Anki-Notizen, tabulatorgetrennt',
    md: 'Lesbares Dokument',
    json: 'Das vollständige Quiz',
  },
};

const source = {
  show: (page: number) => `Seite ${f.number(page)} zeigen`,
  heading: (page: number, pages: number) =>
    pages ? `Seite ${f.number(page)} von ${f.number(pages)}` : `Seite ${f.number(page)}`,
  previous: 'Vorige Seite',
  next: 'Nächste Seite',
  zoomOut: 'Verkleinern',
  zoomIn: 'Vergrößern',
  close: 'Schließen',
  unavailable: 'Das PDF konnte nicht angezeigt werden.',
  found: 'Das Zitat ist auf der Seite markiert.',
  foundPart: 'Der Anfang des Zitats ist markiert; es geht in einer anderen Spalte oder auf der nächsten Seite weiter.',
  notFound: 'Das Zitat steht nicht im Text, den das PDF dieser Seite enthält, und kann nicht markiert werden.',
  notFoundOcr: 'Diese Seite wurde aus ihrem Bild gelesen (OCR), und das Zitat ließ sich darauf nicht finden.',
  otherPage: (page: number) => `Das Zitat steht auf Seite ${f.number(page)}.`,
};

const print = {
  print: 'Drucken',
  worksheet: 'Arbeitsblatt',
  key: 'Lösungen',
  back: 'Zurück zum Quiz',
  keyTitle: (quiz: string) => `${quiz}: Lösungen`,
  name: 'Name',
  date: 'Datum',
  true: 'Richtig',
  false: 'Falsch',
  link: 'Drucken',
  downloadPdf: 'PDF herunterladen',
};

const bulk = {
  filters: 'Anzeigen',
  anyPage: 'Alle Seiten',
  page: (n: number) => `Seite ${f.number(n)}`,
  anyType: 'Alle Typen',
  anyDifficulty: 'Alle Schwierigkeiten',
  ocrOnly: 'Nur per OCR gelesene Seiten',
  shown: (n: number, total: number) => `${f.number(n)} von ${f.plural(total, { one: 'Frage', other: 'Fragen' })}`,
  select: 'Auswählen',
  selectAll: 'Alle angezeigten auswählen',
  selected: (n: number) => `${f.plural(n, { one: 'Frage', other: 'Fragen' })} ausgewählt`,
  delete: 'Löschen',
  confirmDelete: (n: number) => `${f.plural(n, { one: 'Frage', other: 'Fragen' })} löschen?`,
  regenerate: 'Neu erzeugen',
  setDifficulty: 'Schwierigkeit setzen',
  toTop: 'Nach ganz oben',
  toBottom: 'Nach ganz unten',
  clear: 'Auswahl aufheben',
  working: (done: number, total: number) => `In Arbeit … ${f.number(done)} von ${f.number(total)}`,
  deleted: (n: number) => `${f.plural(n, { one: 'Frage', other: 'Fragen' })} gelöscht.`,
  regenerated: (n: number) => `${f.plural(n, { one: 'Frage', other: 'Fragen' })} neu erzeugt.`,
  difficultySet: (n: number) => `Schwierigkeit für ${f.plural(n, { one: 'Frage', other: 'Fragen' })} gesetzt.`,
  moved: (n: number) => `${f.plural(n, { one: 'Frage', other: 'Fragen' })} verschoben.`,
};

const take = {
  liveNote: 'Weitere Fragen kommen hinzu, sobald sie geschrieben sind; die Punktzahl zählt, was du beantwortet hast.',
  title: (quiz: string) => `Quiz: ${quiz}`,
  sharedNote: 'Geteiltes Quiz (schreibgeschützt)',
  modeLabel: 'Anzeige',
  modeOne: 'Eine Frage nach der anderen',
  modeAll: 'Alle Fragen auf einmal',
  keyboardHint: 'Tastatur: Die Tasten 1–9 wählen eine Antwort, die Eingabetaste prüft die Antwort und geht weiter.',
  progress: (i: number, n: number) => `Frage ${f.number(i)} von ${f.number(n)}`,
  retryRound: (n: number) =>
    `Wiederholung: ${f.plural(n, { one: 'falsch beantwortete Frage', other: 'falsch beantwortete Fragen' })}`,
  multiHint: 'Wählen Sie alle zutreffenden Antworten.',
  typeAnswer: 'Ihre Antwort',
  chosen: 'Ihre Wahl',
  rightChoice: 'richtige Antwort',
  check: 'Antwort prüfen',
  next: 'Nächste Frage',
  finish: 'Mein Ergebnis anzeigen',
  submitAll: 'Antworten abgeben',
  correct: 'Richtig',
  incorrect: 'Nicht ganz',
  unanswered: 'Nicht beantwortet',
  correctAnswer: (n: number) => (n > 1 ? 'Richtige Antworten' : 'Richtige Antwort'),
  accepted: 'Akzeptierte Antworten',
  acceptedSlip: (expected: string) => `Akzeptiert, mit kleinem Fehler: Richtig geschrieben heißt es „${expected}“`,
  you: 'Ihre Antwort',
  why: 'Begründung',
  source: (page: number) => `Seite ${page}`,
  scoreHeading: 'Ihr Ergebnis',
  score: (right: number, total: number) => `${f.number(right)} von ${f.number(total)} richtig`,
  percent: (right: number, total: number) => f.percent(total ? right / total : 0),
  allRight: 'Alle Antworten richtig. Sehr gut!',
  retryWrong: (n: number) =>
    `${f.plural(n, { one: 'falsch beantwortete Frage', other: 'falsch beantwortete Fragen' })} wiederholen`,
  restart: 'Von vorn beginnen',
  review: 'Auswertung',
  empty: 'Dieses Quiz enthält noch keine Fragen.',
};

const shared = {
  notFound: 'Dieser Freigabelink existiert nicht oder wurde widerrufen.',
  waiting: 'Die ersten Fragen werden geschrieben…',
  writing: (n: number) =>
    `Wird noch geschrieben: bisher ${f.plural(n, { one: 'Frage', other: 'Fragen' })}. Neue kommen zu Ihrem Quiz hinzu, sobald sie da sind.`,
  complete: (n: number) => `Alle Fragen sind da: ${f.plural(n, { one: 'Frage', other: 'Fragen' })}.`,
  stopped: (n: number) =>
    `Es werden keine weiteren Fragen geschrieben: ${f.plural(n, { one: 'Frage', other: 'Fragen' })} zu beantworten.`,
  lost: 'Die Verbindung ist abgebrochen: Neue Fragen können nicht ankommen.',
};

const notFound = {
  title: 'Seite nicht gefunden',
  body: 'Unter dieser Adresse gibt es nichts.',
  home: 'Zur Startseite',
};

const signIn = {
  title: 'Anmelden',
  intro:
    'Melden Sie sich mit Ihrem Schulkonto an, um Quizze zu erstellen. Ihre Dokumente und Quizze gehören nur Ihnen.',
  button: 'Mit dem Schulkonto anmelden',
  iapIntro:
    'Ihre Schule meldet Sie an, bevor sich diese Seite öffnet. Laden Sie die Seite neu, um sich erneut anzumelden.',
  reload: 'Neu laden',
  student:
    'Sie möchten ein Quiz lösen? Öffnen Sie den Link, den Ihre Lehrkraft geteilt hat – dafür ist kein Konto nötig.',
  signedInAs: (name: string) => `Angemeldet als ${name}`,
  signOut: 'Abmelden',
  errors: {
    email_domain_not_allowed:
      'Dieser Server ist nur für eine Schule bestimmt, und Ihre E-Mail-Adresse gehört nicht zu ihr.',
    email_not_verified: 'Ihr Identitätsanbieter hat Ihre E-Mail-Adresse nicht bestätigt.',
    email_missing: 'Ihr Identitätsanbieter hat uns Ihre E-Mail-Adresse nicht mitgeteilt.',
    sign_in_expired:
      'Die Anmeldung hat zu lange gedauert oder wurde in einem anderen Tab geöffnet. Bitte melden Sie sich erneut an.',
    sign_in_failed: 'Die Anmeldung hat nicht funktioniert. Bitte versuchen Sie es erneut.',
  } as Record<string, string>,
  expired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
};

const apiCodes: Record<string, string> = {
  no_text: 'Die Seite enthält keinen Text.',
  too_little_text: 'Die Seite enthält zu wenig Text.',
  unsupported_language:
    'Der Offline-Generator kann die gewünschten Fragetypen in der Sprache dieser Seite nicht erstellen.',
  limited_language:
    'Dieses Dokument ist nicht auf Englisch: Der Offline-Generator erstellt daraus nur Wahr/falsch-, Lückentext- und Zahlenfragen, direkt aus seinen Sätzen und in seiner Sprache. Ein LLM-Generator schreibt vollständige Fragen.',
  page_unreadable: 'Diese Seite konnte nicht gelesen werden und wurde übersprungen.',
  no_questions: 'Aus diesem Dokument konnten keine Fragen erstellt werden: Es enthält zu wenig lesbaren Text.',
  corrupt:
    'Dieses PDF konnte nicht gelesen werden: Es ist möglicherweise beschädigt oder nutzt eine nicht unterstützte Funktion.',
  encrypted: 'Dieses PDF ist passwortgeschützt. Entfernen Sie das Passwort und laden Sie es erneut hoch.',
  not_pdf: 'Diese Datei ist kein PDF.',
  pdf_too_complex:
    'Zum Lesen dieses PDFs wäre mehr Speicher nötig als erlaubt: Es ist darauf angelegt, Leseprogramme zu überlasten, oder weit größer als jedes Kursdokument.',
  llm_unavailable:
    'Der KI-Dienst ist gerade nicht verfügbar. Versuchen Sie es später erneut oder verwenden Sie den Offline-Generator.',
  llm_timeout: 'Der KI-Dienst hat zu lange für eine Antwort gebraucht.',
  llm_auth_failed:
    'Der Server konnte sich nicht beim KI-Dienst anmelden. Bitten Sie Ihre Administration, den Schlüssel zu prüfen.',
  llm_quota_exceeded:
    'Das Kontingent des KI-Dienstes ist aufgebraucht. Versuchen Sie es später erneut oder verwenden Sie den Offline-Generator.',
  rate_limit: 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
  readers_busy:
    'Der Server liest gerade so viele PDFs, wie sein Speicher erlaubt. Versuchen Sie es in ein paar Sekunden erneut.',
  overloaded: 'Der Server ist gerade ausgelastet. Versuchen Sie es in ein paar Sekunden erneut.',
  database_unavailable: 'Die Datenbank ist gerade nicht erreichbar. Versuchen Sie es gleich noch einmal.',
  insufficient_storage:
    'Auf dem Server ist kein Platz mehr für diese Datei. Versuchen Sie es später erneut; der Betreiber wurde benachrichtigt.',
  token_budget_reached:
    'Dieser Auftrag hat sein KI-Nutzungsbudget erreicht; die bisher erstellten Fragen bleiben erhalten.',
  llm_dropped_ungrounded:
    'Einige vom Modell geschriebene Fragen zitierten Text, der nicht auf ihrer Seite steht, und wurden verworfen.',
  llm_dropped_unsupported:
    'Einige vom Modell geschriebene Fragen hatten eine Antwort, die ihr eigenes Zitat nicht belegt, und wurden verworfen.',
  llm_dropped_unverified:
    'Einige Fragen wurden aus ihrem Zitat allein anders beantwortet und verworfen (Prüfung der Antworten).',
  llm_dropped_invalid: 'Einige vom Modell geschriebene Fragen entsprachen nicht dem Frageformat und wurden verworfen.',
  llm_dropped_duplicate: 'Einige vom Modell geschriebene Fragen wiederholten frühere Fragen und wurden verworfen.',
  llm_page_failed: 'Der KI-Dienst antwortete für diese Seite nicht; sie wurde übersprungen.',
  llm_rate_limited: 'Der KI-Dienst begrenzt gerade die Anfragen. Versuchen Sie es später erneut.',
  not_joined: 'Tritt zuerst der Sitzung bei, mit ihrem Code und einem Spitznamen.',
  removed: 'Die Spielleitung hat dich aus dieser Sitzung entfernt.',
  nickname_taken: 'Jemand in dieser Sitzung hat diesen Spitznamen schon: Wähle einen anderen.',
  session_full: 'Diese Live-Sitzung ist voll.',
  session_ended: 'Diese Live-Sitzung ist beendet.',
  invalid_nickname: 'Wähle einen Spitznamen mit höchstens 24 Zeichen.',
  invalid_answer: 'Diese Antwort gehört nicht zu den Antwortoptionen der Frage.',
  question_closed: 'Diese Frage ist geschlossen: Die Zeit ist um, oder die Spielleitung ist weitergegangen.',
  self_paced:
    'In einer Sitzung im eigenen Tempo geht jede Person allein weiter: Die Spielleitung startet und beendet sie nur.',
  already_started: 'Diese Live-Sitzung hat bereits begonnen.',
  not_revealed: 'Decken Sie die Antwort auf, bevor Sie weitergehen (oder überspringen Sie die Frage).',
  no_open_question: 'Es ist keine Frage offen, deren Antwort sich aufdecken ließe.',
  not_running: 'Es läuft keine Frage, die sich pausieren ließe.',
  not_paused: 'Die Sitzung ist nicht pausiert.',
  no_question_yet: 'Die nächste Frage wird noch geschrieben: Versuchen Sie es gleich noch einmal.',
  no_more_questions: 'Es gibt keine weiteren Fragen: Beenden Sie die Sitzung.',
};

const language = {
  label: 'Sprache',
};

const live = {
  hostHeading: 'Live spielen',
  hostIntro: 'Spielen Sie dieses Quiz mit einer Klasse: Alle treten mit einem Code auf dem Handy bei, ohne Konto.',
  hostIntroJob:
    'Starten Sie mit den bisher geschriebenen Fragen; die nächsten kommen hinzu, sobald sie geschrieben sind.',
  pace: 'Tempo',
  paceHost: 'Gemeinsam: Sie geben für alle das Tempo vor',
  paceSelf: 'Im eigenen Tempo: jede Person für sich',
  seconds: 'Sekunden pro Frage',
  secondsHint: '0, damit jede Frage offen bleibt, bis Sie die Antwort aufdecken',
  showLeaderboard: 'Bestenliste mit Spitznamen anzeigen',
  open: 'Live starten',
  presenterTitle: (title: string) => `Live: ${title}`,
  joinAt: 'Mitmachen unter',
  code: 'Code',
  qrLabel: 'QR-Code des Beitrittslinks',
  presenterLink: 'Präsentationslink für einen Bildschirm ohne Anmeldung',
  participants: (n: number) => f.plural(n, { one: 'teilnehmende Person', other: 'Teilnehmende' }),
  waitingForPeople: 'Warten auf Teilnehmende…',
  start: 'Starten',
  next: 'Nächste Frage',
  reveal: 'Antwort aufdecken',
  pause: 'Pausieren',
  resume: 'Fortsetzen',
  skip: 'Überspringen',
  end: 'Sitzung beenden',
  questionOf: (n: number, total: number, more: boolean) =>
    `Frage ${f.number(n)} von ${more ? 'bisher ' : ''}${f.number(total)}`,
  answered: (n: number, of: number) => `${f.number(n)} von ${f.number(of)} haben geantwortet`,
  secondsLeft: (s: number) => `${f.number(s)} s`,
  paused: 'Pausiert',
  timeUp: 'Die Zeit ist um',
  answerIs: 'Antwort:',
  fromDocument: (page: number) => `Aus dem Dokument, Seite ${f.number(page)}`,
  leaderboard: 'Bestenliste',
  rightOf: (right: number) => f.plural(right, { one: 'richtige Antwort', other: 'richtige Antworten' }),
  ended: 'Die Sitzung ist beendet.',
  results: 'Ergebnisse',
  downloadCsv: 'CSV herunterladen',
  downloadJson: 'JSON herunterladen',
  remove: (nickname: string) => `${nickname} entfernen`,
  progress: 'Fortschritt',
  progressOf: (answered: number, total: number) => `${f.number(answered)} / ${f.number(total)}`,
  stillWriting: 'Weitere Fragen werden gerade geschrieben.',
  connection: {
    connecting: 'Verbindung wird hergestellt…',
    connected: 'Live',
    reconnecting: 'Verbindung wird wiederhergestellt…',
    closed: 'Offline',
  },
  joinHeading: 'Bei einem Live-Quiz mitmachen',
  joinIntro: 'Gib den Code von der Tafel und einen Spitznamen ein. Du brauchst kein Konto.',
  codeLabel: 'Code',
  nicknameLabel: 'Spitzname',
  join: 'Mitmachen',
  you: (nickname: string) => `Du bist ${nickname}`,
  lobby: 'Du bist dabei! Das Quiz beginnt gleich.',
  send: 'Senden',
  sent: 'Antwort gesendet. Warte auf die Auflösung.',
  right: 'Richtig!',
  wrong: 'Diesmal nicht.',
  notAnswered: 'Diese Frage hast du nicht beantwortet.',
  yourAnswer: 'Deine Antwort',
  waitNext: 'Warte auf die nächste Frage.',
  removed: 'Die Spielleitung hat dich aus dieser Sitzung entfernt.',
  score: (right: number, total: number) => `Du hast ${f.number(right)} von ${f.number(total)} richtig.`,
  allDone: 'Du hast alle Fragen beantwortet. Sehr gut!',
  writeAnswer: 'Deine Antwort',
  chooseAll: 'Wähle alle zutreffenden Antworten',
  questionLabel: (n: number) => `Frage ${f.number(n)}`,
  leave: 'Einer anderen Sitzung beitreten',
  byQuestion: 'Nach Frage',
  byParticipant: 'Nach Teilnehmer',
  questionColumn: 'Frage',
  rightColumn: 'Richtig',
  rightShare: (right: number, of: number) => `${f.number(right)} von ${f.number(of)}`,
};

export const de: Messages = {
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
