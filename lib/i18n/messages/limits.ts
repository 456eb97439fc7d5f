import { defineMessages } from '../define-messages';

/** What the abuse limits say: the login page's device-cookie lesson, a busy login, too many new sessions. */
export const limits = defineMessages({
  en: {
    busy: 'The server is busy checking other logins. Try again in a moment.',

    deviceTitle: 'Device cookies: why a stranger cannot lock you out',
    deviceLockout:
      'After 5 wrong passwords for one username in 15 minutes, the server stops checking passwords for that username for a while. That stops someone guessing your password, but it would also let anyone lock you out just by typing wrong passwords for your name.',
    deviceCookie:
      'So when you log in, this browser also gets a device cookie: a note, signed by the server, that says “this browser has logged in as this user before”. A browser with that note is not stopped by the username’s limit, only by its own. A stranger is still stopped after 5 guesses; you can still log in.',
    deviceFacts:
      'The device cookie is HttpOnly (this page’s scripts cannot read it), lasts 180 days, and holds no password. The server checks its signature, so nobody can make one up.',
    deviceTrusted: 'This browser has a device cookie for: {names}.',
    deviceNone: 'This browser has no device cookie yet. Log in once and it gets one.',

    tooManySessionsTitle: 'Too many new sessions',
    tooManySessions:
      'Your network has started a great many new sessions in the last minute, so this server is not starting another one right now. If your browser blocks cookies, allow them for this site: each page without the cookie starts a new session.',
    tryAgainSeconds: { one: 'Try again in {count} second.', other: 'Try again in {count} seconds.' },
    goHome: 'Go to the home page',
  },
  ko: {
    busy: '서버가 다른 로그인을 확인하느라 바쁩니다. 잠시 후 다시 시도하세요.',

    deviceTitle: '기기 쿠키: 낯선 사람이 내 계정을 잠글 수 없는 이유',
    deviceLockout:
      '한 사용자 이름으로 15분 안에 비밀번호가 5번 틀리면, 서버는 한동안 그 사용자 이름의 비밀번호를 확인하지 않습니다. 그래서 누군가 내 비밀번호를 추측할 수 없지만, 이것만 있으면 누구든 내 이름으로 틀린 비밀번호를 입력해 나를 잠가 버릴 수도 있습니다.',
    deviceCookie:
      '그래서 로그인하면 이 브라우저는 기기 쿠키도 받습니다. 서버가 서명한 메모로, “이 브라우저는 전에 이 사용자로 로그인한 적이 있다”는 뜻입니다. 이 메모가 있는 브라우저는 사용자 이름의 한도가 아니라 자기 한도만 적용받습니다. 낯선 사람은 여전히 5번 추측하면 막히고, 나는 계속 로그인할 수 있습니다.',
    deviceFacts:
      '기기 쿠키는 HttpOnly라 이 페이지의 스크립트가 읽을 수 없고, 180일 동안 유지되며, 비밀번호는 들어 있지 않습니다. 서버가 서명을 확인하므로 아무도 지어낼 수 없습니다.',
    deviceTrusted: '이 브라우저에는 다음 사용자의 기기 쿠키가 있습니다: {names}.',
    deviceNone: '이 브라우저에는 아직 기기 쿠키가 없습니다. 한 번 로그인하면 생깁니다.',

    tooManySessionsTitle: '새 세션이 너무 많습니다',
    tooManySessions:
      '지난 1분 동안 현재 네트워크에서 새 세션이 너무 많이 시작되어, 서버가 지금은 새 세션을 더 시작하지 않습니다. 브라우저가 쿠키를 막고 있다면 이 사이트의 쿠키를 허용하세요. 쿠키 없이 여는 페이지마다 새 세션이 시작됩니다.',
    tryAgainSeconds: { other: '{count}초 후에 다시 시도하세요.' },
    goHome: '홈으로 가기',
  },
  es: {
    busy: 'El servidor está ocupado comprobando otros inicios de sesión. Inténtalo de nuevo en un momento.',

    deviceTitle: 'Cookies de dispositivo: por qué un desconocido no puede bloquear tu cuenta',
    deviceLockout:
      'Tras 5 contraseñas incorrectas para un mismo usuario en 15 minutos, el servidor deja de comprobar contraseñas de ese usuario durante un rato. Así nadie adivina tu contraseña, pero cualquiera podría bloquearte escribiendo contraseñas incorrectas con tu nombre.',
    deviceCookie:
      'Por eso, al iniciar sesión, este navegador recibe también una cookie de dispositivo: una nota firmada por el servidor que dice «este navegador ya inició sesión como este usuario». A un navegador con esa nota no lo frena el límite del usuario, solo el suyo propio. El desconocido sigue frenado tras 5 intentos; tú puedes seguir entrando.',
    deviceFacts:
      'La cookie de dispositivo es HttpOnly (los scripts de esta página no pueden leerla), dura 180 días y no contiene ninguna contraseña. El servidor comprueba su firma, así que nadie puede inventarse una.',
    deviceTrusted: 'Este navegador tiene una cookie de dispositivo para: {names}.',
    deviceNone: 'Este navegador aún no tiene cookie de dispositivo. Inicia sesión una vez y la recibirá.',

    tooManySessionsTitle: 'Demasiadas sesiones nuevas',
    tooManySessions:
      'Tu red ha iniciado muchísimas sesiones nuevas en el último minuto, así que el servidor no inicia otra ahora mismo. Si tu navegador bloquea las cookies, permítelas para este sitio: cada página sin la cookie inicia una sesión nueva.',
    tryAgainSeconds: {
      one: 'Inténtalo de nuevo dentro de {count} segundo.',
      many: 'Inténtalo de nuevo dentro de {count} de segundos.',
      other: 'Inténtalo de nuevo dentro de {count} segundos.',
    },
    goHome: 'Ir a la página de inicio',
  },
});
