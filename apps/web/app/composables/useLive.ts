// A live session in the browser, for its host (the presenter) and for a participant (a phone): its stream
// (@quizstream/client's followLive, which resumes by itself) folded into what the page shows, and the clock of
// the countdown set by the server's, whatever the device's own says.
import { followLive, type LiveStream } from '@quizstream/client';
import type {
  LeaderboardEntry,
  LiveEvent,
  LiveEventOf,
  LiveQuestion,
  LiveResults,
  LiveSettings,
} from '@quizstream/core/schemas';
import type { Messages } from '~/i18n/en';

export interface LiveFold {
  state: LiveEventOf<'state'> | null;
  /** The reveal of the question shown, once there is one. */
  reveal: LiveEventOf<'reveal'> | null;
  /** Self-paced: the questions there are. */
  questions: LiveQuestion[];
  generating: boolean;
  participants: number;
  /** Host: who joined (and was not removed). */
  people: { id: string; nickname: string }[];
  tally: LiveEventOf<'tally'> | null;
  ended: boolean;
  leaderboard: LeaderboardEntry[];
  removed: boolean;
  /** Every reveal so far, and every question shown, by question id (a participant's score). */
  reveals: Record<string, LiveEventOf<'reveal'>>;
  shown: Record<string, LiveQuestion>;
}

export function emptyFold(): LiveFold {
  return {
    state: null,
    reveal: null,
    questions: [],
    generating: false,
    participants: 0,
    people: [],
    tally: null,
    ended: false,
    leaderboard: [],
    removed: false,
    reveals: {},
    shown: {},
  };
}

/** One event folded into what the page shows. */
export function fold(view: LiveFold, event: LiveEvent): LiveFold {
  switch (event.type) {
    case 'state': {
      const sameQuestion = view.state?.index === event.index && event.phase !== 'question';
      return {
        ...view,
        state: event,
        generating: event.generating,
        reveal: sameQuestion ? view.reveal : null,
        ended: event.phase === 'ended',
        shown: event.question ? { ...view.shown, [event.question.id]: event.question } : view.shown,
      };
    }
    case 'reveal':
      return {
        ...view,
        reveal: event,
        leaderboard: event.leaderboard ?? view.leaderboard,
        reveals: { ...view.reveals, [event.questionId]: event },
      };
    case 'questions':
      return {
        ...view,
        questions: event.questions,
        generating: event.generating,
        shown: { ...view.shown, ...Object.fromEntries(event.questions.map((q) => [q.id, q])) },
      };
    case 'participants': {
      let people = view.people;
      if (event.joined && !people.some((p) => p.id === event.joined!.id)) people = [...people, event.joined];
      if (event.removed) people = people.filter((p) => p.id !== event.removed);
      return { ...view, participants: event.count, people };
    }
    case 'tally':
      return { ...view, tally: event, participants: event.participants };
    case 'ended':
      return { ...view, ended: true, leaderboard: event.leaderboard ?? view.leaderboard };
    case 'removed':
      return { ...view, removed: true };
    default:
      return view;
  }
}

/** The difference between the server's clock and this device's, from the events that carry the server's. */
function useServerClock() {
  const offset = ref(0);
  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    timer = setInterval(() => {
      now.value = Date.now();
    }, 250);
  });
  onScopeDispose(() => clearInterval(timer));
  return {
    offset,
    set: (serverTime: number) => {
      offset.value = serverTime - Date.now();
    },
    /** Milliseconds left until `deadline` (the server's epoch ms). */
    left: (deadline: number | null) => (deadline === null ? null : Math.max(0, deadline - (now.value + offset.value))),
  };
}

/** Follows a session's stream into a reactive fold. */
function useLiveStream(as: () => Parameters<typeof followLive>[0]['as']) {
  const apiBase = useApiBase();
  const view = shallowRef<LiveFold>(emptyFold());
  const connection = ref<'connecting' | 'connected' | 'reconnecting' | 'closed'>('connecting');
  const failure = ref<string | null>(null);
  const clock = useServerClock();
  let stream: LiveStream | null = null;

  function start(): void {
    stream?.close();
    failure.value = null;
    stream = followLive({
      baseUrl: apiBase,
      as: as(),
      lastEventId: stream?.lastEventId ?? 0,
      onEvent: (event) => {
        if (event.type === 'connection' || event.type === 'state') clock.set(event.serverTime);
        view.value = fold(view.value, event);
      },
      onState: (state) => {
        connection.value = state;
      },
    });
    stream.done.catch((err: unknown) => {
      failure.value = errorMessage(err);
    });
  }

  onScopeDispose(() => stream?.close());
  return { view, connection, failure, start, clock };
}

