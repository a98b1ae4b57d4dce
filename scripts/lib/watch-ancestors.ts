import { readFileSync } from "node:fs";

// `npm start` runs us as npm → sh → tsx → node. Ctrl-C reaches the whole process group, but
// `kill <npm pid>` reaches only npm and sh, which die without telling us: we would live on as an
// orphan, holding the port and the embedded PostgreSQL. So we watch our ancestors and shut down
// as soon as one of them is gone. (Linux /proc; elsewhere we watch our direct parent only.)

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 4 is the parent pid; the command name (field 2) may contain spaces, so split after ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function onAncestorExit(callback: () => void, depth = 3): void {
  const ancestors: number[] = [];
  for (let pid = process.ppid; ancestors.length < depth && pid > 1; ) {
    ancestors.push(pid);
    const parent = parentOf(pid);
    if (parent === null) break;
    pid = parent;
  }
  const timer = setInterval(() => {
    if (ancestors.some((pid) => !isAlive(pid)) || process.ppid === 1) {
      clearInterval(timer);
      callback();
    }
  }, 1000);
  timer.unref();
}
