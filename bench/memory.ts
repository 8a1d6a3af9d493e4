// The server's resident memory, read from /proc: `next start` runs the server in child processes,
// so every process of its group is summed.
import fs from "node:fs";

function processGroupPids(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which is in parentheses and may contain spaces.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function groupRssBytes(pgid: number): number {
  return processGroupPids(pgid).reduce((sum, pid) => sum + rssBytes(pid), 0);
}

/** Samples the group's RSS every `intervalMs` until stopped; returns the baseline and the peak. */
export function sampleRss(pgid: number, intervalMs = 50): { stop(): { baselineBytes: number; peakBytes: number } } {
  const baselineBytes = groupRssBytes(pgid);
  let peakBytes = baselineBytes;
  const timer = setInterval(() => (peakBytes = Math.max(peakBytes, groupRssBytes(pgid))), intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peakBytes = Math.max(peakBytes, groupRssBytes(pgid));
      return { baselineBytes, peakBytes };
    },
  };
}
