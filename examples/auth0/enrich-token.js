/**
 * Auth0 credentials-exchange hook used by examples/auth0/hooks.yaml: adds a tenant claim to tokens
 * issued to machine-to-machine clients.
 */
module.exports = function (client, scope, audience, context, cb) {
  const token = { scope, audience };
  token['https://example.com/tenant'] = context.webtask.secrets.TENANT || 'example';
  cb(null, token);
};
