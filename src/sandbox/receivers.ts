/**
 * Two webhook receivers on 127.0.0.1 for the sandbox and the demo, so delivery health has
 * something real to show: the audit receiver answers every delivery 200, the CRM one 503.
 * hooks.example.yaml points its two Logto hooks at them through AUDIT_HOOK_URL and CRM_HOOK_URL.
 */
import { createServer, type Server } from 'node:http';

export interface Receivers {
  /** The variables hooks.example.yaml reads: AUDIT_HOOK_URL (healthy) and CRM_HOOK_URL (failing). */
  readonly env: { readonly AUDIT_HOOK_URL: string; readonly CRM_HOOK_URL: string };
  /** Deliveries each has had. */
  readonly received: () => { readonly audit: number; readonly crm: number };
  stop(): Promise<void>;
}

export async function startReceivers(): Promise<Receivers> {
  const counts = { audit: 0, crm: 0 };
  const receiver = async (status: number, name: keyof typeof counts): Promise<{ server: Server; url: string }> => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        counts[name]++;
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
  };
  const audit = await receiver(200, 'audit');
  const crm = await receiver(503, 'crm');
  const close = (s: Server) => new Promise<void>((r) => s.close(() => r()));
  return {
    env: { AUDIT_HOOK_URL: `${audit.url}/ingest`, CRM_HOOK_URL: `${crm.url}/logto` },
    received: () => ({ ...counts }),
    stop: async () => {
      await Promise.all([close(audit.server), close(crm.server)]);
    },
  };
}
