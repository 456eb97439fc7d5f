import type Database from 'better-sqlite3';
import { sqliteWork } from '../shared-state/sqlite-work';
import {
  ARRIVAL_LIMITS,
  decodeArrival,
  encodeArrival,
  kindSchema,
  runSchema,
  type ArrivalLimits,
  type ArrivalStore,
} from './arrival-store';
import type { Arrival, RequestKind } from './cross-site';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS lab_runs (
  run TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lab_runs_by_age ON lab_runs (created_at);
CREATE TABLE IF NOT EXISTS lab_arrivals (
  run TEXT NOT NULL,
  kind TEXT NOT NULL,
  arrival TEXT NOT NULL,
  PRIMARY KEY (run, kind)
) WITHOUT ROWID;
`;

/** The cross-site lab's arrivals in two tables of the session database (runs, and one row per run and kind). */
export class SqliteArrivalStore implements ArrivalStore {
  readonly kind = 'sqlite';
  private readonly statements;
  private readonly openRun: (run: string, now: number) => void;
  private readonly recordArrival: (run: string, kind: RequestKind, arrival: string, now: number) => boolean;

  /** `db`: the session store's connection (its file, its WAL and busy_timeout). */
  constructor(
    db: Database.Database,
    private readonly limits: ArrivalLimits = ARRIVAL_LIMITS,
  ) {
    db.exec(SCHEMA);
    const s = (this.statements = {
      createdAt: db.prepare<[string], { created_at: number }>('SELECT created_at FROM lab_runs WHERE run = ?'),
      insertRun: db.prepare<[string, number]>(
        'INSERT INTO lab_runs (run, created_at) VALUES (?, ?) ON CONFLICT (run) DO UPDATE SET created_at = excluded.created_at',
      ),
      // Runs too old, and past the newest `maxRuns`: their arrivals go first, then the runs.
      staleArrivals: db.prepare<[number, number]>(
        `DELETE FROM lab_arrivals WHERE run IN (SELECT run FROM lab_runs WHERE created_at <= ?
         OR run NOT IN (SELECT run FROM lab_runs ORDER BY created_at DESC LIMIT ?))`,
      ),
      staleRuns: db.prepare<[number, number]>(
        'DELETE FROM lab_runs WHERE created_at <= ? OR run NOT IN (SELECT run FROM lab_runs ORDER BY created_at DESC LIMIT ?)',
      ),
      clearRun: db.prepare<[string]>('DELETE FROM lab_arrivals WHERE run = ?'),
      upsert: db.prepare<[string, string, string]>(
        'INSERT INTO lab_arrivals (run, kind, arrival) VALUES (?, ?, ?) ON CONFLICT (run, kind) DO UPDATE SET arrival = excluded.arrival',
      ),
      arrivals: db.prepare<[string], { kind: string; arrival: string }>('SELECT kind, arrival FROM lab_arrivals WHERE run = ?'),
    });
    const live = (run: string, now: number) => {
      const row = s.createdAt.get(run);
      return row !== undefined && row.created_at > now - this.limits.ttlMs;
    };
    this.openRun = db
      .transaction((run: string, now: number) => {
        s.clearRun.run(run);
        s.insertRun.run(run, now);
        s.staleArrivals.run(now - this.limits.ttlMs, this.limits.maxRuns);
        s.staleRuns.run(now - this.limits.ttlMs, this.limits.maxRuns);
      })
      .immediate.bind(null) as typeof this.openRun;
    // IMMEDIATE: the run cannot be dropped between the check and the write.
    this.recordArrival = db
      .transaction((run: string, kind: RequestKind, arrival: string, now: number) => {
        if (!live(run, now)) return false;
        s.upsert.run(run, kind, arrival);
        return true;
      })
      .immediate.bind(null) as typeof this.recordArrival;
  }

  async open(run: string, now: number): Promise<void> {
    runSchema.parse(run);
    return sqliteWork('Cross-site lab', () => this.openRun(run, now));
  }

  async record(run: string, kind: RequestKind, arrival: Arrival, now: number): Promise<boolean> {
    if (!runSchema.safeParse(run).success || !kindSchema.safeParse(kind).success) return false;
    const text = encodeArrival(arrival);
    return sqliteWork('Cross-site lab', () => this.recordArrival(run, kind, text, now));
  }

  async arrivals(run: string, now: number): Promise<Partial<Record<RequestKind, Arrival>>> {
    if (!runSchema.safeParse(run).success) return {};
    return sqliteWork('Cross-site lab', () => {
      const created = this.statements.createdAt.get(run);
      if (!created || created.created_at <= now - this.limits.ttlMs) return {};
      const found: Partial<Record<RequestKind, Arrival>> = {};
      for (const row of this.statements.arrivals.all(run)) {
        const kind = kindSchema.safeParse(row.kind);
        const arrival = decodeArrival(row.arrival);
        if (kind.success && arrival) found[kind.data] = arrival;
      }
      return found;
    });
  }

  async close(): Promise<void> {
    // The connection belongs to the session store, which closes it.
  }
}
