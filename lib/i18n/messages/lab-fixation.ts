import { defineMessages } from '../define-messages';

/** /lab/fixation: why the session ID changes at login, and why planted IDs are worthless. */
export const labFixation = defineMessages({
  en: {
    title: 'Session fixation',
    claim:
      'Your session ID must change when you log in, and the server must refuse IDs it never issued. Otherwise someone who planted or saw your ID before you logged in would be logged in along with you.',
    nowTitle: 'Your session right now',
    fingerprint: 'Fingerprint',
    fingerprintHint: 'A fingerprint is a short hash of the session ID. The real ID never appears on a page.',
    signedIn: 'Logged in',

    attackTitle: 'The attack',
    attack1: 'The attacker visits us and gets a session ID of their own.',
    attack2:
      'They make your browser use it: a cookie set from a sibling subdomain, a link that carries the ID in its URL (Java Servlet containers still accept ;jsessionid= in a URL unless the app sets <tracking-mode>COOKIE</tracking-mode>, and PHP does when session.use_only_cookies is turned off), or a minute alone at your computer.',
    attack3: 'You log in. If the ID stayed the same, the attacker’s copy is now a logged-in session: yours.',

    strictTitle: 'Defence 1: refuse IDs we never issued',
    strictIntro:
      'Our cookie is sealed (encrypted and signed with a key only the server has), so nobody can write a valid one without that key. And even a perfectly sealed cookie that names an ID we have no session for (never issued, expired or logged out) gets a brand-new session with a new ID, never the one it named. PHP calls this session.use_strict_mode, and it is off by default.',
    strictButton: 'Plant a sealed ID we never issued',
    strictPlanted: 'Planted ID: {id}',
    strictAnswered: 'The server answered with a new session: {id}. The planted ID was never used.',
    strictYours: 'Your own session, {id}, is untouched.',

    rotateTitle: 'Defence 2: a new ID at login',
    rotateIntro:
      'Even an ID we did issue (say, the attacker’s own, planted in your browser) stops working when you log in: login moves your session to a new ID, with a new CSRF token, and the old ID opens nothing. Your cart and language come along.',
    rotateTry: 'Try it: note the fingerprint above, then log in. The login page shows the fingerprint before and after.',
    rotateSignedIn:
      'You are logged in, so the fingerprint above is the one your login gave you. Log out and in again to watch it change once more.',
    rotateLink: 'Go to the login page',
  },
  ko: {
    title: '세션 고정 공격',
    claim:
      '로그인할 때 세션 ID가 바뀌어야 하고, 서버는 자신이 발급한 적 없는 ID를 거절해야 합니다. 그렇지 않으면 여러분이 로그인하기 전에 ID를 심어 두었거나 엿본 사람도 함께 로그인된 상태가 됩니다.',
    nowTitle: '지금 여러분의 세션',
    fingerprint: '지문',
    fingerprintHint: '지문은 세션 ID의 짧은 해시입니다. 진짜 ID는 어떤 페이지에도 나오지 않습니다.',
    signedIn: '로그인 여부',

    attackTitle: '공격은 이렇게 진행됩니다',
    attack1: '공격자가 우리 사이트를 방문해 자기 세션 ID를 하나 받습니다.',
    attack2:
      '그 ID를 여러분의 브라우저가 쓰게 만듭니다. 형제 서브도메인에서 심은 쿠키, URL에 ID를 담은 링크(Java 서블릿 컨테이너는 앱이 <tracking-mode>COOKIE</tracking-mode>를 설정하지 않으면 지금도 URL의 ;jsessionid=를 받아들이고, PHP는 session.use_only_cookies를 끄면 받아들입니다), 아니면 잠깐 비운 여러분의 컴퓨터를 이용합니다.',
    attack3: '여러분이 로그인합니다. ID가 그대로라면 공격자가 가진 사본은 이제 로그인된 세션, 곧 여러분의 세션입니다.',

    strictTitle: '방어 1: 발급한 적 없는 ID는 거절하기',
    strictIntro:
      '우리 쿠키는 봉인되어 있어서(서버만 가진 키로 암호화하고 서명해서) 서버의 키 없이는 아무도 유효한 쿠키를 만들 수 없습니다. 게다가 완벽하게 봉인된 쿠키라도 우리에게 세션이 없는 ID(발급한 적 없거나, 만료되었거나, 로그아웃된 ID)를 가리키면, 그 ID가 아니라 새 ID로 완전히 새로운 세션을 받습니다. PHP에서는 이것을 session.use_strict_mode라고 부르는데, 기본값은 꺼져 있습니다.',
    strictButton: '발급한 적 없는 봉인된 ID 심어 보기',
    strictPlanted: '심은 ID: {id}',
    strictAnswered: '서버는 새 세션 {id}(으)로 응답했습니다. 심은 ID는 쓰이지 않았습니다.',
    strictYours: '여러분의 세션 {id}은(는) 그대로입니다.',

    rotateTitle: '방어 2: 로그인할 때 새 ID 주기',
    rotateIntro:
      '우리가 발급한 ID(예를 들어 공격자가 받아서 여러분 브라우저에 심은 ID)라도 여러분이 로그인하면 쓸모가 없어집니다. 로그인하면 세션이 새 CSRF 토큰과 함께 새 ID로 옮겨 가고, 예전 ID로는 아무것도 열리지 않습니다. 장바구니와 언어 설정은 함께 옮겨 갑니다.',
    rotateTry: '직접 해 보세요. 위의 지문을 기억해 두고 로그인하세요. 로그인 페이지에서 로그인 전과 후의 지문을 보여 줍니다.',
    rotateSignedIn:
      '지금 로그인되어 있으므로, 위의 지문은 로그인할 때 새로 받은 것입니다. 로그아웃했다가 다시 로그인하면 또 한 번 바뀌는 것을 볼 수 있습니다.',
    rotateLink: '로그인 페이지로 가기',
  },
  es: {
    title: 'Fijación de sesión',
    claim:
      'Tu ID de sesión debe cambiar cuando inicias sesión, y el servidor debe rechazar los ID que nunca emitió. Si no, quien haya plantado o visto tu ID antes de que iniciaras sesión quedaría dentro contigo.',
    nowTitle: 'Tu sesión ahora mismo',
    fingerprint: 'Huella',
    fingerprintHint: 'La huella es un hash corto del ID de sesión. El ID real nunca aparece en una página.',
    signedIn: 'Sesión iniciada',

    attackTitle: 'El ataque',
    attack1: 'El atacante nos visita y obtiene un ID de sesión propio.',
    attack2:
      'Hace que tu navegador lo use: una cookie puesta desde un subdominio hermano, un enlace que lleva el ID en la URL (los contenedores de Servlets de Java aún aceptan ;jsessionid= en la URL salvo que la app fije <tracking-mode>COOKIE</tracking-mode>, y PHP lo acepta si se desactiva session.use_only_cookies) o un minuto a solas con tu ordenador.',
    attack3: 'Inicias sesión. Si el ID siguiera siendo el mismo, la copia del atacante sería ahora una sesión iniciada: la tuya.',

    strictTitle: 'Defensa 1: rechazar los ID que nunca emitimos',
    strictIntro:
      'Nuestra cookie va sellada (cifrada y firmada con una clave que solo tiene el servidor), así que nadie puede escribir una válida sin la clave del servidor. Y aunque una cookie perfectamente sellada nombre un ID del que no tenemos sesión (nunca emitido, caducado o ya cerrado), recibe una sesión nueva con un ID nuevo, nunca el que nombraba. PHP lo llama session.use_strict_mode, y viene desactivado por defecto.',
    strictButton: 'Plantar un ID sellado que nunca emitimos',
    strictPlanted: 'ID plantado: {id}',
    strictAnswered: 'El servidor respondió con una sesión nueva: {id}. El ID plantado no se usó nunca.',
    strictYours: 'Tu propia sesión, {id}, sigue intacta.',

    rotateTitle: 'Defensa 2: un ID nuevo al iniciar sesión',
    rotateIntro:
      'Incluso un ID que sí emitimos (por ejemplo, el del propio atacante, plantado en tu navegador) deja de servir cuando inicias sesión: el inicio de sesión pasa tu sesión a un ID nuevo, con un token CSRF nuevo, y el ID viejo no abre nada. Tu carrito y tu idioma se vienen contigo.',
    rotateTry:
      'Pruébalo: fíjate en la huella de arriba e inicia sesión. La página de inicio de sesión muestra la huella de antes y la de después.',
    rotateSignedIn:
      'Ya has iniciado sesión, así que la huella de arriba es la que te dio ese inicio de sesión. Cierra la sesión y vuelve a iniciarla para verla cambiar otra vez.',
    rotateLink: 'Ir a la página de inicio de sesión',
  },
});
