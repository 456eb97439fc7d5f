import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { readCurrentUser } from '@/lib/auth/current-user';
import { formatDevice } from '@/lib/auth/device';
import { listMySessions } from '@/lib/auth/session-list';
import { currentDictionary } from '@/lib/next-session/language';
import { format } from '@/lib/i18n/define-messages';
import { formatDateTime } from '@/lib/i18n/format';
import { MySessionsTable } from './_components/my-sessions-table';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.auth.mySessionsTitle };
}

export default async function MySessionsPage() {
  const [{ language, t }, { session, user }] = await Promise.all([currentDictionary(), readCurrentUser()]);
  if (!session || !user) redirect('/login?next=/sessions');
  const sessions = await listMySessions(session, user);
  const rows = sessions.map((row) => ({
    id: row.id,
    current: row.current,
    device: formatDevice(row.device, { browserOnOs: t.auth.deviceOnOs, unknownDevice: t.auth.unknownDevice }),
    createdAt: row.createdAt,
    created: formatDateTime(row.createdAt, language),
    lastAccessedAt: row.lastAccessedAt,
    lastSeen: formatDateTime(row.lastAccessedAt, language),
  }));
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t.auth.mySessionsTitle}</h1>
        <p className="mt-2 text-slate-700">{format(t.auth.mySessionsIntro, { name: user.name })}</p>
      </div>
      <MySessionsTable rows={rows} t={t.auth} />
    </div>
  );
}