/** What the host sees and does. `hostToken` stands in for signing in (a projector). */
export function useLiveHost(sessionId: () => string, hostToken: () => string | undefined) {
  const apiBase = useApiBase();
  const m = useMessages();
  const info = ref<LiveHostInfo | null>(null);
  const error = ref<string | null>(null);
  const busy = ref(false);
  const live = useLiveStream(() => ({ sessionId: sessionId(), hostToken: hostToken() }));

  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    const token = hostToken();
    return fetch(`${apiBase}/api/live/${encodeURIComponent(sessionId())}${path}`, {
      ...init,
      credentials: 'include',
      headers: { ...(token ? { 'x-live-host-token': token } : {}), ...(init.headers as Record<string, string>) },
    });
  }

  async function load(): Promise<void> {
    const response = await call('');
    if (!response.ok) {
      error.value = await problemOf(response, m);
      return;
    }
    info.value = (await response.json()) as LiveHostInfo;
    live.view.value = {
      ...live.view.value,
      people: info.value.participants,
      participants: info.value.participants.length,
    };
    live.start();
  }

  async function control(action: string): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      const response = await call('/control', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action }),
      });
      if (response.ok) info.value = (await response.json()) as LiveHostInfo;
      else error.value = await problemOf(response, m);
    } finally {
      busy.value = false;
    }
  }

  async function remove(participantId: string): Promise<void> {
    const response = await call(`/participants/${encodeURIComponent(participantId)}`, { method: 'DELETE' });
    if (!response.ok) error.value = await problemOf(response, m);
  }

  /** The results, to show once the session has ended. */
  const results = ref<LiveResults | null>(null);
  async function loadResults(): Promise<void> {
    const response = await call('/results?format=json');
    if (response.ok) results.value = (await response.json()) as LiveResults;
    else error.value = await problemOf(response, m);
  }

  /** The results as a file the browser downloads. */
  function resultsUrl(format: 'csv' | 'json'): string {
    const token = hostToken();
    const query = new URLSearchParams({ format, ...(token ? { hostToken: token } : {}) });
    return `${apiBase}/api/live/${encodeURIComponent(sessionId())}/results?${query}`;
  }

  return { info, error, busy, load, control, remove, results, loadResults, resultsUrl, ...live };
}

export interface LiveHostInfo {
  id: string;
  code: string;
  displayCode: string;
  joinPath: string;
  title: string;
  settings: LiveSettings;
  phase: string;
  total: number;
  generating: boolean;
  participants: { id: string; nickname: string }[];
}

/** A participant's seat in a session, kept in this browser so that a reload comes back to it. */
export interface LiveSeat {
  token: string;
  participantId: string;
  sessionId: string;
  nickname: string;
  mode: 'host' | 'self';
  title: string;
}

const seatKey = (code: string) => `quizstream.live.${code.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;

export function savedSeat(code: string): LiveSeat | null {
  try {
    const raw = localStorage.getItem(seatKey(code));
    return raw ? (JSON.parse(raw) as LiveSeat) : null;
  } catch {
    return null;
  }
}

export function saveSeat(code: string, seat: LiveSeat | null): void {
  try {
    if (seat) localStorage.setItem(seatKey(code), JSON.stringify(seat));
    else localStorage.removeItem(seatKey(code));
  } catch {
    // Private browsing without storage: a reload then joins again.
  }
}

/** What a participant sees and does. */
export function useLivePlayer(seat: () => LiveSeat) {
  const apiBase = useApiBase();
  const m = useMessages();
  const live = useLiveStream(() => ({ participantToken: seat().token }));
  /** The answers given, by question id (from the server after a reload). */
  const answers = ref<
    Record<string, { answer: string[]; correct?: boolean; explanation?: string; key?: string[]; quote?: string }>
  >({});
  const error = ref<string | null>(null);

  const headers = () => ({ 'x-live-token': seat().token });

  async function load(): Promise<void> {
    const response = await fetch(`${apiBase}/api/play`, { headers: headers() });
    if (!response.ok) {
      error.value = await problemOf(response, m);
      return;
    }
    const me = (await response.json()) as { answers: { questionId: string; answer: string[]; correct: boolean }[] };
    for (const a of me.answers) {
      answers.value[a.questionId] = { answer: a.answer, ...(seat().mode === 'self' ? { correct: a.correct } : {}) };
    }
    live.start();
  }

  async function answer(questionId: string, given: string[]): Promise<boolean> {
    error.value = null;
    const response = await fetch(`${apiBase}/api/play/answers`, {
      method: 'POST',
      headers: { ...headers(), 'content-type': 'application/json' },
      body: JSON.stringify({ questionId, answer: given }),
    });
    if (!response.ok) {
      error.value = await problemOf(response, m);
      return false;
    }
    const outcome = (await response.json()) as {
      status: string;
      correct?: boolean;
      answer?: string[];
      explanation?: string;
      source?: { quote: string };
    };
    answers.value[questionId] = {
      answer: answers.value[questionId]?.answer ?? given,
      ...(outcome.correct !== undefined
        ? {
            correct: outcome.correct,
            explanation: outcome.explanation,
            key: outcome.answer,
            quote: outcome.source?.quote,
          }
        : {}),
    };
    return true;
  }

  return { answers, error, load, answer, ...live };
}

/** The server's message for a refused request, in the page's language when its code has one. */
async function problemOf(response: Response, m: Messages): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    const code = body.error?.code ?? '';
    return m.apiCodes[code] ?? body.error?.message ?? m.errors.http(response.status);
  } catch {
    return m.errors.http(response.status);
  }
}
