import { defineMessages } from '../define-messages';

/** The lab index, and each lab's title and one-line claim (keys named after the slug in lib/labs/labs.ts). */
export const labs = defineMessages({
  en: {
    navLabs: 'Labs',
    title: 'Labs',
    intro:
      'Each lab states one claim about sessions, cookies or sessionStorage, and lets you test it in your own browser with a few buttons.',
    listLabel: 'All labs',
    claim: 'The claim',
    tryIt: 'Try it',
    result: 'What you see',
    backToLabs: 'All labs',
    working: 'Working…',
    // The end of every lab (components/lab-kit/next-lab.tsx): where the path goes on.
    pathLabel: 'Next lesson',
    pathPosition: 'Lab {number} of {total}',
    pathNext: 'Next lab: {title}',
    pathLast:
      'That was the last lab. The comparison tables put what the labs showed side by side, each row linked to the lab that proves it.',
    pathCompare: 'Go to the comparison tables',
    pathStart: 'Back to Start here',
    tabsTitle: 'Tabs',
    tabsSummary: 'Every tab shares the server session and the cookies; sessionStorage belongs to one tab.',
    lifetimeTitle: 'Lifetime',
    lifetimeSummary:
      'The server decides when a session ends: after a quiet spell with no requests (the idle timeout) or at a fixed age (the absolute timeout), whatever the browser keeps.',
    capacityTitle: 'Capacity',
    capacitySummary: 'A cookie holds about 4 KB and a bigger one is dropped without a word; a server session holds far more.',
    securityTitle: 'Security',
    securitySummary:
      'What a script on the page can read, what editing a cookie by hand does, and how a request another site sends in your name (CSRF) is refused.',
    statelessTitle: 'Stateful vs stateless',
    statelessSummary:
      'A cookie that carries the data itself, encrypted and signed, next to our server store: can an old copy still be used after logout, can the server cut it off, how much fits, and what two tabs writing at once do to it.',
    fixationTitle: 'Session fixation',
    fixationSummary: 'The session ID before and after login, and why it must change.',
    instancesTitle: 'Several servers',
    instancesSummary: 'Two copies of the app behind one address share sessions through Redis, a store both can reach.',
    'cross-siteTitle': 'Cross-site',
    'cross-siteSummary':
      'The same app opened from another site: which requests carry which cookie (SameSite Strict, Lax, None), and a forged form that changes nothing.',
    reauthTitle: 'Re-authentication',
    reauthSummary:
      'Sensitive actions ask for your password again when you last typed it more than 5 minutes ago; log out everywhere else; a new role means a new session ID.',
  },
  ko: {
    navLabs: '실험실',
    title: '실험실',
    intro:
      '각 실험실은 세션, 쿠키, sessionStorage에 관한 주장 하나를 내세우고, 버튼 몇 개로 여러분의 브라우저에서 직접 확인하게 해 줍니다.',
    listLabel: '모든 실험실',
    claim: '주장',
    tryIt: '직접 해 보기',
    result: '결과',
    backToLabs: '모든 실험실',
    working: '처리하는 중…',
    pathLabel: '다음 단계',
    pathPosition: '실험실 {total}개 중 {number}번째',
    pathNext: '다음 실험실: {title}',
    pathLast: '마지막 실험실이었습니다. 비교표에서 실험실들이 보여 준 것을 나란히 볼 수 있고, 각 행은 그것을 증명하는 실험실로 연결됩니다.',
    pathCompare: '비교표로 가기',
    pathStart: '여기서 시작으로 돌아가기',
    tabsTitle: '탭',
    tabsSummary: '모든 탭이 서버 세션과 쿠키를 함께 쓰지만, sessionStorage는 탭 하나의 것입니다.',
    lifetimeTitle: '수명',
    lifetimeSummary:
      '세션이 언제 끝날지는 서버가 정합니다. 요청 없이 일정 시간이 지나면(유휴 제한 시간), 또는 만든 지 정해진 시간이 지나면(절대 제한 시간) 끝나며, 브라우저가 무엇을 간직하든 상관없습니다.',
    capacityTitle: '용량',
    capacitySummary: '쿠키에는 약 4KB만 들어가고 그보다 크면 아무 말 없이 버려집니다. 서버 세션에는 훨씬 많이 들어갑니다.',
    securityTitle: '보안',
    securitySummary:
      '페이지의 스크립트가 읽을 수 있는 것, 쿠키를 손으로 고치면 생기는 일, 다른 사이트가 내 이름으로 보내는 요청(CSRF)을 거부하는 방법.',
    statelessTitle: '상태 저장 vs 무상태',
    statelessSummary:
      '데이터를 암호화하고 서명해 직접 담은 쿠키와 서버 저장소 비교: 로그아웃 뒤에도 옛 사본을 쓸 수 있는지, 서버가 끊을 수 있는지, 얼마나 담기는지, 두 탭이 동시에 쓰면 어떻게 되는지.',
    fixationTitle: '세션 고정',
    fixationSummary: '로그인 전후의 세션 ID, 그리고 ID가 바뀌어야 하는 이유.',
    instancesTitle: '여러 대의 서버',
    instancesSummary: '한 주소 뒤의 앱 두 개가 둘 다 닿는 저장소인 Redis로 세션을 함께 씁니다.',
    'cross-siteTitle': '크로스 사이트',
    'cross-siteSummary':
      '다른 사이트에서 연 같은 앱: 어떤 요청에 어떤 쿠키가 실리는지(SameSite Strict, Lax, None), 그리고 아무것도 바꾸지 못하는 위조 폼.',
    reauthTitle: '재인증',
    reauthSummary:
      '비밀번호를 마지막으로 입력한 지 5분이 넘었으면 민감한 작업 전에 다시 묻습니다. 다른 곳에서 모두 로그아웃하기, 그리고 역할이 바뀌면 세션 ID도 바뀝니다.',
  },
  es: {
    navLabs: 'Laboratorios',
    title: 'Laboratorios',
    intro:
      'Cada laboratorio plantea una afirmación sobre sesiones, cookies o sessionStorage y te deja comprobarla en tu propio navegador con unos pocos botones.',
    listLabel: 'Todos los laboratorios',
    claim: 'La afirmación',
    tryIt: 'Pruébalo',
    result: 'Lo que ves',
    backToLabs: 'Todos los laboratorios',
    working: 'Procesando…',
    pathLabel: 'Siguiente lección',
    pathPosition: 'Laboratorio {number} de {total}',
    pathNext: 'Siguiente laboratorio: {title}',
    pathLast:
      'Era el último laboratorio. Las tablas comparativas reúnen lo que mostraron los laboratorios, y cada fila enlaza con el laboratorio que lo demuestra.',
    pathCompare: 'Ir a las tablas comparativas',
    pathStart: 'Volver a Empieza aquí',
    tabsTitle: 'Pestañas',
    tabsSummary: 'Todas las pestañas comparten la sesión del servidor y las cookies; sessionStorage pertenece a una sola pestaña.',
    lifetimeTitle: 'Duración',
    lifetimeSummary:
      'El servidor decide cuándo termina una sesión: tras un rato sin peticiones (límite de inactividad) o a una edad fija (límite absoluto), guarde lo que guarde el navegador.',
    capacityTitle: 'Capacidad',
    capacitySummary: 'Una cookie admite unos 4 KB y una más grande se descarta sin avisar; una sesión del servidor admite mucho más.',
    securityTitle: 'Seguridad',
    securitySummary:
      'Qué puede leer un script de la página, qué pasa al editar una cookie a mano y cómo se rechaza una petición que otro sitio envía en tu nombre (CSRF).',
    statelessTitle: 'Con estado o sin estado',
    statelessSummary:
      'Una cookie que lleva los datos dentro, cifrados y firmados, frente a nuestro almacén: ¿sirve una copia vieja tras cerrar sesión?, ¿puede el servidor cortarla?, ¿cuánto cabe?, ¿qué pasa si dos pestañas escriben a la vez?',
    fixationTitle: 'Fijación de sesión',
    fixationSummary: 'El ID de sesión antes y después de iniciar sesión, y por qué debe cambiar.',
    instancesTitle: 'Varios servidores',
    instancesSummary:
      'Dos copias de la app detrás de una misma dirección comparten las sesiones a través de Redis, un almacén al que llegan las dos.',
    'cross-siteTitle': 'Entre sitios',
    'cross-siteSummary':
      'La misma app abierta desde otro sitio: qué peticiones llevan qué cookie (SameSite Strict, Lax, None), y un formulario falsificado que no cambia nada.',
    reauthTitle: 'Volver a autenticarse',
    reauthSummary:
      'Las acciones delicadas piden otra vez la contraseña si la escribiste hace más de 5 minutos; cerrar la sesión en todos los demás sitios; un rol nuevo significa un ID de sesión nuevo.',
  },
});
