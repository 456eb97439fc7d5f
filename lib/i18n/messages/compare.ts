import { defineMessages } from '../define-messages';

/** /compare: the article's two tables, corrected, each row linked to the lab that proves it. */
export const compare = defineMessages({
  en: {
    localTable: 'Session vs localStorage',
    localIntro: 'localStorage is the fourth store, the one learners ask about. This app keeps your “Start here” progress in it.',
    colLocal: 'localStorage',
    localStored: 'In the browser, for one origin. It is never sent to the server: only scripts on the site’s pages read it.',
    localSharing:
      'Yes, live: every tab of the origin reads the same copy, and a write in one tab reaches the others at once (the storage event).',
    localLifetime: 'No expiry: it survives closing the browser and a logout alike, until a script or the visitor removes it.',
    navLink: 'Compare',
    title: 'Session, cookie, sessionStorage: the tables',
    intro:
      'Two tables you will find in many articles, with every row checked in a real browser. The last column links to the lab where you can watch the row come true.',
    colAspect: 'Aspect',
    colSession: 'Server session',
    colCookie: 'Cookie',
    colStorage: 'sessionStorage',
    colProof: 'See it',

    cookieTable: 'Session vs cookie',
    storageTable: 'Session vs sessionStorage',

    rowStored: 'Stored',
    rowSecurity: 'Security',
    rowCapacity: 'Capacity',
    rowLifetime: 'Lifetime',
    rowBestFor: 'Best for',
    rowScope: 'Scope',
    rowSharing: 'Shared between tabs',
    rowUses: 'Typical uses',
    rowCrossSite: 'From other sites',
    rowRevocation: 'Taking it back',

    sessionStored: 'On the server, in a store keyed by the session ID. The browser holds only the sealed ID.',
    cookieStored:
      'In the browser, and sent with the site’s own requests. A request that another site starts carries it only as its SameSite allows: a Strict cookie, never.',
    sessionSecurity: 'The data never leaves the server, and the ID’s cookie is HttpOnly: page scripts cannot read it.',
    cookieSecurity:
      'Page scripts can read and change it unless it is HttpOnly, and its owner can always edit it: the server must never trust what it says.',
    sessionCapacity:
      'As much as the app allows: here at most 80 KB, since every attribute has a cap. The store would take far more, but every request loads the whole session.',
    cookieCapacity:
      'At most 4096 bytes for a cookie’s name and value together; a bigger cookie is silently dropped. Its attributes (Path, Domain, Expires…) do not count toward that, but each attribute’s value may take at most 1024 bytes: a longer one is ignored, and the cookie is kept without it.',
    sessionLifetime: 'Until logout, revocation, or the idle or absolute timeout, which the server enforces whatever the browser keeps.',
    cookieLifetime:
      'Until its Max-Age or Expires; without them, it is meant to last until the browser closes. Logging out does not remove the other cookies.',
    sessionBestFor: 'Whatever the server must trust or be able to take back: login state, role, cart.',
    cookieBestFor: 'The session ID itself, and small preferences the server does not rely on.',

    sessionCrossSite:
      'Its ID rides in a Lax cookie: a link from another site lands logged in, while a forged form POST from there carries no session and is refused with 403.',
    cookieCrossSite:
      'Goes with another site’s requests as its SameSite says: Strict never, Lax only when a link or a GET form opens the page in the whole tab, None (with Secure) with a POST too, and with frames and images only where third-party cookies are allowed.',
    sessionRevocation:
      'The server ends a session when it must: “log out everywhere else” ends the user’s other sessions at once, and the one kept moves to a new ID.',
    cookieRevocation:
      'The server can replace or delete a cookie only in the browser that is asking; copies in the other browsers keep saying what they said.',

    storageStored: 'In the browser, for one tab and one origin. It is never sent to the server.',
    sessionScope: 'Every tab and window of the browser that holds the cookie, on every page of the site.',
    storageScope: 'One tab and one origin (scheme, host and port). A tab opened by a plain link starts empty.',
    storageLifetime: 'Until that tab closes, not the browser: it survives reloads, and closing one tab ends only that tab’s storage.',
    sessionSharing: 'Yes: every tab sees the same data at once.',
    storageSharing:
      'No live sharing. A tab opened with window.open starts with a copy of its opener’s, and from then on the two go their own ways.',
    storageSecurity: 'Not for anything sensitive: any script on the page reads all of it.',
    sessionUses: 'Login state, role, cart, permissions.',
    storageUses: 'Things only this tab needs: a half-filled form, which panel is open. A copy of the login goes stale at logout.',

    labTabs: 'Tabs lab',
    labLifetime: 'Lifetime lab',
    labCapacity: 'Capacity lab',
    labSecurity: 'Security lab',
    labStateless: 'Stateful vs stateless lab',
    labFixation: 'Session fixation lab',
    labCrossSite: 'Cross-site lab',
    labReauth: 'Re-authentication lab',

    fixesTitle: 'Common cheat-sheet mistakes, corrected',
    wrongLabel: 'Often written:',
    rightLabel: 'In fact:',
    fix1Wrong: '“sessionStorage is cleared when the browser closes.”',
    fix1Right: 'It is cleared when its tab closes. Close one tab and its storage is gone while the browser runs on.',
    fix2Wrong: '“Each tab has its own sessionStorage, so nothing is ever copied.”',
    fix2Right: 'A tab opened with window.open starts with a copy of its opener’s; a link with target="_blank" starts empty.',
    fix3Wrong: '“Cookies are readable by the client.”',
    fix3Right: 'Only those without HttpOnly are readable by page scripts. Our session cookie is not.',
    fix4Wrong: '“The session ends when the browser closes.”',
    fix4Right:
      'Its cookie is meant to end then, but the server cannot count on that. What ends the session is the server: logout, or its idle or absolute timeout.',
    fix5Wrong: '“Logging out clears what the site stored in the browser.”',
    fix5Right: 'Logout deletes the server session. Script-readable copies in cookies and sessionStorage stay until something removes them.',
    fixProof: 'Proof: {lab}',
  },
  ko: {
    localTable: '세션과 localStorage',
    localIntro: 'localStorage는 네 번째 저장소로, 배우는 사람들이 꼭 묻는 것입니다. 이 앱은 “여기서 시작” 진행 상황을 여기에 저장합니다.',
    colLocal: 'localStorage',
    localStored: '브라우저에, 출처(origin) 하나 단위로 있습니다. 서버로는 절대 전송되지 않고, 그 사이트 페이지의 스크립트만 읽습니다.',
    localSharing: '예, 실시간으로. 같은 출처의 모든 탭이 같은 사본을 읽고, 한 탭에서 쓰면 다른 탭에 바로 전해집니다(storage 이벤트).',
    localLifetime: '만료 시간이 없습니다. 브라우저를 닫아도, 로그아웃해도 남고, 스크립트나 방문자가 지울 때까지 있습니다.',
    navLink: '비교',
    title: '세션, 쿠키, sessionStorage 비교표',
    intro:
      '여러 글에서 볼 수 있는 두 비교표입니다. 모든 행을 실제 브라우저에서 확인했습니다. 마지막 열의 링크를 따라가면 그 행이 사실이 되는 모습을 실험실에서 직접 볼 수 있습니다.',
    colAspect: '항목',
    colSession: '서버 세션',
    colCookie: '쿠키',
    colStorage: 'sessionStorage',
    colProof: '직접 보기',

    cookieTable: '세션과 쿠키',
    storageTable: '세션과 sessionStorage',

    rowStored: '저장 위치',
    rowSecurity: '보안',
    rowCapacity: '용량',
    rowLifetime: '수명',
    rowBestFor: '알맞은 용도',
    rowScope: '범위',
    rowSharing: '탭 사이 공유',
    rowUses: '흔한 용도',
    rowCrossSite: '다른 사이트에서 온 요청',
    rowRevocation: '되돌리기',

    sessionStored: '서버에, 세션 ID를 키로 하는 저장소에 있습니다. 브라우저에는 봉인된 ID만 있습니다.',
    cookieStored:
      '브라우저에 있고, 그 사이트 자신의 요청에 실려 갑니다. 다른 사이트가 시작한 요청에는 SameSite가 허락할 때만 실리며, Strict 쿠키는 절대 실리지 않습니다.',
    sessionSecurity: '데이터가 서버를 떠나지 않고, ID를 담은 쿠키는 HttpOnly라서 페이지 스크립트가 읽을 수 없습니다.',
    cookieSecurity:
      'HttpOnly가 아니면 페이지 스크립트가 읽고 바꿀 수 있고, 주인은 언제든 고칠 수 있습니다. 서버는 쿠키에 적힌 내용을 절대 믿으면 안 됩니다.',
    sessionCapacity:
      '앱이 허락하는 만큼. 여기서는 속성마다 한도가 있어 최대 80KB입니다. 저장소는 훨씬 더 받아들이지만, 요청마다 세션 전체를 읽어 옵니다.',
    cookieCapacity:
      '쿠키 하나에 이름과 값을 합쳐 최대 4096바이트이며, 더 큰 쿠키는 아무 말 없이 버려집니다. 속성(Path, Domain, Expires 등)은 여기에 세지 않지만, 속성 하나의 값은 최대 1024바이트입니다. 더 긴 속성은 무시되고, 쿠키는 그 속성 없이 저장됩니다.',
    sessionLifetime:
      '로그아웃, 세션 폐기(다른 기기에서 끝내기), 또는 유휴·절대 시간 제한까지. 브라우저가 무엇을 남겨 두든 서버가 시간 제한을 지킵니다.',
    cookieLifetime:
      'Max-Age나 Expires까지. 둘 다 없으면 브라우저를 닫을 때까지 가는 것이 원래 의도입니다. 로그아웃해도 다른 쿠키는 지워지지 않습니다.',
    sessionBestFor: '서버가 믿어야 하거나 되돌릴 수 있어야 하는 것: 로그인 상태, 역할, 장바구니.',
    cookieBestFor: '세션 ID 자체, 그리고 서버가 의지하지 않는 작은 설정값.',

    sessionCrossSite:
      'ID는 Lax 쿠키에 실립니다. 다른 사이트의 링크로 오면 로그인된 채로 도착하지만, 그곳에서 위조한 폼 POST에는 세션이 실리지 않고 403으로 거절됩니다.',
    cookieCrossSite:
      'SameSite가 정한 대로 다른 사이트의 요청에 실려 갑니다. Strict는 절대 안 가고, Lax는 링크나 GET 폼이 탭 전체에 페이지를 열 때만, None(Secure 필요)은 POST에도 가며, 프레임과 이미지에는 서드파티 쿠키가 허용된 곳에서만 갑니다.',
    sessionRevocation:
      '서버가 필요할 때 세션을 끝냅니다. “다른 곳에서 모두 로그아웃하기”는 사용자의 다른 세션을 바로 끝내고, 남는 세션은 새 ID로 옮겨집니다.',
    cookieRevocation:
      '서버는 지금 요청하고 있는 브라우저에서만 쿠키를 바꾸거나 지울 수 있습니다. 다른 브라우저에 있는 사본은 원래 내용을 그대로 담고 있습니다.',

    storageStored: '브라우저에, 탭 하나와 출처(origin) 하나 단위로 있습니다. 서버로는 절대 전송되지 않습니다.',
    sessionScope: '쿠키를 가진 브라우저의 모든 탭과 창, 사이트의 모든 페이지.',
    storageScope: '탭 하나와 출처 하나(스킴, 호스트, 포트). 일반 링크로 연 탭은 비어 있는 상태로 시작합니다.',
    storageLifetime: '브라우저가 아니라 그 탭을 닫을 때까지. 새로고침해도 남아 있고, 탭 하나를 닫으면 그 탭의 저장소만 사라집니다.',
    sessionSharing: '예. 모든 탭이 같은 데이터를 동시에 봅니다.',
    storageSharing: '실시간 공유는 없습니다. window.open으로 연 탭은 여는 탭의 사본을 갖고 시작하고, 그다음부터는 각자 따로 움직입니다.',
    storageSecurity: '민감한 것은 무엇이든 넣으면 안 됩니다. 페이지의 어떤 스크립트든 전부 읽습니다.',
    sessionUses: '로그인 상태, 역할, 장바구니, 권한.',
    storageUses: '이 탭만 필요로 하는 것: 반쯤 채운 폼, 열어 둔 패널. 로그인 정보를 복사해 두면 로그아웃 뒤에 낡은 값이 됩니다.',

    labTabs: '탭 실험실',
    labLifetime: '수명 실험실',
    labCapacity: '용량 실험실',
    labSecurity: '보안 실험실',
    labStateless: '상태 저장 대 무상태 실험실',
    labFixation: '세션 고정 실험실',
    labCrossSite: '크로스 사이트 실험실',
    labReauth: '재인증 실험실',

    fixesTitle: '치트 시트에 흔한 실수, 바로잡기',
    wrongLabel: '흔히 쓰는 말:',
    rightLabel: '사실은:',
    fix1Wrong: '“sessionStorage는 브라우저를 닫으면 지워진다.”',
    fix1Right: '그 탭을 닫을 때 지워집니다. 탭 하나를 닫으면 브라우저가 계속 실행 중이어도 그 탭의 저장소는 사라집니다.',
    fix2Wrong: '“탭마다 sessionStorage가 따로 있으니 복사되는 일은 없다.”',
    fix2Right: 'window.open으로 연 탭은 여는 탭의 사본을 갖고 시작합니다. target="_blank" 링크로 연 탭은 비어 있는 상태로 시작합니다.',
    fix3Wrong: '“쿠키는 클라이언트가 읽을 수 있다.”',
    fix3Right: 'HttpOnly가 없는 쿠키만 페이지 스크립트가 읽을 수 있습니다. 우리 세션 쿠키는 읽을 수 없습니다.',
    fix4Wrong: '“브라우저를 닫으면 세션이 끝난다.”',
    fix4Right:
      '세션 쿠키는 원래 그때 끝나도록 만든 것이지만, 서버는 그것을 믿을 수 없습니다. 세션을 끝내는 것은 서버입니다. 로그아웃, 또는 유휴·절대 시간 제한입니다.',
    fix5Wrong: '“로그아웃하면 사이트가 브라우저에 저장한 것도 지워진다.”',
    fix5Right: '로그아웃은 서버 세션을 지웁니다. 쿠키와 sessionStorage에 있는 스크립트용 사본은 누군가 지울 때까지 남아 있습니다.',
    fixProof: '증명: {lab}',
  },
  es: {
    localTable: 'Sesión frente a localStorage',
    localIntro:
      'localStorage es el cuarto almacén, el que todo el que aprende pregunta. Esta aplicación guarda en él tu progreso de «Empieza aquí».',
    colLocal: 'localStorage',
    localStored: 'En el navegador, para un origen. Nunca se envía al servidor: solo lo leen los scripts de las páginas del sitio.',
    localSharing:
      'Sí, al momento: todas las pestañas del origen leen la misma copia, y lo que escribe una llega enseguida a las demás (el evento storage).',
    localLifetime:
      'No caduca: sobrevive igual al cierre del navegador que a un cierre de sesión, hasta que un script o el visitante lo borra.',
    navLink: 'Comparar',
    title: 'Sesión, cookie y sessionStorage: las tablas',
    intro:
      'Dos tablas que aparecen en muchos artículos, con cada fila comprobada en un navegador real. La última columna enlaza con el laboratorio donde puedes ver cómo se cumple esa fila.',
    colAspect: 'Aspecto',
    colSession: 'Sesión del servidor',
    colCookie: 'Cookie',
    colStorage: 'sessionStorage',
    colProof: 'Compruébalo',

    cookieTable: 'Sesión frente a cookie',
    storageTable: 'Sesión frente a sessionStorage',

    rowStored: 'Dónde se guarda',
    rowSecurity: 'Seguridad',
    rowCapacity: 'Capacidad',
    rowLifetime: 'Duración',
    rowBestFor: 'Ideal para',
    rowScope: 'Alcance',
    rowSharing: 'Compartida entre pestañas',
    rowUses: 'Usos típicos',
    rowCrossSite: 'Desde otros sitios',
    rowRevocation: 'Retirarla',

    sessionStored: 'En el servidor, en un almacén indexado por el ID de sesión. El navegador solo tiene el ID sellado.',
    cookieStored:
      'En el navegador, y viaja en las peticiones del propio sitio. Una petición que inicia otro sitio solo la lleva si su SameSite lo permite: una cookie Strict, nunca.',
    sessionSecurity: 'Los datos nunca salen del servidor, y la cookie del ID es HttpOnly: los scripts de la página no pueden leerla.',
    cookieSecurity:
      'Los scripts de la página pueden leerla y cambiarla si no es HttpOnly, y su dueño siempre puede editarla: el servidor nunca debe fiarse de lo que dice.',
    sessionCapacity:
      'Lo que permita la app: aquí 80 KB como máximo, porque cada atributo tiene un tope. El almacén admitiría mucho más, pero cada petición carga la sesión entera.',
    cookieCapacity:
      'Como máximo 4096 bytes entre el nombre y el valor de una cookie; una cookie más grande se descarta sin avisar. Sus atributos (Path, Domain, Expires…) no cuentan para ese límite, pero el valor de cada atributo ocupa como máximo 1024 bytes: uno más largo se ignora, y la cookie se guarda sin él.',
    sessionLifetime:
      'Hasta el cierre de sesión, la revocación o el límite de inactividad o el absoluto, que el servidor aplica guarde lo que guarde el navegador.',
    cookieLifetime:
      'Hasta su Max-Age o Expires; sin ellos, en principio dura hasta que se cierra el navegador. Cerrar sesión no borra las demás cookies.',
    sessionBestFor: 'Todo aquello de lo que el servidor deba fiarse o que deba poder retirar: sesión iniciada, rol, carrito.',
    cookieBestFor: 'El propio ID de sesión y pequeñas preferencias de las que el servidor no depende.',

    sessionCrossSite:
      'Su ID viaja en una cookie Lax: un enlace desde otro sitio llega con la sesión iniciada, mientras que un formulario POST falsificado desde allí no lleva sesión y se rechaza con 403.',
    cookieCrossSite:
      'Viaja con las peticiones de otro sitio según diga su SameSite: Strict nunca, Lax solo cuando un enlace o un formulario GET abre la página en toda la pestaña, None (con Secure) también con un POST, y con marcos e imágenes solo donde se permiten las cookies de terceros.',
    sessionRevocation:
      'El servidor termina una sesión cuando debe: «cerrar la sesión en todos los demás sitios» termina al instante las demás sesiones del usuario, y la que queda pasa a un ID nuevo.',
    cookieRevocation:
      'El servidor solo puede sustituir o borrar una cookie en el navegador que hace la petición; las copias en otros navegadores siguen diciendo lo que decían.',

    storageStored: 'En el navegador, para una pestaña y un origen. Nunca se envía al servidor.',
    sessionScope: 'Todas las pestañas y ventanas del navegador que tiene la cookie, en todas las páginas del sitio.',
    storageScope: 'Una pestaña y un origen (esquema, host y puerto). Una pestaña abierta con un enlace normal empieza vacía.',
    storageLifetime:
      'Hasta que se cierra esa pestaña, no el navegador: sobrevive a las recargas, y cerrar una pestaña solo borra el almacenamiento de esa pestaña.',
    sessionSharing: 'Sí: todas las pestañas ven los mismos datos a la vez.',
    storageSharing:
      'No se comparte en vivo. Una pestaña abierta con window.open empieza con una copia de la que la abrió, y desde ahí cada una va por su lado.',
    storageSecurity: 'No sirve para nada sensible: cualquier script de la página lo lee entero.',
    sessionUses: 'Sesión iniciada, rol, carrito, permisos.',
    storageUses:
      'Lo que solo necesita esta pestaña: un formulario a medio rellenar, qué panel está abierto. Una copia del usuario queda obsoleta al cerrar sesión.',

    labTabs: 'Laboratorio de pestañas',
    labLifetime: 'Laboratorio de duración',
    labCapacity: 'Laboratorio de capacidad',
    labSecurity: 'Laboratorio de seguridad',
    labStateless: 'Laboratorio con estado y sin estado',
    labFixation: 'Laboratorio de fijación de sesión',
    labCrossSite: 'Laboratorio entre sitios',
    labReauth: 'Laboratorio de volver a autenticarse',

    fixesTitle: 'Errores habituales de las chuletas, corregidos',
    wrongLabel: 'Se suele leer:',
    rightLabel: 'En realidad:',
    fix1Wrong: '«sessionStorage se borra al cerrar el navegador.»',
    fix1Right: 'Se borra al cerrar su pestaña. Cierra una pestaña y su almacenamiento desaparece aunque el navegador siga abierto.',
    fix2Wrong: '«Cada pestaña tiene su propio sessionStorage, así que nunca se copia nada.»',
    fix2Right:
      'Una pestaña abierta con window.open empieza con una copia del de la pestaña que la abrió; un enlace con target="_blank" empieza vacío.',
    fix3Wrong: '«El cliente puede leer las cookies.»',
    fix3Right: 'Solo las que no son HttpOnly las pueden leer los scripts de la página. Nuestra cookie de sesión no.',
    fix4Wrong: '«La sesión termina al cerrar el navegador.»',
    fix4Right:
      'Su cookie está pensada para terminar entonces, pero el servidor no puede contar con ello. Quien termina la sesión es el servidor: al cerrar sesión o al agotarse el límite de inactividad o el absoluto.',
    fix5Wrong: '«Cerrar sesión borra lo que el sitio guardó en el navegador.»',
    fix5Right:
      'Cerrar sesión borra la sesión del servidor. Las copias legibles por scripts en cookies y sessionStorage se quedan hasta que algo las borre.',
    fixProof: 'Prueba: {lab}',
  },
});
