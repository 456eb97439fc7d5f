'use client';

import { useState } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { LabButton } from '@/components/lab-kit/experiment';
import { markStep } from '@/lib/browser/start-progress';

/** The two ways a page can open a tab, side by side, and the one only the visitor can do. */
export function OpenTabs({ t }: { t: Dictionary['labTabs'] }) {
  const [blocked, setBlocked] = useState(false);
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <div className="flex flex-col gap-2">
        {/* No rel attribute on purpose: target=_blank alone already means noopener. */}
        <a href="/lab/tabs" target="_blank" className="font-medium text-blue-800 underline underline-offset-4">
          {t.newTabLink}
        </a>
        <p className="text-sm text-slate-700">{t.newTabHint}</p>
      </div>
      <div className="flex flex-col gap-2">
        <LabButton
          type="button"
          onClick={() => {
            const opened = window.open('/lab/tabs') !== null;
            setBlocked(!opened);
            if (opened) markStep('window-open');
          }}
          className="self-start rounded-md bg-blue-800 px-3 py-1.5 font-medium text-white hover:bg-blue-900"
        >
          {t.windowOpen}
        </LabButton>
        <p className="text-sm text-slate-700">{t.windowOpenHint}</p>
        {blocked && (
          <p role="alert" className="text-sm text-red-800">
            {t.popupBlocked}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="font-medium">{t.duplicateTitle}</h3>
        <p className="text-sm text-slate-700">{t.duplicateText}</p>
      </div>
    </div>
  );
}
