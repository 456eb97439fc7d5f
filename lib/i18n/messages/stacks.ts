import { defineMessages } from '../define-messages';

/** "The same thing in other stacks", beside the actions of the shop, login and labs. */
export const stacks = defineMessages({
  en: {
    summary: 'The same thing in other stacks',
    intro: 'The code behind this in Java Servlet, Express, Flask and PHP, and the line of this app that does it.',
    thisApp: 'This app',
    where: '{file}, line {line}',
    getOrCreate: 'Get or create the session',
    setAttribute: 'Set an attribute (add to cart, log in)',
    getAttribute: 'Read an attribute',
    removeAttribute: 'Remove an attribute',
    rotateId: 'Give the session a new ID at login',
    rotateIdNote:
      'Servlet, PHP and this app keep the attributes under the new ID (so your cart survives login); Express starts an empty session.',
    invalidate: 'End the session at logout',
    idleTimeout: 'Set the idle timeout',
    sameSite: 'Keep the session cookie off other sites’ requests (SameSite, and a CSRF check)',
    reauthenticate: 'Ask for the password again before a sensitive action (sudo mode)',
  },
  ko: {
    summary: '다른 기술 스택에서는 이렇게 합니다',
    intro:
      '이 동작 뒤의 코드를 Java Servlet, Express, Flask, PHP로 쓰면 어떻게 되는지, 그리고 이 앱에서 그 일을 하는 코드 줄을 보여 줍니다.',
    thisApp: '이 앱',
    where: '{file}, {line}번째 줄',
    getOrCreate: '세션 가져오기(없으면 만들기)',
    setAttribute: '속성 저장하기(장바구니 담기, 로그인)',
    getAttribute: '속성 읽기',
    removeAttribute: '속성 지우기',
    rotateId: '로그인할 때 세션 ID 바꾸기',
    rotateIdNote:
      'Servlet, PHP, 그리고 이 앱은 새 ID로 속성을 그대로 옮깁니다(그래서 로그인해도 장바구니가 남습니다). Express는 빈 세션으로 새로 시작합니다.',
    invalidate: '로그아웃할 때 세션 끝내기',
    idleTimeout: '유휴 시간 제한 정하기',
    sameSite: '다른 사이트의 요청에 세션 쿠키가 실리지 않게 하기(SameSite와 CSRF 검사)',
    reauthenticate: '민감한 작업 전에 비밀번호 다시 묻기(sudo 모드)',
  },
  es: {
    summary: 'Lo mismo en otras tecnologías',
    intro: 'El código que hay detrás de esto en Java Servlet, Express, Flask y PHP, y la línea de esta app que lo hace.',
    thisApp: 'Esta app',
    where: '{file}, línea {line}',
    getOrCreate: 'Obtener o crear la sesión',
    setAttribute: 'Guardar un atributo (añadir al carrito, iniciar sesión)',
    getAttribute: 'Leer un atributo',
    removeAttribute: 'Quitar un atributo',
    rotateId: 'Dar un ID nuevo a la sesión al iniciar sesión',
    rotateIdNote:
      'Servlet, PHP y esta app conservan los atributos con el ID nuevo (por eso tu carrito sobrevive al inicio de sesión); Express empieza una sesión vacía.',
    invalidate: 'Borrar la sesión del servidor al cerrar sesión',
    idleTimeout: 'Fijar el límite de inactividad',
    sameSite: 'Que la cookie de sesión no viaje en peticiones de otros sitios (SameSite y una comprobación CSRF)',
    reauthenticate: 'Pedir otra vez la contraseña antes de una acción delicada (modo sudo)',
  },
});
