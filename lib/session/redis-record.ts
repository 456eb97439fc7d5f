import { expiresAt, userIdOf, type Attributes, type SessionRecord } from './types';

/** The hash fields of one session, readable in redis-cli (HGETALL session-lab:session:<fingerprint>). */
export const RECORD_FIELDS = [
  'key',
  'createdAt',
  'lastAccessedAt',
  'maxInactiveInterval',
  'absoluteExpiresAt',
  'userAgent',
  'attributes',
  'userId',
  'version',
] as const;

type Field = (typeof RECORD_FIELDS)[number];

/** Field/value pairs to HSET (all but `version`, which the scripts own). */
export function toFields(record: SessionRecord): string[] {
  return [
    'key',
    record.key,
    'createdAt',
    String(record.createdAt),
    'lastAccessedAt',
    String(record.lastAccessedAt),
    'maxInactiveInterval',
    String(record.maxInactiveInterval),
    'absoluteExpiresAt',
    String(record.absoluteExpiresAt),
    'userAgent',
    record.userAgent,
    'attributes',
    JSON.stringify(record.attributes),
    'userId',
    userIdOf(record) ?? '',
  ];
}

/** The key's TTL deadline: whichever timeout comes first. */
export function deadlineOf(record: SessionRecord): string {
  return String(expiresAt(record));
}

export interface StoredRecord {
  record: SessionRecord;
  /** Bumped by every write; update() writes only if it is unchanged since the read. */
  version: string;
  /** The indexed owner ('' when signed out). */
  userId: string;
}

/** Values in RECORD_FIELDS order (HMGET), or null when the key is gone. */
export function fromValues(values: (string | null)[]): StoredRecord | null {
  const get = (field: Field) => values[RECORD_FIELDS.indexOf(field)] ?? null;
  const version = get('version');
  const key = get('key');
  if (version === null || key === null) return null;
  return {
    version,
    userId: get('userId') ?? '',
    record: {
      key,
      createdAt: Number(get('createdAt')),
      lastAccessedAt: Number(get('lastAccessedAt')),
      maxInactiveInterval: Number(get('maxInactiveInterval')),
      absoluteExpiresAt: Number(get('absoluteExpiresAt')),
      userAgent: get('userAgent') ?? '',
      attributes: JSON.parse(get('attributes') ?? '{}') as Attributes,
    },
  };
}

/** HGETALL's flat [field, value, ...] reply. */
export function fromPairs(pairs: string[]): StoredRecord | null {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return fromValues(RECORD_FIELDS.map((field) => map.get(field) ?? null));
}
