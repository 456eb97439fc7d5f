import { defineMessages } from '../define-messages';

/** /lab/stateless: our server store next to iron-session's sealed-data cookie. */
export const labStateless = defineMessages({
  en: {
    title: 'Stateful vs stateless sessions',
    claim:
      'Our sessions are stateful: the cookie carries only a sealed ID, and the data lives in the server’s store. A stateless session seals the data itself into the cookie, so the server keeps nothing. That needs no store, but the server cannot take back a cookie it handed out, the data must fit in 4 KB, and requests that change it at the same time lose writes.',

    nowTitle: 'The two cookies in this browser',
    colWhat: 'What',
    colOurs: 'Our session',
    colStateless: 'Stateless session',
    rowCookie: 'Cookie',
    rowHolds: 'It holds',
    holdsOurs: 'a sealed session ID ({bytes})',
    holdsStateless: 'the sealed data itself ({bytes})',
    holdsNothing: 'no cookie yet',
    rowData: 'Where the data lives',
    dataOurs: 'on the server, in its store',
    dataStateless: 'inside the cookie; the server keeps nothing',
    rowSignedIn: 'Logged in as',
    nobody: 'nobody',
    rowValid: 'Valid until',
    validOurs: 'logout, revocation, or the idle or absolute timeout',
    validStateless: '{time} (one hour after its last save), whatever happens on the server',
    made: 'The stateless cookie is made with iron-session 8, the way its own examples do it, and is as locked down as ours: HttpOnly, SameSite=Lax, and Secure in production. Its key is derived from our secret but is not the same key.',

    signInTitle: 'Log in to both',
    signInHow:
      'In a stateless app, logging in means sealing the user into the cookie (session.user = user, then session.save()). Nothing is written on the server.',
    signInFirst: 'Log in first (as alice or admin), then come back: this button copies that login into the stateless cookie.',
    signInButton: 'Log in to the stateless demo as {name}',
    signedIn: 'The stateless cookie now says you are {name}.',

    replayTitle: 'Log out, then replay the old cookies',
    replayIntro:
      'Someone who copied your cookies (a shared computer, a leaked log, malware) can send them again later. Press the button: the server keeps copies of both cookies of this request, logs you out of both, then opens the copies the way it opens any request’s cookie.',
    replayButton: 'Log out of both and replay the copies',
    replayOursGone: 'Our cookie, replayed: opens nothing. The session was deleted on the server.',
    replayOursAlive: 'Our cookie, replayed: still opens a session.',
    replayStatelessUser:
      'Stateless cookie, replayed: still logged in as {name}, until {time}. destroy() only asked this browser to delete its copy.',
    replayStatelessNobody: 'Stateless cookie, replayed: logged in as nobody (it was not logged in to begin with).',
    replayCurl:
      'Replay it for real from a terminal: copy the value of lab_stateless from the developer tools (Application → Storage → Cookies) before you press the button, then run:',
    replayCurlResult: 'Until the time above, the answer’s "stateless" part still names you; its "server" part does not.',

    revokeTitle: 'End it from another device',
    revokeIntro:
      'Left your account logged in on a library computer? With our sessions, open My sessions on any other device and end that session: its row is deleted, and its cookie opens nothing from the next request on.',
    revokeCount: 'Live sessions of {name} that the server can list, and end, right now: {count}.',
    revokeLink: 'Open My sessions',
    revokeStateless:
      'A stateless login leaves no record on the server, so there is nothing to list and nothing to end. Until its time runs out, the only way to stop it is to change the key, which signs everybody out. iron-session’s maintainers call this behaviour “by design”.',

    sizeTitle: 'The 4 KB ceiling',
    sizeIntro:
      'Browsers keep a cookie only if its name and value together take at most 4096 bytes (its attributes, such as Path or Expires, do not count; an attribute whose value passes 1024 bytes is ignored), and send every cookie with every request. Sealing adds weight: the data is encrypted, signed and base64-encoded, so about 2.8 KB of data already fills 4 KB. iron-session refuses to save a bigger cookie; our store takes the same data easily.',
    sizeLabel: 'Size of the note',
    sizeButton: 'Store the note in both',
    sizeRemove: 'Remove the note from both',
    sizeServer: 'Server session: stored {bytes} in the labStatelessNote attribute.',
    sizeCookieStored: 'Stateless cookie: stored. The cookie is now {cookie}.',
    sizeCookieRefused: 'Stateless cookie: refused. iron-session said: “{error}”',
    sizeRemoved: 'The note is gone from both.',

    raceTitle: 'Two tabs racing',
    raceIntro:
      'Each request carries the cookie as it was when the request left the browser. When several requests change a cart held in a cookie at the same time, each adds to the same old cart, and the last answer to arrive overwrites the others. Our store makes each change inside one transaction, on the cart as stored at that moment.',
    raceLabel: 'Requests at once',
    raceButton: 'Add one pencil per request, all at once, to each cart',
    raceCookie: 'Cart in the stateless cookie: sent {sent}, kept {count}, lost {lost}.',
    raceServer: 'Cart in our server session: sent {sent}, kept {count}, lost {lost}.',
    raceFailed: 'Requests that failed: {count}.',
    raceWhy:
      'Two real tabs do the same, only more rarely: it takes two clicks within the same few milliseconds. This button starts from two empty carts and sends all the cookie requests at once, then all the server requests at once.',
  },
  ko: {
    title: '상태 저장 세션과 무상태 세션',
    claim:
      '우리 세션은 상태를 저장합니다(stateful). 쿠키에는 봉인된 ID만 있고, 데이터는 서버의 저장소에 있습니다. 무상태(stateless) 세션은 데이터 자체를 봉인해 쿠키에 넣으므로 서버는 아무것도 보관하지 않습니다. 저장소가 필요 없다는 장점은 있지만, 서버는 한번 내준 쿠키를 되돌릴 수 없고, 데이터는 4KB 안에 들어가야 하며, 동시에 바꾸는 요청들은 서로의 쓰기를 잃어버립니다.',

    nowTitle: '이 브라우저에 있는 두 쿠키',
    colWhat: '항목',
    colOurs: '우리 세션',
    colStateless: '무상태 세션',
    rowCookie: '쿠키',
    rowHolds: '담긴 것',
    holdsOurs: '봉인된 세션 ID({bytes})',
    holdsStateless: '봉인된 데이터 자체({bytes})',
    holdsNothing: '아직 쿠키 없음',
    rowData: '데이터가 있는 곳',
    dataOurs: '서버의 저장소',
    dataStateless: '쿠키 안. 서버는 아무것도 보관하지 않음',
    rowSignedIn: '로그인한 사용자',
    nobody: '없음',
    rowValid: '유효 기간',
    validOurs: '로그아웃, 세션 폐기(다른 기기에서 끝내기), 또는 유휴·절대 시간 제한까지',
    validStateless: '{time}까지(마지막 저장 후 1시간). 서버에서 무슨 일이 있어도 마찬가지',
    made: '무상태 쿠키는 iron-session 8의 공식 예제와 같은 방식으로 만들었고, 우리 쿠키만큼 단단히 잠가 두었습니다. HttpOnly, SameSite=Lax이고, 프로덕션에서는 Secure입니다. 키는 우리 비밀 값에서 유도하지만 같은 키는 아닙니다.',

    signInTitle: '두 곳 모두에 로그인하기',
    signInHow:
      '무상태 앱에서 로그인이란 사용자를 쿠키에 봉인해 넣는 것입니다(session.user = user 다음에 session.save()). 서버에는 아무것도 쓰지 않습니다.',
    signInFirst: '먼저 alice나 admin으로 로그인한 뒤 돌아오세요. 이 버튼은 그 로그인을 무상태 쿠키에 복사합니다.',
    signInButton: '{name}(으)로 무상태 데모에 로그인하기',
    signedIn: '이제 무상태 쿠키는 여러분이 {name}이라고 말합니다.',

    replayTitle: '로그아웃한 뒤 예전 쿠키 다시 보내기',
    replayIntro:
      '여러분의 쿠키를 복사해 간 사람(공용 컴퓨터, 유출된 로그, 악성 코드)은 나중에 그 쿠키를 다시 보낼 수 있습니다. 버튼을 누르면 서버가 이 요청의 두 쿠키 사본을 챙겨 둔 뒤, 두 곳 모두에서 로그아웃시키고, 여느 요청의 쿠키를 열 때와 똑같이 사본을 열어 봅니다.',
    replayButton: '두 곳 모두 로그아웃하고 사본 다시 보내기',
    replayOursGone: '다시 보낸 우리 쿠키: 아무것도 열지 못합니다. 세션이 서버에서 지워졌습니다.',
    replayOursAlive: '다시 보낸 우리 쿠키: 아직 세션이 열립니다.',
    replayStatelessUser:
      '다시 보낸 무상태 쿠키: {time}까지 여전히 {name}(으)로 로그인된 상태입니다. destroy()는 이 브라우저에게 자기 사본을 지우라고 부탁했을 뿐입니다.',
    replayStatelessNobody: '다시 보낸 무상태 쿠키: 로그인한 사용자가 없습니다(처음부터 로그인하지 않았습니다).',
    replayCurl:
      '터미널에서 실제로 다시 보내 보세요. 버튼을 누르기 전에 개발자 도구의 애플리케이션 → 저장용량 → 쿠키에서 lab_stateless 값을 복사해 두고, 다음을 실행합니다.',
    replayCurlResult: '위 시각까지는 응답의 "stateless" 부분에 여전히 여러분 이름이 있고, "server" 부분에는 없습니다.',

    revokeTitle: '다른 기기에서 세션 끝내기',
    revokeIntro:
      '도서관 컴퓨터에 로그인한 채로 두고 왔나요? 우리 세션이라면 다른 기기에서 내 세션 페이지를 열고 그 세션을 끝내면 됩니다. 해당 행이 지워지고, 다음 요청부터 그 쿠키로는 아무것도 열리지 않습니다.',
    revokeCount: '지금 서버는 {name}의 살아 있는 세션 {count}개를 나열할 수 있고, 그중 무엇이든 끝낼 수 있습니다.',
    revokeLink: '내 세션 열기',
    revokeStateless:
      '무상태 로그인은 서버에 기록을 남기지 않으므로, 나열할 것도 끝낼 것도 없습니다. 시간이 다 될 때까지 막는 유일한 방법은 키를 바꾸는 것인데, 그러면 모든 사람이 로그아웃됩니다. iron-session 관리자들은 이 동작을 “설계상 의도된 것”이라고 말합니다.',

    sizeTitle: '4KB 한계',
    sizeIntro:
      '브라우저는 이름과 값을 합쳐 4096바이트 이하인 쿠키만 보관하고(Path나 Expires 같은 속성은 세지 않으며, 값이 1024바이트를 넘는 속성은 무시됩니다), 모든 요청에 모든 쿠키를 실어 보냅니다. 봉인하면 크기가 늘어납니다. 데이터를 암호화하고 서명한 뒤 base64로 인코딩하므로, 데이터가 2.8KB 정도만 돼도 4KB가 찹니다. iron-session은 그보다 큰 쿠키는 저장하지 않으며, 우리 저장소는 같은 데이터를 쉽게 받아들입니다.',
    sizeLabel: '메모 크기',
    sizeButton: '두 곳에 메모 저장하기',
    sizeRemove: '두 곳에서 메모 지우기',
    sizeServer: '서버 세션: labStatelessNote 속성에 {bytes}를 저장했습니다.',
    sizeCookieStored: '무상태 쿠키: 저장했습니다. 쿠키 크기는 이제 {cookie}입니다.',
    sizeCookieRefused: '무상태 쿠키: 거절되었습니다. iron-session의 메시지: “{error}”',
    sizeRemoved: '두 곳 모두에서 메모를 지웠습니다.',

    raceTitle: '두 탭의 경쟁',
    raceIntro:
      '각 요청은 브라우저를 떠나는 순간의 쿠키를 싣고 갑니다. 쿠키에 담긴 장바구니를 여러 요청이 동시에 바꾸면, 모두 같은 예전 장바구니에 상품을 더하고, 마지막에 도착한 응답이 나머지를 덮어씁니다. 우리 저장소는 변경마다 하나의 트랜잭션 안에서, 그 순간 저장된 장바구니를 바탕으로 처리합니다.',
    raceLabel: '동시에 보낼 요청 수',
    raceButton: '요청마다 연필 하나씩, 두 장바구니에 한꺼번에 담기',
    raceCookie: '무상태 쿠키의 장바구니: 요청 {sent}개, 남은 연필 {count}개, 사라진 연필 {lost}개.',
    raceServer: '서버 세션의 장바구니: 요청 {sent}개, 남은 연필 {count}개, 사라진 연필 {lost}개.',
    raceFailed: '요청 {count}개가 실패했습니다.',
    raceWhy:
      '실제 두 탭에서도 똑같은 일이 일어나지만 더 드물게 일어납니다. 몇 밀리초 안에 두 번 눌러야 하기 때문입니다. 이 버튼은 두 장바구니를 비운 상태에서 시작해, 쿠키 요청을 한꺼번에 보낸 다음 서버 요청을 한꺼번에 보냅니다.',
  },
  es: {
    title: 'Sesiones con estado y sin estado',
    claim:
      'Nuestras sesiones tienen estado: la cookie solo lleva un ID sellado y los datos viven en el almacén del servidor. Una sesión sin estado sella los propios datos dentro de la cookie, así que el servidor no guarda nada. No necesita almacén, pero el servidor no puede retirar una cookie que ya entregó, los datos deben caber en 4 KB y las peticiones que la cambian a la vez pierden escrituras.',

    nowTitle: 'Las dos cookies de este navegador',
    colWhat: 'Qué',
    colOurs: 'Nuestra sesión',
    colStateless: 'Sesión sin estado',
    rowCookie: 'Cookie',
    rowHolds: 'Contiene',
    holdsOurs: 'un ID de sesión sellado ({bytes})',
    holdsStateless: 'los propios datos, sellados ({bytes})',
    holdsNothing: 'todavía no hay cookie',
    rowData: 'Dónde viven los datos',
    dataOurs: 'en el servidor, en su almacén',
    dataStateless: 'dentro de la cookie; el servidor no guarda nada',
    rowSignedIn: 'Sesión iniciada como',
    nobody: 'nadie',
    rowValid: 'Válida hasta',
    validOurs: 'el cierre de sesión, la revocación o el límite de inactividad o el absoluto',
    validStateless: '{time} (una hora después de guardarla por última vez), pase lo que pase en el servidor',
    made: 'La cookie sin estado se crea con iron-session 8, como en sus propios ejemplos, y está tan protegida como la nuestra: HttpOnly, SameSite=Lax y Secure en producción. Su clave se deriva de nuestro secreto, pero no es la misma clave.',

    signInTitle: 'Inicia sesión en las dos',
    signInHow:
      'En una app sin estado, iniciar sesión significa sellar el usuario dentro de la cookie (session.user = user y luego session.save()). En el servidor no se escribe nada.',
    signInFirst: 'Primero inicia sesión (como alice o admin) y vuelve: este botón copia ese inicio de sesión en la cookie sin estado.',
    signInButton: 'Iniciar sesión en la demo sin estado como {name}',
    signedIn: 'Ahora la cookie sin estado dice que eres {name}.',

    replayTitle: 'Cierra sesión y reenvía las cookies viejas',
    replayIntro:
      'Quien haya copiado tus cookies (un ordenador compartido, un registro filtrado, un malware) puede volver a enviarlas más tarde. Pulsa el botón: el servidor guarda copias de las dos cookies de esta petición, cierra tu sesión en ambas y después abre las copias igual que abre la cookie de cualquier petición.',
    replayButton: 'Cerrar sesión en las dos y reenviar las copias',
    replayOursGone: 'Nuestra cookie, reenviada: no abre nada. La sesión se borró en el servidor.',
    replayOursAlive: 'Nuestra cookie, reenviada: todavía abre una sesión.',
    replayStatelessUser:
      'Cookie sin estado, reenviada: sigue con la sesión iniciada como {name} hasta el {time}. destroy() solo le pidió a este navegador que borrara su copia.',
    replayStatelessNobody: 'Cookie sin estado, reenviada: no hay nadie con la sesión iniciada (no la había desde el principio).',
    replayCurl:
      'Reenvíala de verdad desde una terminal: antes de pulsar el botón, copia el valor de lab_stateless en las herramientas de desarrollo, en Aplicación → Almacenamiento → Cookies, y luego ejecuta:',
    replayCurlResult: 'Hasta la hora indicada, la parte "stateless" de la respuesta sigue diciendo tu nombre; la parte "server", no.',

    revokeTitle: 'Terminarla desde otro dispositivo',
    revokeIntro:
      '¿Dejaste tu cuenta abierta en un ordenador de la biblioteca? Con nuestras sesiones, abre Mis sesiones en cualquier otro dispositivo y termina esa sesión: su fila se borra y su cookie no abre nada desde la siguiente petición.',
    revokeCount: 'Sesiones activas de {name} que el servidor puede listar, y terminar, ahora mismo: {count}.',
    revokeLink: 'Abrir Mis sesiones',
    revokeStateless:
      'Un inicio de sesión sin estado no deja ningún registro en el servidor, así que no hay nada que listar ni que terminar. Hasta que caduque, la única forma de pararlo es cambiar la clave, lo que cierra la sesión de todo el mundo. Los mantenedores de iron-session dicen que este comportamiento es «intencionado».',

    sizeTitle: 'El techo de 4 KB',
    sizeIntro:
      'Los navegadores solo guardan una cookie si su nombre y su valor juntos ocupan 4096 bytes como máximo (sus atributos, como Path o Expires, no cuentan; un atributo cuyo valor pasa de 1024 bytes se ignora), y envían todas las cookies en cada petición. Sellar añade peso: los datos se cifran, se firman y se codifican en base64, así que unos 2,8 KB de datos ya llenan 4 KB. iron-session se niega a guardar una cookie más grande; nuestro almacén acepta los mismos datos sin problema.',
    sizeLabel: 'Tamaño de la nota',
    sizeButton: 'Guardar la nota en las dos',
    sizeRemove: 'Quitar la nota de las dos',
    sizeServer: 'Sesión del servidor: se guardaron {bytes} en el atributo labStatelessNote.',
    sizeCookieStored: 'Cookie sin estado: guardada. Ahora la cookie ocupa {cookie}.',
    sizeCookieRefused: 'Cookie sin estado: rechazada. iron-session dijo: «{error}»',
    sizeRemoved: 'La nota ya no está en ninguna de las dos.',

    raceTitle: 'Dos pestañas compitiendo',
    raceIntro:
      'Cada petición lleva la cookie tal como estaba cuando salió del navegador. Cuando varias peticiones cambian a la vez un carrito guardado en una cookie, todas añaden al mismo carrito viejo, y la última respuesta en llegar sobrescribe a las demás. Nuestro almacén hace cada cambio dentro de una transacción, sobre el carrito tal como está guardado en ese momento.',
    raceLabel: 'Peticiones a la vez',
    raceButton: 'Añadir un lápiz por petición, todas a la vez, a cada carrito',
    raceCookie: 'Carrito en la cookie sin estado: enviados {sent}, guardados {count}, perdidos {lost}.',
    raceServer: 'Carrito en nuestra sesión del servidor: enviados {sent}, guardados {count}, perdidos {lost}.',
    raceFailed: 'Peticiones que fallaron: {count}.',
    raceWhy:
      'Con dos pestañas de verdad pasa lo mismo, solo que con menos frecuencia: hacen falta dos clics en los mismos pocos milisegundos. Este botón parte de dos carritos vacíos y envía todas las peticiones de la cookie a la vez, y después todas las del servidor a la vez.',
  },
});
