import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditResult, DocumentResult } from '../core/types.js';
import type { ReportKind } from '../report/index.js';
import type { FormatContext, SectionedStream } from '../report/types.js';
import { encoded, removeWhileOpen } from './temporary.js';
import { collectHeapOver } from './heap-guard.js';

/** Where a report's bytes go: standard output or a file being written atomically. */
export interface Destination {
  write(piece: string | Uint8Array): void;
  /**
   * When the reader is behind (a slow pipe), resolves once it has caught up. A destination keeps
   * a piece of bytes past `write` only while the promise it gives here is pending (standard
   * output keeps a large piece only while it is behind), so the piece's buffer may be refilled
   * once that promise resolves, or at once when it gives none.
   */
  drained?(): Promise<void> | undefined;
}

/**
 * Writes one report while the run goes: `start`, `document` for each document in
 * order (with the policy applied), then `end`. Memory stays bounded whatever the
 * run's size: a stream's pieces go out at once, a sectioned report's pieces are
 * spooled to temporary files when large and laid out at the end; only a format
 * that does not stream yet keeps its documents.
 */
export interface ReportWriter {
  start(head: Pick<AuditResult, 'tool'>): void;
  document(doc: DocumentResult, index: number): void;
  end(tail: Pick<AuditResult, 'summary' | 'notices'>, documents: number): Promise<void>;
  /** Removes any temporary file (after `end`, or when the run stops early). */
  discard(): void;
}

/** `spoolCharacters`: how much of a section stays in memory before it goes to a temporary file (tests make it small). */
export function reportWriter(report: ReportKind, context: FormatContext, out: Destination, spoolCharacters = SPOOL_CHARACTERS): ReportWriter {
  switch (report.kind) {
    case 'stream': {
      const { stream } = report;
      return {
        start: (head) => out.write(stream.start(head, context)),
        document: (doc, index) => out.write(stream.document(doc, index, context)),
        end: async (tail, documents) => out.write(stream.end(tail, documents, context)),
        discard: () => {},
      };
    }
    case 'sectioned':
      return sectionedWriter(report.stream, report.digest, context, out, spoolCharacters);
    case 'whole': {
      let tool: AuditResult['tool'] = { name: '', version: '' };
      const documents: DocumentResult[] = [];
      return {
        start: (head) => { tool = head.tool; },
        document: (doc) => { documents.push(doc); },
        end: async (tail) => out.write(report.formatter({ tool, documents, summary: tail.summary, notices: tail.notices }, context)),
        discard: () => {},
      };
    }
  }
}

/**
 * A sectioned report (see SectionedStream) written with bounded memory: each section's
 * pieces are kept in memory up to SPOOL_CHARACTERS, then in a temporary file; the
 * digests are kept (a few numbers per document). At the end the report is laid out as
 * wholeSectioned lays it out, byte for byte.
 */
function sectionedWriter<Digest>(
  stream: SectionedStream<Digest>, digestOf: (doc: DocumentResult, context: FormatContext) => Digest, context: FormatContext, out: Destination,
  spoolCharacters: number,
): ReportWriter {
  const spools = new Map(stream.sections.map((section) => [section, new Spool(spoolCharacters)]));
  const digests: Digest[] = [];
  let head = '';
  return {
    start(given) {
      head = stream.start(given, context);
    },
    document(doc, index) {
      const parts = stream.document(doc, index, context);
      for (const section of stream.sections) {
        const piece = parts[section];
        if (piece === undefined) continue;
        const spool = spools.get(section)!;
        if (!spool.empty) spool.add(stream.separator?.(section) ?? '');
        spool.add(piece);
      }
      digests.push(digestOf(doc, context));
    },
    async end(tail, documents) {
      collectHeapOver();
      out.write(head + stream.front(tail, digests, context));
      digests.length = 0;
      for (const section of stream.sections) {
        const spool = spools.get(section)!;
        if (spool.empty) {
          out.write(stream.empty?.(section, context) ?? '');
          continue;
        }
        const around = stream.around?.(section, context) ?? { before: '', after: '' };
        out.write(around.before);
        await spool.copyTo(out);
        out.write(around.after);
      }
      out.write(stream.end(tail, documents, context));
    },
    discard() {
      for (const spool of spools.values()) spool.discard();
    },
  };
}

/** How many characters of a section are kept in memory before it goes to a temporary file. */
const SPOOL_CHARACTERS = 1 << 16;
/** How much of a spool file is read back at a time. */
const READ_BYTES = 1 << 20;

/** The temporary files of spools now open (for tests: none is left once a writer is discarded). */
export function spoolFiles(): string[] {
  return [...openSpools];
}

/** The spools' temporary files now open (each removed from its folder once open, where the system allows it). */
const openSpools = new Set<string>();

/** A section's pieces in order: in memory while small, then appended to a private temporary file. */
class Spool {
  private pieces: string[] = [];
  private characters = 0;
  private path: string | undefined;
  private fd: number | undefined;
  private anything = false;

  constructor(private readonly limit: number) {}

  get empty(): boolean {
    return !this.anything;
  }

  add(piece: string): void {
    if (piece === '') return;
    this.anything = true;
    this.pieces.push(piece);
    this.characters += piece.length;
    if (this.characters >= this.limit) this.spill();
  }

  /** Writes the pieces so far to the file and forgets them. */
  private spill(): void {
    if (this.fd === undefined) {
      this.path = join(tmpdir(), `iop-audit-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.spool`);
      this.fd = openSync(this.path, 'wx+', 0o600);
      openSpools.add(this.path);
      removeWhileOpen(this.path);
    }
    const bytes = encoded(this.pieces.join(''));
    for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.pieces = [];
    this.characters = 0;
  }

  /** Writes every piece to `out`, in order, waiting for a slow reader between reads. */
  async copyTo(out: Destination): Promise<void> {
    if (this.fd !== undefined) {
      this.spill();
      // One buffer for the whole copy, refilled once the destination is done with it (see
      // Destination.drained): a new mebibyte for each read was garbage that V8 collected only every
      // few tens of them, and a large report's copy raised the run's peak by up to ~45 MiB.
      let chunk = Buffer.allocUnsafe(READ_BYTES);
      for (let position = 0; ;) {
        const read = readSync(this.fd, chunk, 0, READ_BYTES, position);
        if (read === 0) break;
        position += read;
        out.write(read === READ_BYTES ? chunk : chunk.subarray(0, read));
        const wait = out.drained?.();
        if (wait) await wait;
        // A stream keeps a piece smaller than its high-water mark without asking to be waited for.
        else if (read < READ_BYTES) chunk = Buffer.allocUnsafe(READ_BYTES);
      }
    }
    for (const piece of this.pieces) out.write(piece);
    this.pieces = [];
  }

  discard(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.path !== undefined) {
      rmSync(this.path, { force: true });
      openSpools.delete(this.path);
    }
    this.fd = undefined;
    this.path = undefined;
  }
}
