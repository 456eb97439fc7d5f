import { format } from '@/lib/i18n/define-messages';
import { SNIPPETS, STACK_NAMES, STACKS, type StackAction } from './snippets';
import type { Dictionary } from '@/lib/i18n/dictionary';

function Code({ children }: { children: string }) {
  // Wrapped, not scrolled: nothing to reach with the keyboard, and it fits a phone.
  return (
    <pre className="whitespace-pre-wrap break-words rounded-md bg-slate-900 p-2 font-mono text-xs leading-relaxed text-slate-50">
      <code>{children}</code>
    </pre>
  );
}

/**
 * A collapsed "the same thing in other stacks" box for the actions a page
 * offers: each in Servlet, Express, Flask and PHP, and the lines of this app
 * that do it. A native <details>, so it opens with Enter or Space.
 */
export function StackEquivalents({ id, actions, t }: { id: string; actions: StackAction[]; t: Dictionary['stacks'] }) {
  return (
    <details className="group rounded-xl border border-slate-300 bg-white p-3 shadow-sm" data-testid="stack-equivalents">
      <summary className="cursor-pointer rounded font-medium text-blue-900">{t.summary}</summary>
      <div className="mt-3 flex flex-col gap-4">
        <p className="text-sm text-slate-700">{t.intro}</p>
        {actions.map((action) => {
          const snippets = SNIPPETS[action];
          const headingId = `${id}-${action}`;
          return (
            // Not a landmark: a page may show the same action twice (the stateless lab does), and two
            // regions with one name are a landmark-unique failure. The h3 gives the structure.
            <div key={action} className="flex flex-col gap-2">
              <h3 id={headingId} className="font-semibold text-slate-900">
                {t[action]}
              </h3>
              {action === 'rotateId' && <p className="text-sm text-slate-700">{t.rotateIdNote}</p>}
              <dl className="grid gap-2 sm:grid-cols-2">
                {STACKS.map((stack) => (
                  <div key={stack} className="min-w-0">
                    <dt className="text-sm font-medium text-slate-700">{STACK_NAMES[stack]}</dt>
                    <dd>
                      <Code>{snippets[stack]}</Code>
                    </dd>
                  </div>
                ))}
                <div className="min-w-0 sm:col-span-2">
                  <dt className="text-sm font-medium text-slate-700">{t.thisApp}</dt>
                  {snippets.app.map((quote) => (
                    <dd key={`${quote.file}:${quote.line}`} className="mt-1">
                      <p className="font-mono text-xs text-slate-700">{format(t.where, { file: quote.file, line: quote.line })}</p>
                      <Code>{quote.code}</Code>
                    </dd>
                  ))}
                </div>
              </dl>
            </div>
          );
        })}
      </div>
    </details>
  );
}
