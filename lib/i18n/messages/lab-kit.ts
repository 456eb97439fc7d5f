import { defineMessages } from '../define-messages';

/** Words every lab page of the second set shares (security, stateless, fixation). */
export const labKit = defineMessages({
  en: {
    step: 'Step {n}',
    running: 'Running…',
    networkFailed: 'The request did not get through. Check that the server is running, then try again.',
    answered: 'The server answered {status}.',
    answeredError: 'The server answered {status} {code}: {message}',
    tested:
      'What this page shows happening, and the figures it measures, are checked by an automated test in a real Chromium browser ({file}). The snippets from other stacks and what they say about other software are not tested here.',
    logInToTry: 'Log in',
    bytes: { one: '{count} byte', other: '{count} bytes' },
    yes: 'yes',
    no: 'no',
  },
  ko: {
    step: '{n}단계',
    running: '실행하는 중…',
    networkFailed: '요청이 서버에 닿지 못했습니다. 서버가 실행 중인지 확인한 뒤 다시 시도하세요.',
    answered: '서버 응답: {status}',
    answeredError: '서버 응답: {status} {code} — {message}',
    tested:
      '이 페이지에서 일어나는 일과 이 페이지가 재는 수치는 실제 Chromium 브라우저에서 돌아가는 자동 테스트로 검증합니다({file}). 다른 스택의 코드 조각과 다른 소프트웨어에 대한 설명은 여기서 테스트하지 않습니다.',
    logInToTry: '로그인',
    bytes: { other: '{count}바이트' },
    yes: '예',
    no: '아니요',
  },
  es: {
    step: 'Paso {n}',
    running: 'Ejecutando…',
    networkFailed: 'La petición no llegó al servidor. Comprueba que está en marcha y vuelve a intentarlo.',
    answered: 'El servidor respondió {status}.',
    answeredError: 'El servidor respondió {status} {code}: {message}',
    tested:
      'Lo que esta página muestra que ocurre y las cifras que mide los comprueba una prueba automática en un navegador Chromium real ({file}). Los fragmentos de otros stacks y lo que dicen de otro software no se prueban aquí.',
    logInToTry: 'Iniciar sesión',
    bytes: { one: '{count} byte', many: '{count} de bytes', other: '{count} bytes' },
    yes: 'sí',
    no: 'no',
  },
});
