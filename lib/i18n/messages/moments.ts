import { defineMessages } from '../define-messages';

/** The dashboard's short notes when a lesson happens, and presenting mode. */
export const moments = defineMessages({
  en: {
    notesLabel: 'What just happened',
    logout:
      'You logged out: the server forgot you (its session is deleted). The copies in this browser’s cookie and sessionStorage remain, and the server never trusts them.',
    expired:
      'The server ended your session (timeout). Its data is gone on the server; the browser copies below are only copies, and the server never trusts them.',
    login:
      'You logged in: the same session now has a new ID ({previous} → {session}). Cart and language stayed; an ID stolen before login is worthless.',
    newTab:
      'This tab’s sessionStorage is empty while the cookie copies are here: each tab has its own sessionStorage. The cookie and the server session are shared by every tab.',
    windowOpen:
      'This tab was opened with window.open from another tab, so it started with a copy of that tab’s sessionStorage. From now on the two copies change separately.',
    languageElsewhere:
      'Another tab changed the language: the server session and the cookie changed for every tab, but this tab’s sessionStorage still holds its own copy until this tab acts.',
    dismiss: 'Dismiss',
    changedThisTab: 'Just changed, in this tab',
    changedOtherTab: 'Just changed, in another tab',
    changedServer: 'Just changed, by the server (expiry or revocation)',
    presenting: 'Presenting mode',
    presentingNote: 'Large type, the three stores side by side. Kept in this tab’s sessionStorage: other tabs are not affected.',
  },
  ko: {
    notesLabel: '방금 일어난 일',
    logout:
      '로그아웃했습니다. 서버는 여러분을 잊었습니다(세션이 삭제되었습니다). 이 브라우저의 쿠키와 sessionStorage에 있는 복사본은 남아 있지만, 서버는 그것을 절대 믿지 않습니다.',
    expired:
      '서버가 세션을 종료했습니다(제한 시간 초과). 서버의 데이터는 사라졌습니다. 아래의 브라우저 복사본은 복사본일 뿐이며, 서버는 그것을 절대 믿지 않습니다.',
    login:
      '로그인했습니다. 같은 세션이 새 ID를 받았습니다({previous} → {session}). 장바구니와 언어는 그대로이며, 로그인 전에 도난당한 ID는 쓸모가 없습니다.',
    newTab:
      '쿠키 복사본은 있는데 이 탭의 sessionStorage는 비어 있습니다. 탭마다 sessionStorage가 따로 있기 때문입니다. 쿠키와 서버 세션은 모든 탭이 함께 씁니다.',
    windowOpen:
      '이 탭은 다른 탭에서 window.open으로 열렸기 때문에 그 탭의 sessionStorage 복사본을 가지고 시작했습니다. 이제부터 두 복사본은 따로 바뀝니다.',
    languageElsewhere:
      '다른 탭에서 언어를 바꿨습니다. 서버 세션과 쿠키는 모든 탭에서 바뀌었지만, 이 탭의 sessionStorage는 이 탭에서 무언가 하기 전까지 자기 복사본을 유지합니다.',
    dismiss: '닫기',
    changedThisTab: '방금 이 탭에서 바뀌었습니다',
    changedOtherTab: '방금 다른 탭에서 바뀌었습니다',
    changedServer: '방금 서버가 바꿨습니다(만료 또는 강제 종료)',
    presenting: '발표 모드',
    presentingNote: '큰 글자로 세 저장소를 나란히 보여 줍니다. 이 탭의 sessionStorage에 저장되므로 다른 탭에는 영향이 없습니다.',
  },
  es: {
    notesLabel: 'Lo que acaba de pasar',
    logout:
      'Cerraste sesión: el servidor te olvidó (su sesión está borrada). Las copias en la cookie y el sessionStorage de este navegador siguen ahí, y el servidor nunca confía en ellas.',
    expired:
      'El servidor terminó tu sesión (tiempo agotado). Sus datos ya no están en el servidor; las copias del navegador de abajo son solo copias, y el servidor nunca confía en ellas.',
    login:
      'Iniciaste sesión: la misma sesión tiene ahora un ID nuevo ({previous} → {session}). El carrito y el idioma se quedaron; un ID robado antes del inicio de sesión ya no sirve.',
    newTab:
      'El sessionStorage de esta pestaña está vacío aunque las copias de la cookie están aquí: cada pestaña tiene su propio sessionStorage. La cookie y la sesión del servidor las comparten todas las pestañas.',
    windowOpen:
      'Esta pestaña se abrió con window.open desde otra, así que empezó con una copia del sessionStorage de aquella. A partir de ahora las dos copias cambian por separado.',
    languageElsewhere:
      'Otra pestaña cambió el idioma: la sesión del servidor y la cookie cambiaron para todas las pestañas, pero el sessionStorage de esta pestaña conserva su propia copia hasta que esta pestaña haga algo.',
    dismiss: 'Cerrar',
    changedThisTab: 'Acaba de cambiar, en esta pestaña',
    changedOtherTab: 'Acaba de cambiar, en otra pestaña',
    changedServer: 'Acaba de cambiar, por el servidor (caducidad o revocación)',
    presenting: 'Modo presentación',
    presentingNote:
      'Letra grande y los tres almacenes lado a lado. Se guarda en el sessionStorage de esta pestaña: las demás pestañas no cambian.',
  },
});
