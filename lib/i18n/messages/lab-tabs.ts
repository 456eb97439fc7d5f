import { defineMessages } from '../define-messages';

export const labTabs = defineMessages({
  en: {
    localName: 'localStorage',
    localIntro: 'As the contrast, it also writes the note into localStorage under lab:note (the last row below).',
    localHint:
      'localStorage is one copy for every tab of this site: save a note in another tab and its row changes here at once, while this tab’s sessionStorage keeps its own. It also survives closing the browser, and no request ever carries it.',
    title: 'Tabs: who shares what?',
    claim:
      'Every tab of this browser shares the server session and the cookies. sessionStorage belongs to one tab: a plain new tab starts with it empty; a tab opened with window.open starts with a copy, and from then on each goes its own way.',
    step1: '1. Write a note into all three stores',
    step1Intro:
      'The server keeps it as the session attribute labNote; this tab also writes it into the cookie lab_note and into its own sessionStorage under lab:note.',
    noteLabel: 'Note',
    noteHint: 'Up to {max} characters, for example your favourite colour.',
    save: 'Save the note in all three',
    saved: 'Saved “{note}” in the server session, in a cookie and in this tab’s sessionStorage.',
    noteInvalid: 'Write a note of 1 to {max} characters.',
    seesTitle: 'What this tab sees now',
    store: 'Store',
    value: 'Note',
    nothing: '(nothing)',
    sameNoteTabs: '{same} of {total} open tabs hold this same note in their sessionStorage.',
    sameNoteTabsEmpty: '{same} of {total} open tabs (this one included) have no note in their sessionStorage yet.',
    step2: '2. Open more tabs and compare',
    step2Intro: 'Open a tab each way, then look at the table above in each of them.',
    newTabLink: 'Open this page in a new tab (a plain link)',
    newTabHint:
      'A link with target="_blank" opens the new tab without a link back to this one (noopener), so its sessionStorage starts empty.',
    windowOpen: 'Open a copy with window.open',
    windowOpenHint:
      'window.open without noopener gives the new tab a copy of this tab’s sessionStorage. Change the note there: both tabs keep their own copy from then on.',
    popupBlocked: 'The browser blocked the new window. Allow pop-ups for this site and try again.',
    duplicateTitle: '“Duplicate tab”',
    duplicateText:
      'Right-click this tab’s title and choose Duplicate: the browser copies the tab with its history and its sessionStorage, like window.open. No page can press that for you, so try it yourself and read the table in the copy.',
    step3: '3. What to expect',
    expectCaption: 'What a new tab gets from this one',
    colPlain: 'Plain new tab',
    colWindowOpen: 'window.open',
    colDuplicate: 'Duplicate tab',
    shared: 'shared',
    startsEmpty: 'starts empty',
    startsCopy: 'starts as a copy, then its own',
    takeaway:
      'So keep in sessionStorage only what belongs to one tab (a half-filled form, a scroll position), never who the user is: that lives in the server session, which every tab reaches through the same cookie.',
  },
  ko: {
    localName: 'localStorage',
    localIntro: '비교를 위해 메모를 localStorage의 lab:note에도 씁니다(아래 표의 마지막 행).',
    localHint:
      'localStorage는 이 사이트의 모든 탭이 함께 쓰는 사본 하나입니다. 다른 탭에서 메모를 저장하면 여기의 그 행이 바로 바뀌지만, 이 탭의 sessionStorage는 자기 사본을 유지합니다. 브라우저를 닫아도 남고, 어떤 요청에도 실리지 않습니다.',
    title: '탭: 무엇을 함께 쓸까요?',
    claim:
      '이 브라우저의 모든 탭은 서버 세션과 쿠키를 함께 씁니다. sessionStorage는 탭 하나의 것입니다. 평범하게 연 새 탭은 빈 상태로 시작하고, window.open으로 연 탭은 복사본을 가지고 시작한 뒤 그때부터 각자의 길을 갑니다.',
    step1: '1. 세 저장소 모두에 메모 쓰기',
    step1Intro:
      '서버는 메모를 세션 속성 labNote로 보관합니다. 이 탭은 같은 메모를 쿠키 lab_note와 자기 sessionStorage의 lab:note에도 씁니다.',
    noteLabel: '메모',
    noteHint: '최대 {max}자. 예를 들어 좋아하는 색을 적어 보세요.',
    save: '세 곳 모두에 메모 저장',
    saved: '“{note}”을(를) 서버 세션, 쿠키, 이 탭의 sessionStorage에 저장했습니다.',
    noteInvalid: '1자에서 {max}자 사이로 메모를 적어 주세요.',
    seesTitle: '지금 이 탭에 보이는 것',
    store: '저장소',
    value: '메모',
    nothing: '(없음)',
    sameNoteTabs: '열린 탭 {total}개 중 {same}개의 sessionStorage에 같은 메모가 있습니다.',
    sameNoteTabsEmpty: '열린 탭 {total}개 중 {same}개(이 탭 포함)의 sessionStorage에는 아직 메모가 없습니다.',
    step2: '2. 탭을 더 열고 비교하기',
    step2Intro: '방법마다 탭을 하나씩 연 다음, 각 탭에서 위의 표를 살펴보세요.',
    newTabLink: '이 페이지를 새 탭에서 열기(평범한 링크)',
    newTabHint:
      'target="_blank" 링크는 이 탭으로 돌아오는 연결 없이(noopener) 새 탭을 엽니다. 그래서 새 탭의 sessionStorage는 비어 있습니다.',
    windowOpen: 'window.open으로 복사본 열기',
    windowOpenHint:
      'noopener 없이 window.open을 쓰면 새 탭이 이 탭의 sessionStorage 복사본을 받습니다. 그 탭에서 메모를 바꿔 보세요. 그때부터 두 탭은 각자의 복사본을 가집니다.',
    popupBlocked: '브라우저가 새 창을 막았습니다. 이 사이트의 팝업을 허용한 뒤 다시 시도하세요.',
    duplicateTitle: '“탭 복제”',
    duplicateText:
      '이 탭의 제목을 마우스 오른쪽 버튼으로 누르고 “복제”를 고르세요. 브라우저는 방문 기록과 sessionStorage까지 함께 탭을 복사합니다. window.open과 같습니다. 어떤 페이지도 이 버튼을 대신 누를 수 없으니 직접 해 보고 복사된 탭의 표를 확인하세요.',
    step3: '3. 예상 결과',
    expectCaption: '새 탭이 이 탭에서 받는 것',
    colPlain: '평범한 새 탭',
    colWindowOpen: 'window.open',
    colDuplicate: '탭 복제',
    shared: '함께 씀',
    startsEmpty: '빈 상태로 시작',
    startsCopy: '복사본으로 시작한 뒤 따로',
    takeaway:
      '그러니 sessionStorage에는 탭 하나에만 속하는 것(작성 중인 양식, 스크롤 위치)만 두고, 사용자가 누구인지는 절대 두지 마세요. 그것은 서버 세션에 있어야 하며, 모든 탭은 같은 쿠키로 서버 세션에 닿습니다.',
  },
  es: {
    localName: 'localStorage',
    localIntro: 'Como contraste, también escribe la nota en localStorage con la clave lab:note (la última fila de abajo).',
    localHint:
      'localStorage es una sola copia para todas las pestañas de este sitio: guarda una nota en otra pestaña y su fila cambia aquí al momento, mientras el sessionStorage de esta pestaña conserva la suya. Además sobrevive al cierre del navegador y ninguna petición lo lleva.',
    title: 'Pestañas: ¿quién comparte qué?',
    claim:
      'Todas las pestañas de este navegador comparten la sesión del servidor y las cookies. sessionStorage pertenece a una sola pestaña: una pestaña nueva normal empieza con él vacío; una abierta con window.open empieza con una copia y, a partir de ahí, cada una sigue su camino.',
    step1: '1. Escribe una nota en los tres almacenes',
    step1Intro:
      'El servidor la guarda como el atributo de sesión labNote; esta pestaña también la escribe en la cookie lab_note y en su propio sessionStorage, con la clave lab:note.',
    noteLabel: 'Nota',
    noteHint: 'Hasta {max} caracteres; por ejemplo, tu color favorito.',
    save: 'Guardar la nota en los tres',
    saved: 'Se guardó «{note}» en la sesión del servidor, en una cookie y en el sessionStorage de esta pestaña.',
    noteInvalid: 'Escribe una nota de 1 a {max} caracteres.',
    seesTitle: 'Lo que ve esta pestaña ahora',
    store: 'Almacén',
    value: 'Nota',
    nothing: '(nada)',
    sameNoteTabs: '{same} de {total} pestañas abiertas guardan esta misma nota en su sessionStorage.',
    sameNoteTabsEmpty: '{same} de {total} pestañas abiertas (esta incluida) aún no tienen nota en su sessionStorage.',
    step2: '2. Abre más pestañas y compara',
    step2Intro: 'Abre una pestaña de cada forma y mira la tabla de arriba en cada una.',
    newTabLink: 'Abrir esta página en una pestaña nueva (un enlace normal)',
    newTabHint:
      'Un enlace con target="_blank" abre la pestaña nueva sin vínculo con esta (noopener), así que su sessionStorage empieza vacío.',
    windowOpen: 'Abrir una copia con window.open',
    windowOpenHint:
      'window.open sin noopener le da a la pestaña nueva una copia del sessionStorage de esta. Cambia la nota allí: desde ese momento cada pestaña conserva su propia copia.',
    popupBlocked: 'El navegador bloqueó la ventana nueva. Permite las ventanas emergentes de este sitio y vuelve a intentarlo.',
    duplicateTitle: '«Duplicar pestaña»',
    duplicateText:
      'Haz clic derecho en el título de esta pestaña y elige Duplicar: el navegador copia la pestaña con su historial y su sessionStorage, igual que window.open. Ninguna página puede pulsar eso por ti, así que pruébalo tú y mira la tabla en la copia.',
    step3: '3. Qué esperar',
    expectCaption: 'Lo que una pestaña nueva recibe de esta',
    colPlain: 'Pestaña nueva normal',
    colWindowOpen: 'window.open',
    colDuplicate: 'Duplicar pestaña',
    shared: 'se comparte',
    startsEmpty: 'empieza vacío',
    startsCopy: 'empieza con una copia y luego va por libre',
    takeaway:
      'Por eso, guarda en sessionStorage solo lo que pertenece a una pestaña (un formulario a medias, la posición del scroll) y nunca quién es el usuario: eso vive en la sesión del servidor, a la que todas las pestañas llegan con la misma cookie.',
  },
});
