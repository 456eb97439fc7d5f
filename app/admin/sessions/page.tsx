import type { Metadata } from 'next';
import { forbidden, redirect } from 'next/navigation';
import { readCurrentUser } from '@/lib/auth/current-user';
import { formatDevice } from '@/lib/auth/device';
import { listAllSessions } from '@/lib/auth/session-list';
import { currentDictionary } from '@/lib/next-session/language';
import { format } from '@/lib/i18n/define-messages';
import { plural } from '@/lib/i18n/plural';
import { formatDateTime } from '@/lib/i18n/format';
import { AllSessionsTable } from './_components/all-sessions-table';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.auth.adminTitle };
}

/** Admins only: signed out → the login page; signed in without the admin role → 403. */
export default async function AdminSessionsPage() {
  const [{ language, t }, { session, user }] = await Promise.all([currentDictionary(), readCurrentUser()]);
  if (!session || !user) redirect('/login?next=/admin/sessions');
  if (user.role !== 'admin') forbidden();
  const { sessions, total } = await listAllSessions(session);
  const when = (iso: string) => formatDateTime(iso, language);
  const rows = sessions.map((row) => ({
    id: row.id,
    current: row.current,
    user: row.user ? `${row.user.name} (${row.user.role === 'admin' ? t.auth.roleAdmin : t.auth.roleUser})` : null,
    device: formatDevice(row.device, { browserOnOs: t.auth.deviceOnOs, unknownDevice: t.auth.unknownDevice }),
    created: when(row.createdAt),
    lastActive: when(row.lastAccessedAt),
    expires: when(row.expiresAt),
    attributes: Object.entries(row.attributeSizes).map(([name, count]) => format(t.auth.attributeSize, { name, count })),
    total: format(t.auth.totalSize, { count: row.totalBytes }),
  }));
  return (
    <div className="flex flex-col gap-4">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold">{t.auth.adminTitle}</h1>
        <p className="mt-2 text-slate-700">{t.auth.adminIntro}</p>
        <p className="mt-1 text-sm text-slate-600">{plural(language, rows.length, t.auth.adminShown, { total })}</p>
      </div>
      <AllSessionsTable rows={rows} t={t.auth} />
    </div>
  );
}
