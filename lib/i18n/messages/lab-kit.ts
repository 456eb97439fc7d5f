import { defineMessages } from '../define-messages';

/** Words every lab page of the second set shares (security, stateless, fixation). */
export const labKit = defineMessages({
  en: {
    step: 'Step {n}',
    running: 'Running…',
    networkFailed: 'The request did not get through. Check that the server is running, then try again.',
    answered: 'The server answered {status}.',
    answeredError: 'The server answered {status} {code}: {message}',
    tested: 'Every claim on this page is checked by an automated test in a real Chromium browser ({file}).',
    logInToTry: 'Log in',
    yes: 'yes',
    no: 'no',
  },
  ko: {
    step: '{n}단계',
    running: '실행하는 중…',
    networkFailed: '요청이 서버에 닿지 못했습니다. 서버가 실행 중인지 확인한 뒤 다시 시도하세요.',
    answered: '서버 응답: {status}',
    answeredError: '서버 응답: {status} {code} — {message}',
    tested: '이 페이지의 모든 주장은 실제 Chromium 브라우저에서 돌아가는 자동 테스트로 검증합니다({file}).',
    logInToTry: '로그인',
    yes: '예',
    no: '아니요',
  },
  es: {
    step: 'Paso {n}',
    running: 'Ejecutando…',
    networkFailed: 'La petición no llegó al servidor. Comprueba que está en marcha y vuelve a intentarlo.',
    answered: 'El servidor respondió {status}.',
    answeredError: 'El servidor respondió {status} {code}: {message}',
    tested: 'Cada afirmación de esta página la comprueba una prueba automática en un navegador Chromium real ({file}).',
    logInToTry: 'Iniciar sesión',
    yes: 'sí',
    no: 'no',
  },
});

export type LabKitMessages = (typeof labKit)['en'];
