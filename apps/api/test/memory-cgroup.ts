// A memory cgroup the test makes (as root, which CI runs as), for running a server under a memory cap as a
// container would: cgroup v1's memory controller or cgroup v2's. The kernel kills a process of the group when the
// group is over its limit; `oomKills()` counts those kills (on Cloud Run, one is the whole instance).
import { access, appendFile, mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface MemoryCgroup {
  dir: string;
  /** Moves a process (and so the processes it starts later) into the group. */
  add(pid: number): Promise<void>;
  /** Processes the kernel killed in the group for want of memory. */
  oomKills(): Promise<number>;
  /** The most memory the group used, in bytes (page cache included), where the kernel tells it. */
  peakBytes(): Promise<number | undefined>;
  /** Kills what is left in the group and removes it. */
  remove(): Promise<void>;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** A new group limited to `limitBytes`, without swap; or why there can be none here. */
export async function makeMemoryCgroup(limitBytes: number): Promise<MemoryCgroup | { unavailable: string }> {
  if (process.getuid?.() !== 0) return { unavailable: 'making a cgroup needs root (CI runs as root)' };
  const lines = (await readFile('/proc/self/cgroup', 'utf8')).trim().split('\n');
  const name = `quizstream-test-${process.pid}-${Date.now()}`;
  const v1 = lines.find((line) => line.split(':')[1]?.split(',').includes('memory'));
  try {
    if (v1 && (await exists('/sys/fs/cgroup/memory'))) {
      const dir = path.join('/sys/fs/cgroup/memory', v1.split(':')[2] ?? '/', name);
      await mkdir(dir);
      await writeFile(path.join(dir, 'memory.limit_in_bytes'), String(limitBytes));
      // With swap, the group would page instead of running out; memsw is the limit of memory and swap together.
      if (await exists(path.join(dir, 'memory.memsw.limit_in_bytes'))) {
        await writeFile(path.join(dir, 'memory.memsw.limit_in_bytes'), String(limitBytes));
      }
      return group(dir, {
        oomKills: async () =>
          Number(/^oom_kill (\d+)$/m.exec(await readFile(path.join(dir, 'memory.oom_control'), 'utf8'))?.[1] ?? 0),
        peak: async () => Number(await readFile(path.join(dir, 'memory.max_usage_in_bytes'), 'utf8')),
      });
    }
    const v2 = lines.find((line) => line.startsWith('0::'));
    const root = (await exists('/sys/fs/cgroup/cgroup.controllers')) ? '/sys/fs/cgroup' : '/sys/fs/cgroup/unified';
    if (v2 && (await exists(path.join(root, 'cgroup.controllers')))) {
      const parent = path.join(root, v2.slice(3));
      const dir = path.join(parent, name);
      await mkdir(dir);
      if (!(await exists(path.join(dir, 'memory.max')))) {
        await rmdir(dir);
        return { unavailable: `cgroup v2 without the memory controller in ${parent}` };
      }
      await writeFile(path.join(dir, 'memory.max'), String(limitBytes));
      if (await exists(path.join(dir, 'memory.swap.max'))) await writeFile(path.join(dir, 'memory.swap.max'), '0');
      return group(dir, {
        oomKills: async () =>
          Number(/^oom_kill (\d+)$/m.exec(await readFile(path.join(dir, 'memory.events'), 'utf8'))?.[1] ?? 0),
        peak: async () =>
          (await exists(path.join(dir, 'memory.peak')))
            ? Number(await readFile(path.join(dir, 'memory.peak'), 'utf8'))
            : undefined,
      });
    }
    return { unavailable: 'no memory cgroup controller is mounted' };
  } catch (err) {
    return { unavailable: `making a memory cgroup failed: ${(err as Error).message}` };
  }
}

function group(
  dir: string,
  read: { oomKills: () => Promise<number>; peak: () => Promise<number | undefined> },
): MemoryCgroup {
  const procs = path.join(dir, 'cgroup.procs');
  return {
    dir,
    add: (pid) => appendFile(procs, `${pid}\n`),
    oomKills: read.oomKills,
    peakBytes: read.peak,
    async remove() {
      for (let attempt = 0; attempt < 50; attempt++) {
        const pids = (await readFile(procs, 'utf8').catch(() => '')).split('\n').filter(Boolean);
        for (const pid of pids) {
          try {
            process.kill(Number(pid), 'SIGKILL');
          } catch {
            // Gone already.
          }
        }
        try {
          await rmdir(dir);
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
  };
}
