import { defineMessages } from '../define-messages';

/** /lab/reauth: sudo mode, log out everywhere else, a new role means a new session ID. */
export const labReauth = defineMessages({
  en: {
    title: 'Re-authentication: sudo mode',
    claim:
      'A live session proves you logged in some time ago, not that you are at the keyboard now. So sensitive actions ask for your password again when you last typed it more than {minutes} ago; and after a sensitive change, sessions get new IDs.',
    logInFirst: 'Log in first (alice / wonderland, or admin / correct-horse), then come back.',

    clockTitle: 'How recent is your password?',
    clockIntro:
      'The server keeps the time you last typed your password in your session (the authenticatedAt attribute), set at login and here. A cookie cannot fake it: the cookie holds only the sealed session ID.',
    typedAt: 'You last typed your password at {time}.',
    freshFor: 'Sensitive actions are allowed for {left} more.',
    minutes: { one: '{count} minute', other: '{count} minutes' },
    stale: 'That was more than {minutes} ago: sensitive actions will ask for your password again.',
    never: 'This session has no record of a password typed (it was logged in before this lab existed).',
    password: 'Password',
    confirm: 'Confirm my password',
    confirmed: 'Confirmed. Your session moved to a new ID, {before} → {after}, as at login: whoever saw the old one has nothing.',

    actionsTitle: 'Sensitive actions',
    actionsIntro: 'Each of these checks the clock above on the server first. With a stale password it refuses, and nothing changes.',
    sessionsNow: 'Your live sessions right now: {count}.',
    endOthers: 'End all my other sessions',
    endedOthers: {
      one: 'Ended {count} other session. This one moved to a new ID, {before} → {after}.',
      other: 'Ended {count} other sessions. This one moved to a new ID, {before} → {after}.',
    },
    endOthersHint:
      'Log out everywhere else: open this page in another browser (or a private window) logged in as the same user, then press the button here. The other window says it was logged out, at once.',
    newPassword: 'New password (demo)',
    changePassword: 'Change my password',
    changedPassword:
      'Changed, for this session only (the demo accounts stay as they are for everyone else): confirm with the new password from now on. Your session moved to a new ID, {before} → {after}. A real app would also end your other sessions here.',
    needsPassword: 'Refused: this needs your password from the last {minutes}. Confirm it above, then try again. Nothing was changed.',

    roleTitle: 'A new role, a new session ID',
    roleIntro:
      'Give a session a new ID whenever what it may do changes (login, logout, a new role), so an ID someone saw before the change is worth nothing after it. This rule comes from the OWASP security guidelines, the best-known free guide to keeping web apps safe.',
    roleWhich:
      'Which, here: the server can hand a new cookie only to the browser that is asking. Alice’s browsers are not asking, so her sessions are ended: her next login gets a new ID and the new role. An admin who changes their own role keeps their session, under a new ID.',
    roleStored:
      'The demo has no user database: the new role is kept where the sessions are (the SQLite file, or Redis), so every instance of the server sees it at once.',
    roleAdminOnly: 'Log in as admin to try this.',
    makeAdmin: 'Make Alice an admin',
    makeUser: 'Make Alice a user again',
    roleChanged: {
      one: 'Alice is now “{role}”. {count} of her sessions was ended; her next login gets a new ID.',
      other: 'Alice is now “{role}”. {count} of her sessions were ended; her next login gets a new ID.',
    },
    adminEnd: 'The admin page’s “End” button (ending anyone’s session) asks for a recent password too.',
    adminLink: 'Go to the admin session list',
  },
  ko: {
    title: '재인증: sudo 모드',
    claim:
      '살아 있는 세션은 여러분이 언젠가 로그인했다는 증거일 뿐, 지금 키보드 앞에 있다는 증거는 아닙니다. 그래서 비밀번호를 마지막으로 입력한 지 {minutes}이 넘었으면 민감한 작업 전에 다시 묻습니다. 그리고 민감한 변경이 있은 뒤에는 세션이 새 ID를 받습니다.',
    logInFirst: '먼저 로그인한 뒤(alice / wonderland 또는 admin / correct-horse) 돌아오세요.',

    clockTitle: '비밀번호를 얼마나 최근에 입력했나요?',
    clockIntro:
      '서버는 여러분이 비밀번호를 마지막으로 입력한 시각을 세션(authenticatedAt 속성)에 보관합니다. 로그인할 때와 이곳에서 설정됩니다. 쿠키로는 이 값을 속일 수 없습니다. 쿠키에는 봉인된 세션 ID만 들어 있기 때문입니다.',
    typedAt: '마지막으로 비밀번호를 입력한 시각: {time}',
    freshFor: '앞으로 {left} 동안 민감한 작업을 할 수 있습니다.',
    minutes: { other: '{count}분' },
    stale: '{minutes}보다 더 지났습니다. 민감한 작업을 하려면 비밀번호를 다시 입력해야 합니다.',
    never: '이 세션에는 비밀번호를 입력한 기록이 없습니다(이 실습이 생기기 전에 로그인했습니다).',
    password: '비밀번호',
    confirm: '비밀번호 확인하기',
    confirmed: '확인했습니다. 로그인할 때처럼 세션이 새 ID로 옮겨졌습니다({before} → {after}). 예전 ID를 본 사람은 아무것도 얻지 못합니다.',

    actionsTitle: '민감한 작업',
    actionsIntro: '아래 작업은 모두 서버에서 위의 시계를 먼저 확인합니다. 비밀번호가 오래되었으면 거절하고, 아무것도 바뀌지 않습니다.',
    sessionsNow: '지금 살아 있는 내 세션: {count}개',
    endOthers: '내 다른 세션 모두 끝내기',
    endedOthers: { other: '다른 세션 {count}개를 끝냈습니다. 이 세션은 새 ID로 옮겨졌습니다({before} → {after}).' },
    endOthersHint:
      '다른 곳에서 모두 로그아웃하기: 다른 브라우저(또는 시크릿 창)에서 같은 사용자로 로그인해 이 페이지를 연 뒤, 여기서 버튼을 누르세요. 다른 창에 로그아웃되었다는 알림이 바로 뜹니다.',
    newPassword: '새 비밀번호(데모)',
    changePassword: '비밀번호 바꾸기',
    changedPassword:
      '바꿨습니다. 단, 이 세션에서만입니다(데모 계정은 다른 사람에게는 그대로입니다). 이제부터는 새 비밀번호로 확인하세요. 세션이 새 ID로 옮겨졌습니다({before} → {after}). 실제 앱이라면 여기서 다른 세션도 모두 끝냅니다.',
    needsPassword:
      '거절되었습니다. 최근 {minutes} 안에 입력한 비밀번호가 필요합니다. 위에서 확인한 뒤 다시 시도하세요. 아무것도 바뀌지 않았습니다.',

    roleTitle: '역할이 바뀌면 세션 ID도 새로',
    roleIntro:
      '세션이 할 수 있는 일이 바뀔 때마다(로그인, 로그아웃, 새 역할) 세션에 새 ID를 주세요. 그래야 변경 전에 누군가 본 ID가 변경 뒤에는 쓸모없어집니다. 이 규칙은 웹 앱을 안전하게 지키는 방법을 정리한 가장 널리 알려진 무료 안내서, OWASP 보안 가이드라인에서 왔습니다.',
    roleWhich:
      '여기서는 이렇게 합니다: 서버는 지금 요청하고 있는 브라우저에만 새 쿠키를 줄 수 있습니다. Alice의 브라우저는 요청하고 있지 않으므로 Alice의 세션을 끝냅니다. 다음에 로그인하면 새 ID와 새 역할을 받습니다. 자기 역할을 바꾸는 관리자는 세션을 유지하되 새 ID를 받습니다.',
    roleStored:
      '데모에는 사용자 데이터베이스가 없어서, 새 역할은 세션과 같은 곳(SQLite 파일 또는 Redis)에 보관됩니다. 그래서 서버의 모든 인스턴스가 바로 같은 역할을 봅니다.',
    roleAdminOnly: '관리자로 로그인해야 해 볼 수 있습니다.',
    makeAdmin: 'Alice를 관리자로 만들기',
    makeUser: 'Alice를 다시 일반 사용자로 만들기',
    roleChanged: { other: '이제 Alice의 역할은 “{role}”입니다. Alice의 세션 {count}개를 끝냈습니다. 다음 로그인 때 새 ID를 받습니다.' },
    adminEnd: '관리자 페이지의 “종료” 버튼(누구의 세션이든 끝내기)도 최근에 입력한 비밀번호를 요구합니다.',
    adminLink: '관리자 세션 목록으로 가기',
  },
  es: {
    title: 'Volver a autenticarse: el modo sudo',
    claim:
      'Una sesión viva demuestra que iniciaste sesión hace un tiempo, no que estés ahora ante el teclado. Por eso las acciones delicadas vuelven a pedir la contraseña si la escribiste hace más de {minutes}; y tras un cambio delicado, las sesiones reciben ID nuevos.',
    logInFirst: 'Inicia sesión primero (alice / wonderland, o admin / correct-horse) y vuelve.',

    clockTitle: '¿Hace cuánto escribiste tu contraseña?',
    clockIntro:
      'El servidor guarda en tu sesión la hora en que escribiste la contraseña por última vez (el atributo authenticatedAt), al iniciar sesión y aquí. Una cookie no puede falsearla: la cookie solo lleva el ID de sesión sellado.',
    typedAt: 'Escribiste tu contraseña por última vez a las {time}.',
    freshFor: 'Las acciones delicadas están permitidas durante {left} más.',
    minutes: { one: '{count} minuto', many: '{count} de minutos', other: '{count} minutos' },
    stale: 'Fue hace más de {minutes}: las acciones delicadas volverán a pedir tu contraseña.',
    never: 'Esta sesión no tiene constancia de una contraseña escrita (se inició antes de que existiera este laboratorio).',
    password: 'Contraseña',
    confirm: 'Confirmar mi contraseña',
    confirmed:
      'Confirmada. Tu sesión pasó a un ID nuevo, {before} → {after}, como al iniciar sesión: quien viera el anterior no tiene nada.',

    actionsTitle: 'Acciones delicadas',
    actionsIntro: 'Cada una comprueba primero en el servidor el reloj de arriba. Con una contraseña antigua se niega, y nada cambia.',
    sessionsNow: 'Tus sesiones vivas ahora mismo: {count}.',
    endOthers: 'Terminar todas mis otras sesiones',
    endedOthers: {
      one: 'Se terminó {count} sesión más. Esta pasó a un ID nuevo, {before} → {after}.',
      many: 'Se terminaron {count} de sesiones más. Esta pasó a un ID nuevo, {before} → {after}.',
      other: 'Se terminaron {count} sesiones más. Esta pasó a un ID nuevo, {before} → {after}.',
    },
    endOthersHint:
      'Cerrar la sesión en todos los demás sitios: abre esta página en otro navegador (o una ventana privada) con el mismo usuario y pulsa el botón aquí. La otra ventana avisa al momento de que se cerró su sesión.',
    newPassword: 'Contraseña nueva (demo)',
    changePassword: 'Cambiar mi contraseña',
    changedPassword:
      'Cambiada, solo para esta sesión (las cuentas de demostración siguen igual para los demás): a partir de ahora confirma con la nueva. Tu sesión pasó a un ID nuevo, {before} → {after}. Una app real terminaría aquí también tus otras sesiones.',
    needsPassword:
      'Rechazado: hace falta tu contraseña de los últimos {minutes}. Confírmala arriba y vuelve a intentarlo. No ha cambiado nada.',

    roleTitle: 'Un rol nuevo, un ID de sesión nuevo',
    roleIntro:
      'Da un ID nuevo a la sesión cada vez que cambia lo que puede hacer (inicio de sesión, cierre, un rol nuevo), para que un ID que alguien vio antes del cambio no valga nada después. Esta regla viene de las pautas de seguridad de OWASP, la guía gratuita más conocida para proteger aplicaciones web.',
    roleWhich:
      'Cuál de los dos, aquí: el servidor solo puede entregar una cookie nueva al navegador que está haciendo la petición. Los navegadores de Alice no la están haciendo, así que sus sesiones se terminan: su próximo inicio de sesión recibe un ID nuevo y el rol nuevo. Un admin que cambia su propio rol conserva su sesión, con un ID nuevo.',
    roleStored:
      'La demo no tiene base de datos de usuarios: el rol nuevo se guarda donde están las sesiones (el archivo SQLite, o Redis), así que todas las instancias del servidor lo ven al momento.',
    roleAdminOnly: 'Inicia sesión como admin para probarlo.',
    makeAdmin: 'Hacer admin a Alice',
    makeUser: 'Volver a hacer usuaria a Alice',
    roleChanged: {
      one: 'Alice ahora es «{role}». Se terminó {count} de sus sesiones; su próximo inicio de sesión recibe un ID nuevo.',
      many: 'Alice ahora es «{role}». Se terminaron {count} de sus sesiones; su próximo inicio de sesión recibe un ID nuevo.',
      other: 'Alice ahora es «{role}». Se terminaron {count} de sus sesiones; su próximo inicio de sesión recibe un ID nuevo.',
    },
    adminEnd: 'El botón «Terminar» de la página de administración (terminar la sesión de cualquiera) también pide una contraseña reciente.',
    adminLink: 'Ir a la lista de sesiones de administración',
  },
});
