import { defineMessages } from '../define-messages';

/** /start: a numbered path through the dashboard and the labs, its progress kept in localStorage. */
export const start = defineMessages({
  en: {
    navLink: 'Start here',
    dashboardTeaser: 'New here? Start here: nine short tasks, each ticks itself off when you do it.',
    title: 'Start here',
    intro:
      'Nine short tasks that walk you through the dashboard and the labs, in this order. Each one ticks itself off when you really do it: there is no “done” button to press.',
    progress: '{done} of {total} done',
    progressChecking: 'Reading your progress…',
    pathTitle: 'The path',
    done: 'Done',
    notYet: 'Not yet',

    wireBackTitle: 'Watch your ID go back to the server',
    wireBackTask:
      'Open the wire view and reload the page. Find a request marked “Your browser sent the ID back; the server found your session”: that is how the server knows it is you.',
    wireBackLink: 'Open the wire view',
    loginTitle: 'Log in',
    loginTask:
      'Log in as one of the demo accounts. The dashboard then shows your name in the server session, the cookie and sessionStorage.',
    loginLink: 'Go to the login page',
    secondTabTitle: 'Open a second tab',
    secondTabTask:
      'Open the dashboard in a second tab (for example, right-click its link and choose to open it in a new tab). The dashboard counts the open tabs of this site: it says 2.',
    secondTabLink: 'Open the dashboard',
    cartTitle: 'Add to the cart while two tabs are open',
    cartTask:
      'With two tabs open, add something to the cart in one of them. In the other tab, the server session and the cookie show it at once; that tab’s sessionStorage does not.',
    cartLink: 'Open the shop',
    windowOpenTitle: 'Open a tab with window.open',
    windowOpenTask:
      'In the tabs lab, press “Open a copy with window.open”. The new tab starts with a copy of the first tab’s sessionStorage.',
    windowOpenLink: 'Open the tabs lab',
    logoutTitle: 'Log out',
    logoutTask:
      'Log out with the button at the top of the page. The dashboard says what the server forgot and what the browser still holds.',
    logoutLink: 'Open the dashboard',
    idleTitle: 'Wait out a 10-second idle timeout',
    idleTask: 'In the lifetime lab, set the idle timeout to 10 seconds, then touch nothing. The server ends your session on its own.',
    idleLink: 'Open the lifetime lab',
    replayTitle: 'Replay a stateless cookie',
    replayTask:
      'Log in again, and in the stateless lab log in to the stateless demo too. Then press “Log out of both and replay the copies”: the stateless copy still opens a session, ours does not.',
    replayLink: 'Open the stateless lab',
    crossSiteTitle: 'Send a request from another site',
    crossSiteTask:
      'In the cross-site lab, set the demo cookies, open the other site and use one of its links or forms. The lab shows which cookies came along.',
    crossSiteLink: 'Open the cross-site lab',

    storeTitle: 'Where your progress is kept: localStorage',
    storeIntro:
      'This list is kept in localStorage, the fourth place a site can keep data in your browser. The dashboard shows the other three; this one behaves differently again:',
    factShared:
      'Every tab of this site reads the same localStorage: tick off a step in one tab, and this page shows it in all your other tabs too. sessionStorage, by contrast, belongs to one tab.',
    factSurvives:
      'It has no expiry: it stays when you close the browser and is still here next time. A session cookie and sessionStorage do not outlive the browser like that. (A private window forgets it when its last private tab closes.)',
    factNeverSent:
      'It is never sent to the server: no request carries it, so the server does not know your progress. Only scripts on this site’s pages can read it, so, like sessionStorage, it is no place for anything secret.',
    compareLink: 'All four stores compared',
    storedLabel: 'What localStorage holds for this page right now',
    storedNothing: 'nothing yet',
    reset: 'Reset progress',
    resetHint: 'Deletes this list from localStorage, in every tab. Your session, cookies and sessionStorage stay as they are.',
  },
  ko: {
    navLink: '여기서 시작',
    dashboardTeaser: '처음이신가요? 여기서 시작하세요. 짧은 과제 아홉 개가 있고, 직접 해 보면 저절로 완료 표시가 됩니다.',
    title: '여기서 시작',
    intro:
      '대시보드와 실험실을 이 순서대로 둘러보는 짧은 과제 아홉 개입니다. 실제로 해 보면 저절로 완료 표시가 됩니다. 누를 “완료” 버튼은 없습니다.',
    progress: '{total}개 중 {done}개 완료',
    progressChecking: '진행 상황을 읽는 중…',
    pathTitle: '순서',
    done: '완료',
    notYet: '아직',

    wireBackTitle: 'ID가 서버로 돌아가는 모습 보기',
    wireBackTask:
      '전송 내역 화면을 열고 페이지를 새로고침하세요. “브라우저가 ID를 다시 보냈고, 서버가 세션을 찾았습니다”라고 표시된 요청을 찾아보세요. 서버는 이렇게 여러분을 알아봅니다.',
    wireBackLink: '전송 내역 열기',
    loginTitle: '로그인',
    loginTask: '데모 계정 중 하나로 로그인하세요. 그러면 대시보드의 서버 세션, 쿠키, sessionStorage에 모두 이름이 나타납니다.',
    loginLink: '로그인 페이지로',
    secondTabTitle: '두 번째 탭 열기',
    secondTabTask:
      '대시보드를 두 번째 탭에서 여세요(예: 링크를 마우스 오른쪽 버튼으로 누르고 새 탭에서 열기). 대시보드는 이 사이트의 열린 탭 수를 세므로 2라고 표시합니다.',
    secondTabLink: '대시보드 열기',
    cartTitle: '탭 두 개를 연 채로 장바구니에 담기',
    cartTask:
      '탭을 두 개 연 채로 한쪽에서 장바구니에 무언가를 담으세요. 다른 탭에서는 서버 세션과 쿠키에 바로 나타나지만, 그 탭의 sessionStorage에는 나타나지 않습니다.',
    cartLink: '상점 열기',
    windowOpenTitle: 'window.open으로 탭 열기',
    windowOpenTask: '탭 실험실에서 “window.open으로 복사본 열기”를 누르세요. 새 탭은 첫 탭의 sessionStorage 복사본을 갖고 시작합니다.',
    windowOpenLink: '탭 실험실 열기',
    logoutTitle: '로그아웃',
    logoutTask: '페이지 위쪽의 버튼으로 로그아웃하세요. 대시보드가 서버는 무엇을 잊었고 브라우저에는 무엇이 남았는지 알려 줍니다.',
    logoutLink: '대시보드 열기',
    idleTitle: '10초 유휴 제한 시간 기다리기',
    idleTask: '수명 실험실에서 유휴 제한 시간을 10초로 정하고 아무것도 하지 마세요. 서버가 스스로 세션을 끝냅니다.',
    idleLink: '수명 실험실 열기',
    replayTitle: '무상태 쿠키 다시 보내기',
    replayTask:
      '다시 로그인하고, 상태 저장 대 무상태 실험실에서 무상태 데모에도 로그인하세요. 그다음 “두 곳 모두 로그아웃하고 사본 다시 보내기”를 누르세요. 무상태 사본은 여전히 세션을 열지만, 우리 쪽 사본은 열지 못합니다.',
    replayLink: '상태 저장 대 무상태 실험실 열기',
    crossSiteTitle: '다른 사이트에서 요청 보내기',
    crossSiteTask:
      '크로스 사이트 실험실에서 데모 쿠키를 설정하고, 다른 사이트를 연 다음 그곳의 링크나 폼 하나를 사용하세요. 실험실이 어떤 쿠키가 함께 왔는지 보여 줍니다.',
    crossSiteLink: '크로스 사이트 실험실 열기',

    storeTitle: '진행 상황을 저장하는 곳: localStorage',
    storeIntro:
      '이 목록은 localStorage에 저장됩니다. 사이트가 브라우저에 데이터를 둘 수 있는 네 번째 장소입니다. 나머지 셋은 대시보드에 있고, 이것은 또 다르게 동작합니다.',
    factShared:
      '이 사이트의 모든 탭이 같은 localStorage를 읽습니다. 한 탭에서 과제를 완료하면 다른 모든 탭의 이 페이지에도 나타납니다. 반면 sessionStorage는 탭 하나의 것입니다.',
    factSurvives:
      '만료 시간이 없습니다. 브라우저를 닫아도 남아 있고 다음에도 그대로 있습니다. 세션 쿠키와 sessionStorage는 그렇게 브라우저보다 오래 남지 않습니다. (시크릿 창에서는 마지막 시크릿 탭을 닫을 때 지워집니다.)',
    factNeverSent:
      '서버로는 절대 전송되지 않습니다. 어떤 요청에도 실리지 않으므로 서버는 여러분의 진행 상황을 모릅니다. 이 사이트 페이지의 스크립트만 읽을 수 있으므로, sessionStorage처럼 비밀을 둘 곳은 아닙니다.',
    compareLink: '네 저장소 모두 비교하기',
    storedLabel: '지금 이 페이지를 위해 localStorage에 있는 것',
    storedNothing: '아직 없음',
    reset: '진행 상황 초기화',
    resetHint: '이 목록을 모든 탭의 localStorage에서 지웁니다. 세션, 쿠키, sessionStorage는 그대로 둡니다.',
  },
  es: {
    navLink: 'Empieza aquí',
    dashboardTeaser: '¿Eres nuevo? Empieza aquí: nueve tareas cortas, cada una se marca sola cuando la haces.',
    title: 'Empieza aquí',
    intro:
      'Nueve tareas cortas que te llevan por el panel y los laboratorios, en este orden. Cada una se marca sola cuando de verdad la haces: no hay ningún botón de «hecho».',
    progress: '{done} de {total} hechas',
    progressChecking: 'Leyendo tu progreso…',
    pathTitle: 'El recorrido',
    done: 'Hecho',
    notYet: 'Todavía no',

    wireBackTitle: 'Mira cómo tu ID vuelve al servidor',
    wireBackTask:
      'Abre la vista de la red y recarga la página. Busca una petición marcada «Tu navegador devolvió el ID; el servidor encontró tu sesión»: así sabe el servidor que eres tú.',
    wireBackLink: 'Abrir la vista de la red',
    loginTitle: 'Inicia sesión',
    loginTask:
      'Inicia sesión con una de las cuentas de demostración. El panel muestra entonces tu nombre en la sesión del servidor, la cookie y sessionStorage.',
    loginLink: 'Ir a la página de inicio de sesión',
    secondTabTitle: 'Abre una segunda pestaña',
    secondTabTask:
      'Abre el panel en una segunda pestaña (por ejemplo, con clic derecho en su enlace y «abrir en una pestaña nueva»). El panel cuenta las pestañas abiertas de este sitio: dice 2.',
    secondTabLink: 'Abrir el panel',
    cartTitle: 'Añade al carrito con dos pestañas abiertas',
    cartTask:
      'Con dos pestañas abiertas, añade algo al carrito en una de ellas. En la otra, la sesión del servidor y la cookie lo muestran al momento; el sessionStorage de esa pestaña no.',
    cartLink: 'Abrir la tienda',
    windowOpenTitle: 'Abre una pestaña con window.open',
    windowOpenTask:
      'En el laboratorio de pestañas, pulsa «Abrir una copia con window.open». La pestaña nueva empieza con una copia del sessionStorage de la primera.',
    windowOpenLink: 'Abrir el laboratorio de pestañas',
    logoutTitle: 'Cierra la sesión',
    logoutTask: 'Cierra la sesión con el botón de arriba. El panel dice qué olvidó el servidor y qué conserva todavía el navegador.',
    logoutLink: 'Abrir el panel',
    idleTitle: 'Espera un límite de inactividad de 10 segundos',
    idleTask:
      'En el laboratorio de duración, pon el límite de inactividad en 10 segundos y no toques nada. El servidor termina tu sesión por sí solo.',
    idleLink: 'Abrir el laboratorio de duración',
    replayTitle: 'Reenvía una cookie sin estado',
    replayTask:
      'Vuelve a iniciar sesión y, en el laboratorio con estado y sin estado, entra también en la demostración sin estado. Luego pulsa «Cerrar sesión en las dos y reenviar las copias»: la copia sin estado aún abre una sesión, la nuestra no.',
    replayLink: 'Abrir el laboratorio con estado y sin estado',
    crossSiteTitle: 'Envía una petición desde otro sitio',
    crossSiteTask:
      'En el laboratorio entre sitios, pon las cookies de demostración, abre el otro sitio y usa uno de sus enlaces o formularios. El laboratorio muestra qué cookies llegaron.',
    crossSiteLink: 'Abrir el laboratorio entre sitios',

    storeTitle: 'Dónde se guarda tu progreso: localStorage',
    storeIntro:
      'Esta lista se guarda en localStorage, el cuarto lugar donde un sitio puede guardar datos en tu navegador. El panel muestra los otros tres; este se comporta de otra manera:',
    factShared:
      'Todas las pestañas de este sitio leen el mismo localStorage: marca un paso en una pestaña y esta página lo muestra también en las demás. sessionStorage, en cambio, es de una sola pestaña.',
    factSurvives:
      'No caduca: sigue ahí cuando cierras el navegador y la próxima vez. Una cookie de sesión y sessionStorage no sobreviven así al navegador. (Una ventana privada lo olvida cuando se cierra su última pestaña privada.)',
    factNeverSent:
      'Nunca se envía al servidor: ninguna petición lo lleva, así que el servidor no conoce tu progreso. Solo los scripts de las páginas de este sitio pueden leerlo, así que, igual que sessionStorage, no es lugar para nada secreto.',
    compareLink: 'Los cuatro almacenes comparados',
    storedLabel: 'Lo que localStorage guarda ahora para esta página',
    storedNothing: 'nada todavía',
    reset: 'Reiniciar el progreso',
    resetHint: 'Borra esta lista de localStorage, en todas las pestañas. Tu sesión, tus cookies y sessionStorage quedan como están.',
  },
});
