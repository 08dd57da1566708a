/**
 * The floor under `bench/list.ts`, each part in a fresh process as the CLI pays it: Node's own
 * start, js-yaml reading the file and nothing else, and a bare client fetching every page of the
 * list (the token, then the pages four at a time, each parsed). Used only by bench/.
 *
 * node build/bench/list-floor.js start
 * node build/bench/list-floor.js read FILE
 * node build/bench/list-floor.js list URL CLIENT_ID CLIENT_SECRET PAGES
 */
// Each part loads only what it uses, so `start` is Node's start and nothing more.

const [mode, a = '', b = '', c = '', d = '0'] = process.argv.slice(2);
if (mode === 'read') {
  const [{ readFileSync }, { default: jsyaml }] = await Promise.all([import('node:fs'), import('js-yaml')]);
  jsyaml.load(readFileSync(a, 'utf8'));
} else if (mode === 'list') {
  // undici's Pool and request alone, as hooksync loads them: the floor should not count the rest.
  const { Pool, requestOn } = await import('../src/http/pool.js');
  const pool = new Pool(a, { connections: 4 });
  const token = await requestOn(pool, {
    method: 'POST',
    path: '/oidc/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${b}:${c}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', resource: 'https://default.logto.app/api', scope: 'all' }).toString(),
  });
  const { access_token: bearer } = (await token.body.json()) as { access_token: string };
  let next = 1;
  const pages = Number(d);
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next <= pages) {
        const page = next++;
        const res = await requestOn(pool, { method: 'GET', path: `/api/hooks?page=${page}&page_size=100&includeExecutionStats=true`, headers: { authorization: `Bearer ${bearer}` } });
        JSON.parse(await res.body.text());
      }
    }),
  );
  await pool.close();
} else if (mode !== 'start') {
  throw new Error(`unknown part ${mode ?? ''}: start, read or list`);
}
