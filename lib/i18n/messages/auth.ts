import { defineMessages } from '../define-messages';

/** Login, logout, "my sessions", the admin list, and the header's account menu. */
export const auth = defineMessages({
  en: {
    // Header
    navAccount: 'Account',
    navMySessions: 'My sessions',
    navAdmin: 'Admin',
    logIn: 'Log in',
    logOut: 'Log out',
    loggingOut: 'Logging out…',
    signedInAs: 'Signed in as {name}',
    sessionEndedHeader: 'Signed out: the session ended',
    roleUser: 'user',
    roleAdmin: 'admin',

    // Login page
    loginTitle: 'Log in',
    loginIntro:
      'Logging in is the first job of a session: you prove who you are once, and the server writes your user ID and role into your session, so you never send your password again.',
    demoTitle: 'Demo accounts',
    demoNote: 'This is a teaching app, so the passwords are printed here. Never do this in a real one.',
    demoUsername: 'Username',
    demoPassword: 'Password',
    demoRole: 'Role',
    username: 'Username',
    password: 'Password',
    loggingIn: 'Logging in…',
    usernameRequired: 'Enter your username.',
    usernameTooLong: 'A username has at most 64 characters.',
    passwordRequired: 'Enter your password.',
    passwordTooLong: 'A password has at most 256 characters.',
    formInvalid: 'Check the fields marked below.',
    invalidCredentials: 'Wrong username or password.',
    tooManyAttempts: 'Too many failed logins for this account or from your network. Try again in {minutes} min.',
    tryAgainIn: 'You can try again in',
    tryAgainNow: 'now',
    loggedIn: 'Welcome, {name}. You are logged in.',
    continueTo: 'Go to {path}',
    continueHome: 'Go to the dashboard',
    alreadySignedIn: 'You are logged in as {name}. Logging in again, as anyone, replaces that login.',

    // Session fixation
    fixationTitle: 'Your session ID changes when you log in',
    fixationNow: 'Your session’s fingerprint now',
    fixationBefore: 'Before login',
    fixationAfter: 'After login',
    fixationWhy:
      'Why? Session fixation. If someone could make your browser use a session ID they know (by planting a cookie, or by seeing it before you log in) and the ID stayed the same, your login would unlock their copy too. So the server gives your session a brand-new ID at the moment you log in, and a new CSRF token with it. Your cart and language move to the new ID; the old ID stops working.',
    fixationDone: 'The old ID ({before}) no longer opens anything. Your cart and language came along to {after}.',
    fingerprintHint: 'A fingerprint is a short hash of the session ID. The real ID never appears on a page.',

    // Cookie, dev and production
    cookieTitle: 'The session cookie, in development and in production',
    cookieHere: 'This server sends it as',
    cookieDev:
      'In development (npm run dev, plain http://localhost) it is called sid and is not Secure, because Safari refuses Secure cookies over plain http.',
    cookieProd:
      'In production it is __Host-sid: Secure (sent over HTTPS only), HttpOnly, SameSite=Lax, Path=/ and no Domain. The __Host- prefix makes the browser refuse the cookie unless it is Secure, has Path=/ and no Domain, and was set from an HTTPS page, so no subdomain can plant or overwrite it. HttpOnly and SameSite=Lax are our own choices, not rules of the prefix.',

    // My sessions
    mySessionsTitle: 'My sessions',
    mySessionsIntro:
      'Each browser where you are logged in as {name} has its own session on the server. End one you do not recognise, or one on a computer you left behind: its next request finds nothing and starts signed out.',
    mySessionsCaption: 'Your live sessions, newest first',
    colSession: 'Session',
    colDevice: 'Device',
    colCreated: 'Created',
    colLastSeen: 'Last seen',
    colAction: 'Action',
    thisOne: 'This one',
    thisOneHint: 'Use Log out to end this one.',
    revoke: 'Revoke',
    revokeLabel: 'Revoke session {id} ({device})',
    revoking: 'Revoking…',
    revoked: 'Session {id} has ended. That browser is signed out on its next request.',
    unknownSession: 'That session had already ended.',
    actionFailed: 'That did not work. Reload the page and try again.',
    reauthRequired:
      'Ending someone’s session needs your password from the last 5 minutes. Confirm it on the Re-authentication lab page (/lab/reauth), then try again.',
    deviceOnOs: '{browser} on {os}',
    unknownDevice: 'Unknown device',

    // Admin
    adminTitle: 'All sessions',
    adminIntro:
      'Every live session on this server, most recently active first, as an admin sees them. Attribute values stay private: only their names and sizes are shown.',
    adminShown: {
      one: 'Showing {count} live session. The store holds {total}: a session that has ended stays there until the sweeper deletes it, within a minute.',
      other:
        'Showing {count} live sessions. The store holds {total}: a session that has ended stays there until the sweeper deletes it, within a minute.',
    },
    adminCaption: 'Live sessions on this server',
    colUser: 'User',
    colLastActive: 'Last active',
    colExpires: 'Ends',
    colAttributes: 'Attributes',
    anonymous: 'anonymous',
    attributeSize: '{name}: {count} B',
    totalSize: 'total {count} B',
    endSession: 'End',
    endLabel: 'End session {id}',
    ending: 'Ending…',
    ended: 'Session {id} has ended.',

    // 403
    forbiddenTitle: 'Admins only',
    forbiddenText: 'This page is for accounts with the admin role. Log out and log in as admin to see it.',
    backHome: 'Back to the dashboard',
  },
  ko: {
    navAccount: '계정',
    navMySessions: '내 세션',
    navAdmin: '관리자',
    logIn: '로그인',
    logOut: '로그아웃',
    loggingOut: '로그아웃하는 중…',
    signedInAs: '{name}(으)로 로그인됨',
    sessionEndedHeader: '로그아웃됨: 세션이 끝났습니다',
    roleUser: '일반 사용자',
    roleAdmin: '관리자',

    loginTitle: '로그인',
    loginIntro:
      '로그인은 세션의 첫 번째 일입니다. 한 번만 신원을 증명하면 서버가 사용자 ID와 역할을 세션에 적어 두므로, 비밀번호를 다시 보낼 필요가 없습니다.',
    demoTitle: '데모 계정',
    demoNote: '학습용 앱이라 비밀번호를 여기에 적어 두었습니다. 실제 서비스에서는 절대 이렇게 하면 안 됩니다.',
    demoUsername: '사용자 이름',
    demoPassword: '비밀번호',
    demoRole: '역할',
    username: '사용자 이름',
    password: '비밀번호',
    loggingIn: '로그인하는 중…',
    usernameRequired: '사용자 이름을 입력하세요.',
    usernameTooLong: '사용자 이름은 64자까지 입력할 수 있습니다.',
    passwordRequired: '비밀번호를 입력하세요.',
    passwordTooLong: '비밀번호는 256자까지 입력할 수 있습니다.',
    formInvalid: '아래 표시된 칸을 확인하세요.',
    invalidCredentials: '사용자 이름 또는 비밀번호가 올바르지 않습니다.',
    tooManyAttempts: '이 계정 또는 현재 네트워크에서 로그인 실패가 너무 많습니다. {minutes}분 후에 다시 시도하세요.',
    tryAgainIn: '다시 시도할 수 있을 때까지',
    tryAgainNow: '지금 가능',
    loggedIn: '{name}님, 환영합니다. 로그인되었습니다.',
    continueTo: '{path}(으)로 이동',
    continueHome: '대시보드로 이동',
    alreadySignedIn: '지금 {name}(으)로 로그인되어 있습니다. 다시 로그인하면 누구로 로그인하든 기존 로그인을 대신합니다.',

    fixationTitle: '로그인하면 세션 ID가 바뀝니다',
    fixationNow: '지금 세션의 지문(fingerprint)',
    fixationBefore: '로그인 전',
    fixationAfter: '로그인 후',
    fixationWhy:
      '왜 바꿀까요? 세션 고정(session fixation) 공격 때문입니다. 누군가 여러분의 브라우저가 자기가 아는 세션 ID를 쓰게 만들 수 있고(쿠키를 심거나 로그인 전에 ID를 엿보는 식으로), 로그인할 때 ID가 그대로라면, 여러분의 로그인으로 그 사람의 사본도 열리게 됩니다. 그래서 서버는 로그인하는 순간 세션에 완전히 새로운 ID를 주고 CSRF 토큰도 새로 발급합니다. 장바구니와 언어 설정은 새 ID로 옮겨 가고, 예전 ID는 더 이상 작동하지 않습니다.',
    fixationDone: '예전 ID({before})로는 이제 아무것도 열 수 없습니다. 장바구니와 언어 설정은 {after}(으)로 함께 옮겨 왔습니다.',
    fingerprintHint: '지문은 세션 ID의 짧은 해시입니다. 실제 ID는 어떤 페이지에도 나타나지 않습니다.',

    cookieTitle: '개발 환경과 운영 환경의 세션 쿠키',
    cookieHere: '이 서버가 보내는 쿠키',
    cookieDev:
      '개발 환경(npm run dev, 암호화되지 않은 http://localhost)에서는 이름이 sid이고 Secure가 붙지 않습니다. Safari는 일반 http에서 Secure 쿠키를 받지 않기 때문입니다.',
    cookieProd:
      '운영 환경에서는 __Host-sid입니다. Secure(HTTPS로만 전송), HttpOnly, SameSite=Lax, Path=/이며 Domain이 없습니다. __Host- 접두사가 붙으면 브라우저는 쿠키가 Secure이고 Path=/이며 Domain이 없고 HTTPS 페이지에서 설정된 경우에만 받아들이므로, 어떤 하위 도메인도 이 쿠키를 심거나 덮어쓸 수 없습니다. HttpOnly와 SameSite=Lax는 접두사의 규칙이 아니라 우리가 고른 설정입니다.',

    mySessionsTitle: '내 세션',
    mySessionsIntro:
      '{name}(으)로 로그인한 브라우저마다 서버에 세션이 하나씩 있습니다. 모르는 세션이나 다른 컴퓨터에 두고 온 세션은 종료하세요. 그 브라우저는 다음 요청에서 아무것도 찾지 못하고 로그아웃된 상태로 시작합니다.',
    mySessionsCaption: '살아 있는 내 세션(최신순)',
    colSession: '세션',
    colDevice: '기기',
    colCreated: '생성 시각',
    colLastSeen: '마지막 접속',
    colAction: '작업',
    thisOne: '지금 이 세션',
    thisOneHint: '이 세션은 로그아웃으로 종료하세요.',
    revoke: '종료',
    revokeLabel: '세션 {id}({device}) 종료',
    revoking: '종료하는 중…',
    revoked: '세션 {id}을(를) 종료했습니다. 그 브라우저는 다음 요청에서 로그아웃됩니다.',
    unknownSession: '그 세션은 이미 종료되었습니다.',
    actionFailed: '처리하지 못했습니다. 페이지를 새로 고친 뒤 다시 시도하세요.',
    reauthRequired:
      '다른 사람의 세션을 끝내려면 최근 5분 안에 입력한 비밀번호가 필요합니다. 재인증 실습 페이지(/lab/reauth)에서 비밀번호를 다시 확인한 뒤 다시 시도하세요.',
    deviceOnOs: '{os}의 {browser}',
    unknownDevice: '알 수 없는 기기',

    adminTitle: '전체 세션',
    adminIntro:
      '이 서버에 살아 있는 모든 세션을 최근 활동순으로, 관리자가 보는 그대로 보여 줍니다. 속성 값은 공개하지 않고 이름과 크기만 표시합니다.',
    adminShown: {
      other:
        '살아 있는 세션 {count}개를 표시합니다. 저장소에는 {total}개가 있습니다. 끝난 세션은 1분 안에 정리 작업(sweeper)이 지울 때까지 남아 있습니다.',
    },
    adminCaption: '이 서버의 살아 있는 세션',
    colUser: '사용자',
    colLastActive: '마지막 활동',
    colExpires: '종료 시각',
    colAttributes: '속성',
    anonymous: '익명',
    attributeSize: '{name}: {count}바이트',
    totalSize: '합계 {count}바이트',
    endSession: '종료',
    endLabel: '세션 {id} 종료',
    ending: '종료하는 중…',
    ended: '세션 {id}을(를) 종료했습니다.',

    forbiddenTitle: '관리자 전용',
    forbiddenText: '이 페이지는 관리자 역할이 있는 계정만 볼 수 있습니다. 로그아웃한 뒤 admin으로 로그인하세요.',
    backHome: '대시보드로 돌아가기',
  },
  es: {
    navAccount: 'Cuenta',
    navMySessions: 'Mis sesiones',
    navAdmin: 'Administración',
    logIn: 'Iniciar sesión',
    logOut: 'Cerrar sesión',
    loggingOut: 'Cerrando sesión…',
    signedInAs: 'Has iniciado sesión como {name}',
    sessionEndedHeader: 'Sesión cerrada: la sesión ha terminado',
    roleUser: 'usuario',
    roleAdmin: 'administrador',

    loginTitle: 'Iniciar sesión',
    loginIntro:
      'Iniciar sesión es el primer trabajo de una sesión: demuestras quién eres una sola vez y el servidor anota tu ID de usuario y tu rol en tu sesión, así que no vuelves a enviar tu contraseña.',
    demoTitle: 'Cuentas de demostración',
    demoNote: 'Es una aplicación para aprender, por eso las contraseñas están aquí a la vista. Nunca lo hagas en una aplicación real.',
    demoUsername: 'Usuario',
    demoPassword: 'Contraseña',
    demoRole: 'Rol',
    username: 'Usuario',
    password: 'Contraseña',
    loggingIn: 'Iniciando sesión…',
    usernameRequired: 'Escribe tu nombre de usuario.',
    usernameTooLong: 'Un nombre de usuario tiene como máximo 64 caracteres.',
    passwordRequired: 'Escribe tu contraseña.',
    passwordTooLong: 'Una contraseña tiene como máximo 256 caracteres.',
    formInvalid: 'Revisa los campos marcados abajo.',
    invalidCredentials: 'Usuario o contraseña incorrectos.',
    tooManyAttempts: 'Demasiados intentos fallidos para esta cuenta o desde tu red. Vuelve a intentarlo dentro de {minutes} min.',
    tryAgainIn: 'Podrás volver a intentarlo en',
    tryAgainNow: 'ya',
    loggedIn: 'Hola, {name}. Has iniciado sesión.',
    continueTo: 'Ir a {path}',
    continueHome: 'Ir al panel',
    alreadySignedIn: 'Has iniciado sesión como {name}. Si vuelves a iniciar sesión, con cualquier cuenta, sustituye a esta.',

    fixationTitle: 'Tu ID de sesión cambia al iniciar sesión',
    fixationNow: 'La huella de tu sesión ahora',
    fixationBefore: 'Antes de iniciar sesión',
    fixationAfter: 'Después de iniciar sesión',
    fixationWhy:
      '¿Por qué? Por la fijación de sesión. Si alguien consiguiera que tu navegador usara un ID de sesión que conoce (plantando una cookie o viéndolo antes de que inicies sesión) y el ID no cambiara, tu inicio de sesión abriría también su copia. Por eso el servidor da a tu sesión un ID completamente nuevo en el momento en que inicias sesión, junto con un token CSRF nuevo. Tu carrito y tu idioma pasan al ID nuevo; el ID antiguo deja de funcionar.',
    fixationDone: 'El ID antiguo ({before}) ya no abre nada. Tu carrito y tu idioma se han venido contigo a {after}.',
    fingerprintHint: 'Una huella es un hash corto del ID de sesión. El ID real nunca aparece en una página.',

    cookieTitle: 'La cookie de sesión, en desarrollo y en producción',
    cookieHere: 'Este servidor la envía así',
    cookieDev:
      'En desarrollo (npm run dev, http://localhost sin cifrar) se llama sid y no lleva Secure, porque Safari rechaza las cookies Secure por http sin cifrar.',
    cookieProd:
      'En producción es __Host-sid: Secure (solo viaja por HTTPS), HttpOnly, SameSite=Lax, Path=/ y sin Domain. Con el prefijo __Host- el navegador rechaza la cookie salvo que sea Secure, tenga Path=/, no tenga Domain y se haya puesto desde una página HTTPS, así que ningún subdominio puede plantarla ni sobrescribirla. HttpOnly y SameSite=Lax son decisiones nuestras, no reglas del prefijo.',

    mySessionsTitle: 'Mis sesiones',
    mySessionsIntro:
      'Cada navegador en el que has iniciado sesión como {name} tiene su propia sesión en el servidor. Cierra la que no reconozcas, o la de un ordenador que dejaste encendido: su siguiente petición no encuentra nada y empieza sin sesión iniciada.',
    mySessionsCaption: 'Tus sesiones activas, de la más nueva a la más antigua',
    colSession: 'Sesión',
    colDevice: 'Dispositivo',
    colCreated: 'Creada',
    colLastSeen: 'Última vez',
    colAction: 'Acción',
    thisOne: 'Esta',
    thisOneHint: 'Usa Cerrar sesión para terminar esta.',
    revoke: 'Revocar',
    revokeLabel: 'Revocar la sesión {id} ({device})',
    revoking: 'Revocando…',
    revoked: 'La sesión {id} ha terminado. Ese navegador queda sin sesión iniciada en su siguiente petición.',
    unknownSession: 'Esa sesión ya había terminado.',
    actionFailed: 'No ha funcionado. Recarga la página e inténtalo de nuevo.',
    reauthRequired:
      'Terminar la sesión de otra persona necesita tu contraseña de los últimos 5 minutos. Confírmala en la página del laboratorio de reautenticación (/lab/reauth) y vuelve a intentarlo.',
    deviceOnOs: '{browser} en {os}',
    unknownDevice: 'Dispositivo desconocido',

    adminTitle: 'Todas las sesiones',
    adminIntro:
      'Todas las sesiones activas de este servidor, de la más reciente a la menos, tal como las ve un administrador. Los valores de los atributos son privados: solo se muestran sus nombres y tamaños.',
    adminShown: {
      one: 'Se muestra {count} sesión viva. El almacén guarda {total}: una sesión que ha terminado sigue ahí hasta que el barrido la borra, en menos de un minuto.',
      many: 'Se muestran {count} de sesiones vivas. El almacén guarda {total}: una sesión que ha terminado sigue ahí hasta que el barrido la borra, en menos de un minuto.',
      other:
        'Se muestran {count} sesiones vivas. El almacén guarda {total}: una sesión que ha terminado sigue ahí hasta que el barrido la borra, en menos de un minuto.',
    },
    adminCaption: 'Sesiones activas en este servidor',
    colUser: 'Usuario',
    colLastActive: 'Última actividad',
    colExpires: 'Termina',
    colAttributes: 'Atributos',
    anonymous: 'anónima',
    attributeSize: '{name}: {count} B',
    totalSize: 'total {count} B',
    endSession: 'Terminar',
    endLabel: 'Terminar la sesión {id}',
    ending: 'Terminando…',
    ended: 'La sesión {id} ha terminado.',

    forbiddenTitle: 'Solo para administradores',
    forbiddenText: 'Esta página es para cuentas con el rol de administrador. Cierra sesión e inicia sesión como admin para verla.',
    backHome: 'Volver al panel',
  },
});

export type AuthMessages = (typeof auth)['en'];
