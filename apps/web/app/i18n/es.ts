// Every user-visible string of the web app, in Spanish.
import type { DifficultyOption, Marking, QuestionType } from '@quizstream/core/schemas';
import type { Messages } from './en';
import { formatsFor } from './format';

const f = formatsFor('es');

const core = {
  app: {
    name: 'quizstream',
    tagline: 'Convierta un PDF en un cuestionario y vea llegar cada pregunta en cuanto existe.',
    footer: 'Las preguntas se basan en su documento: cada una cita la página de la que procede.',
    date: (iso: string) => f.date(iso),
  },
  nav: {
    label: 'Principal',
    skip: 'Saltar al contenido',
    generate: 'Generar',
    library: 'Biblioteca',
  },
  common: {
    loading: 'Cargando…',
    retry: 'Reintentar',
    cancel: 'Cancelar',
    save: 'Guardar',
    saving: 'Guardando…',
    edit: 'Editar',
    delete: 'Eliminar',
    confirmDelete: 'Sí, eliminar',
  },
  errors: {
    network: 'No se pudo conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
    http: (status: number) => `El servidor respondió con un error (HTTP ${status}).`,
    badResponse: 'El servidor envió una respuesta que esta página no entiende.',
  },
  upload: {
    heading: '1. Suba un PDF',
    prompt: 'Suelte un PDF aquí o haga clic para elegir uno',
    hint: (maxMb: number | undefined) => (maxMb ? `Solo PDF, hasta ${f.number(maxMb)} MB` : 'Solo PDF'),
    dragActive: 'Suelte para subir',
    uploading: (percent: number) => `Subiendo… ${f.percent(percent / 100)}`,
    processing: 'Leyendo las páginas…',
    serverBusy: (seconds: number) =>
      `El servidor está ocupado; se volverá a enviar en ${f.plural(seconds, { one: 'segundo', many: 'de segundos', other: 'segundos' })}…`,
    progressLabel: 'Progreso de la subida',
    notPdf: (name: string) => `«${name}» no es un PDF. Elija un archivo .pdf.`,
    tooBig: (maxMb: number) => `Ese archivo supera los ${f.number(maxMb)} MB.`,
    network: 'La subida falló: no se pudo conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
    failed: (status: number) => `La subida falló (HTTP ${status}).`,
    replace: 'Elegir otro PDF',
  },
  document: {
    pages: (n: number) => f.plural(n, { one: 'página', many: 'de páginas', other: 'páginas' }),
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.decimal(bytes / 1024 / 1024)} MB`
        : `${f.number(Math.max(1, Math.round(bytes / 1024)))} KB`,
  },
  options: {
    heading: '2. Elija las opciones',
    questionsPerPage: 'Preguntas por página',
    questionsPerPageHint: 'De 1 a 10',
    questionsPerPageMaxHint: 'Como máximo, de 1 a 10',
    count: 'Preguntas en total',
    countHint: 'Opcional, hasta 1000: se reparten por todo el documento',
    types: 'Tipos de pregunta',
    typesRequired: 'Elija al menos un tipo de pregunta.',
    difficulty: 'Dificultad',
    generate: 'Generar en vivo ⚡',
    needDocument: 'Primero suba un PDF.',
    generator: 'Generador',
    generatorInUse: 'Las preguntas las escribe',
    generatorName: (id: string, name: string) =>
      id === 'offline' ? 'Sin conexión (integrado, sin IA)' : `Modelo de IA (${name.replace(/^llm:/, '')})`,
  },
  questionTypes: {
    multiple_choice: 'Opción múltiple',
    true_false: 'Verdadero / falso',
    short_answer: 'Respuesta corta',
    multi_select: 'Selección múltiple',
  } satisfies Record<QuestionType, string>,
  difficulties: {
    mixed: 'Variada',
    easy: 'Fácil',
    medium: 'Media',
    hard: 'Difícil',
  } satisfies Record<DifficultyOption, string>,
  stream: {
    heading: '3. Preguntas en vivo',
    connecting: 'Conectando…',
    connected: 'En directo',
    reconnecting: 'Reconectando…',
    stop: 'Detener',
    stopping: 'Deteniendo…',
    closed: 'Terminado',
    jobId: (id: string) => `Tarea ${id}`,
    progressLabel: 'Páginas procesadas',
    progressText: (done: number, total: number) =>
      `${f.number(done)} de ${f.plural(total, { one: 'página', many: 'de páginas', other: 'páginas' })}`,
    waitingForPages: 'Leyendo el documento…',
    ocrPage: (page: number, of: number) => `OCR: página ${f.number(page)}/${f.number(of)}`,
    empty: 'Las preguntas aparecerán aquí a medida que se procese cada página.',
    warnings: (n: number) => f.plural(n, { one: 'advertencia', many: 'de advertencias', other: 'advertencias' }),
    warningOnPages: (pages: readonly number[]) =>
      `${f.word(pages.length, { one: 'Página', other: 'Páginas' })} ${f.list(pages.map((p) => f.number(p)))}`,
    soFar: (n: number) => `${f.plural(n, { one: 'pregunta', many: 'de preguntas', other: 'preguntas' })} por ahora`,
    details: 'Detalles',
    startNow: 'Empezar ahora',
    cardsHidden: 'Se está respondiendo arriba: aquí no se muestran las respuestas.',
    takingHeading: 'Responder el cuestionario mientras se escribe',
    cancelled: 'Generación detenida. Se conservan las preguntas generadas hasta ahora.',
    errorTitle: 'La generación falló',
    retryHint: 'Parece un problema pasajero: inténtelo de nuevo en un momento.',
    resumed: 'Continúa la generación que estaba en curso antes de recargar la página.',
    reconnect: 'Reanudar',
    announceStarted: 'Generación iniciada. Las preguntas aparecerán a medida que se procesen las páginas.',
    announceComplete: (n: number) =>
      `Cuestionario listo: ${f.plural(n, { one: 'pregunta', many: 'de preguntas', other: 'preguntas' })}.`,
    announceFailed: 'La generación falló.',
    announceReconnecting: 'Se perdió la conexión. Reconectando…',
  },
  question: {
    number: (n: number) => `Pregunta ${n}`,
    correct: 'respuesta correcta',
    acceptedAnswers: 'Respuestas aceptadas',
    explanation: 'Por qué',
    source: (page: number) => `página ${page}`,
    ocr: 'OCR',
    ocrHint: 'Esta página se leyó a partir de su imagen (OCR): compare la cita con la página.',
  },
  summary: {
    heading: 'Cuestionario listo',
    questions: 'Preguntas',
    pages: 'Páginas',
    pagesWithoutText: 'Páginas sin texto',
    duration: 'Duración',
    dropped: 'Descartadas',
    droppedDetail: (ungrounded: number, duplicate: number, invalid: number) =>
      `sin respaldo en el texto: ${ungrounded}, duplicadas: ${duplicate}, no válidas: ${invalid}`,
    droppedQuality: (n: number) => `por debajo de las reglas de calidad: ${f.number(n)}`,
    droppedKey: (n: number) => `con una respuesta que su cita no respalda: ${f.number(n)}`,
    generator: 'Generador',
    tokens: 'Tokens usados',
    tokensValue: (input: number, output: number) => `${f.number(input)} de entrada · ${f.number(output)} de salida`,
    cached: (n: number) => `${f.number(n)} de la entrada desde la caché del proveedor`,
    cost: 'Coste',
    costValue: (usd: number) => f.usd(usd),
    take: 'Resolver el cuestionario',
    open: 'Editar, compartir y exportar',
    viewJson: 'Ver el JSON del cuestionario',
    seconds: (ms: number) => (ms < 1000 ? `${f.number(Math.round(ms))} ms` : `${f.decimal(ms / 1000)} s`),
  },
};

const library = {
  title: 'Biblioteca',
  heading: 'Biblioteca',
  intro: 'Sus documentos anteriores y los cuestionarios creados a partir de ellos.',
  quizzes: 'Cuestionarios',
  documents: 'Documentos',
  emptyQuizzes: 'Todavía no hay cuestionarios.',
  emptyDocuments: 'Todavía no hay documentos.',
  generateFirst: 'Suba un PDF y genere uno',
  questions: (n: number) => f.plural(n, { one: 'pregunta', many: 'de preguntas', other: 'preguntas' }),
  quizCount: (n: number) => f.plural(n, { one: 'cuestionario', many: 'de cuestionarios', other: 'cuestionarios' }),
  created: (date: string) => `creado el ${date}`,
  fromDocument: (filename: string) => `de ${filename}`,
  shared: 'Compartido',
  open: 'Abrir',
  take: 'Resolver',
  newQuiz: 'Nuevo cuestionario',
  newQuizLabel: (filename: string) => `Nuevo cuestionario a partir de ${filename}`,
  openLabel: (title: string) => `Abrir ${title}`,
  takeLabel: (title: string) => `Resolver ${title}`,
  deleteLabel: (name: string) => `Eliminar ${name}`,
  confirmDeleteQuiz: '¿Eliminar este cuestionario?',
  confirmDeleteDocument: (quizzes: number) =>
    quizzes
      ? quizzes === 1
        ? '¿Eliminar este PDF y su cuestionario?'
        : `¿Eliminar este PDF y sus ${f.plural(quizzes, { one: 'cuestionario', many: 'de cuestionarios', other: 'cuestionarios' })}?`
      : '¿Eliminar este PDF?',
  deleted: (name: string) => `Se eliminó ${name}.`,
};

const quizPage = {
  notFound: 'Este cuestionario no existe (o ya no existe).',
  backToLibrary: 'Volver a la biblioteca',
  meta: (questions: number, generator: string, created: string) =>
    `${f.plural(questions, { one: 'pregunta', many: 'de preguntas', other: 'preguntas' })} · ${generator} · ${created}`,
  take: 'Resolver el cuestionario',
  titleLabel: 'Título del cuestionario',
  rename: 'Cambiar nombre',
  renamed: 'Título guardado.',
  marking: 'Corrección de las respuestas escritas',
  markings: { forgiving: 'Flexible', exact: 'Exacta' } satisfies Record<Marking, string>,
  markingHints: {
    forgiving:
      'Aceptadas como las aceptaría una persona: mayúsculas, tildes, espacios, un artículo inicial, singular o plural y una errata en una palabra larga.',
    exact: 'Solo una respuesta aceptada tal como está escrita, salvo mayúsculas y espacios.',
  } satisfies Record<Marking, string>,
};

const editor = {
  heading: 'Preguntas',
  intro: 'Cada cambio se guarda en el servidor en cuanto lo hace.',
  empty: 'Este cuestionario no tiene preguntas. Añada una abajo.',
  edit: 'Editar',
  ofQuestion: (n: number) => `, pregunta ${f.number(n)}`,
  save: 'Guardar pregunta',
  delete: 'Eliminar',
  confirmDelete: '¿Eliminar esta pregunta?',
  regenerate: 'Regenerar',
  regenerating: 'Escribiendo una pregunta nueva…',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  moved: (n: number) => `Pregunta movida a la posición ${n}.`,
  saved: (n: number) => `Pregunta ${n} guardada.`,
  deleted: 'Pregunta eliminada.',
  regenerated: (n: number) => `La pregunta ${n} se sustituyó por una nueva de la misma página.`,
  add: 'Añadir una pregunta',
  addHeading: 'Añadir una pregunta a mano',
  addSubmit: 'Añadir pregunta',
  added: 'Pregunta añadida al final.',
  fields: {
    type: 'Tipo',
    prompt: 'Pregunta',
    choices: 'Opciones',
    accepted: 'Respuestas aceptadas',
    acceptedHint:
      'Cualquiera de ellas cuenta como correcta, también tal como la escribiría una persona: sin artículo, en singular o en plural, sin tildes, con cualquier uso de mayúsculas o espacios. Escriba una respuesta nueva y sus variantes habituales se añadirán al guardar.',
    correctSingle: 'Marque la opción correcta.',
    correctMulti: 'Marque todas las opciones correctas.',
    choice: (n: number) => `Opción ${n}`,
    isCorrect: (n: number) => `La opción ${n} es correcta`,
    answer: (n: number) => `Respuesta aceptada ${n}`,
    addChoice: 'Añadir una opción',
    addAnswer: 'Añadir una respuesta aceptada',
    removeChoice: (n: number) => `Quitar la opción ${n}`,
    removeAnswer: (n: number) => `Quitar la respuesta aceptada ${n}`,
    explanation: 'Explicación',
    difficulty: 'Dificultad',
    page: 'Página',
    quote: 'Cita de esa página',
    quoteHint: 'Copie una frase de esa página exactamente como está escrita: cada pregunta cita su fuente.',
  },
};

const share = {
  heading: 'Compartir',
  intro: 'Cualquier persona con el enlace puede resolver este cuestionario, pero no editarlo.',
  introLive:
    'Comparta el cuestionario mientras se escribe: los estudiantes empiezan con las preguntas que ya existen, las nuevas se añaden a medida que se escriben y el mismo enlace abre después el cuestionario terminado.',
  liveHeading: 'Compartir ahora con los estudiantes',
  create: 'Crear enlace para compartir',
  linkLabel: 'Enlace para compartir',
  copy: 'Copiar enlace',
  copied: 'Enlace copiado al portapapeles.',
  copyFailed: 'No se pudo copiar: el enlace está seleccionado, cópielo a mano.',
  open: 'Abrir',
  revoke: 'Revocar enlace',
  revokeQuestion: '¿Revocar? El enlace dejará de funcionar.',
  confirmRevoke: 'Sí, revocar',
  revoked: 'Enlace revocado: ya no funciona.',
};

const exporting = {
  heading: 'Exportar',
  intro: 'Descargue el cuestionario para su plataforma de aprendizaje o sus tarjetas de estudio.',
  formats: {
    moodle: 'Banco de preguntas de Moodle',
    gift: 'Moodle, texto plano',
    qti: 'Canvas, Blackboard y otros LMS (zip)',
    'csv-kahoot': 'Importación de hoja de cálculo de Kahoot',
    'csv-quizlet': 'Texto de importación de Quizlet',
    anki: 'Notas de Anki separadas por tabulaciones',
    md: 'Documento legible',
    json: 'El cuestionario completo',
  },
};

const source = {
  show: (page: number) => `Ver la página ${f.number(page)}`,
  heading: (page: number, pages: number) =>
    pages ? `Página ${f.number(page)} de ${f.number(pages)}` : `Página ${f.number(page)}`,
  previous: 'Página anterior',
  next: 'Página siguiente',
  zoomOut: 'Alejar',
  zoomIn: 'Acercar',
  close: 'Cerrar',
  unavailable: 'No se pudo mostrar el PDF.',
  found: 'La cita está resaltada en la página.',
  foundPart: 'El comienzo de la cita está resaltado; continúa en otra columna o en la página siguiente.',
  notFound: 'La cita no está en el texto que contiene el PDF de esta página, así que no se puede resaltar.',
  notFoundOcr: 'Esta página se leyó a partir de su imagen (OCR) y la cita no se pudo situar en ella.',
  otherPage: (page: number) => `La cita está en la página ${f.number(page)}.`,
};

const print = {
  print: 'Imprimir',
  worksheet: 'Hoja de ejercicios',
  key: 'Solucionario',
  back: 'Volver al cuestionario',
  keyTitle: (quiz: string) => `${quiz}: solucionario`,
  name: 'Nombre',
  date: 'Fecha',
  true: 'Verdadero',
  false: 'Falso',
  link: 'Imprimir',
  downloadPdf: 'Descargar PDF',
};

const bulk = {
  filters: 'Mostrar',
  anyPage: 'Todas las páginas',
  page: (n: number) => `Página ${f.number(n)}`,
  anyType: 'Todos los tipos',
  anyDifficulty: 'Todas las dificultades',
  ocrOnly: 'Solo páginas leídas por OCR',
  shown: (n: number, total: number) =>
    `${f.number(n)} de ${f.plural(total, { one: 'pregunta', many: 'de preguntas', other: 'preguntas' })}`,
  select: 'Seleccionar',
  selectAll: 'Seleccionar todo lo mostrado',
  selected: (n: number) =>
    `${f.plural(n, { one: 'pregunta seleccionada', many: 'de preguntas seleccionadas', other: 'preguntas seleccionadas' })}`,
  delete: 'Eliminar',
  confirmDelete: (n: number) =>
    `¿Eliminar ${f.plural(n, { one: 'pregunta', many: 'de preguntas', other: 'preguntas' })}?`,
  regenerate: 'Regenerar',
  setDifficulty: 'Fijar la dificultad',
  toTop: 'Mover al principio',
  toBottom: 'Mover al final',
  clear: 'Quitar la selección',
  working: (done: number, total: number) => `Procesando… ${f.number(done)} de ${f.number(total)}`,
  deleted: (n: number) =>
    `${f.plural(n, { one: 'pregunta eliminada', many: 'de preguntas eliminadas', other: 'preguntas eliminadas' })}.`,
  regenerated: (n: number) =>
    `${f.plural(n, { one: 'pregunta regenerada', many: 'de preguntas regeneradas', other: 'preguntas regeneradas' })}.`,
  difficultySet: (n: number) =>
    `Dificultad fijada en ${f.plural(n, { one: 'pregunta', many: 'de preguntas', other: 'preguntas' })}.`,
  moved: (n: number) =>
    `${f.plural(n, { one: 'pregunta movida', many: 'de preguntas movidas', other: 'preguntas movidas' })}.`,
};

const take = {
  liveNote: 'Se añaden más preguntas a medida que se escriben; la puntuación cuenta lo que has respondido.',
  title: (quiz: string) => `Resolver: ${quiz}`,
  sharedNote: 'Cuestionario compartido (solo lectura)',
  modeLabel: 'Mostrar',
  modeOne: 'Una pregunta cada vez',
  modeAll: 'Todas las preguntas a la vez',
  keyboardHint: 'Teclado: las teclas 1–9 eligen una opción; Intro comprueba la respuesta y pasa a la siguiente.',
  progress: (i: number, n: number) => `Pregunta ${f.number(i)} de ${f.number(n)}`,
  retryRound: (n: number) =>
    `Nuevo intento: ${f.plural(n, { one: 'pregunta fallada', many: 'de preguntas falladas', other: 'preguntas falladas' })}`,
  multiHint: 'Elija todas las respuestas que correspondan.',
  typeAnswer: 'Su respuesta',
  chosen: 'su elección',
  rightChoice: 'respuesta correcta',
  check: 'Comprobar respuesta',
  next: 'Siguiente pregunta',
  finish: 'Ver mi puntuación',
  submitAll: 'Enviar respuestas',
  correct: 'Correcto',
  incorrect: 'No del todo',
  unanswered: 'Sin responder',
  correctAnswer: ((n: number): string =>
    n > 1 ? 'Respuestas correctas' : 'Respuesta correcta') as Messages['take']['correctAnswer'],
  accepted: 'Respuestas aceptadas',
  acceptedSlip: (expected: string) => `Aceptada, con un pequeño error: se escribe «${expected}»`,
  you: 'Su respuesta',
  why: 'Por qué',
  source: (page: number) => `página ${page}`,
  scoreHeading: 'Su puntuación',
  score: (right: number, total: number) => `${f.number(right)} de ${f.number(total)} correctas`,
  percent: (right: number, total: number) => f.percent(total ? right / total : 0),
  allRight: 'Todas las respuestas son correctas. ¡Muy bien!',
  retryWrong: (n: number) =>
    `Repetir ${f.plural(n, { one: 'pregunta fallada', many: 'de preguntas falladas', other: 'preguntas falladas' })}`,
  restart: 'Empezar de nuevo',
  review: 'Revisar',
  empty: 'Este cuestionario aún no tiene preguntas.',
};

const shared = {
  notFound: 'Este enlace para compartir no existe o fue revocado.',
  waiting: 'Se están escribiendo las primeras preguntas…',
  writing: (n: number) =>
    `Todavía se está escribiendo: ${f.plural(n, { one: 'pregunta', many: 'de preguntas', other: 'preguntas' })} por ahora. Las nuevas se añaden a su cuestionario al llegar.`,
  complete: (n: number) =>
    `Ya están todas las preguntas: ${f.plural(n, { one: 'pregunta', many: 'de preguntas', other: 'preguntas' })}.`,
  stopped: (n: number) =>
    `No se escribirán más preguntas: ${f.plural(n, { one: 'pregunta', many: 'de preguntas', other: 'preguntas' })} por responder.`,
  lost: 'Se perdió la conexión: no pueden llegar preguntas nuevas.',
};

const notFound = {
  title: 'Página no encontrada',
  body: 'No hay nada en esta dirección.',
  home: 'Ir a la página de inicio',
};

const signIn = {
  title: 'Iniciar sesión',
  intro:
    'Inicie sesión con su cuenta del centro para crear cuestionarios. Sus documentos y cuestionarios son solo suyos.',
  button: 'Iniciar sesión con la cuenta del centro',
  iapIntro:
    'Su centro inicia su sesión antes de que se abra esta página. Recargue la página para volver a iniciar sesión.',
  reload: 'Recargar',
  student: '¿Va a resolver un cuestionario? Abra el enlace que compartió su docente; no necesita cuenta.',
  signedInAs: (name: string) => `Sesión iniciada como ${name}`,
  signOut: 'Cerrar sesión',
  errors: {
    email_domain_not_allowed:
      'Este servidor es solo para un centro educativo, y su dirección de correo no pertenece a él.',
    email_not_verified: 'Su proveedor de identidad no ha verificado su dirección de correo.',
    email_missing: 'Su proveedor de identidad no nos indicó su dirección de correo.',
    sign_in_expired: 'El inicio de sesión tardó demasiado o se abrió en otra pestaña. Vuelva a iniciar sesión.',
    sign_in_failed: 'No se pudo iniciar sesión. Inténtelo de nuevo.',
  } as Record<string, string>,
  expired: 'Su sesión ha terminado. Vuelva a iniciar sesión.',
};

const apiCodes: Record<string, string> = {
  no_text: 'La página no tiene texto.',
  too_little_text: 'La página tiene muy poco texto.',
  unsupported_language:
    'El generador sin conexión no puede crear los tipos de pregunta pedidos en el idioma de esta página.',
  limited_language:
    'Este documento no está en inglés: el generador sin conexión solo crea, a partir de sus frases tal como están escritas, preguntas de verdadero/falso, de completar el espacio en blanco y numéricas, redactadas en su idioma. Un generador con LLM escribe preguntas completas.',
  page_unreadable: 'Esta página no se pudo leer y se omitió.',
  no_questions: 'No se pudo escribir ninguna pregunta a partir de este documento: tiene muy poco texto legible.',
  corrupt: 'No se pudo leer este PDF: puede estar dañado o usar una función no compatible.',
  encrypted: 'Este PDF está protegido con contraseña. Quite la contraseña y vuelva a subirlo.',
  not_pdf: 'Este archivo no es un PDF.',
  pdf_too_complex:
    'Leer este PDF requiere más memoria de la permitida: está diseñado para sobrecargar los lectores o es mucho más grande que cualquier documento de un curso.',
  llm_unavailable:
    'El servicio de IA no está disponible en este momento. Inténtelo más tarde o use el generador sin conexión.',
  llm_timeout: 'El servicio de IA tardó demasiado en responder.',
  llm_auth_failed: 'El servidor no pudo autenticarse en el servicio de IA. Pida al administrador que revise su clave.',
  llm_quota_exceeded: 'Se agotó la cuota del servicio de IA. Inténtelo más tarde o use el generador sin conexión.',
  rate_limit: 'Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.',
  readers_busy: 'El servidor está leyendo tantos PDF como le permite su memoria. Inténtelo de nuevo en unos segundos.',
  overloaded: 'El servidor está ocupado en este momento. Inténtelo de nuevo en unos segundos.',
  database_unavailable: 'No se puede acceder a la base de datos en este momento. Inténtelo de nuevo en breve.',
  insufficient_storage:
    'El servidor no tiene espacio para guardar este archivo. Inténtelo más tarde; se ha avisado a su responsable.',
  token_budget_reached: 'Esta tarea alcanzó su límite de uso de IA; se conservan las preguntas escritas hasta ahora.',
  llm_dropped_ungrounded:
    'Algunas preguntas escritas por el modelo citaban un texto que no está en su página y se descartaron.',
  llm_dropped_unsupported:
    'Algunas preguntas escritas por el modelo tenían una respuesta que su propia cita no afirma y se descartaron.',
  llm_dropped_unverified:
    'Algunas preguntas se respondieron de otro modo a partir de su cita sola y se descartaron (verificación de respuestas).',
  llm_dropped_invalid: 'Algunas preguntas escritas por el modelo no seguían el formato de pregunta y se descartaron.',
  llm_dropped_duplicate: 'Algunas preguntas escritas por el modelo repetían preguntas anteriores y se descartaron.',
  llm_page_failed: 'El servicio de IA no respondió para esta página; se omitió.',
  llm_rate_limited: 'El servicio de IA está limitando las solicitudes. Inténtelo más tarde.',
  not_joined: 'Únete primero a la sesión con su código y un apodo.',
  removed: 'El anfitrión te ha sacado de esta sesión.',
  nickname_taken: 'Alguien en esta sesión ya tiene este apodo: elige otro.',
  session_full: 'Esta sesión en directo está completa.',
  session_ended: 'Esta sesión en directo ha terminado.',
  invalid_nickname: 'Elige un apodo de 24 caracteres como máximo.',
  invalid_answer: 'Esta respuesta no es una de las opciones de la pregunta.',
  question_closed: 'Esta pregunta está cerrada: se acabó el tiempo o el anfitrión pasó a la siguiente.',
  self_paced:
    'En una sesión a su ritmo, cada participante avanza por su cuenta: el anfitrión solo la inicia y la termina.',
  already_started: 'Esta sesión en directo ya ha empezado.',
  not_revealed: 'Muestre la respuesta antes de continuar (o salte la pregunta).',
  no_open_question: 'No hay ninguna pregunta abierta cuya respuesta se pueda mostrar.',
  not_running: 'No hay ninguna pregunta en curso que pausar.',
  not_paused: 'La sesión no está en pausa.',
  no_question_yet: 'La siguiente pregunta todavía se está escribiendo: inténtelo de nuevo en un momento.',
  no_more_questions: 'No hay más preguntas: termine la sesión.',
};

const language = {
  label: 'Idioma',
};

const live = {
  hostHeading: 'Jugar en directo',
  hostIntro:
    'Juegue este cuestionario con una clase: todos se unen desde el móvil con un código, sin necesidad de cuenta.',
  hostIntroJob:
    'Empiece a jugar con las preguntas escritas hasta ahora; las siguientes se añaden a medida que se escriben.',
  pace: 'Ritmo',
  paceHost: 'Todos juntos: usted hace avanzar a todos',
  paceSelf: 'A su ritmo: cada uno a su velocidad',
  seconds: 'Segundos por pregunta',
  secondsHint: '0 para dejar cada pregunta abierta hasta que muestre la respuesta',
  showLeaderboard: 'Mostrar una clasificación con los apodos',
  open: 'Presentar en directo',
  presenterTitle: (title: string) => `En directo: ${title}`,
  joinAt: 'Únete en',
  code: 'Código',
  qrLabel: 'Código QR del enlace para unirse',
  presenterLink: 'Enlace de presentación, para una pantalla sin sesión iniciada',
  participants: (n: number) => f.plural(n, { one: 'participante', many: 'de participantes', other: 'participantes' }),
  waitingForPeople: 'Esperando a que se unan los participantes…',
  start: 'Empezar',
  next: 'Siguiente pregunta',
  reveal: 'Mostrar la respuesta',
  pause: 'Pausar',
  resume: 'Reanudar',
  skip: 'Saltar',
  end: 'Terminar la sesión',
  questionOf: (n: number, total: number, more: boolean) =>
    `Pregunta ${f.number(n)} de ${f.number(total)}${more ? ' por ahora' : ''}`,
  answered: (n: number, of: number) => `${f.number(n)} de ${f.number(of)} han respondido`,
  secondsLeft: (s: number) => `${f.number(s)} s`,
  paused: 'En pausa',
  timeUp: 'Se acabó el tiempo',
  answerIs: 'Respuesta:',
  fromDocument: (page: number) => `Del documento, página ${f.number(page)}`,
  leaderboard: 'Clasificación',
  rightOf: (right: number) =>
    f.plural(right, { one: 'respuesta correcta', many: 'de respuestas correctas', other: 'respuestas correctas' }),
  ended: 'La sesión ha terminado.',
  results: 'Resultados',
  downloadCsv: 'Descargar CSV',
  downloadJson: 'Descargar JSON',
  remove: (nickname: string) => `Quitar a ${nickname}`,
  progress: 'Progreso',
  progressOf: (answered: number, total: number) => `${f.number(answered)} / ${f.number(total)}`,
  stillWriting: 'Se están escribiendo más preguntas.',
  connection: {
    connecting: 'Conectando…',
    connected: 'En directo',
    reconnecting: 'Reconectando…',
    closed: 'Sin conexión',
  },
  joinHeading: 'Unirse a un cuestionario en directo',
  joinIntro: 'Escribe el código de la pizarra y un apodo. No necesitas cuenta.',
  codeLabel: 'Código',
  nicknameLabel: 'Apodo',
  join: 'Unirme',
  you: (nickname: string) => `Eres ${nickname}`,
  lobby: '¡Ya estás dentro! El cuestionario empieza enseguida.',
  send: 'Enviar',
  sent: 'Respuesta enviada. Espera a que se muestre la solución.',
  right: '¡Correcto!',
  wrong: 'Esta vez no.',
  notAnswered: 'No has respondido a esta pregunta.',
  yourAnswer: 'Tu respuesta',
  waitNext: 'Espera la siguiente pregunta.',
  removed: 'El anfitrión te ha sacado de esta sesión.',
  score: (right: number, total: number) => `Has acertado ${f.number(right)} de ${f.number(total)}.`,
  allDone: 'Has respondido todas las preguntas. ¡Muy bien!',
  writeAnswer: 'Tu respuesta',
  chooseAll: 'Elige todas las que correspondan',
  questionLabel: (n: number) => `Pregunta ${f.number(n)}`,
  leave: 'Unirse a otra sesión',
  byQuestion: 'Por pregunta',
  byParticipant: 'Por participante',
  questionColumn: 'Pregunta',
  rightColumn: 'Correctas',
  rightShare: (right: number, of: number) => `${f.number(right)} de ${f.number(of)}`,
};

export const es: Messages = {
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
