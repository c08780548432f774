/**
 * Writing to standard output and standard error without Node's streams, so that every failure is
 * one line and an exit code: the reader closing the pipe early (EPIPE), a full disk (ENOSPC), a
 * closed or broken descriptor. Node's `process.stdout` would turn each of these into an
 * asynchronous 'error' event and a stack trace; it is never touched here.
 */
import { readFileSync, readlinkSync, writeSync } from 'node:fs';

/** The outcome of a write: done, or the error code (e.g. "EPIPE", "ENOSPC"). */
export type Written = { readonly ok: true } | { readonly ok: false; readonly code: string };

/** Blocks the thread for `ms` milliseconds (while a full non-blocking pipe drains). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Writes all of `data` to file descriptor `fd`, waiting out a full non-blocking pipe. */
export function writeAll(fd: number, data: string | Uint8Array): Written {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      if (code !== 'EAGAIN') return { ok: false, code };
      pause(2);
    }
  }
  return { ok: true };
}

/**
 * Whether standard output was closed by the caller (`>&-`). Node reopens a closed descriptor on
 * /dev/null, read-write, before any script runs; a shell's `> /dev/null` opens it write-only. So
 * /dev/null open read-write means closed (or ignored by a parent process, which reopens it the
 * same way and cannot be told apart). Linux only: elsewhere this says false.
 */
export function stdoutClosed(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    const O_ACCMODE = 3;
    const O_RDWR = 2;
    return flags !== undefined && (Number.parseInt(flags, 8) & O_ACCMODE) === O_RDWR;
  } catch {
    return false;
  }
}

const WHY: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large',
  EBADF: 'it is closed',
  EIO: 'an input/output error',
  EACCES: 'permission denied',
  EROFS: 'the file system is read-only',
};

/** A write error in words, e.g. "no space left on the device (ENOSPC)". */
export function writeError(code: string): string {
  return `${WHY[code] ?? 'the system refused the write'} (${code})`;
}
