// Every user-visible string of the web app, in French.
import type { DifficultyOption, Marking, QuestionType } from '@quizstream/core/schemas';
import type { Messages } from './en';
import { formatsFor } from './format';

const f = formatsFor('fr');

const core = {
  app: {
    name: 'quizstream',
    tagline: 'Transformez un PDF en quiz et regardez chaque question apparaître dès qu’elle est créée.',
    footer: 'Les questions s’appuient sur votre document : chacune cite la page dont elle est issue.',
    date: (iso: string) => f.date(iso),
  },
  nav: {
    label: 'Navigation principale',
    skip: 'Aller au contenu',
    generate: 'Générer',
    library: 'Bibliothèque',
  },
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    cancel: 'Annuler',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    edit: 'Modifier',
    delete: 'Supprimer',
    confirmDelete: 'Oui, supprimer',
  },
  errors: {
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    http: (status: number) => `Le serveur a répondu par une erreur (HTTP ${status}).`,
    badResponse: 'Le serveur a envoyé une réponse que cette page ne comprend pas.',
  },
  upload: {
    heading: '1. Importer un PDF',
    prompt: 'Déposez un PDF ici ou cliquez pour en choisir un',
    hint: (maxMb: number | undefined) => (maxMb ? `PDF uniquement, jusqu’à ${f.number(maxMb)} Mo` : 'PDF uniquement'),
    dragActive: 'Relâchez pour importer',
    uploading: (percent: number) => `Importation… ${f.percent(percent / 100)}`,
    processing: 'Lecture des pages…',
    serverBusy: (seconds: number) =>
      `Le serveur est occupé ; nouvel envoi dans ${f.plural(seconds, { one: 'seconde', many: 'de secondes', other: 'secondes' })}…`,
    progressLabel: 'Progression de l’importation',
    notPdf: (name: string) => `« ${name} » n’est pas un PDF. Veuillez choisir un fichier .pdf.`,
    tooBig: (maxMb: number) => `Ce fichier dépasse ${f.number(maxMb)} Mo.`,
    network: 'L’importation a échoué : impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    failed: (status: number) => `L’importation a échoué (HTTP ${status}).`,
    replace: 'Choisir un autre PDF',
  },
  document: {
    pages: (n: number) => f.plural(n, { one: 'page', many: 'de pages', other: 'pages' }),
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.decimal(bytes / 1024 / 1024)} Mo`
        : `${f.number(Math.max(1, Math.round(bytes / 1024)))} Ko`,
  },
  options: {
    heading: '2. Choisir les options',
    questionsPerPage: 'Questions par page',
    questionsPerPageHint: 'De 1 à 10',
    questionsPerPageMaxHint: 'Au maximum, de 1 à 10',
    count: 'Nombre total de questions',
    countHint: `Facultatif, jusqu’à ${f.number(1000)} : réparties sur l’ensemble du document`,
    types: 'Types de questions',
    typesRequired: 'Choisissez au moins un type de question.',
    difficulty: 'Difficulté',
    generate: 'Générer en direct ⚡',
    needDocument: 'Importez d’abord un PDF.',
    generator: 'Générateur',
    generatorInUse: 'Générateur utilisé :',
    generatorName: (id: string, name: string) =>
      id === 'offline' ? 'Hors ligne (intégré, sans IA)' : `Modèle d’IA (${name.replace(/^llm:/, '')})`,
  },
  questionTypes: {
    multiple_choice: 'Choix multiple',
    true_false: 'Vrai / faux',
    short_answer: 'Réponse courte',
    multi_select: 'Réponses multiples',
  } satisfies Record<QuestionType, string>,
  difficulties: {
    mixed: 'Mixte',
    easy: 'Facile',
    medium: 'Moyenne',
    hard: 'Difficile',
  } satisfies Record<DifficultyOption, string>,
  stream: {
    heading: '3. Questions en direct',
    connecting: 'Connexion…',
    connected: 'En direct',
    reconnecting: 'Reconnexion…',
    stop: 'Arrêter',
    stopping: 'Arrêt en cours…',
    closed: 'Terminé',
    jobId: (id: string) => `Tâche ${id}`,
    progressLabel: 'Pages traitées',
    progressText: (done: number, total: number) =>
      `${f.plural(done, { one: 'page', many: 'de pages', other: 'pages' })} sur ${f.number(total)}`,
    waitingForPages: 'Lecture du document…',
    ocrPage: (page: number, of: number) => `OCR\u00A0: page ${f.number(page)}/${f.number(of)}`,
    empty: 'Les questions apparaîtront ici au fur et à mesure du traitement des pages.',
    warnings: (n: number) => f.plural(n, { one: 'avertissement', many: 'd’avertissements', other: 'avertissements' }),
    warningOnPages: (pages: readonly number[]) =>
      `${f.word(pages.length, { one: 'Page', other: 'Pages' })} ${f.list(pages.map((p) => f.number(p)))}`,
    soFar: (n: number) =>
      `${f.plural(n, { one: 'question', many: 'de questions', other: 'questions' })} pour l’instant`,
    details: 'Détails',
    startNow: 'Commencer maintenant',
    cardsHidden: 'En cours ci-dessus\u00A0: les réponses ne sont pas affichées ici.',
    takingHeading: 'Répondre au quiz pendant qu’il s’écrit',
    cancelled: 'Génération arrêtée. Les questions déjà générées sont conservées.',
    errorTitle: 'Échec de la génération',
    retryHint: 'Le problème semble temporaire : réessayez dans un instant.',
    resumed: 'Reprise de la génération qui était en cours avant le rechargement de la page.',
    reconnect: 'Reprendre',
    announceStarted: 'Génération lancée. Les questions apparaîtront au fur et à mesure du traitement des pages.',
    announceComplete: (n: number) =>
      `Quiz prêt : ${f.plural(n, { one: 'question', many: 'de questions', other: 'questions' })}.`,
    announceFailed: 'Échec de la génération.',
    announceReconnecting: 'Connexion perdue. Reconnexion…',
  },
  question: {
    number: (n: number) => `Question ${n}`,
    correct: 'bonne réponse',
    acceptedAnswers: 'Réponses acceptées',
    explanation: 'Explication',
    source: (page: number) => `page ${page}`,
    ocr: 'OCR',
    ocrHint: 'Cette page a été lue à partir de son image (OCR) : vérifiez la citation sur la page.',
  },
  summary: {
    heading: 'Quiz prêt',
    questions: 'Questions',
    pages: 'Pages',
    pagesWithoutText: 'Pages sans texte',
    duration: 'Durée',
    dropped: 'Écartées',
    droppedDetail: (ungrounded: number, duplicate: number, invalid: number) =>
      `${f.number(ungrounded)} sans appui dans le texte, ${f.number(duplicate)} en double, ${f.plural(invalid, { one: 'invalide', many: 'invalides', other: 'invalides' })}`,
    droppedQuality: (n: number) => `${f.number(n)} hors des règles de qualité`,
    droppedKey: (n: number) => `${f.number(n)} dont la réponse n’est pas appuyée par la citation`,
    generator: 'Générateur',
    tokens: 'Jetons utilisés',
    tokensValue: (input: number, output: number) => `${f.number(input)} en entrée · ${f.number(output)} en sortie`,
    cached: (n: number) => `${f.number(n)} de l’entrée lus dans le cache du fournisseur`,
    cost: 'Coût',
    costValue: (usd: number) => f.usd(usd),
    take: 'Faire le quiz',
    open: 'Modifier, partager et exporter',
    viewJson: 'Voir le JSON du quiz',
    seconds: (ms: number) => (ms < 1000 ? `${f.number(Math.round(ms))} ms` : `${f.decimal(ms / 1000)} s`),
  },
};

const library = {
  title: 'Bibliothèque',
  heading: 'Bibliothèque',
  intro: 'Vos documents précédents et les quiz créés à partir de ceux-ci.',
  quizzes: 'Quiz',
  documents: 'Documents',
  emptyQuizzes: 'Aucun quiz pour l’instant.',
  emptyDocuments: 'Aucun document pour l’instant.',
  generateFirst: 'Importez un PDF pour générer un quiz',
  questions: (n: number) => f.plural(n, { one: 'question', many: 'de questions', other: 'questions' }),
  quizCount: (n: number) => f.plural(n, { one: 'quiz', many: 'de quiz', other: 'quiz' }),
  created: (date: string) => `créé le ${date}`,
  fromDocument: (filename: string) => `à partir de ${filename}`,
  shared: 'Partagé',
  open: 'Ouvrir',
  take: 'Faire',
  newQuiz: 'Nouveau quiz',
  newQuizLabel: (filename: string) => `Nouveau quiz à partir de ${filename}`,
  openLabel: (title: string) => `Ouvrir ${title}`,
  takeLabel: (title: string) => `Faire le quiz ${title}`,
  deleteLabel: (name: string) => `Supprimer ${name}`,
  confirmDeleteQuiz: 'Supprimer ce quiz ?',
  confirmDeleteDocument: (quizzes: number) =>
    quizzes
      ? quizzes === 1
        ? 'Supprimer ce PDF et son quiz ?'
        : `Supprimer ce PDF et ses ${f.plural(quizzes, { one: 'quiz', many: 'de quiz', other: 'quiz' })} ?`
      : 'Supprimer ce PDF ?',
  deleted: (name: string) => `${name} supprimé.`,
};

const quizPage = {
  notFound: 'Ce quiz n’existe pas (ou plus).',
  backToLibrary: 'Retour à la bibliothèque',
  meta: (questions: number, generator: string, created: string) =>
    `${f.plural(questions, { one: 'question', many: 'de questions', other: 'questions' })} · ${generator} · ${created}`,
  take: 'Faire le quiz',
  titleLabel: 'Titre du quiz',
  rename: 'Renommer',
  renamed: 'Titre enregistré.',
  marking: 'Correction des réponses écrites',
  markings: { forgiving: 'Indulgente', exact: 'Exacte' } satisfies Record<Marking, string>,
  markingHints: {
    forgiving:
      'Acceptées comme une personne les accepterait\u00A0: casse, accents, espaces, article initial, singulier ou pluriel, et une faute de frappe dans un mot long.',
    exact: 'Seulement une réponse acceptée telle qu’elle est écrite, casse et espaces mis à part.',
  } satisfies Record<Marking, string>,
};

const editor = {
  heading: 'Questions',
  intro: 'Chaque modification est enregistrée sur le serveur dès que vous l’effectuez.',
  empty: 'Ce quiz ne contient aucune question. Ajoutez-en une ci-dessous.',
  edit: 'Modifier',
  ofQuestion: (n: number) => `, question ${f.number(n)}`,
  save: 'Enregistrer la question',
  delete: 'Supprimer',
  confirmDelete: 'Supprimer cette question ?',
  regenerate: 'Régénérer',
  regenerating: 'Rédaction d’une nouvelle question…',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  moved: (n: number) => `Question déplacée en position ${n}.`,
  saved: (n: number) => `Question ${n} enregistrée.`,
  deleted: 'Question supprimée.',
  regenerated: (n: number) => `Question ${n} remplacée par une nouvelle, tirée de la même page.`,
  add: 'Ajouter une question',
  addHeading: 'Ajouter une question manuellement',
  addSubmit: 'Ajouter la question',
  added: 'Question ajoutée à la fin.',
  fields: {
    type: 'Type',
    prompt: 'Question',
    choices: 'Choix',
    accepted: 'Réponses acceptées',
    acceptedHint:
      'Chacune de ces réponses est jugée correcte, même telle qu’on l’écrit : sans article, au singulier ou au pluriel, sans accents, en majuscules ou en minuscules, avec ou sans espaces. Saisissez une nouvelle réponse : ses variantes courantes sont ajoutées à l’enregistrement.',
    correctSingle: 'Cochez la bonne réponse.',
    correctMulti: 'Cochez toutes les bonnes réponses.',
    choice: (n: number) => `Choix ${n}`,
    isCorrect: (n: number) => `Le choix ${n} est correct`,
    answer: (n: number) => `Réponse acceptée ${n}`,
    addChoice: 'Ajouter un choix',
    addAnswer: 'Ajouter une réponse acceptée',
    removeChoice: (n: number) => `Retirer le choix ${n}`,
    removeAnswer: (n: number) => `Retirer la réponse acceptée ${n}`,
    explanation: 'Explication',
    difficulty: 'Difficulté',
    page: 'Page',
    quote: 'Citation de cette page',
    quoteHint: 'Copiez une phrase de cette page exactement telle qu’elle est écrite : chaque question cite sa source.',
  },
};

const share = {
  heading: 'Partager',
  intro: 'Toute personne disposant du lien peut faire ce quiz, mais pas le modifier.',
  introLive:
    'Partagez le quiz pendant sa rédaction\u00A0: les élèves commencent par les questions déjà écrites, les nouvelles s’ajoutent au fur et à mesure, et le même lien ouvre ensuite le quiz terminé.',
  liveHeading: 'Partager maintenant avec les élèves',
  create: 'Créer un lien de partage',
  linkLabel: 'Lien de partage',
  copy: 'Copier le lien',
  copied: 'Lien copié dans le presse-papiers.',
  copyFailed: 'Copie impossible : le lien est sélectionné, copiez-le manuellement.',
  open: 'Ouvrir',
  revoke: 'Révoquer le lien',
  revokeQuestion: 'Révoquer ? Le lien ne fonctionnera plus.',
  confirmRevoke: 'Oui, révoquer',
  revoked: 'Lien révoqué : il ne fonctionne plus.',
};

const exporting = {
  heading: 'Exporter',
  intro: 'Téléchargez le quiz pour votre plateforme d’apprentissage ou vos fiches de révision.',
  formats: {
    moodle: 'Banque de questions Moodle',
    gift: 'Moodle, texte brut',
    qti: 'Canvas, Blackboard, autres LMS (zip)',
    'csv-kahoot': 'Import de tableur Kahoot',
    'csv-quizlet': 'Texte d’import Quizlet',
    anki: 'Notes Anki, séparées par des tabulations',
    md: 'Document lisible',
    json: 'Le quiz complet',
  },
};

const source = {
  show: (page: number) => `Afficher la page ${f.number(page)}`,
  heading: (page: number, pages: number) =>
    pages ? `Page ${f.number(page)} sur ${f.number(pages)}` : `Page ${f.number(page)}`,
  previous: 'Page précédente',
  next: 'Page suivante',
  zoomOut: 'Zoom arrière',
  zoomIn: 'Zoom avant',
  close: 'Fermer',
  unavailable: 'Le PDF n’a pas pu être affiché.',
  found: 'La citation est surlignée sur la page.',
  foundPart:
    'Le début de la citation est surligné\u00A0; elle continue dans une autre colonne ou sur la page suivante.',
  notFound: 'La citation ne figure pas dans le texte du PDF de cette page\u00A0: elle ne peut pas être surlignée.',
  notFoundOcr: 'Cette page a été lue à partir de son image (OCR), et la citation n’a pas pu y être repérée.',
  otherPage: (page: number) => `La citation se trouve page ${f.number(page)}.`,
};

const print = {
  print: 'Imprimer',
  worksheet: 'Feuille d’exercices',
  key: 'Corrigé',
  back: 'Retour au quiz',
  keyTitle: (quiz: string) => `${quiz}\u00A0: corrigé`,
  name: 'Nom',
  date: 'Date',
  true: 'Vrai',
  false: 'Faux',
  link: 'Imprimer',
  downloadPdf: 'Télécharger le PDF',
};

const bulk = {
  filters: 'Afficher',
  anyPage: 'Toutes les pages',
  page: (n: number) => `Page ${f.number(n)}`,
  anyType: 'Tous les types',
  anyDifficulty: 'Toutes les difficultés',
  ocrOnly: 'Seulement les pages lues par OCR',
  shown: (n: number, total: number) =>
    `${f.number(n)} sur ${f.plural(total, { one: 'question', many: 'de questions', other: 'questions' })}`,
  select: 'Sélectionner',
  selectAll: 'Sélectionner tout ce qui est affiché',
  selected: (n: number) =>
    `${f.plural(n, { one: 'question sélectionnée', many: 'de questions sélectionnées', other: 'questions sélectionnées' })}`,
  delete: 'Supprimer',
  confirmDelete: (n: number) =>
    `Supprimer ${f.plural(n, { one: 'question', many: 'de questions', other: 'questions' })}\u00A0?`,
  regenerate: 'Régénérer',
  setDifficulty: 'Fixer la difficulté',
  toTop: 'Déplacer en haut',
  toBottom: 'Déplacer en bas',
  clear: 'Effacer la sélection',
  working: (done: number, total: number) => `En cours… ${f.number(done)} sur ${f.number(total)}`,
  deleted: (n: number) =>
    `${f.plural(n, { one: 'question supprimée', many: 'de questions supprimées', other: 'questions supprimées' })}.`,
  regenerated: (n: number) =>
    `${f.plural(n, { one: 'question régénérée', many: 'de questions régénérées', other: 'questions régénérées' })}.`,
  difficultySet: (n: number) =>
    `Difficulté fixée pour ${f.plural(n, { one: 'question', many: 'de questions', other: 'questions' })}.`,
  moved: (n: number) =>
    `${f.plural(n, { one: 'question déplacée', many: 'de questions déplacées', other: 'questions déplacées' })}.`,
};

const take = {
  liveNote:
    'D’autres questions s’ajoutent à mesure qu’elles sont écrites\u00A0; le score compte ce à quoi vous avez répondu.',
  title: (quiz: string) => `Quiz : ${quiz}`,
  sharedNote: 'Quiz partagé (lecture seule)',
  modeLabel: 'Affichage',
  modeOne: 'Une question à la fois',
  modeAll: 'Toutes les questions à la fois',
  keyboardHint: 'Clavier : les touches 1 à 9 choisissent une réponse, Entrée vérifie la réponse et passe à la suite.',
  progress: (i: number, n: number) => `Question ${f.number(i)} sur ${f.number(n)}`,
  retryRound: (n: number) =>
    `Nouvel essai : ${f.plural(n, { one: 'question ratée', many: 'de questions ratées', other: 'questions ratées' })}`,
  multiHint: 'Choisissez toutes les réponses qui conviennent.',
  typeAnswer: 'Votre réponse',
  chosen: 'votre choix',
  rightChoice: 'bonne réponse',
  check: 'Vérifier la réponse',
  next: 'Question suivante',
  finish: 'Voir mon score',
  submitAll: 'Valider les réponses',
  correct: 'Correct',
  incorrect: 'Pas tout à fait',
  unanswered: 'Sans réponse',
  correctAnswer: (n: number) => (n > 1 ? 'Bonnes réponses' : 'Bonne réponse'),
  accepted: 'Réponses acceptées',
  acceptedSlip: (expected: string) => `Acceptée, malgré une petite faute : cela s’écrit « ${expected} »`,
  you: 'Votre réponse',
  why: 'Explication',
  source: (page: number) => `page ${page}`,
  scoreHeading: 'Votre score',
  score: (right: number, total: number) =>
    `${f.plural(right, { one: 'bonne réponse', many: 'de bonnes réponses', other: 'bonnes réponses' })} sur ${f.number(total)}`,
  percent: (right: number, total: number) => f.percent(total ? right / total : 0),
  allRight: 'Toutes les réponses sont justes. Bravo !',
  retryWrong: (n: number) =>
    `Refaire ${f.plural(n, { one: 'question ratée', many: 'de questions ratées', other: 'questions ratées' })}`,
  restart: 'Recommencer',
  review: 'Récapitulatif',
  empty: 'Ce quiz ne contient pas encore de questions.',
};

const shared = {
  notFound: 'Ce lien de partage n’existe pas ou a été révoqué.',
  waiting: 'Les premières questions sont en cours de rédaction…',
  writing: (n: number) =>
    `Rédaction en cours\u00A0: ${f.plural(n, { one: 'question', many: 'de questions', other: 'questions' })} pour l’instant. Les nouvelles s’ajoutent à votre quiz dès qu’elles arrivent.`,
  complete: (n: number) =>
    `Toutes les questions sont là\u00A0: ${f.plural(n, { one: 'question', many: 'de questions', other: 'questions' })}.`,
  stopped: (n: number) =>
    `Aucune autre question ne sera écrite\u00A0: ${f.plural(n, { one: 'question', many: 'de questions', other: 'questions' })} à répondre.`,
  lost: 'La connexion a été perdue\u00A0: les nouvelles questions ne peuvent plus arriver.',
};

const notFound = {
  title: 'Page introuvable',
  body: 'Il n’y a rien à cette adresse.',
  home: 'Aller à la page d’accueil',
};

const signIn = {
  title: 'Connexion',
  intro:
    'Connectez-vous avec votre compte scolaire pour créer des quiz. Vos documents et vos quiz n’appartiennent qu’à vous.',
  button: 'Se connecter avec le compte scolaire',
  iapIntro:
    'Votre établissement vous connecte avant l’ouverture de cette page. Rechargez la page pour vous reconnecter.',
  reload: 'Recharger',
  student: 'Vous faites un quiz ? Ouvrez le lien partagé par votre enseignant ; aucun compte n’est nécessaire.',
  signedInAs: (name: string) => `Connecté en tant que ${name}`,
  signOut: 'Se déconnecter',
  errors: {
    email_domain_not_allowed:
      'Ce serveur est réservé à un seul établissement, et votre adresse e-mail n’en fait pas partie.',
    email_not_verified: 'Votre fournisseur d’identité n’a pas vérifié votre adresse e-mail.',
    email_missing: 'Votre fournisseur d’identité ne nous a pas communiqué votre adresse e-mail.',
    sign_in_expired:
      'La connexion a pris trop de temps ou a été ouverte dans un autre onglet. Veuillez vous reconnecter.',
    sign_in_failed: 'La connexion n’a pas abouti. Veuillez réessayer.',
  } as Record<string, string>,
  expired: 'Votre session a expiré. Veuillez vous reconnecter.',
};

const apiCodes: Record<string, string> = {
  no_text: 'La page ne contient aucun texte.',
  too_little_text: 'La page contient trop peu de texte.',
  unsupported_language:
    'Le générateur hors ligne ne peut pas créer les types de questions demandés dans la langue de cette page.',
  limited_language:
    'Ce document n’est pas en anglais : le générateur hors ligne n’en tire que des questions vrai/faux, à trous et numériques, à partir de ses phrases telles qu’elles sont écrites et dans sa langue. Un générateur LLM rédige des questions complètes.',
  page_unreadable: 'Cette page n’a pas pu être lue et a été ignorée.',
  no_questions: 'Aucune question n’a pu être rédigée à partir de ce document : il contient trop peu de texte lisible.',
  corrupt: 'Ce PDF n’a pas pu être lu : il est peut-être endommagé ou utilise une fonctionnalité non prise en charge.',
  encrypted: 'Ce PDF est protégé par un mot de passe. Supprimez le mot de passe, puis importez-le à nouveau.',
  not_pdf: 'Ce fichier n’est pas un PDF.',
  pdf_too_complex:
    'La lecture de ce PDF demande plus de mémoire que la limite autorisée : il est conçu pour surcharger les lecteurs, ou bien plus volumineux que n’importe quel document de cours.',
  llm_unavailable:
    'Le service d’IA est indisponible pour le moment. Réessayez plus tard ou utilisez le générateur hors ligne.',
  llm_timeout: 'Le service d’IA a mis trop de temps à répondre.',
  llm_auth_failed:
    'Le serveur n’a pas pu se connecter au service d’IA. Demandez à l’administrateur de vérifier sa clé.',
  llm_quota_exceeded: 'Le quota du service d’IA est épuisé. Réessayez plus tard ou utilisez le générateur hors ligne.',
  rate_limit: 'Trop de requêtes. Patientez un instant, puis réessayez.',
  readers_busy: 'Le serveur lit autant de PDF que sa mémoire le permet. Réessayez dans quelques secondes.',
  overloaded: 'Le serveur est occupé pour le moment. Réessayez dans quelques secondes.',
  database_unavailable: 'La base de données est injoignable pour le moment. Réessayez dans un instant.',
  insufficient_storage:
    'Le serveur n’a plus de place pour enregistrer ce fichier. Réessayez plus tard ; son administrateur a été prévenu.',
  token_budget_reached:
    'Cette tâche a atteint son budget d’utilisation de l’IA ; les questions rédigées jusqu’ici sont conservées.',
  llm_dropped_ungrounded:
    'Des questions écrites par le modèle citaient un texte absent de leur page : elles ont été écartées.',
  llm_dropped_unsupported:
    'Des questions écrites par le modèle avaient une réponse que leur propre citation n’énonce pas : elles ont été écartées.',
  llm_dropped_unverified:
    'Des questions ont reçu une autre réponse à partir de leur seule citation : elles ont été écartées (vérification des réponses).',
  llm_dropped_invalid:
    'Des questions écrites par le modèle ne respectaient pas le format des questions : elles ont été écartées.',
  llm_dropped_duplicate:
    'Des questions écrites par le modèle répétaient des questions précédentes : elles ont été écartées.',
  llm_page_failed: 'Le service d’IA n’a pas répondu pour cette page : elle a été ignorée.',
  llm_rate_limited: 'Le service d’IA limite les requêtes en ce moment. Réessayez plus tard.',
  not_joined: 'Rejoignez d’abord la session avec son code et un pseudo.',
  removed: 'L’hôte vous a retiré de cette session.',
  nickname_taken: 'Quelqu’un dans cette session a déjà ce pseudo : choisissez-en un autre.',
  session_full: 'Cette session en direct est complète.',
  session_ended: 'Cette session en direct est terminée.',
  invalid_nickname: 'Choisissez un pseudo de 24 caractères au maximum.',
  invalid_answer: 'Cette réponse ne fait pas partie des choix de la question.',
  question_closed: 'Cette question est close : le temps est écoulé ou l’hôte est passé à la suite.',
  self_paced:
    'Dans une session à son rythme, chaque participant avance seul : l’hôte se contente de la lancer et de la terminer.',
  already_started: 'Cette session en direct a déjà commencé.',
  not_revealed: 'Révélez la réponse avant de passer à la suite (ou passez la question).',
  no_open_question: 'Aucune question ouverte dont la réponse puisse être révélée.',
  not_running: 'Aucune question en cours à mettre en pause.',
  not_paused: 'La session n’est pas en pause.',
  no_question_yet: 'La question suivante est encore en cours de rédaction : réessayez dans un instant.',
  no_more_questions: 'Il n’y a plus de questions : terminez la session.',
};

const language = {
  label: 'Langue',
};

const live = {
  hostHeading: 'Jouer en direct',
  hostIntro: 'Jouez ce quiz avec une classe : chacun rejoint la partie sur son téléphone avec un code, sans compte.',
  hostIntroJob:
    'Lancez la partie avec les questions déjà écrites ; les suivantes s’ajoutent au fur et à mesure de leur rédaction.',
  pace: 'Rythme',
  paceHost: 'Ensemble : vous faites avancer tout le monde',
  paceSelf: 'À son rythme : chacun avance à sa vitesse',
  seconds: 'Secondes par question',
  secondsHint: '0 pour laisser chaque question ouverte jusqu’à ce que vous révéliez la réponse',
  showLeaderboard: 'Afficher un classement des pseudos',
  open: 'Lancer en direct',
  presenterTitle: (title: string) => `En direct : ${title}`,
  joinAt: 'Rejoindre sur',
  code: 'Code',
  qrLabel: 'Code QR du lien pour rejoindre',
  presenterLink: 'Lien de présentation, pour un écran sans connexion',
  participants: (n: number) => f.plural(n, { one: 'participant', many: 'de participants', other: 'participants' }),
  waitingForPeople: 'En attente des participants…',
  start: 'Commencer',
  next: 'Question suivante',
  reveal: 'Révéler la réponse',
  pause: 'Pause',
  resume: 'Reprendre',
  skip: 'Passer',
  end: 'Terminer la session',
  questionOf: (n: number, total: number, more: boolean) =>
    `Question ${f.number(n)} sur ${f.number(total)}${more ? ' pour l’instant' : ''}`,
  answered: (n: number, of: number) => `${f.number(n)} sur ${f.number(of)} ont répondu`,
  secondsLeft: (s: number) => `${f.number(s)} s`,
  paused: 'En pause',
  timeUp: 'Temps écoulé',
  answerIs: 'Réponse :',
  fromDocument: (page: number) => `Tiré du document, page ${f.number(page)}`,
  leaderboard: 'Classement',
  rightOf: (right: number) =>
    f.plural(right, { one: 'bonne réponse', many: 'de bonnes réponses', other: 'bonnes réponses' }),
  ended: 'La session est terminée.',
  results: 'Résultats',
  downloadCsv: 'Télécharger le CSV',
  downloadJson: 'Télécharger le JSON',
  remove: (nickname: string) => `Retirer ${nickname}`,
  progress: 'Progression',
  progressOf: (answered: number, total: number) => `${f.number(answered)} / ${f.number(total)}`,
  stillWriting: 'D’autres questions sont en cours de rédaction.',
  connection: { connecting: 'Connexion…', connected: 'En direct', reconnecting: 'Reconnexion…', closed: 'Hors ligne' },
  joinHeading: 'Rejoindre un quiz en direct',
  joinIntro: 'Saisissez le code affiché au tableau et un pseudo. Aucun compte n’est nécessaire.',
  codeLabel: 'Code',
  nicknameLabel: 'Pseudo',
  join: 'Rejoindre',
  you: (nickname: string) => `Vous êtes ${nickname}`,
  lobby: 'Vous y êtes ! Le quiz commence bientôt.',
  send: 'Envoyer',
  sent: 'Réponse envoyée. Attendez que la réponse soit dévoilée.',
  right: 'Bonne réponse !',
  wrong: 'Pas cette fois.',
  notAnswered: 'Vous n’avez pas répondu à cette question.',
  yourAnswer: 'Votre réponse',
  waitNext: 'Attendez la question suivante.',
  removed: 'L’hôte vous a retiré de cette session.',
  score: (right: number, total: number) =>
    `Vous avez ${f.plural(right, { one: 'bonne réponse', many: 'de bonnes réponses', other: 'bonnes réponses' })} sur ${f.number(total)}.`,
  allDone: 'Vous avez répondu à toutes les questions. Bravo !',
  writeAnswer: 'Votre réponse',
  chooseAll: 'Choisissez toutes les réponses qui conviennent',
  questionLabel: (n: number) => `Question ${f.number(n)}`,
  leave: 'Rejoindre une autre session',
  byQuestion: 'Par question',
  byParticipant: 'Par participant',
  questionColumn: 'Question',
  rightColumn: 'Justes',
  rightShare: (right: number, of: number) => `${f.number(right)} sur ${f.number(of)}`,
};

export const fr: Messages = {
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
