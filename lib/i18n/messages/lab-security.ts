import { defineMessages } from '../define-messages';

/** /lab/security: what a script on the page can reach, tampering, and CSRF. */
export const labSecurity = defineMessages({
  en: {
    title: 'Security: what a script on the page can reach',
    claim:
      'A script that sneaks into a page (cross-site scripting, XSS) can read every script-readable cookie and all of sessionStorage, but not the HttpOnly session cookie. Editing what it can read changes nothing the server trusts, an edited session cookie only gets a new, empty session, and another site cannot write in your name.',

    readTitle: 'What a script on this page can read',
    readIntro:
      'This page’s Content-Security-Policy stops injected <script> tags, so we cannot run a real XSS here. The button runs code from our own bundle instead, with exactly the access an injected script would have.',
    readHint:
      'Nothing to read yet? Add something to your cart or log in first: after each action, this tab copies the value into lab_* cookies and into this tab’s sessionStorage.',
    goShop: 'Go to the shop',
    runScript: 'Run the script',
    cookieHeading: 'Cookies in document.cookie: {count}',
    storageHeading: 'Keys in this tab’s sessionStorage: {count}',
    nothing: '(nothing)',
    cookieMissing: 'Not there: {name}, the session cookie. It is HttpOnly, so no page script can read it.',
    canStillUse:
      'But the script can still use your session while the page is open: it asked GET /api/session and got back your fingerprint {id} and your CSRF token.',
    readLesson:
      'HttpOnly keeps the session ID from being stolen, not from being used. That is why the data that matters stays on the server, and why no secret belongs in a script-readable cookie or in sessionStorage (OWASP says the same). The stateless demo cookie lab_stateless is HttpOnly too, so it is missing from the list as well.',

    forgeTitle: 'Give yourself role=admin in the plain cookie',
    forgeIntro:
      'lab_user is a copy the page writes for show. Who you are, and your role, live in your server session, written there at login. The server never looks at this cookie.',
    forgeButton: 'Write role=admin into lab_user and ask for the admin list',
    forgeCookieNow: 'lab_user now says: {value}',
    forgeAnswer: 'GET /api/admin/sessions answered {status} {code}.',
    forgeRefused: 'Refused: the server took your role from your session, not from the cookie.',
    forgeAllowed: 'Allowed, because you are logged in as admin and your session says so. Log in as alice and try again to see the refusal.',
    forgeOpenAdmin: 'Open the admin page yourself',

    tamperTitle: 'Edit the sealed session cookie',
    tamperIntro:
      '{name} holds only your session ID, sealed by iron-session: encrypted, and signed with a key only the server knows. Change one character and the signature no longer matches, so the server treats it as no cookie at all and starts a brand-new, empty session: logged out, empty cart.',
    tamperDevtools:
      'Try it in your own browser: open the developer tools (F12), go to Application → Storage → Cookies → this site, double-click the value of {name}, change one character and reload. You will lose this session, so log in again afterwards. A page script cannot do this for you: the cookie is HttpOnly.',
    tamperButton: 'Send the server a copy with one character changed',
    tamperYours: 'Your session: {id}',
    tamperAnswered: 'The edited copy got a new session: {id}',
    tamperNote:
      'The server handed the copy to the same code that reads every request’s cookie. Your own session is untouched, and the new one was deleted at once, since nobody holds its cookie.',

    csrfTitle: 'Writes from another site (CSRF)',
    csrfLax:
      'Our cookies are SameSite=Lax. The browser still sends them when you come from another site by following a link (a top-level GET), so you stay logged in. It does not send them with a form that another site POSTs to us, nor with that site’s images or fetch calls. A cross-site form POST therefore arrives without your session, and our server refuses a write whose Origin is another site anyway.',
    csrfToken:
      'A second lock: every write to our API must carry the header X-CSRF-Token with your session’s token. Another site can make your browser send a request, but it cannot read the token, and it cannot choose the Origin header either (the browser sets it). No page can fake that header, so instead of staging an attack, send the same harmless write twice and compare:',
    csrfWithout: 'Send a write without the token',
    csrfWith: 'Send it with the token',
    csrfWithoutResult: 'PUT /api/language without X-CSRF-Token: {status} {code}. {message}',
    csrfWithResult: 'PUT /api/language with X-CSRF-Token: {status}. Your language is still {language}.',
    csrfLimit: 'The token only stops other sites. A script running on this page can read it, as step 1 showed: stopping XSS comes first.',
  },
  ko: {
    title: '보안: 페이지 안의 스크립트가 닿을 수 있는 것',
    claim:
      '페이지에 몰래 들어온 스크립트(크로스 사이트 스크립팅, XSS)는 스크립트가 읽을 수 있는 쿠키와 sessionStorage 전체를 읽을 수 있지만, HttpOnly 세션 쿠키는 읽지 못합니다. 읽을 수 있는 값을 고쳐도 서버가 믿는 것은 하나도 바뀌지 않고, 세션 쿠키를 고치면 새로운 빈 세션을 받을 뿐이며, 다른 사이트는 여러분 이름으로 데이터를 바꿀 수 없습니다.',

    readTitle: '이 페이지의 스크립트가 읽을 수 있는 것',
    readIntro:
      '이 페이지의 Content-Security-Policy가 끼워 넣은 <script> 태그를 막기 때문에, 여기서 진짜 XSS를 실행할 수는 없습니다. 대신 버튼을 누르면 우리 번들 안의 코드가 실행되는데, 끼워 넣은 스크립트와 권한이 똑같습니다.',
    readHint:
      '아직 읽을 것이 없나요? 먼저 장바구니에 상품을 담거나 로그인하세요. 동작이 끝날 때마다 이 탭은 그 값을 lab_* 쿠키와 이 탭의 sessionStorage에 복사합니다.',
    goShop: '상점으로 가기',
    runScript: '스크립트 실행',
    cookieHeading: 'document.cookie에 있는 쿠키: {count}개',
    storageHeading: '이 탭의 sessionStorage에 있는 키: {count}개',
    nothing: '(없음)',
    cookieMissing: '목록에 없는 것: 세션 쿠키 {name}. HttpOnly 쿠키라서 어떤 페이지 스크립트도 읽을 수 없습니다.',
    canStillUse:
      '하지만 페이지가 열려 있는 동안에는 스크립트가 여러분의 세션을 쓸 수 있습니다. GET /api/session을 요청해서 여러분의 지문 {id}와 CSRF 토큰을 받아 왔습니다.',
    readLesson:
      'HttpOnly는 세션 ID를 훔쳐 가는 것은 막지만, 그 자리에서 쓰는 것까지 막지는 못합니다. 그래서 중요한 데이터는 서버에 두고, 비밀은 스크립트가 읽을 수 있는 쿠키나 sessionStorage에 절대 넣지 않습니다(OWASP의 권고도 같습니다). 무상태 데모 쿠키 lab_stateless도 HttpOnly라서 목록에 없습니다.',

    forgeTitle: '일반 쿠키에 role=admin 적어 넣기',
    forgeIntro:
      'lab_user는 보여 주기 위해 페이지가 써 두는 사본입니다. 여러분이 누구이고 어떤 역할인지는 로그인할 때 서버 세션에 적힌 값이 정합니다. 서버는 이 쿠키를 전혀 보지 않습니다.',
    forgeButton: 'lab_user에 role=admin을 쓰고 관리자 목록 요청하기',
    forgeCookieNow: '지금 lab_user의 값: {value}',
    forgeAnswer: 'GET /api/admin/sessions 응답: {status} {code}',
    forgeRefused: '거절되었습니다. 서버는 역할을 쿠키가 아니라 세션에서 읽었습니다.',
    forgeAllowed:
      '허용되었습니다. admin으로 로그인되어 있고 세션에 그렇게 적혀 있기 때문입니다. alice로 로그인한 뒤 다시 해 보면 거절되는 것을 볼 수 있습니다.',
    forgeOpenAdmin: '관리자 페이지 직접 열어 보기',

    tamperTitle: '봉인된 세션 쿠키 고치기',
    tamperIntro:
      '{name}에는 iron-session으로 봉인한 세션 ID만 들어 있습니다. 암호화되어 있고, 서버만 아는 키로 서명되어 있습니다. 글자 하나만 바꿔도 서명이 맞지 않으므로, 서버는 쿠키가 아예 없는 것으로 보고 완전히 새로운 빈 세션을 시작합니다. 로그아웃되고 장바구니도 비게 됩니다.',
    tamperDevtools:
      '직접 해 보세요. 개발자 도구(F12)를 열고 애플리케이션 → 저장용량 → 쿠키 → 이 사이트로 가서 {name}의 값을 더블클릭하고, 글자 하나를 바꾼 뒤 새로고침합니다. 이 세션은 잃게 되니 끝나면 다시 로그인하세요. 쿠키가 HttpOnly라서 페이지 스크립트로는 대신 해 드릴 수 없습니다.',
    tamperButton: '글자 하나를 바꾼 사본을 서버에 보내기',
    tamperYours: '여러분의 세션: {id}',
    tamperAnswered: '고친 사본이 받은 새 세션: {id}',
    tamperNote:
      '서버는 이 사본을 모든 요청의 쿠키를 읽는 바로 그 코드에 넘겼습니다. 여러분의 세션은 그대로이고, 새로 생긴 세션은 아무도 쿠키를 갖고 있지 않으니 곧바로 지웠습니다.',

    csrfTitle: '다른 사이트에서 보낸 쓰기 요청(CSRF)',
    csrfLax:
      '우리 쿠키는 SameSite=Lax입니다. 다른 사이트에서 링크를 눌러 들어올 때(최상위 GET 요청)는 브라우저가 쿠키를 보내므로 로그인이 유지됩니다. 하지만 다른 사이트가 우리에게 POST로 보내는 폼이나, 그 사이트의 이미지나 fetch 요청에는 쿠키를 붙이지 않습니다. 그래서 사이트를 넘나드는 폼 POST는 여러분의 세션 없이 도착하고, 게다가 우리 서버는 Origin이 다른 사이트인 쓰기 요청을 거절합니다.',
    csrfToken:
      '두 번째 잠금장치도 있습니다. API에 보내는 모든 쓰기 요청에는 세션의 토큰을 담은 X-CSRF-Token 헤더가 있어야 합니다. 다른 사이트는 여러분의 브라우저가 요청을 보내게 만들 수는 있어도, 토큰을 읽을 수도 없고 Origin 헤더를 고를 수도 없습니다(브라우저가 정합니다). 어떤 페이지도 이 헤더를 속일 수 없으니, 공격을 흉내 내는 대신 해가 없는 같은 쓰기 요청을 두 번 보내 비교해 보세요.',
    csrfWithout: '토큰 없이 쓰기 요청 보내기',
    csrfWith: '토큰을 붙여서 보내기',
    csrfWithoutResult: 'X-CSRF-Token 없이 보낸 PUT /api/language: {status} {code}. {message}',
    csrfWithResult: 'X-CSRF-Token을 붙인 PUT /api/language: {status}. 언어는 여전히 {language}입니다.',
    csrfLimit:
      '토큰은 다른 사이트만 막습니다. 1단계에서 본 것처럼 이 페이지에서 실행되는 스크립트는 토큰을 읽을 수 있습니다. 그래서 XSS를 막는 것이 가장 먼저입니다.',
  },
  es: {
    title: 'Seguridad: hasta dónde llega un script de la página',
    claim:
      'Un script que se cuela en una página (cross-site scripting, XSS) puede leer todas las cookies legibles por scripts y todo el sessionStorage, pero no la cookie de sesión HttpOnly. Editar lo que puede leer no cambia nada de lo que el servidor da por bueno, una cookie de sesión editada solo consigue una sesión nueva y vacía, y otro sitio no puede hacer cambios en tu nombre.',

    readTitle: 'Lo que puede leer un script de esta página',
    readIntro:
      'La Content-Security-Policy de esta página bloquea las etiquetas <script> inyectadas, así que aquí no podemos ejecutar un XSS de verdad. El botón ejecuta código de nuestro propio bundle, con exactamente el mismo acceso que tendría un script inyectado.',
    readHint:
      '¿Todavía no hay nada que leer? Primero añade algo al carrito o inicia sesión: después de cada acción, esta pestaña copia el valor en cookies lab_* y en el sessionStorage de esta pestaña.',
    goShop: 'Ir a la tienda',
    runScript: 'Ejecutar el script',
    cookieHeading: 'Cookies en document.cookie: {count}',
    storageHeading: 'Claves en el sessionStorage de esta pestaña: {count}',
    nothing: '(nada)',
    cookieMissing: 'No aparece: {name}, la cookie de sesión. Es HttpOnly, así que ningún script de la página puede leerla.',
    canStillUse:
      'Pero mientras la página está abierta, el script sí puede usar tu sesión: pidió GET /api/session y recibió tu huella {id} y tu token CSRF.',
    readLesson:
      'HttpOnly evita que roben el ID de sesión, no que lo usen. Por eso los datos importantes se quedan en el servidor, y ningún secreto debe ir en una cookie legible por scripts ni en sessionStorage (OWASP dice lo mismo). La cookie de la demo sin estado, lab_stateless, también es HttpOnly, así que tampoco aparece en la lista.',

    forgeTitle: 'Ponte role=admin en la cookie normal',
    forgeIntro:
      'lab_user es una copia que la página escribe para que la veas. Quién eres y tu rol viven en tu sesión del servidor, donde se escribieron al iniciar sesión. El servidor nunca mira esta cookie.',
    forgeButton: 'Escribir role=admin en lab_user y pedir la lista de administración',
    forgeCookieNow: 'Ahora lab_user dice: {value}',
    forgeAnswer: 'GET /api/admin/sessions respondió {status} {code}.',
    forgeRefused: 'Rechazado: el servidor tomó tu rol de tu sesión, no de la cookie.',
    forgeAllowed:
      'Permitido, porque has iniciado sesión como admin y así consta en tu sesión. Inicia sesión como alice y vuelve a probar para ver el rechazo.',
    forgeOpenAdmin: 'Abrir tú mismo la página de administración',

    tamperTitle: 'Editar la cookie de sesión sellada',
    tamperIntro:
      '{name} solo contiene tu ID de sesión, sellado con iron-session: cifrado y firmado con una clave que solo conoce el servidor. Cambia un solo carácter y la firma deja de coincidir, así que el servidor la trata como si no hubiera cookie y empieza una sesión nueva y vacía: sin sesión iniciada y con el carrito vacío.',
    tamperDevtools:
      'Pruébalo en tu navegador: abre las herramientas de desarrollo (F12), ve a Aplicación → Almacenamiento → Cookies → este sitio, haz doble clic en el valor de {name}, cambia un carácter y recarga. Perderás esta sesión, así que vuelve a iniciarla después. Un script de la página no puede hacerlo por ti: la cookie es HttpOnly.',
    tamperButton: 'Enviar al servidor una copia con un carácter cambiado',
    tamperYours: 'Tu sesión: {id}',
    tamperAnswered: 'La copia editada recibió una sesión nueva: {id}',
    tamperNote:
      'El servidor pasó la copia al mismo código que lee la cookie de cada petición. Tu sesión sigue intacta, y la nueva se borró al momento, porque nadie tiene su cookie.',

    csrfTitle: 'Escrituras desde otro sitio (CSRF)',
    csrfLax:
      'Nuestras cookies son SameSite=Lax. El navegador las sigue enviando cuando llegas desde otro sitio siguiendo un enlace (un GET de nivel superior), así que no pierdes la sesión. Pero no las envía con un formulario que otro sitio nos manda por POST, ni con las imágenes o llamadas fetch de ese sitio. Por eso un POST de formulario entre sitios llega sin tu sesión, y además nuestro servidor rechaza cualquier escritura cuyo Origin sea otro sitio.',
    csrfToken:
      'Un segundo candado: cada escritura en nuestra API debe llevar la cabecera X-CSRF-Token con el token de tu sesión. Otro sitio puede hacer que tu navegador envíe una petición, pero no puede leer el token ni elegir la cabecera Origin (la pone el navegador). Ninguna página puede falsificar esa cabecera, así que en lugar de montar un ataque, envía dos veces la misma escritura inofensiva y compara:',
    csrfWithout: 'Enviar una escritura sin el token',
    csrfWith: 'Enviarla con el token',
    csrfWithoutResult: 'PUT /api/language sin X-CSRF-Token: {status} {code}. {message}',
    csrfWithResult: 'PUT /api/language con X-CSRF-Token: {status}. Tu idioma sigue siendo {language}.',
    csrfLimit:
      'El token solo frena a otros sitios. Un script que se ejecuta en esta página puede leerlo, como se vio en el paso 1: lo primero es impedir el XSS.',
  },
});
