// Serves the production renderer build on 127.0.0.1 with the exact handler
// (and CSP header) the Electron shell uses for app://copydesk/.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveAppFile } from '../../electron/main/shell/app-protocol';

export async function startStaticServer(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    void serveAppFile(root, `http://127.0.0.1${req.url ?? '/'}`).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
