import { defineMessages } from '../define-messages';

export const common = defineMessages({
  en: {
    appName: 'Session Lab',
    tagline: 'Server sessions, cookies and sessionStorage, side by side.',
    navDashboard: 'Dashboard',
    navMain: 'Main',
    menu: 'Menu',
    skipToContent: 'Skip to content',
    sessionEnded: 'This session ended while you were on the page. Reload to start a new one, then try again.',
    storeDown: 'The session store cannot be reached right now. Your session will be back when it returns; try again in a moment.',
    footer: 'Session Lab is a teaching app. What you do here stays in this browser and on this server.',
  },
  ko: {
    appName: '세션 랩',
    tagline: '서버 세션, 쿠키, sessionStorage를 나란히 비교합니다.',
    navDashboard: '대시보드',
    navMain: '주 메뉴',
    menu: '메뉴',
    skipToContent: '본문으로 건너뛰기',
    sessionEnded: '페이지를 보는 동안 세션이 끝났습니다. 새로 고쳐 새 세션을 시작한 뒤 다시 시도하세요.',
    storeDown: '지금은 세션 저장소에 연결할 수 없습니다. 저장소가 돌아오면 세션도 돌아옵니다. 잠시 후 다시 시도하세요.',
    footer: 'Session Lab은 학습용 앱입니다. 여기서 하는 일은 이 브라우저와 이 서버 밖으로 나가지 않습니다.',
  },
  es: {
    appName: 'Session Lab',
    tagline: 'Sesiones de servidor, cookies y sessionStorage, lado a lado.',
    navDashboard: 'Panel',
    navMain: 'Principal',
    menu: 'Menú',
    skipToContent: 'Saltar al contenido',
    sessionEnded: 'Esta sesión terminó mientras estabas en la página. Recarga para empezar una nueva y vuelve a intentarlo.',
    storeDown: 'Ahora mismo no se puede acceder al almacén de sesiones. Tu sesión volverá cuando vuelva; inténtalo de nuevo en un momento.',
    footer: 'Session Lab es una app para aprender. Lo que haces aquí se queda en este navegador y en este servidor.',
  },
});
