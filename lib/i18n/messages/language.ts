import { defineMessages } from '../define-messages';

// Outside English the label keeps "Language" in brackets: someone who picked a
// language by mistake can still find the way back.
export const language = defineMessages({
  en: {
    label: 'Language',
    change: 'Change',
    changed: 'This page is now in English.',
    unsupported: 'Choose English, 한국어 or Español.',
    saving: 'Changing…',
    failed: 'The language could not be changed. Please try again.',
  },
  ko: {
    label: '언어(Language)',
    change: '변경',
    changed: '이제 이 페이지가 한국어로 표시됩니다.',
    unsupported: 'English, 한국어, Español 중에서 고르세요.',
    saving: '바꾸는 중…',
    failed: '언어를 바꾸지 못했습니다. 다시 시도해 주세요.',
  },
  es: {
    label: 'Idioma (Language)',
    change: 'Cambiar',
    changed: 'Esta página está ahora en español.',
    unsupported: 'Elige English, 한국어 o Español.',
    saving: 'Cambiando…',
    failed: 'No se ha podido cambiar el idioma. Inténtalo de nuevo.',
  },
});
