import type { Role } from '@/lib/auth/accounts';
import type { AuthMessages } from '@/lib/i18n/messages/auth';

/** The demo credentials, printed on purpose: this is a teaching app. */
export function DemoAccounts({ accounts, t }: { accounts: { username: string; password: string; role: Role }[]; t: AuthMessages }) {
  return (
    <section aria-labelledby="demo-accounts" className="flex flex-col gap-2 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="demo-accounts" className="text-lg font-semibold">
        {t.demoTitle}
      </h2>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1">{t.demoUsername}</th>
            <th scope="col" className="py-1">{t.demoPassword}</th>
            <th scope="col" className="py-1">{t.demoRole}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.username} className="border-b border-slate-200">
              <td className="py-1 font-mono">{account.username}</td>
              <td className="py-1 font-mono">{account.password}</td>
              <td className="py-1">{account.role === 'admin' ? t.roleAdmin : t.roleUser}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-slate-700">{t.demoNote}</p>
    </section>
  );
}
