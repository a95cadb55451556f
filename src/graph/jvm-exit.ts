// How a JVM ended, kept apart from starting and supervising it so both can say it the same way.

/** Exit code or signal, and the end of what the JVM wrote (stdout and stderr). */
export interface JvmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** How the JVM ended, in words a user can act on; a death for memory names the setting to raise. */
export function describeExit(exit: JvmExit, o: { heap: string; pagecache: string }): string {
  const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
  if (/OutOfMemoryError/.test(exit.stderr)) {
    const direct = /Direct buffer memory|native memory|Cannot reserve/i.test(exit.stderr);
    return direct
      ? `${how}: out of memory outside the heap; raise LOCAL_NEO4J_PAGECACHE (now ${o.pagecache}) or the machine's memory`
      : `${how}: out of memory (Java heap); raise LOCAL_NEO4J_HEAP (now ${o.heap})`;
  }
  if (exit.signal === 'SIGKILL') {
    return `${how}: by hand, or by the kernel's out-of-memory killer (see dmesg); if it was memory, the JVM needs about LOCAL_NEO4J_HEAP (now ${o.heap}) + LOCAL_NEO4J_PAGECACHE (now ${o.pagecache}) + ~200m free`;
  }
  return how;
}
