// undici ships no types for its modules one by one; src/http/pool.ts gives these theirs.
declare module 'undici/lib/dispatcher/pool.js' {
  const Pool: unknown;
  export = Pool;
}
declare module 'undici/lib/api/api-request.js' {
  const request: unknown;
  export = request;
}
