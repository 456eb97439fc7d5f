/*
 * "The same thing in other stacks": each session action in Java Servlet,
 * Express (express-session), Flask (with Flask-Session where the built-in
 * cookie session has no equivalent) and PHP, and the line of this app that
 * does it. components/stack-equivalents/snippets.test.ts checks every quoted line
 * against the file, so a quote cannot go stale.
 */

export const STACKS = ['servlet', 'express', 'flask', 'php'] as const;
export type Stack = (typeof STACKS)[number];

export const STACK_NAMES: Record<Stack, string> = {
  servlet: 'Java Servlet',
  express: 'Node.js (Express)',
  flask: 'Python (Flask)',
  php: 'PHP',
};

export const STACK_ACTIONS = [
  'getOrCreate',
  'setAttribute',
  'getAttribute',
  'removeAttribute',
  'rotateId',
  'invalidate',
  'idleTimeout',
  'sameSite',
  'reauthenticate',
] as const;
export type StackAction = (typeof STACK_ACTIONS)[number];

/** A line of this repository, quoted exactly (leading spaces aside). */
export interface AppLine {
  file: string;
  line: number;
  code: string;
}

export type ActionSnippets = Record<Stack, string> & { app: AppLine[] };

export const SNIPPETS: Record<StackAction, ActionSnippets> = {
  getOrCreate: {
    servlet: `HttpSession session = request.getSession(); // creates one if there is none
boolean firstRequest = session.isNew();`,
    express: `app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,            // true loses writes from parallel requests
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));
// every handler then has req.session`,
    flask: `# Flask's built-in session is a signed cookie (stateless).
# Flask-Session keeps the data on the server:
app.config["SESSION_TYPE"] = "redis"
Session(app)  # every view then has flask.session`,
    php: `ini_set('session.use_strict_mode', '1'); // refuse IDs we never issued
session_start(); // opens the PHPSESSID session or starts one`,
    app: [
      {
        file: 'lib/next-session/request-session.ts',
        line: 29,
        code: 'const { session, sealed } = await findOrCreateSession(jar.get(sessionCookieName())?.value, {',
      },
      { file: 'lib/next-session/session-cookie.ts', line: 67, code: 'const session = await manager.create({' },
    ],
  },
  setAttribute: {
    servlet: 'session.setAttribute("cart", cart);',
    express: 'req.session.cart = cart; // stored when the response ends',
    flask: 'session["cart"] = cart',
    php: "$_SESSION['cart'] = $cart;",
    app: [
      {
        file: 'lib/cart/cart-session.ts',
        line: 37,
        code: 'return session.updateAttribute<CartLine[]>(CART, (stored) => rule(readCart(stored)));',
      },
      { file: 'lib/next-session/language.ts', line: 34, code: "await session.setAttribute(attribute('language'), language);" },
    ],
  },
  getAttribute: {
    servlet: 'List<CartLine> cart = (List<CartLine>) session.getAttribute("cart");',
    express: 'const cart = req.session.cart ?? [];',
    flask: 'cart = session.get("cart", [])',
    php: "$cart = $_SESSION['cart'] ?? [];",
    app: [
      { file: 'lib/cart/cart-session.ts', line: 33, code: 'return readCart(session.getAttribute(CART));' },
      { file: 'lib/auth/current-user.ts', line: 17, code: "const role = session.getAttribute(attribute('role'));" },
    ],
  },
  removeAttribute: {
    servlet: 'session.removeAttribute("labNote");',
    express: 'delete req.session.labNote;',
    flask: 'session.pop("labNote", None)',
    php: "unset($_SESSION['labNote']);",
    app: [{ file: 'lib/stateless/stateless-lab.ts', line: 173, code: 'await session.removeAttribute(NOTE);' }],
  },
  rotateId: {
    servlet: 'request.changeSessionId(); // Servlet 3.1+: new ID, attributes kept',
    express: `req.session.regenerate((err) => { // new ID and an EMPTY session
  if (err) return next(err);
  req.session.userId = user.id;
  res.redirect('/');
});`,
    flask: 'app.session_interface.regenerate(session)  # Flask-Session 0.7+',
    php: 'session_regenerate_id(true); // true: delete the old session',
    app: [
      {
        file: 'lib/auth/login.ts',
        line: 75,
        code: 'await rotateSession(session, { userId: user.id, role: user.role, csrfToken: newCsrfToken(), [AUTHENTICATED_AT]: Date.now() });',
      },
      { file: 'lib/next-session/request-session.ts', line: 73, code: 'await session.regenerate(attributes);' },
    ],
  },
  invalidate: {
    servlet: 'session.invalidate();',
    express: `req.session.destroy((err) => {
  if (err) return next(err);
  res.clearCookie('connect.sid').redirect('/');
});`,
    flask: 'session.clear()  # Flask-Session deletes the stored data',
    php: `$_SESSION = [];
session_destroy();
setcookie(session_name(), '', time() - 3600, '/');`,
    app: [
      { file: 'lib/auth/login.ts', line: 89, code: 'await endSession(session);' },
      { file: 'lib/next-session/request-session.ts', line: 80, code: 'await session.invalidate();' },
    ],
  },
  idleTimeout: {
    servlet: `session.setMaxInactiveInterval(30 * 60); // seconds
// or for every session, in web.xml: <session-timeout>30</session-timeout> (minutes)`,
    express: `// the cookie's maxAge, renewed by every response, is the idle timeout
app.use(session({ rolling: true, cookie: { maxAge: 30 * 60 * 1000 } /* , ... */ }));`,
    flask: `app.permanent_session_lifetime = timedelta(minutes=30)
session.permanent = True  # renewed on every request by default`,
    php: `ini_set('session.gc_maxlifetime', '1800');
// only a hint for the garbage collector, which session_start() runs with probability
// gc_probability/gc_divisor: 1/100 compiled in, 1/1000 in php.ini-production, and
// off on Debian and Ubuntu, where a cron job cleans up instead. So:
// keep a last-activity time in $_SESSION and check it yourself`,
    app: [
      { file: 'lib/labs/actions.ts', line: 58, code: 'await session.setMaxInactiveInterval(seconds);' },
      { file: 'lib/session/session-manager.ts', line: 44, code: 'maxInactiveInterval: this.policy.idleTimeout,' },
    ],
  },
  sameSite: {
    servlet: `// Servlet 6.0+ (Jakarta EE 10); older containers set it in their own config
sessionCookieConfig.setAttribute("SameSite", "Lax");
// and a CSRF token on every form (e.g. Spring Security's CsrfFilter)`,
    express: `app.use(session({ cookie: { httpOnly: true, secure: true, sameSite: 'lax' } /* , ... */ }));
// plus a CSRF token check (e.g. csrf-csrf) on every write`,
    flask: `app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
app.config["SESSION_COOKIE_SECURE"] = True
CSRFProtect(app)  # Flask-WTF: a token on every form`,
    php: `ini_set('session.cookie_samesite', 'Lax');
ini_set('session.cookie_secure', '1');
// and compare a token from $_SESSION on every POST`,
    app: [
      {
        file: 'lib/next-session/session-cookie.ts',
        line: 31,
        code: "return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: secureCookies };",
      },
      {
        file: 'lib/api/api-route.ts',
        line: 67,
        code: "if (unsafe && isCrossSiteOrigin(request.headers.get('origin'), requestSite(request.headers))) {",
      },
    ],
  },
  reauthenticate: {
    servlet: `// sudo mode by hand: check the time of the last password
Instant at = (Instant) session.getAttribute("authenticatedAt");
if (at == null || at.isBefore(Instant.now().minus(Duration.ofMinutes(5)))) {
  response.sendRedirect("/confirm-password"); return;
}
// after the password is confirmed again:
request.changeSessionId();
session.setAttribute("authenticatedAt", Instant.now());`,
    express: `if (Date.now() - (req.session.authenticatedAt ?? 0) > 5 * 60 * 1000)
  return res.redirect('/confirm-password');
// after the password is confirmed again (regenerate starts an empty session):
req.session.regenerate(() => { req.session.userId = user.id; req.session.authenticatedAt = Date.now(); });`,
    flask: `# Flask-Login: a "fresh" login is one typed in this session
@fresh_login_required          # else redirects to login_manager.refresh_view
def change_password(): ...
confirm_login()                # after the password is typed again
# Django: update_session_auth_hash(request, user) after a password change
# keeps this session and signs out every other one`,
    php: `if (time() - ($_SESSION['authenticated_at'] ?? 0) > 300) {
  header('Location: /confirm-password'); exit;
}
// after the password is confirmed again:
session_regenerate_id(true);
$_SESSION['authenticated_at'] = time();`,
    app: [
      { file: 'lib/auth/reauth.ts', line: 77, code: 'if (!freshness(session).fresh) {' },
      { file: 'lib/auth/reauth.ts', line: 146, code: 'await rotateSession(session);' },
      {
        file: 'lib/auth/reauth.ts',
        line: 131,
        code: 'await rotateSession(session, { csrfToken: newCsrfToken(), [AUTHENTICATED_AT]: now() });',
      },
    ],
  },
};
