import { Row, Table } from '@/components/table';
import type { Role } from '@/lib/auth/accounts';
import type { Dictionary } from '@/lib/i18n/dictionary';

/** The demo credentials, printed on purpose: this is a teaching app. */
export function DemoAccounts({ accounts, t }: { accounts: { username: string; password: string; role: Role }[]; t: Dictionary['auth'] }) {
  return (
    <section aria-labelledby="demo-accounts" className="flex flex-col gap-2 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="demo-accounts" className="text-lg font-semibold">
        {t.demoTitle}
      </h2>
      <Table columns={[t.demoUsername, t.demoPassword, t.demoRole]}>
        {accounts.map((account) => (
          <Row key={account.username}>
            <td className="font-mono">{account.username}</td>
            <td className="font-mono">{account.password}</td>
            <td>{account.role === 'admin' ? t.roleAdmin : t.roleUser}</td>
          </Row>
        ))}
      </Table>
      <p className="text-sm text-slate-700">{t.demoNote}</p>
    </section>
  );
}
