// The same settings that change what the browser downloads as Session Lab's next.config.ts (compression is on by default in both).
const config = { poweredByHeader: false };

export default config;
