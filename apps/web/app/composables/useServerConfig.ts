// What the server tells clients before they start (GET /api/config): the upload limit, so the drop zone can
// state it and refuse big files early; the heartbeat interval, so the stream's watchdog fits the server; and
// the question generators on offer, so the options form can show which one is used and offer a choice.
// Best effort: without it the server still refuses big files with a clear 413 and the client keeps its defaults.
import { ClientConfig } from '@quizstream/core/schemas';

export type GeneratorInfo = ClientConfig['generators'][number];
export type GeneratorId = GeneratorInfo['id'];

export function useServerConfig() {
  const apiBase = useApiBase();
  const maxUploadMb = ref<number | undefined>(undefined);
  const heartbeatMs = ref<number | undefined>(undefined);
  const generators = ref<GeneratorInfo[]>([]);
  const defaultGenerator = ref<GeneratorId | undefined>(undefined);
  const loaded = ref(false);

  onMounted(async () => {
    try {
      const res = await fetch(`${apiBase}/api/config`, { headers: { Accept: 'application/json' } });
      if (!res.ok) return;
      const parsed = ClientConfig.safeParse(await res.json());
      if (!parsed.success) return;
      maxUploadMb.value = parsed.data.limits.maxUploadMb;
      heartbeatMs.value = parsed.data.heartbeatMs;
      generators.value = parsed.data.generators;
      defaultGenerator.value = parsed.data.defaultGenerator;
    } catch {
      // Offline or an older server: keep the defaults.
    } finally {
      loaded.value = true;
    }
  });

  return { maxUploadMb, heartbeatMs, generators, defaultGenerator, loaded };
}
