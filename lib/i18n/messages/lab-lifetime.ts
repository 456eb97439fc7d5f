import { defineMessages } from '../define-messages';

export const labLifetime = defineMessages({
  en: {
    rowLocal: 'localStorage, like lab:note',
    keptNoExpiry: 'kept: it has no expiry',
    localContrast:
      'localStorage is the contrast: it has no expiry, so it survives a restart and a logout alike. Only a script, or you clearing the site’s data, removes it; the server cannot, because no request carries it.',
    title: 'Lifetime: who decides when a session ends?',
    claim:
      'The server does. A session ends when nothing was requested for its idle timeout, or at its absolute timeout, whichever comes first, and whatever the browser still keeps.',
    previousGone: 'Session {previous} is gone for good. This request started a new one: {current}.',
    step1: '1. Shorten the idle timeout and watch the session end',
    step1Intro:
      'Pick a short idle timeout for this session only. Then keep your hands off this site: no clicks, no reloads, no other tabs.',
    secondsLabel: 'Idle timeout for this session',
    secondsOption: { one: '{count} second', other: '{count} seconds' },
    defaultOption: '{seconds} (this server’s default)',
    set: 'Set the idle timeout',
    setDone: 'Done: this session now ends after {seconds} without a request.',
    setInvalid: 'Choose one of the offered timeouts.',
    watching:
      'Any request from any tab of this site counts as activity and starts the countdown again. This page asks the server nothing while you wait: it only listens, so watching does not keep the session alive.',
    step2: '2. The absolute timeout',
    absoluteText:
      'This server also ends every session {hours} hours after it was created, busy or not. Activity never moves that deadline, so a stolen cookie stops working then at the latest.',
    step3: '3. Restart the browser',
    restartIntro: 'Closing the browser is not logging out. What survives a restart depends on the store, and on a browser setting.',
    restartCaption: 'What each store holds after the browser starts again',
    colStore: 'Store',
    colPlain: 'Browser closed and started again',
    colContinue: 'With “Continue where you left off”',
    rowSessionCookie: 'Session cookie without Max-Age, like {name}',
    rowMaxAgeCookie: 'Cookie with a Max-Age, like lab_note',
    rowStorage: 'sessionStorage',
    rowServer: 'Server session',
    deleted: 'deleted',
    keptUntilDate: 'kept until its date',
    keptRestored: 'kept: the browser restores it',
    restoredWithTab: 'restored with its tab',
    serverCell: 'untouched: it ends at its own idle or absolute timeout',
    restartTakeaway:
      'With “Continue where you left off” a browser-session cookie can live for weeks. The only end you control is the one the server enforces, so keep its timeouts short and check them on every request.',
  },
  ko: {
    rowLocal: 'localStorage (예: lab:note)',
    keptNoExpiry: '남음: 만료 시간이 없음',
    localContrast:
      'localStorage는 대조가 되는 예입니다. 만료 시간이 없어서 브라우저를 다시 시작해도, 로그아웃해도 남습니다. 스크립트나 여러분이 사이트 데이터를 지울 때만 사라집니다. 어떤 요청에도 실리지 않으므로 서버는 지울 수 없습니다.',
    title: '수명: 세션이 언제 끝날지 누가 정할까요?',
    claim:
      '서버가 정합니다. 유휴 제한 시간 동안 요청이 없거나 절대 제한 시간에 이르면, 둘 중 먼저 오는 때에 세션이 끝납니다. 브라우저가 무엇을 아직 가지고 있든 상관없습니다.',
    previousGone: '세션 {previous}은(는) 완전히 사라졌습니다. 이번 요청에서 새 세션이 시작되었습니다: {current}.',
    step1: '1. 유휴 제한 시간을 줄이고 세션이 끝나는 것 지켜보기',
    step1Intro:
      '이 세션에만 적용할 짧은 유휴 제한 시간을 고르세요. 그리고 이 사이트에서 손을 떼세요. 클릭도, 새로 고침도, 다른 탭도 안 됩니다.',
    secondsLabel: '이 세션의 유휴 제한 시간',
    secondsOption: { other: '{count}초' },
    defaultOption: '{seconds}(이 서버의 기본값)',
    set: '유휴 제한 시간 설정',
    setDone: '완료: 이제 이 세션은 {seconds} 동안 요청이 없으면 끝납니다.',
    setInvalid: '제시된 제한 시간 중 하나를 고르세요.',
    watching:
      '이 사이트의 어느 탭에서든 요청이 있으면 활동으로 치고 카운트다운이 처음부터 다시 시작됩니다. 기다리는 동안 이 페이지는 서버에 아무것도 묻지 않고 듣기만 합니다. 그래서 지켜본다고 세션이 연장되지 않습니다.',
    step2: '2. 절대 제한 시간',
    absoluteText:
      '이 서버는 또한 모든 세션을 만들어진 지 {hours}시간이 지나면, 활동 중이든 아니든 끝냅니다. 활동해도 이 기한은 늦춰지지 않으므로, 쿠키를 도난당해도 늦어도 그때에는 쓸 수 없게 됩니다.',
    step3: '3. 브라우저 다시 시작하기',
    restartIntro: '브라우저를 닫는 것은 로그아웃이 아닙니다. 다시 시작한 뒤 무엇이 남는지는 저장소와 브라우저 설정에 따라 다릅니다.',
    restartCaption: '브라우저를 다시 시작한 뒤 각 저장소에 남는 것',
    colStore: '저장소',
    colPlain: '브라우저를 닫았다가 다시 시작',
    colContinue: '“중단한 위치에서 계속하기” 설정 시',
    rowSessionCookie: 'Max-Age 없는 세션 쿠키(예: {name})',
    rowMaxAgeCookie: 'Max-Age 있는 쿠키(예: lab_note)',
    rowStorage: 'sessionStorage',
    rowServer: '서버 세션',
    deleted: '삭제됨',
    keptUntilDate: '만료일까지 남음',
    keptRestored: '남음: 브라우저가 복원합니다',
    restoredWithTab: '탭과 함께 복원됨',
    serverCell: '영향 없음: 자체 유휴 또는 절대 제한 시간에 끝납니다',
    restartTakeaway:
      '“중단한 위치에서 계속하기”를 켜면 브라우저 세션 쿠키도 몇 주씩 살아 있을 수 있습니다. 여러분이 통제할 수 있는 끝은 서버가 강제하는 끝뿐입니다. 그러니 제한 시간을 짧게 두고 요청마다 확인하세요.',
  },
  es: {
    rowLocal: 'localStorage, como lab:note',
    keptNoExpiry: 'se conserva: no caduca',
    localContrast:
      'localStorage es el contraste: no caduca, así que sobrevive igual a un reinicio que a un cierre de sesión. Solo un script, o tú al borrar los datos del sitio, lo elimina; el servidor no puede, porque ninguna petición lo lleva.',
    title: 'Duración: ¿quién decide cuándo termina una sesión?',
    claim:
      'El servidor. Una sesión termina cuando no recibe ninguna petición durante su límite de inactividad, o al llegar a su límite absoluto, lo que ocurra primero, y guarde lo que guarde todavía el navegador.',
    previousGone: 'La sesión {previous} ya no existe. Esta petición empezó una nueva: {current}.',
    step1: '1. Acorta el límite de inactividad y mira cómo termina la sesión',
    step1Intro:
      'Elige un límite de inactividad corto solo para esta sesión. Después no toques este sitio: ni clics, ni recargas, ni otras pestañas.',
    secondsLabel: 'Límite de inactividad de esta sesión',
    secondsOption: { one: '{count} segundo', many: '{count} de segundos', other: '{count} segundos' },
    defaultOption: '{seconds} (el valor por defecto de este servidor)',
    set: 'Aplicar el límite de inactividad',
    setDone: 'Hecho: esta sesión termina ahora tras {seconds} sin peticiones.',
    setInvalid: 'Elige uno de los límites ofrecidos.',
    watching:
      'Cualquier petición desde cualquier pestaña de este sitio cuenta como actividad y reinicia la cuenta atrás. Mientras esperas, esta página no le pregunta nada al servidor: solo escucha, así que mirar no mantiene viva la sesión.',
    step2: '2. El límite absoluto',
    absoluteText:
      'Este servidor también termina cada sesión {hours} horas después de crearla, haya actividad o no. La actividad nunca mueve ese plazo, así que una cookie robada deja de servir, como muy tarde, entonces.',
    step3: '3. Reinicia el navegador',
    restartIntro:
      'Cerrar el navegador no es cerrar sesión. Lo que sobrevive a un reinicio depende del almacén y de un ajuste del navegador.',
    restartCaption: 'Lo que guarda cada almacén cuando el navegador vuelve a arrancar',
    colStore: 'Almacén',
    colPlain: 'Navegador cerrado y abierto de nuevo',
    colContinue: 'Con «Continuar donde lo dejaste»',
    rowSessionCookie: 'Cookie de sesión sin Max-Age, como {name}',
    rowMaxAgeCookie: 'Cookie con Max-Age, como lab_note',
    rowStorage: 'sessionStorage',
    rowServer: 'Sesión del servidor',
    deleted: 'se borra',
    keptUntilDate: 'se conserva hasta su fecha',
    keptRestored: 'se conserva: el navegador la restaura',
    restoredWithTab: 'se restaura con su pestaña',
    serverCell: 'no cambia: termina con su propio límite de inactividad o absoluto',
    restartTakeaway:
      'Con «Continuar donde lo dejaste», una cookie de sesión del navegador puede vivir semanas. El único final que controlas es el que impone el servidor: mantén cortos sus límites y compruébalos en cada petición.',
  },
});
