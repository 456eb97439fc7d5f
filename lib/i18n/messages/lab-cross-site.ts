import { defineMessages } from '../define-messages';

/** /lab/cross-site and the other site's page (/other-site): SameSite, CSRF and third-party cookies. */
export const labCrossSite = defineMessages({
  en: {
    title: 'Cross-site: the same app, seen from another site',
    claim:
      'Your browser sends a cookie back to its site with requests that other sites’ pages make, unless the cookie’s SameSite attribute says no. Open this app from another site, watch which requests carry which cookie, and see why a forged form from there changes nothing.',

    sitesTitle: 'Two sites on one server',
    sitesIntro:
      'The other site is this same server under its other name: {host} and {other} are different sites, because an address like 127.0.0.1 has no registrable domain. Ports never make a different site.',
    noOtherSite:
      'The other site needs this app opened as localhost or 127.0.0.1 (for example http://localhost:3000). Open it that way to try this lab.',
    setCookiesIntro:
      'First set the demo cookies: four cookies on this site, each with a different SameSite, beside your session cookie. It also starts an empty table below.',
    setCookies: 'Set the demo cookies',
    cookiesSetAt: 'Demo cookies set at {time}.',
    openOther: 'Open the other site (new tab)',
    openOtherHint: 'Press its buttons, then come back to this tab: the table fills in as the requests arrive.',
    arrived: 'You came back here from the other site ({kind}). Lax cookies came along, so this is still your session.',

    matrixTitle: 'Which cookies arrived, request by request',
    matrixIntro:
      'The server records each request from the other site as it arrives: the names of the cookies it carried, never their values. A row fills in when the other site sends that kind of request.',
    matrixCaption: 'Cookies each kind of request from the other site carried to this app',
    colRequest: 'Request from the other site',
    colApp: 'What the app did',
    colSession: 'Your session (Lax)',
    colStrict: 'Strict',
    colLax: 'Lax',
    colNone: 'None; Secure',
    colUnset: 'No SameSite',
    colPartitioned: 'Partitioned, set in the frame',
    colFrame: 'None, set in the frame',
    sent: 'sent',
    withheld: 'withheld',
    notYet: 'not yet',

    kindLink: 'Link click',
    kindFormGet: 'Form (GET)',
    kindWindowOpen: 'window.open',
    kindFormPost: 'Form (POST)',
    kindIframe: '<iframe>',
    kindIframeInner: 'Inside the iframe',
    kindImg: '<img>',
    kindFetchNoCors: 'fetch (no-cors)',
    kindFetchCors: 'fetch (cors)',

    explainLink:
      'A link opens our page in the whole tab, so Lax cookies (your session too) go along and you land logged in; Strict ones stay behind.',
    explainFormGet: 'A form sent with GET also opens our page in the whole tab, so it gets the same cookies as a link.',
    explainWindowOpen: 'A window the other site’s script opens is a visit in a whole tab too: Lax goes, Strict stays.',
    explainFormPost:
      'A POST from another site carries no Lax or Strict cookie, so your session stays behind; the app refuses it with 403 anyway, because its Origin is another site.',
    explainIframe:
      'Our page inside another site’s frame is a third-party request: no Lax or Strict cookie, and a None one only if the browser allows third-party cookies or the cookie is Partitioned.',
    explainIframeInner:
      'A request the framed page makes to its own site: the Partitioned cookie set in this frame comes back; a plain third-party cookie needs the browser to allow it.',
    explainImg: 'An image on another site’s page is a background request: like the frame, only a None cookie could go.',
    explainFetchNoCors:
      'A script’s fetch with credentials: "include" is a background request like the image, and the other page cannot read the answer.',
    explainFetchCors:
      'The same fetch in cors mode: the cookies follow the same rules, and without our permission (Access-Control-Allow-Origin) the page cannot read the answer.',

    didNavigate: 'Sent the tab on to this lab',
    didRefuse: '403: refused before any session was made',
    didFrame: 'A small page that sets two cookies',
    didImage: 'A 1-pixel image',
    didEmpty: 'An empty answer (204)',

    csrfTitle: 'A forged form, for real',
    csrfIntro:
      'The other site also holds two forged forms: one adds a mug to your cart, the other logs you out. Try them, then come back: your cart and your login are unchanged, for two reasons.',
    csrfWhySameSite:
      'SameSite kept your session cookie off: it is Lax, and a POST from another site carries no Lax cookie (the Form (POST) row).',
    csrfWhyOrigin:
      'The Origin check refused it: the browser names the page that sent the request in its Origin header, and the app answers 403 before it even looks for a session.',
    csrfStateless:
      'An app that keeps its login in a SameSite=None cookie, with no CSRF token and no Origin check, would have obeyed: the None column of the Form (POST) row shows that cookie going along. That is why this app uses a Lax cookie, the Origin check and a CSRF token together.',
    cartNow: 'Items in your cart now: {count}.',
    signedInNow: 'Logged in now: {answer}.',

    measuredTitle: 'What this Chromium does, measured',
    measuredIntro:
      'Browsers differ here, and their settings change the answers. The tests measured what the Chromium they run (version 156, default settings) does; the table above shows what your own browser did.',
    laxPost:
      'A cookie without SameSite counts as Lax in Chromium, with one exception: during its first 2 minutes it still goes with a cross-site POST (so that older sign-in flows that POST back keep working). Measured: the No SameSite cell of the Form (POST) row is “sent” right after the cookies are set, and “withheld” 2 minutes later. This is Chromium’s own rule; other browsers treat a cookie without SameSite in their own ways.',
    thirdParty:
      'Third-party cookies: blocked. The None cookie did not go with the frame, the image or either fetch, and the framed page could not set its plain None cookie. This depends on the browser and its settings.',
    chips:
      'Partitioned (CHIPS): kept. The cookie the framed page set with Partitioned came back inside the frame, and only there: it is kept under the other site, so it never goes to this app opened directly (see the link rows).',
    secure:
      'Secure on plain http: a Secure cookie (and SameSite=None needs Secure) is meant for https only, but Chromium treats http://localhost and http://127.0.0.1 as secure, and kept the None cookie on both names. Safari does not.',

    osTitle: 'Another site',
    osIntro:
      'This is not the app. It is a page of another site, {here}, that sends requests to the app at {app}. Each button sends one kind of request; the lab’s tab records which cookies went along.',
    osNoRun: 'Open this page with the lab’s button, so the app knows whose experiment these requests belong to.',
    osBack: 'Back to the lab',
    osTopTitle: 'Requests that open the app in the whole tab',
    osLink: 'A link to the app',
    osFormGet: 'Send a form (GET)',
    osWindowOpen: 'Open the app in a new window',
    osBackgroundTitle: 'Requests in the background',
    osFormPost: 'Send a form (POST)',
    osIframe: 'Show the app in a frame',
    osImg: 'Load an image from the app',
    osFetchNoCors: 'fetch (no-cors)',
    osFetchCors: 'fetch (cors)',
    osFrameTitle: 'The app inside this site’s frame',
    osSent: 'Sent: {kind}.',
    osUnreadable: 'Sent: {kind}. This page may not read the answer.',
    osForgedTitle: 'Forged forms (the CSRF attack)',
    osForgedIntro: 'A real attacker hides these behind a “You won!” button.',
    osForgedCart: 'Win a free mug (adds one to your cart)',
    osForgedLogout: 'Claim your prize (logs you out)',
  },
  ko: {
    title: '크로스 사이트: 다른 사이트에서 본 같은 앱',
    claim:
      '브라우저는 다른 사이트의 페이지가 보내는 요청에도 쿠키를 그 쿠키의 사이트로 돌려보냅니다. 쿠키의 SameSite 속성이 막지 않는 한 그렇습니다. 다른 사이트에서 이 앱을 열어 어떤 요청에 어떤 쿠키가 실리는지 지켜보고, 그곳의 위조된 폼이 왜 아무것도 바꾸지 못하는지 확인해 보세요.',

    sitesTitle: '서버 하나, 사이트 둘',
    sitesIntro:
      '다른 사이트는 같은 서버를 다른 이름으로 부른 것입니다. {host}와(과) {other}은(는) 서로 다른 사이트입니다. 127.0.0.1 같은 주소에는 등록 가능한 도메인이 없기 때문입니다. 포트가 다르다고 사이트가 달라지지는 않습니다.',
    noOtherSite:
      '다른 사이트를 쓰려면 이 앱을 localhost나 127.0.0.1로 열어야 합니다(예: http://localhost:3000). 그렇게 열어서 이 실습을 해 보세요.',
    setCookiesIntro:
      '먼저 데모 쿠키를 설정하세요. 이 사이트에 SameSite가 저마다 다른 쿠키 네 개를 세션 쿠키 옆에 둡니다. 아래 표도 새로 비웁니다.',
    setCookies: '데모 쿠키 설정하기',
    cookiesSetAt: '데모 쿠키를 {time}에 설정했습니다.',
    openOther: '다른 사이트 열기(새 탭)',
    openOtherHint: '그 페이지의 버튼을 누른 뒤 이 탭으로 돌아오세요. 요청이 도착하는 대로 표가 채워집니다.',
    arrived: '다른 사이트에서 이곳으로 돌아왔습니다({kind}). Lax 쿠키가 함께 왔으므로 여전히 여러분의 세션입니다.',

    matrixTitle: '요청마다 도착한 쿠키',
    matrixIntro:
      '서버는 다른 사이트에서 온 요청이 도착할 때마다 실려 온 쿠키의 이름을 기록합니다. 값은 기록하지 않습니다. 다른 사이트가 그 종류의 요청을 보내면 해당 행이 채워집니다.',
    matrixCaption: '다른 사이트에서 보낸 요청 종류별로 이 앱에 실려 온 쿠키',
    colRequest: '다른 사이트에서 온 요청',
    colApp: '앱이 한 일',
    colSession: '여러분의 세션(Lax)',
    colStrict: 'Strict',
    colLax: 'Lax',
    colNone: 'None; Secure',
    colUnset: 'SameSite 없음',
    colPartitioned: 'Partitioned, 프레임 안에서 설정',
    colFrame: 'None, 프레임 안에서 설정',
    sent: '보냄',
    withheld: '안 보냄',
    notYet: '아직 없음',

    kindLink: '링크 클릭',
    kindFormGet: '폼(GET)',
    kindWindowOpen: 'window.open',
    kindFormPost: '폼(POST)',
    kindIframe: '<iframe>',
    kindIframeInner: 'iframe 안',
    kindImg: '<img>',
    kindFetchNoCors: 'fetch(no-cors)',
    kindFetchCors: 'fetch(cors)',

    explainLink:
      '링크는 탭 전체에 우리 페이지를 엽니다. 그래서 Lax 쿠키(여러분의 세션도)가 함께 가고 로그인된 채로 도착합니다. Strict 쿠키는 남습니다.',
    explainFormGet: 'GET으로 보낸 폼도 탭 전체에 우리 페이지를 엽니다. 그래서 링크와 같은 쿠키가 갑니다.',
    explainWindowOpen: '다른 사이트의 스크립트가 여는 창도 탭 전체로 방문하는 것입니다. Lax는 가고 Strict는 남습니다.',
    explainFormPost:
      '다른 사이트에서 온 POST에는 Lax나 Strict 쿠키가 실리지 않으므로 여러분의 세션은 남습니다. 게다가 Origin이 다른 사이트라서 앱이 403으로 거절합니다.',
    explainIframe:
      '다른 사이트의 프레임 안에 있는 우리 페이지는 서드 파티 요청입니다. Lax와 Strict 쿠키는 가지 않고, None 쿠키는 브라우저가 서드 파티 쿠키를 허용하거나 그 쿠키가 Partitioned일 때만 갑니다.',
    explainIframeInner:
      '프레임 안의 페이지가 자기 사이트로 보내는 요청입니다. 이 프레임 안에서 설정한 Partitioned 쿠키는 돌아오고, 평범한 서드 파티 쿠키는 브라우저가 허용해야 갑니다.',
    explainImg: '다른 사이트 페이지의 이미지는 백그라운드 요청입니다. 프레임처럼 None 쿠키만 갈 수 있습니다.',
    explainFetchNoCors:
      'credentials: "include"로 보낸 스크립트의 fetch는 이미지와 같은 백그라운드 요청이며, 다른 페이지는 응답을 읽을 수 없습니다.',
    explainFetchCors:
      'cors 모드의 같은 fetch입니다. 쿠키는 같은 규칙을 따르고, 우리의 허락(Access-Control-Allow-Origin)이 없으면 페이지는 응답을 읽을 수 없습니다.',

    didNavigate: '탭을 이 실습 페이지로 보냄',
    didRefuse: '403: 세션을 만들기 전에 거절',
    didFrame: '쿠키 두 개를 설정하는 작은 페이지',
    didImage: '1픽셀 이미지',
    didEmpty: '빈 응답(204)',

    csrfTitle: '진짜로 해 보는 위조 폼',
    csrfIntro:
      '다른 사이트에는 위조된 폼도 두 개 있습니다. 하나는 장바구니에 머그잔을 넣고, 다른 하나는 여러분을 로그아웃시킵니다. 눌러 본 뒤 돌아오세요. 장바구니와 로그인은 그대로입니다. 이유는 두 가지입니다.',
    csrfWhySameSite:
      'SameSite가 세션 쿠키를 막았습니다. 세션 쿠키는 Lax이고, 다른 사이트에서 온 POST에는 Lax 쿠키가 실리지 않습니다(폼(POST) 행).',
    csrfWhyOrigin:
      'Origin 검사가 거절했습니다. 브라우저는 요청을 보낸 페이지를 Origin 헤더에 적고, 앱은 세션을 찾아보기도 전에 403으로 답합니다.',
    csrfStateless:
      '로그인을 SameSite=None 쿠키에 두고 CSRF 토큰도 Origin 검사도 없는 앱이라면 요청대로 했을 것입니다. 폼(POST) 행의 None 열을 보면 그 쿠키가 함께 갑니다. 그래서 이 앱은 Lax 쿠키, Origin 검사, CSRF 토큰을 함께 씁니다.',
    cartNow: '지금 장바구니의 상품 수: {count}',
    signedInNow: '지금 로그인 여부: {answer}',

    measuredTitle: '이 Chromium이 실제로 하는 일(측정값)',
    measuredIntro:
      '이 부분은 브라우저마다 다르고, 설정에 따라서도 달라집니다. 테스트는 테스트에 쓰는 Chromium(버전 156, 기본 설정)이 하는 일을 측정했습니다. 위의 표는 여러분의 브라우저가 한 일을 보여 줍니다.',
    laxPost:
      'SameSite가 없는 쿠키를 Chromium은 Lax로 취급하지만 예외가 하나 있습니다. 설정된 뒤 처음 2분 동안은 크로스 사이트 POST에도 실려 갑니다(POST로 돌아오는 오래된 로그인 흐름이 계속 동작하도록). 측정 결과: 쿠키를 설정한 직후 폼(POST) 행의 SameSite 없음 칸은 “보냄”이고, 2분 뒤에는 “안 보냄”입니다. 이것은 Chromium만의 규칙이며, 다른 브라우저는 SameSite 없는 쿠키를 저마다 다르게 다룹니다.',
    thirdParty:
      '서드 파티 쿠키: 차단됨. None 쿠키는 프레임, 이미지, 두 fetch 어디에도 실리지 않았고, 프레임 안의 페이지는 평범한 None 쿠키를 설정하지 못했습니다. 이것은 브라우저와 그 설정에 따라 다릅니다.',
    chips:
      'Partitioned(CHIPS): 유지됨. 프레임 안의 페이지가 Partitioned로 설정한 쿠키는 프레임 안에서만 돌아왔습니다. 다른 사이트 밑에 따로 보관되므로, 이 앱을 직접 열 때는 가지 않습니다(링크 행 참고).',
    secure:
      '평범한 http에서의 Secure: Secure 쿠키(SameSite=None은 Secure가 필요합니다)는 https 전용이지만, Chromium은 http://localhost와 http://127.0.0.1을 안전한 곳으로 보고 두 이름 모두에서 None 쿠키를 간직했습니다. Safari는 그렇지 않습니다.',

    osTitle: '다른 사이트',
    osIntro:
      '여기는 앱이 아닙니다. 다른 사이트 {here}의 페이지이며, {app}에 있는 앱으로 요청을 보냅니다. 버튼마다 한 종류의 요청을 보내고, 실습 탭이 어떤 쿠키가 함께 갔는지 기록합니다.',
    osNoRun: '실습 페이지의 버튼으로 이 페이지를 여세요. 그래야 앱이 이 요청들이 누구의 실험인지 압니다.',
    osBack: '실습으로 돌아가기',
    osTopTitle: '탭 전체에 앱을 여는 요청',
    osLink: '앱으로 가는 링크',
    osFormGet: '폼 보내기(GET)',
    osWindowOpen: '새 창에서 앱 열기',
    osBackgroundTitle: '백그라운드 요청',
    osFormPost: '폼 보내기(POST)',
    osIframe: '프레임 안에 앱 보여 주기',
    osImg: '앱에서 이미지 불러오기',
    osFetchNoCors: 'fetch(no-cors)',
    osFetchCors: 'fetch(cors)',
    osFrameTitle: '이 사이트의 프레임 안에 있는 앱',
    osSent: '보냄: {kind}',
    osUnreadable: '보냄: {kind}. 이 페이지는 응답을 읽지 못할 수 있습니다.',
    osForgedTitle: '위조된 폼(CSRF 공격)',
    osForgedIntro: '실제 공격자는 이런 폼을 “당첨되었습니다!” 버튼 뒤에 숨깁니다.',
    osForgedCart: '무료 머그잔 받기(장바구니에 하나 추가)',
    osForgedLogout: '경품 받기(로그아웃시킴)',
  },
  es: {
    title: 'Entre sitios: la misma app vista desde otro sitio',
    claim:
      'Tu navegador devuelve una cookie a su sitio también en las peticiones que hacen las páginas de otros sitios, salvo que el atributo SameSite de la cookie lo impida. Abre esta app desde otro sitio, mira qué peticiones llevan qué cookie y comprueba por qué un formulario falsificado desde allí no cambia nada.',

    sitesTitle: 'Dos sitios en un solo servidor',
    sitesIntro:
      'El otro sitio es este mismo servidor con su otro nombre: {host} y {other} son sitios distintos, porque una dirección como 127.0.0.1 no tiene dominio registrable. El puerto nunca hace que un sitio sea otro.',
    noOtherSite:
      'El otro sitio necesita que abras esta app como localhost o 127.0.0.1 (por ejemplo, http://localhost:3000). Ábrela así para probar este laboratorio.',
    setCookiesIntro:
      'Primero pon las cookies de demostración: cuatro cookies en este sitio, cada una con un SameSite distinto, junto a tu cookie de sesión. También deja vacía la tabla de abajo.',
    setCookies: 'Poner las cookies de demostración',
    cookiesSetAt: 'Cookies de demostración puestas a las {time}.',
    openOther: 'Abrir el otro sitio (pestaña nueva)',
    openOtherHint: 'Pulsa sus botones y vuelve a esta pestaña: la tabla se llena a medida que llegan las peticiones.',
    arrived: 'Has vuelto aquí desde el otro sitio ({kind}). Las cookies Lax vinieron contigo, así que sigue siendo tu sesión.',

    matrixTitle: 'Qué cookies llegaron, petición por petición',
    matrixIntro:
      'El servidor anota cada petición del otro sitio al llegar: los nombres de las cookies que traía, nunca sus valores. Una fila se llena cuando el otro sitio envía esa clase de petición.',
    matrixCaption: 'Cookies que cada clase de petición del otro sitio trajo a esta app',
    colRequest: 'Petición del otro sitio',
    colApp: 'Qué hizo la app',
    colSession: 'Tu sesión (Lax)',
    colStrict: 'Strict',
    colLax: 'Lax',
    colNone: 'None; Secure',
    colUnset: 'Sin SameSite',
    colPartitioned: 'Partitioned, puesta en el marco',
    colFrame: 'None, puesta en el marco',
    sent: 'enviada',
    withheld: 'retenida',
    notYet: 'aún no',

    kindLink: 'Clic en un enlace',
    kindFormGet: 'Formulario (GET)',
    kindWindowOpen: 'window.open',
    kindFormPost: 'Formulario (POST)',
    kindIframe: '<iframe>',
    kindIframeInner: 'Dentro del iframe',
    kindImg: '<img>',
    kindFetchNoCors: 'fetch (no-cors)',
    kindFetchCors: 'fetch (cors)',

    explainLink:
      'Un enlace abre nuestra página en toda la pestaña, así que las cookies Lax (también tu sesión) viajan y llegas con la sesión iniciada; las Strict se quedan.',
    explainFormGet: 'Un formulario enviado con GET también abre nuestra página en toda la pestaña: lleva las mismas cookies que un enlace.',
    explainWindowOpen: 'Una ventana que abre el script del otro sitio también es una visita en toda la pestaña: Lax va, Strict se queda.',
    explainFormPost:
      'Un POST desde otro sitio no lleva cookies Lax ni Strict, así que tu sesión se queda; aun así la app lo rechaza con 403, porque su Origin es otro sitio.',
    explainIframe:
      'Nuestra página dentro del marco de otro sitio es una petición de terceros: ninguna cookie Lax ni Strict, y una None solo si el navegador permite cookies de terceros o si la cookie es Partitioned.',
    explainIframeInner:
      'Una petición que la página enmarcada hace a su propio sitio: vuelve la cookie Partitioned puesta en este marco; una cookie de terceros normal necesita que el navegador la permita.',
    explainImg: 'Una imagen en la página de otro sitio es una petición en segundo plano: como el marco, solo podría ir una cookie None.',
    explainFetchNoCors:
      'El fetch de un script con credentials: "include" es una petición en segundo plano como la imagen, y la otra página no puede leer la respuesta.',
    explainFetchCors:
      'El mismo fetch en modo cors: las cookies siguen las mismas reglas y, sin nuestro permiso (Access-Control-Allow-Origin), la página no puede leer la respuesta.',

    didNavigate: 'Llevó la pestaña a este laboratorio',
    didRefuse: '403: rechazada antes de crear ninguna sesión',
    didFrame: 'Una página pequeña que pone dos cookies',
    didImage: 'Una imagen de 1 píxel',
    didEmpty: 'Una respuesta vacía (204)',

    csrfTitle: 'Un formulario falsificado, de verdad',
    csrfIntro:
      'El otro sitio también tiene dos formularios falsificados: uno añade una taza a tu carrito y el otro cierra tu sesión. Pruébalos y vuelve: tu carrito y tu sesión siguen igual, por dos razones.',
    csrfWhySameSite:
      'SameSite dejó fuera tu cookie de sesión: es Lax, y un POST desde otro sitio no lleva cookies Lax (la fila Formulario (POST)).',
    csrfWhyOrigin:
      'La comprobación del Origin la rechazó: el navegador indica en la cabecera Origin la página que envió la petición, y la app responde 403 antes incluso de buscar una sesión.',
    csrfStateless:
      'Una app que guarda el inicio de sesión en una cookie SameSite=None, sin token CSRF ni comprobación del Origin, habría obedecido: la columna None de la fila Formulario (POST) muestra que esa cookie viaja. Por eso esta app usa a la vez una cookie Lax, la comprobación del Origin y un token CSRF.',
    cartNow: 'Artículos en tu carrito ahora: {count}.',
    signedInNow: 'Sesión iniciada ahora: {answer}.',

    measuredTitle: 'Qué hace este Chromium, medido',
    measuredIntro:
      'Aquí los navegadores difieren, y sus ajustes cambian las respuestas. Las pruebas midieron lo que hace el Chromium en el que se ejecutan (versión 156, ajustes por defecto); la tabla de arriba muestra lo que hizo tu propio navegador.',
    laxPost:
      'Chromium trata una cookie sin SameSite como Lax, con una excepción: durante sus primeros 2 minutos todavía viaja con un POST entre sitios (para que sigan funcionando los inicios de sesión antiguos que vuelven con un POST). Medido: la celda Sin SameSite de la fila Formulario (POST) dice «enviada» justo después de poner las cookies y «retenida» 2 minutos después. Es una regla propia de Chromium; otros navegadores tratan a su manera una cookie sin SameSite.',
    thirdParty:
      'Cookies de terceros: bloqueadas. La cookie None no viajó con el marco, la imagen ni ninguno de los fetch, y la página enmarcada no pudo poner su cookie None normal. Esto depende del navegador y de sus ajustes.',
    chips:
      'Partitioned (CHIPS): se conserva. La cookie que la página enmarcada puso con Partitioned volvió dentro del marco, y solo allí: se guarda bajo el otro sitio, así que nunca va a esta app abierta directamente (mira las filas de enlace).',
    secure:
      'Secure en http sin cifrar: una cookie Secure (y SameSite=None necesita Secure) es solo para https, pero Chromium considera seguros http://localhost y http://127.0.0.1, y guardó la cookie None con los dos nombres. Safari no lo hace.',

    osTitle: 'Otro sitio',
    osIntro:
      'Esto no es la app. Es una página de otro sitio, {here}, que envía peticiones a la app en {app}. Cada botón envía una clase de petición; la pestaña del laboratorio anota qué cookies viajaron.',
    osNoRun: 'Abre esta página con el botón del laboratorio, para que la app sepa de quién es el experimento.',
    osBack: 'Volver al laboratorio',
    osTopTitle: 'Peticiones que abren la app en toda la pestaña',
    osLink: 'Un enlace a la app',
    osFormGet: 'Enviar un formulario (GET)',
    osWindowOpen: 'Abrir la app en una ventana nueva',
    osBackgroundTitle: 'Peticiones en segundo plano',
    osFormPost: 'Enviar un formulario (POST)',
    osIframe: 'Mostrar la app en un marco',
    osImg: 'Cargar una imagen de la app',
    osFetchNoCors: 'fetch (no-cors)',
    osFetchCors: 'fetch (cors)',
    osFrameTitle: 'La app dentro del marco de este sitio',
    osSent: 'Enviada: {kind}.',
    osUnreadable: 'Enviada: {kind}. Esta página quizá no pueda leer la respuesta.',
    osForgedTitle: 'Formularios falsificados (el ataque CSRF)',
    osForgedIntro: 'Un atacante de verdad los esconde tras un botón de «¡Has ganado!».',
    osForgedCart: 'Gana una taza gratis (añade una a tu carrito)',
    osForgedLogout: 'Recoge tu premio (cierra tu sesión)',
  },
});
