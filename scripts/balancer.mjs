import http from 'node:http';

/**
 * A tiny round-robin load balancer, for the lab only: each request goes to the
 * next instance in turn. It passes the Host header through unchanged, so the
 * instances see the address the browser used (the CSRF origin check relies on
 * it), and streams bodies both ways (server-sent events work too).
 */
export function startBalancer({ port, host = '127.0.0.1', upstreams }) {
  let next = 0;
  const server = http.createServer((request, response) => {
    const upstream = upstreams[next++ % upstreams.length];
    const forwardedFor = [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean).join(', ');
    const outgoing = http.request(
      {
        host: upstream.host,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, 'x-forwarded-for': forwardedFor },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    outgoing.on('error', (error) => {
      if (response.headersSent) return response.destroy();
      response.writeHead(502, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          error: { code: 'bad_gateway', message: `Instance ${upstream.host}:${upstream.port} did not answer: ${error.message}` },
        }),
      );
    });
    request.pipe(outgoing);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
