import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return !0;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// build/src/config/schema-validate.js
var import_ucs2length = __toESM(require_ucs2length(), 1), import_equal = __toESM(require_equal(), 1), validate = validate10, schema_validate_default = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/hooks.schema.json", title: "hooksync configuration (hooks.yaml)", description: "Desired webhooks per SaaS tenant. Hook fields use each vendor's own API names.", type: "object", required: ["version", "targets"], additionalProperties: !1, properties: { version: { const: 1, description: "File format version. Only 1 exists." }, targets: { type: "object", minProperties: 1, description: "One entry per tenant to reconcile, keyed by a name you choose (used by --target).", propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, additionalProperties: { $ref: "#/definitions/target" } } }, definitions: { target: { type: "object", required: ["provider"], properties: { provider: { enum: ["logto", "auth0", "boldpenguin", "nursa", "github", "auth0-event-streams", "stripe"], description: "Which vendor API this tenant speaks." } }, allOf: [{ if: { type: "object", required: ["provider"], properties: { provider: { const: "logto" } } }, then: { $ref: "#/definitions/target-logto" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "auth0" } } }, then: { $ref: "#/definitions/target-auth0" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "boldpenguin" } } }, then: { $ref: "#/definitions/target-boldpenguin" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "nursa" } } }, then: { $ref: "#/definitions/target-nursa" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "github" } } }, then: { $ref: "#/definitions/target-github" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "auth0-event-streams" } } }, then: { $ref: "#/definitions/target-auth0-event-streams" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "stripe" } } }, then: { $ref: "#/definitions/target-stripe" } }] }, "target-logto": { type: "object", description: "A Logto target.", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "logto" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, hooks: { type: "array", items: { $ref: "providers/logto.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." } } }, "target-auth0": { type: "object", description: "A Auth0 target.", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "auth0" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, hooks: { type: "array", items: { $ref: "providers/auth0.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." } } }, "target-boldpenguin": { type: "object", description: "A Bold Penguin target.", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "boldpenguin" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, hooks: { type: "array", items: { $ref: "providers/boldpenguin.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." } } }, "target-nursa": { type: "object", description: "A Nursa target.", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "nursa" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, hooks: { type: "array", items: { $ref: "providers/nursa.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." } } }, "target-github": { type: "object", description: "A GitHub target.", required: ["provider", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "github" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox). Default: https://api.github.com." }, auth: { type: "object", required: ["token"], additionalProperties: !1, description: "An API token. Use a ${VAR} reference; never write it in the file.", properties: { token: { type: "string", minLength: 1 } } }, hooks: { type: "array", items: { $ref: "providers/github.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." }, repository: { type: "string", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", description: "owner/name: manage this repository's webhooks" }, organization: { type: "string", pattern: "^[A-Za-z0-9-]+$", description: "manage this organization's webhooks (or, with repositories:, those of its repositories)" }, repositories: { type: "object", additionalProperties: !1, description: "With organization: manage the hooks of the organization's repositories this selects (every condition written must hold; archived repositories and forks are left out unless asked for), not the organization's own", properties: { include: { type: "array", minItems: 1, items: { type: "string", pattern: "^[A-Za-z0-9_.*?-]+$" }, description: "name globs (* and ?); default: every repository" }, exclude: { type: "array", minItems: 1, items: { type: "string", pattern: "^[A-Za-z0-9_.*?-]+$" }, description: "name globs to leave out" }, topics: { type: "array", minItems: 1, items: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" }, description: "any of these topics" }, properties: { type: "object", minProperties: 1, description: "organization custom properties: each must have this value, or one of these values", additionalProperties: { oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: { type: "string" } }] } }, visibility: { type: "array", minItems: 1, items: { enum: ["public", "private", "internal"] }, description: "any of these visibilities" }, archived: { type: "boolean", description: "false (default): archived repositories are left out; true: only archived ones" }, forks: { type: "boolean", description: "false (default): forks are left out; true: forks too" } } } }, oneOf: [{ required: ["repository"], properties: { repository: !0 } }, { required: ["organization"], properties: { organization: !0 } }] }, "target-auth0-event-streams": { type: "object", description: "A Auth0 Event Streams target.", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "auth0-event-streams" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, hooks: { type: "array", items: { $ref: "providers/auth0-event-streams.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." } } }, "target-stripe": { type: "object", description: "A Stripe target.", required: ["provider", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "stripe" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox). Default: https://api.stripe.com." }, auth: { type: "object", required: ["token"], additionalProperties: !1, description: "An API token. Use a ${VAR} reference; never write it in the file.", properties: { token: { type: "string", minLength: 1 } } }, hooks: { type: "array", items: { $ref: "providers/stripe.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." }, mode: { enum: ["test", "live"], description: "which of the account's modes this target manages; its key must be of that mode (sk_test_\u2026 or sk_live_\u2026), checked before any request" } } } } }, pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u"), schema12 = { type: "object", required: ["provider"], properties: { provider: { enum: ["logto", "auth0", "boldpenguin", "nursa", "github", "auth0-event-streams", "stripe"], description: "Which vendor API this tenant speaks." } }, allOf: [{ if: { type: "object", required: ["provider"], properties: { provider: { const: "logto" } } }, then: { $ref: "#/definitions/target-logto" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "auth0" } } }, then: { $ref: "#/definitions/target-auth0" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "boldpenguin" } } }, then: { $ref: "#/definitions/target-boldpenguin" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "nursa" } } }, then: { $ref: "#/definitions/target-nursa" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "github" } } }, then: { $ref: "#/definitions/target-github" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "auth0-event-streams" } } }, then: { $ref: "#/definitions/target-auth0-event-streams" } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "stripe" } } }, then: { $ref: "#/definitions/target-stripe" } }] }, schema13 = { type: "object", description: "A Logto target.", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "logto" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, hooks: { type: "array", items: { $ref: "providers/logto.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." } } }, schema14 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/logto.json", title: "Logto hook", description: "A Logto Management API hook (PATCH /api/hooks/{id}). Only the fields you write are managed.", type: "object", additionalProperties: !1, properties: { id: { type: "string", pattern: "^[0-9a-z]{1,21}$", description: "Pin this entry to one live hook id (Logto names are not unique); a different name then renames it." }, protect: { type: "boolean", description: "Never delete or replace this hook: a plan that would is refused for it." }, name: { type: "string", minLength: 1, maxLength: 256, description: "Matching key." }, events: { type: "array", minItems: 1, description: "Events that trigger the hook; compared as a set.", items: { enum: ["PostRegister", "PostSignIn", "PostSignInAdaptiveMfaTriggered", "PostResetPassword", "User.Created", "User.Deleted", "User.Data.Updated", "User.SuspensionStatus.Updated", "TrustedDevice.Created", "TrustedDevice.Deleted", "Role.Created", "Role.Deleted", "Role.Data.Updated", "Role.Scopes.Updated", "Scope.Created", "Scope.Deleted", "Scope.Data.Updated", "Organization.Created", "Organization.Deleted", "Organization.Data.Updated", "Organization.Membership.Updated", "OrganizationRole.Created", "OrganizationRole.Deleted", "OrganizationRole.Data.Updated", "OrganizationRole.Scopes.Updated", "OrganizationScope.Created", "OrganizationScope.Deleted", "OrganizationScope.Data.Updated", "Identifier.Lockout", "Message.RateLimited", "Grant.LimitExceeded"] } }, config: { type: "object", additionalProperties: !1, description: "Delivery settings. Logto replaces config whole; hooksync sends the live config merged with yours.", properties: { url: { type: "string", minLength: 1 }, headers: { type: "object", description: "Extra request headers (values are secret). null removes a header.", additionalProperties: { type: ["string", "null"] } }, retries: { type: "number", minimum: 0, maximum: 3, description: "Delivery retries; Logto takes any number from 0 to 3." } } }, enabled: { type: "boolean", description: "Defaults to true on create." }, secretTo: { type: "object", additionalProperties: !1, minProperties: 1, description: "Where apply hands the signing secret the vendor generates for this hook when it creates it: a line of the --secrets-file, and/or a GitHub Actions secret. Never printed.", properties: { env: { type: "string", pattern: "^[A-Z_][A-Z0-9_]*$", description: "an upper-case variable name (A-Z, 0-9, _), whose line NAME=value apply writes to its --secrets-file (mode 0600)" }, github: { type: "object", additionalProperties: !1, required: ["repository", "secret", "token"], description: "an Actions secret of a repository (or of one of its environments), sealed with its public key as GitHub documents", properties: { repository: { type: "string", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", description: "owner/name" }, environment: { type: "string", minLength: 1, description: "an environment of the repository: its secret instead of the repository's" }, secret: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "the secret's name" }, token: { type: "string", minLength: 1, description: "a token that may write the repository's Actions secrets. Secret: use a ${VAR}." }, endpoint: { type: "string", pattern: "^https?://", description: "GitHub's API (default https://api.github.com)" } } } } } } }, func2 = Object.prototype.hasOwnProperty, func3 = import_ucs2length.default.default, pattern1 = new RegExp("^[0-9a-z]{1,21}$", "u"), pattern2 = new RegExp("^[A-Z_][A-Z0-9_]*$", "u"), pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u"), pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u"), pattern5 = new RegExp("^https?://", "u"), pattern6 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema13.required, parentSchema: schema13, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.endpoint === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema13.required, parentSchema: schema13, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.auth === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" }, message: "must have required property 'auth'", schema: schema13.required, parentSchema: schema13, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.hooks === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hooks" }, message: "must have required property 'hooks'", schema: schema13.required, parentSchema: schema13, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema13.properties, key0)) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema13, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (data0 !== "logto") {
        let err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/const", keyword: "const", params: { allowedValue: "logto" }, message: "must be equal to constant", schema: "logto", parentSchema: schema13.properties.provider, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data1 = data.endpoint;
      if (typeof data1 != "string") {
        let dataType0 = typeof data1, coerced0;
        if (coerced0 === void 0)
          if (dataType0 == "number" || dataType0 == "boolean")
            coerced0 = "" + data1;
          else if (data1 === null)
            coerced0 = "";
          else {
            let err6 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.endpoint.type, parentSchema: schema13.properties.endpoint, data: data1 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        coerced0 !== void 0 && (data1 = coerced0, data !== void 0 && (data.endpoint = coerced0));
      }
      if (typeof data1 == "string" && func3(data1) < 1) {
        let err7 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.endpoint, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.auth !== void 0) {
      let data2 = data.auth;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.clientId === void 0) {
          let err8 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'", schema: schema13.properties.auth.required, parentSchema: schema13.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (data2.clientSecret === void 0) {
          let err9 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientSecret" }, message: "must have required property 'clientSecret'", schema: schema13.properties.auth.required, parentSchema: schema13.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "clientId" || key1 === "clientSecret" || key1 === "tokenUrl")) {
            let err10 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema13.properties.auth, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.clientId !== void 0) {
          let data3 = data2.clientId;
          if (typeof data3 != "string") {
            let dataType1 = typeof data3, coerced1;
            if (coerced1 === void 0)
              if (dataType1 == "number" || dataType1 == "boolean")
                coerced1 = "" + data3;
              else if (data3 === null)
                coerced1 = "";
              else {
                let err11 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.auth.properties.clientId.type, parentSchema: schema13.properties.auth.properties.clientId, data: data3 };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            coerced1 !== void 0 && (data3 = coerced1, data2 !== void 0 && (data2.clientId = coerced1));
          }
          if (typeof data3 == "string" && func3(data3) < 1) {
            let err12 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.auth.properties.clientId, data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.clientSecret !== void 0) {
          let data4 = data2.clientSecret;
          if (typeof data4 != "string") {
            let dataType2 = typeof data4, coerced2;
            if (coerced2 === void 0)
              if (dataType2 == "number" || dataType2 == "boolean")
                coerced2 = "" + data4;
              else if (data4 === null)
                coerced2 = "";
              else {
                let err13 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.auth.properties.clientSecret.type, parentSchema: schema13.properties.auth.properties.clientSecret, data: data4 };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            coerced2 !== void 0 && (data4 = coerced2, data2 !== void 0 && (data2.clientSecret = coerced2));
          }
          if (typeof data4 == "string" && func3(data4) < 1) {
            let err14 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.auth.properties.clientSecret, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.tokenUrl !== void 0) {
          let data5 = data2.tokenUrl;
          if (typeof data5 != "string") {
            let dataType3 = typeof data5, coerced3;
            if (coerced3 === void 0)
              if (dataType3 == "number" || dataType3 == "boolean")
                coerced3 = "" + data5;
              else if (data5 === null)
                coerced3 = "";
              else {
                let err15 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.auth.properties.tokenUrl.type, parentSchema: schema13.properties.auth.properties.tokenUrl, data: data5 };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            coerced3 !== void 0 && (data5 = coerced3, data2 !== void 0 && (data2.tokenUrl = coerced3));
          }
          if (typeof data5 == "string" && func3(data5) < 1) {
            let err16 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.auth.properties.tokenUrl, data: data5 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.auth.type, parentSchema: schema13.properties.auth, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.hooks !== void 0) {
      let data6 = data.hooks;
      if (Array.isArray(data6)) {
        let len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (let key2 in data7)
              if (!(key2 === "id" || key2 === "protect" || key2 === "name" || key2 === "events" || key2 === "config" || key2 === "enabled" || key2 === "secretTo")) {
                let err18 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/logto.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema14, data: data7 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data7.id !== void 0) {
              let data8 = data7.id;
              if (typeof data8 != "string") {
                let dataType4 = typeof data8, coerced4;
                if (coerced4 === void 0)
                  if (dataType4 == "number" || dataType4 == "boolean")
                    coerced4 = "" + data8;
                  else if (data8 === null)
                    coerced4 = "";
                  else {
                    let err19 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/logto.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.id.type, parentSchema: schema14.properties.id, data: data8 };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
                coerced4 !== void 0 && (data8 = coerced4, data7 !== void 0 && (data7.id = coerced4));
              }
              if (typeof data8 == "string" && !pattern1.test(data8)) {
                let err20 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/logto.json/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{1,21}$" }, message: 'must match pattern "^[0-9a-z]{1,21}$"', schema: "^[0-9a-z]{1,21}$", parentSchema: schema14.properties.id, data: data8 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data7.protect !== void 0) {
              let data9 = data7.protect;
              if (typeof data9 != "boolean") {
                let coerced5;
                if (coerced5 === void 0)
                  if (data9 === "false" || data9 === 0 || data9 === null)
                    coerced5 = !1;
                  else if (data9 === "true" || data9 === 1)
                    coerced5 = !0;
                  else {
                    let err21 = { instancePath: instancePath + "/hooks/" + i0 + "/protect", schemaPath: "providers/logto.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.protect.type, parentSchema: schema14.properties.protect, data: data9 };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
                coerced5 !== void 0 && (data9 = coerced5, data7 !== void 0 && (data7.protect = coerced5));
              }
            }
            if (data7.name !== void 0) {
              let data10 = data7.name;
              if (typeof data10 != "string") {
                let dataType6 = typeof data10, coerced6;
                if (coerced6 === void 0)
                  if (dataType6 == "number" || dataType6 == "boolean")
                    coerced6 = "" + data10;
                  else if (data10 === null)
                    coerced6 = "";
                  else {
                    let err22 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/logto.json/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.name.type, parentSchema: schema14.properties.name, data: data10 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                coerced6 !== void 0 && (data10 = coerced6, data7 !== void 0 && (data7.name = coerced6));
              }
              if (typeof data10 == "string") {
                if (func3(data10) > 256) {
                  let err23 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/logto.json/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema14.properties.name, data: data10 };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
                if (func3(data10) < 1) {
                  let err24 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/logto.json/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.name, data: data10 };
                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                }
              }
            }
            if (data7.events !== void 0) {
              let data11 = data7.events;
              if (Array.isArray(data11)) {
                if (data11.length < 1) {
                  let err25 = { instancePath: instancePath + "/hooks/" + i0 + "/events", schemaPath: "providers/logto.json/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.properties.events, data: data11 };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
                let len1 = data11.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data12 = data11[i1];
                  if (!(data12 === "PostRegister" || data12 === "PostSignIn" || data12 === "PostSignInAdaptiveMfaTriggered" || data12 === "PostResetPassword" || data12 === "User.Created" || data12 === "User.Deleted" || data12 === "User.Data.Updated" || data12 === "User.SuspensionStatus.Updated" || data12 === "TrustedDevice.Created" || data12 === "TrustedDevice.Deleted" || data12 === "Role.Created" || data12 === "Role.Deleted" || data12 === "Role.Data.Updated" || data12 === "Role.Scopes.Updated" || data12 === "Scope.Created" || data12 === "Scope.Deleted" || data12 === "Scope.Data.Updated" || data12 === "Organization.Created" || data12 === "Organization.Deleted" || data12 === "Organization.Data.Updated" || data12 === "Organization.Membership.Updated" || data12 === "OrganizationRole.Created" || data12 === "OrganizationRole.Deleted" || data12 === "OrganizationRole.Data.Updated" || data12 === "OrganizationRole.Scopes.Updated" || data12 === "OrganizationScope.Created" || data12 === "OrganizationScope.Deleted" || data12 === "OrganizationScope.Data.Updated" || data12 === "Identifier.Lockout" || data12 === "Message.RateLimited" || data12 === "Grant.LimitExceeded")) {
                    let err26 = { instancePath: instancePath + "/hooks/" + i0 + "/events/" + i1, schemaPath: "providers/logto.json/properties/events/items/enum", keyword: "enum", params: { allowedValues: schema14.properties.events.items.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.events.items.enum, parentSchema: schema14.properties.events.items, data: data12 };
                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                  }
                }
              } else {
                let err27 = { instancePath: instancePath + "/hooks/" + i0 + "/events", schemaPath: "providers/logto.json/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.events.type, parentSchema: schema14.properties.events, data: data11 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            }
            if (data7.config !== void 0) {
              let data13 = data7.config;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                for (let key3 in data13)
                  if (!(key3 === "url" || key3 === "headers" || key3 === "retries")) {
                    let err28 = { instancePath: instancePath + "/hooks/" + i0 + "/config", schemaPath: "providers/logto.json/properties/config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema14.properties.config, data: data13 };
                    vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                  }
                if (data13.url !== void 0) {
                  let data14 = data13.url;
                  if (typeof data14 != "string") {
                    let dataType7 = typeof data14, coerced7;
                    if (coerced7 === void 0)
                      if (dataType7 == "number" || dataType7 == "boolean")
                        coerced7 = "" + data14;
                      else if (data14 === null)
                        coerced7 = "";
                      else {
                        let err29 = { instancePath: instancePath + "/hooks/" + i0 + "/config/url", schemaPath: "providers/logto.json/properties/config/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.config.properties.url.type, parentSchema: schema14.properties.config.properties.url, data: data14 };
                        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                      }
                    coerced7 !== void 0 && (data14 = coerced7, data13 !== void 0 && (data13.url = coerced7));
                  }
                  if (typeof data14 == "string" && func3(data14) < 1) {
                    let err30 = { instancePath: instancePath + "/hooks/" + i0 + "/config/url", schemaPath: "providers/logto.json/properties/config/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.config.properties.url, data: data14 };
                    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                  }
                }
                if (data13.headers !== void 0) {
                  let data15 = data13.headers;
                  if (data15 && typeof data15 == "object" && !Array.isArray(data15))
                    for (let key4 in data15) {
                      let data16 = data15[key4];
                      if (typeof data16 != "string" && data16 !== null) {
                        let dataType8 = typeof data16, coerced8;
                        if (coerced8 === void 0)
                          if (dataType8 == "number" || dataType8 == "boolean")
                            coerced8 = "" + data16;
                          else if (data16 === null)
                            coerced8 = "";
                          else if (data16 === "" || data16 === 0 || data16 === !1)
                            coerced8 = null;
                          else {
                            let err31 = { instancePath: instancePath + "/hooks/" + i0 + "/config/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/logto.json/properties/config/properties/headers/additionalProperties/type", keyword: "type", params: { type: schema14.properties.config.properties.headers.additionalProperties.type }, message: "must be string,null", schema: schema14.properties.config.properties.headers.additionalProperties.type, parentSchema: schema14.properties.config.properties.headers.additionalProperties, data: data16 };
                            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                          }
                        coerced8 !== void 0 && (data16 = coerced8, data15 !== void 0 && (data15[key4] = coerced8));
                      }
                    }
                  else {
                    let err32 = { instancePath: instancePath + "/hooks/" + i0 + "/config/headers", schemaPath: "providers/logto.json/properties/config/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.config.properties.headers.type, parentSchema: schema14.properties.config.properties.headers, data: data15 };
                    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                  }
                }
                if (data13.retries !== void 0) {
                  let data17 = data13.retries;
                  if (!(typeof data17 == "number" && isFinite(data17))) {
                    let dataType9 = typeof data17, coerced9;
                    if (coerced9 === void 0)
                      if (dataType9 == "boolean" || data17 === null || dataType9 == "string" && data17 && data17 == +data17)
                        coerced9 = +data17;
                      else {
                        let err33 = { instancePath: instancePath + "/hooks/" + i0 + "/config/retries", schemaPath: "providers/logto.json/properties/config/properties/retries/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema14.properties.config.properties.retries.type, parentSchema: schema14.properties.config.properties.retries, data: data17 };
                        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                      }
                    coerced9 !== void 0 && (data17 = coerced9, data13 !== void 0 && (data13.retries = coerced9));
                  }
                  if (typeof data17 == "number" && isFinite(data17)) {
                    if (data17 > 3 || isNaN(data17)) {
                      let err34 = { instancePath: instancePath + "/hooks/" + i0 + "/config/retries", schemaPath: "providers/logto.json/properties/config/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3 }, message: "must be <= 3", schema: 3, parentSchema: schema14.properties.config.properties.retries, data: data17 };
                      vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                    }
                    if (data17 < 0 || isNaN(data17)) {
                      let err35 = { instancePath: instancePath + "/hooks/" + i0 + "/config/retries", schemaPath: "providers/logto.json/properties/config/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema14.properties.config.properties.retries, data: data17 };
                      vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                    }
                  }
                }
              } else {
                let err36 = { instancePath: instancePath + "/hooks/" + i0 + "/config", schemaPath: "providers/logto.json/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.config.type, parentSchema: schema14.properties.config, data: data13 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            if (data7.enabled !== void 0) {
              let data18 = data7.enabled;
              if (typeof data18 != "boolean") {
                let coerced10;
                if (coerced10 === void 0)
                  if (data18 === "false" || data18 === 0 || data18 === null)
                    coerced10 = !1;
                  else if (data18 === "true" || data18 === 1)
                    coerced10 = !0;
                  else {
                    let err37 = { instancePath: instancePath + "/hooks/" + i0 + "/enabled", schemaPath: "providers/logto.json/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.enabled.type, parentSchema: schema14.properties.enabled, data: data18 };
                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                  }
                coerced10 !== void 0 && (data18 = coerced10, data7 !== void 0 && (data7.enabled = coerced10));
              }
            }
            if (data7.secretTo !== void 0) {
              let data19 = data7.secretTo;
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (Object.keys(data19).length < 1) {
                  let err38 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo", schemaPath: "providers/logto.json/properties/secretTo/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema14.properties.secretTo, data: data19 };
                  vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                }
                for (let key5 in data19)
                  if (!(key5 === "env" || key5 === "github")) {
                    let err39 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo", schemaPath: "providers/logto.json/properties/secretTo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema14.properties.secretTo, data: data19 };
                    vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                  }
                if (data19.env !== void 0) {
                  let data20 = data19.env;
                  if (typeof data20 != "string") {
                    let dataType11 = typeof data20, coerced11;
                    if (coerced11 === void 0)
                      if (dataType11 == "number" || dataType11 == "boolean")
                        coerced11 = "" + data20;
                      else if (data20 === null)
                        coerced11 = "";
                      else {
                        let err40 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/env", schemaPath: "providers/logto.json/properties/secretTo/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.secretTo.properties.env.type, parentSchema: schema14.properties.secretTo.properties.env, data: data20 };
                        vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                      }
                    coerced11 !== void 0 && (data20 = coerced11, data19 !== void 0 && (data19.env = coerced11));
                  }
                  if (typeof data20 == "string" && !pattern2.test(data20)) {
                    let err41 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/env", schemaPath: "providers/logto.json/properties/secretTo/properties/env/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema14.properties.secretTo.properties.env, data: data20 };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                }
                if (data19.github !== void 0) {
                  let data21 = data19.github;
                  if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                    if (data21.repository === void 0) {
                      let err42 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/logto.json/properties/secretTo/properties/github/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema14.properties.secretTo.properties.github.required, parentSchema: schema14.properties.secretTo.properties.github, data: data21 };
                      vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                    }
                    if (data21.secret === void 0) {
                      let err43 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/logto.json/properties/secretTo/properties/github/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema14.properties.secretTo.properties.github.required, parentSchema: schema14.properties.secretTo.properties.github, data: data21 };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                    if (data21.token === void 0) {
                      let err44 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/logto.json/properties/secretTo/properties/github/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property 'token'", schema: schema14.properties.secretTo.properties.github.required, parentSchema: schema14.properties.secretTo.properties.github, data: data21 };
                      vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                    }
                    for (let key6 in data21)
                      if (!(key6 === "repository" || key6 === "environment" || key6 === "secret" || key6 === "token" || key6 === "endpoint")) {
                        let err45 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/logto.json/properties/secretTo/properties/github/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema14.properties.secretTo.properties.github, data: data21 };
                        vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                      }
                    if (data21.repository !== void 0) {
                      let data22 = data21.repository;
                      if (typeof data22 != "string") {
                        let dataType12 = typeof data22, coerced12;
                        if (coerced12 === void 0)
                          if (dataType12 == "number" || dataType12 == "boolean")
                            coerced12 = "" + data22;
                          else if (data22 === null)
                            coerced12 = "";
                          else {
                            let err46 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/repository", schemaPath: "providers/logto.json/properties/secretTo/properties/github/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.secretTo.properties.github.properties.repository.type, parentSchema: schema14.properties.secretTo.properties.github.properties.repository, data: data22 };
                            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                          }
                        coerced12 !== void 0 && (data22 = coerced12, data21 !== void 0 && (data21.repository = coerced12));
                      }
                      if (typeof data22 == "string" && !pattern3.test(data22)) {
                        let err47 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/repository", schemaPath: "providers/logto.json/properties/secretTo/properties/github/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema14.properties.secretTo.properties.github.properties.repository, data: data22 };
                        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                      }
                    }
                    if (data21.environment !== void 0) {
                      let data23 = data21.environment;
                      if (typeof data23 != "string") {
                        let dataType13 = typeof data23, coerced13;
                        if (coerced13 === void 0)
                          if (dataType13 == "number" || dataType13 == "boolean")
                            coerced13 = "" + data23;
                          else if (data23 === null)
                            coerced13 = "";
                          else {
                            let err48 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/environment", schemaPath: "providers/logto.json/properties/secretTo/properties/github/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.secretTo.properties.github.properties.environment.type, parentSchema: schema14.properties.secretTo.properties.github.properties.environment, data: data23 };
                            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                          }
                        coerced13 !== void 0 && (data23 = coerced13, data21 !== void 0 && (data21.environment = coerced13));
                      }
                      if (typeof data23 == "string" && func3(data23) < 1) {
                        let err49 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/environment", schemaPath: "providers/logto.json/properties/secretTo/properties/github/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.secretTo.properties.github.properties.environment, data: data23 };
                        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                      }
                    }
                    if (data21.secret !== void 0) {
                      let data24 = data21.secret;
                      if (typeof data24 != "string") {
                        let dataType14 = typeof data24, coerced14;
                        if (coerced14 === void 0)
                          if (dataType14 == "number" || dataType14 == "boolean")
                            coerced14 = "" + data24;
                          else if (data24 === null)
                            coerced14 = "";
                          else {
                            let err50 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/secret", schemaPath: "providers/logto.json/properties/secretTo/properties/github/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.secretTo.properties.github.properties.secret.type, parentSchema: schema14.properties.secretTo.properties.github.properties.secret, data: data24 };
                            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                          }
                        coerced14 !== void 0 && (data24 = coerced14, data21 !== void 0 && (data21.secret = coerced14));
                      }
                      if (typeof data24 == "string" && !pattern4.test(data24)) {
                        let err51 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/secret", schemaPath: "providers/logto.json/properties/secretTo/properties/github/properties/secret/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema14.properties.secretTo.properties.github.properties.secret, data: data24 };
                        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                      }
                    }
                    if (data21.token !== void 0) {
                      let data25 = data21.token;
                      if (typeof data25 != "string") {
                        let dataType15 = typeof data25, coerced15;
                        if (coerced15 === void 0)
                          if (dataType15 == "number" || dataType15 == "boolean")
                            coerced15 = "" + data25;
                          else if (data25 === null)
                            coerced15 = "";
                          else {
                            let err52 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/token", schemaPath: "providers/logto.json/properties/secretTo/properties/github/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.secretTo.properties.github.properties.token.type, parentSchema: schema14.properties.secretTo.properties.github.properties.token, data: data25 };
                            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                          }
                        coerced15 !== void 0 && (data25 = coerced15, data21 !== void 0 && (data21.token = coerced15));
                      }
                      if (typeof data25 == "string" && func3(data25) < 1) {
                        let err53 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/token", schemaPath: "providers/logto.json/properties/secretTo/properties/github/properties/token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.secretTo.properties.github.properties.token, data: data25 };
                        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                      }
                    }
                    if (data21.endpoint !== void 0) {
                      let data26 = data21.endpoint;
                      if (typeof data26 != "string") {
                        let dataType16 = typeof data26, coerced16;
                        if (coerced16 === void 0)
                          if (dataType16 == "number" || dataType16 == "boolean")
                            coerced16 = "" + data26;
                          else if (data26 === null)
                            coerced16 = "";
                          else {
                            let err54 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/endpoint", schemaPath: "providers/logto.json/properties/secretTo/properties/github/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.secretTo.properties.github.properties.endpoint.type, parentSchema: schema14.properties.secretTo.properties.github.properties.endpoint, data: data26 };
                            vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                          }
                        coerced16 !== void 0 && (data26 = coerced16, data21 !== void 0 && (data21.endpoint = coerced16));
                      }
                      if (typeof data26 == "string" && !pattern5.test(data26)) {
                        let err55 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/endpoint", schemaPath: "providers/logto.json/properties/secretTo/properties/github/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema14.properties.secretTo.properties.github.properties.endpoint, data: data26 };
                        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                      }
                    }
                  } else {
                    let err56 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/logto.json/properties/secretTo/properties/github/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.secretTo.properties.github.type, parentSchema: schema14.properties.secretTo.properties.github, data: data21 };
                    vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                  }
                }
              } else {
                let err57 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo", schemaPath: "providers/logto.json/properties/secretTo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.secretTo.type, parentSchema: schema14.properties.secretTo, data: data19 };
                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
              }
            }
          } else {
            let err58 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/logto.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data7 };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
        }
      } else {
        let err59 = { instancePath: instancePath + "/hooks", schemaPath: "#/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.hooks.type, parentSchema: schema13.properties.hooks, data: data6 };
        vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
      }
    }
    if (data.prune !== void 0) {
      let data27 = data.prune;
      if (!(data27 === !0 || data27 === !1 || data27 === "all")) {
        let err60 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/enum", keyword: "enum", params: { allowedValues: schema13.properties.prune.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.prune.enum, parentSchema: schema13.properties.prune, data: data27 };
        vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
      }
    }
    if (data.rateLimit !== void 0) {
      let data28 = data.rateLimit;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (data28.requests === void 0) {
          let err61 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema13.properties.rateLimit.required, parentSchema: schema13.properties.rateLimit, data: data28 };
          vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
        }
        if (data28.per === void 0) {
          let err62 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'", schema: schema13.properties.rateLimit.required, parentSchema: schema13.properties.rateLimit, data: data28 };
          vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
        }
        for (let key7 in data28)
          if (!(key7 === "requests" || key7 === "per")) {
            let err63 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema13.properties.rateLimit, data: data28 };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
        if (data28.requests !== void 0) {
          let data29 = data28.requests;
          if (!(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
            let dataType17 = typeof data29, coerced17;
            if (coerced17 === void 0)
              if (dataType17 === "boolean" || data29 === null || dataType17 === "string" && data29 && data29 == +data29 && !(data29 % 1))
                coerced17 = +data29;
              else {
                let err64 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.rateLimit.properties.requests.type, parentSchema: schema13.properties.rateLimit.properties.requests, data: data29 };
                vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
              }
            coerced17 !== void 0 && (data29 = coerced17, data28 !== void 0 && (data28.requests = coerced17));
          }
          if (typeof data29 == "number" && isFinite(data29) && (data29 < 1 || isNaN(data29))) {
            let err65 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.properties.rateLimit.properties.requests, data: data29 };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
        }
        if (data28.per !== void 0) {
          let data30 = data28.per;
          if (typeof data30 != "string") {
            let dataType18 = typeof data30, coerced18;
            if (coerced18 === void 0)
              if (dataType18 == "number" || dataType18 == "boolean")
                coerced18 = "" + data30;
              else if (data30 === null)
                coerced18 = "";
              else {
                let err66 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.rateLimit.properties.per.type, parentSchema: schema13.properties.rateLimit.properties.per, data: data30 };
                vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
              }
            coerced18 !== void 0 && (data30 = coerced18, data28 !== void 0 && (data28.per = coerced18));
          }
          if (typeof data30 == "string" && !pattern6.test(data30)) {
            let err67 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema13.properties.rateLimit.properties.per, data: data30 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        }
      } else {
        let err68 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.rateLimit.type, parentSchema: schema13.properties.rateLimit, data: data28 };
        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
      }
    }
    if (data.maxDeletes !== void 0) {
      let data31 = data.maxDeletes;
      if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
        let dataType19 = typeof data31, coerced19;
        if (coerced19 === void 0)
          if (dataType19 === "boolean" || data31 === null || dataType19 === "string" && data31 && data31 == +data31 && !(data31 % 1))
            coerced19 = +data31;
          else {
            let err69 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.maxDeletes.type, parentSchema: schema13.properties.maxDeletes, data: data31 };
            vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
          }
        coerced19 !== void 0 && (data31 = coerced19, data !== void 0 && (data.maxDeletes = coerced19));
      }
      if (typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31))) {
        let err70 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.properties.maxDeletes, data: data31 };
        vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
      }
    }
    if (data.owns !== void 0) {
      let data32 = data.owns;
      if (typeof data32 != "string") {
        let dataType20 = typeof data32, coerced20;
        if (coerced20 === void 0)
          if (dataType20 == "number" || dataType20 == "boolean")
            coerced20 = "" + data32;
          else if (data32 === null)
            coerced20 = "";
          else {
            let err71 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.owns.type, parentSchema: schema13.properties.owns, data: data32 };
            vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
          }
        coerced20 !== void 0 && (data32 = coerced20, data !== void 0 && (data.owns = coerced20));
      }
      if (typeof data32 == "string" && func3(data32) < 1) {
        let err72 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.owns, data: data32 };
        vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
      }
    }
    if (data.writeGap !== void 0) {
      let data33 = data.writeGap;
      if (typeof data33 != "string") {
        let dataType21 = typeof data33, coerced21;
        if (coerced21 === void 0)
          if (dataType21 == "number" || dataType21 == "boolean")
            coerced21 = "" + data33;
          else if (data33 === null)
            coerced21 = "";
          else {
            let err73 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.writeGap.type, parentSchema: schema13.properties.writeGap, data: data33 };
            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
          }
        coerced21 !== void 0 && (data33 = coerced21, data !== void 0 && (data.writeGap = coerced21));
      }
      if (typeof data33 == "string" && !pattern6.test(data33)) {
        let err74 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema13.properties.writeGap, data: data33 };
        vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
      }
    }
  } else {
    let err75 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
  }
  return validate12.errors = vErrors, errors === 0;
}
var schema15 = { type: "object", description: "A Auth0 target.", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "auth0" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, hooks: { type: "array", items: { $ref: "providers/auth0.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." } } }, schema16 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/auth0.json", title: "Auth0 hook", description: "An Auth0 Management API v2 hook (PATCH /api/v2/hooks/{id}). Matched by name. Only the fields you write are managed.", type: "object", additionalProperties: !1, properties: { id: { type: "string", minLength: 1, description: "Pin this entry to one live hook id (a different name then renames it)." }, protect: { type: "boolean", description: "Never delete or replace this hook: a plan that would is refused for it." }, name: { type: "string", pattern: "^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$", description: "letters, digits, spaces and hyphens, starting and ending with a letter or digit; the matching key" }, script: { type: "string", minLength: 1, description: "The hook's code, inline, or the path of a .js file relative to this YAML file." }, triggerId: { enum: ["credentials-exchange", "pre-user-registration", "post-user-registration", "post-change-password", "send-phone-message"], description: "Cannot be changed in place: a different triggerId replaces the hook (delete, then create)." }, enabled: { type: "boolean", description: "Defaults to false. At most one enabled hook per trigger." }, dependencies: { type: "object", description: "npm modules the script requires: name \u2192 version.", additionalProperties: { type: ["string", "null"] } }, secrets: { type: "object", maxProperties: 20, description: "Secret name \u2192 value (use ${VAR}). Auth0 never shows values back: names are compared, a value is sent when its name is new. null removes one.", propertyNames: { pattern: "^[A-Za-z0-9_-]+$" }, additionalProperties: { type: ["string", "null"] } } } }, pattern8 = new RegExp("^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$", "u"), pattern9 = new RegExp("^[A-Za-z0-9_-]+$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema15.required, parentSchema: schema15, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.endpoint === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema15.required, parentSchema: schema15, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.auth === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" }, message: "must have required property 'auth'", schema: schema15.required, parentSchema: schema15, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.hooks === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hooks" }, message: "must have required property 'hooks'", schema: schema15.required, parentSchema: schema15, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema15.properties, key0)) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (data0 !== "auth0") {
        let err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/const", keyword: "const", params: { allowedValue: "auth0" }, message: "must be equal to constant", schema: "auth0", parentSchema: schema15.properties.provider, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data1 = data.endpoint;
      if (typeof data1 != "string") {
        let dataType0 = typeof data1, coerced0;
        if (coerced0 === void 0)
          if (dataType0 == "number" || dataType0 == "boolean")
            coerced0 = "" + data1;
          else if (data1 === null)
            coerced0 = "";
          else {
            let err6 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.endpoint.type, parentSchema: schema15.properties.endpoint, data: data1 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        coerced0 !== void 0 && (data1 = coerced0, data !== void 0 && (data.endpoint = coerced0));
      }
      if (typeof data1 == "string" && func3(data1) < 1) {
        let err7 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.endpoint, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.auth !== void 0) {
      let data2 = data.auth;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.clientId === void 0) {
          let err8 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'", schema: schema15.properties.auth.required, parentSchema: schema15.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (data2.clientSecret === void 0) {
          let err9 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientSecret" }, message: "must have required property 'clientSecret'", schema: schema15.properties.auth.required, parentSchema: schema15.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "clientId" || key1 === "clientSecret" || key1 === "tokenUrl")) {
            let err10 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.auth, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.clientId !== void 0) {
          let data3 = data2.clientId;
          if (typeof data3 != "string") {
            let dataType1 = typeof data3, coerced1;
            if (coerced1 === void 0)
              if (dataType1 == "number" || dataType1 == "boolean")
                coerced1 = "" + data3;
              else if (data3 === null)
                coerced1 = "";
              else {
                let err11 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.auth.properties.clientId.type, parentSchema: schema15.properties.auth.properties.clientId, data: data3 };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            coerced1 !== void 0 && (data3 = coerced1, data2 !== void 0 && (data2.clientId = coerced1));
          }
          if (typeof data3 == "string" && func3(data3) < 1) {
            let err12 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.auth.properties.clientId, data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.clientSecret !== void 0) {
          let data4 = data2.clientSecret;
          if (typeof data4 != "string") {
            let dataType2 = typeof data4, coerced2;
            if (coerced2 === void 0)
              if (dataType2 == "number" || dataType2 == "boolean")
                coerced2 = "" + data4;
              else if (data4 === null)
                coerced2 = "";
              else {
                let err13 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.auth.properties.clientSecret.type, parentSchema: schema15.properties.auth.properties.clientSecret, data: data4 };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            coerced2 !== void 0 && (data4 = coerced2, data2 !== void 0 && (data2.clientSecret = coerced2));
          }
          if (typeof data4 == "string" && func3(data4) < 1) {
            let err14 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.auth.properties.clientSecret, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.tokenUrl !== void 0) {
          let data5 = data2.tokenUrl;
          if (typeof data5 != "string") {
            let dataType3 = typeof data5, coerced3;
            if (coerced3 === void 0)
              if (dataType3 == "number" || dataType3 == "boolean")
                coerced3 = "" + data5;
              else if (data5 === null)
                coerced3 = "";
              else {
                let err15 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.auth.properties.tokenUrl.type, parentSchema: schema15.properties.auth.properties.tokenUrl, data: data5 };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            coerced3 !== void 0 && (data5 = coerced3, data2 !== void 0 && (data2.tokenUrl = coerced3));
          }
          if (typeof data5 == "string" && func3(data5) < 1) {
            let err16 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.auth.properties.tokenUrl, data: data5 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.auth.type, parentSchema: schema15.properties.auth, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.hooks !== void 0) {
      let data6 = data.hooks;
      if (Array.isArray(data6)) {
        let len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (let key2 in data7)
              if (!(key2 === "id" || key2 === "protect" || key2 === "name" || key2 === "script" || key2 === "triggerId" || key2 === "enabled" || key2 === "dependencies" || key2 === "secrets")) {
                let err18 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/auth0.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16, data: data7 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data7.id !== void 0) {
              let data8 = data7.id;
              if (typeof data8 != "string") {
                let dataType4 = typeof data8, coerced4;
                if (coerced4 === void 0)
                  if (dataType4 == "number" || dataType4 == "boolean")
                    coerced4 = "" + data8;
                  else if (data8 === null)
                    coerced4 = "";
                  else {
                    let err19 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/auth0.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.id.type, parentSchema: schema16.properties.id, data: data8 };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
                coerced4 !== void 0 && (data8 = coerced4, data7 !== void 0 && (data7.id = coerced4));
              }
              if (typeof data8 == "string" && func3(data8) < 1) {
                let err20 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/auth0.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.id, data: data8 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data7.protect !== void 0) {
              let data9 = data7.protect;
              if (typeof data9 != "boolean") {
                let coerced5;
                if (coerced5 === void 0)
                  if (data9 === "false" || data9 === 0 || data9 === null)
                    coerced5 = !1;
                  else if (data9 === "true" || data9 === 1)
                    coerced5 = !0;
                  else {
                    let err21 = { instancePath: instancePath + "/hooks/" + i0 + "/protect", schemaPath: "providers/auth0.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.protect.type, parentSchema: schema16.properties.protect, data: data9 };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
                coerced5 !== void 0 && (data9 = coerced5, data7 !== void 0 && (data7.protect = coerced5));
              }
            }
            if (data7.name !== void 0) {
              let data10 = data7.name;
              if (typeof data10 != "string") {
                let dataType6 = typeof data10, coerced6;
                if (coerced6 === void 0)
                  if (dataType6 == "number" || dataType6 == "boolean")
                    coerced6 = "" + data10;
                  else if (data10 === null)
                    coerced6 = "";
                  else {
                    let err22 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/auth0.json/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.name.type, parentSchema: schema16.properties.name, data: data10 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                coerced6 !== void 0 && (data10 = coerced6, data7 !== void 0 && (data7.name = coerced6));
              }
              if (typeof data10 == "string" && !pattern8.test(data10)) {
                let err23 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/auth0.json/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$" }, message: 'must match pattern "^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$"', schema: "^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$", parentSchema: schema16.properties.name, data: data10 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            }
            if (data7.script !== void 0) {
              let data11 = data7.script;
              if (typeof data11 != "string") {
                let dataType7 = typeof data11, coerced7;
                if (coerced7 === void 0)
                  if (dataType7 == "number" || dataType7 == "boolean")
                    coerced7 = "" + data11;
                  else if (data11 === null)
                    coerced7 = "";
                  else {
                    let err24 = { instancePath: instancePath + "/hooks/" + i0 + "/script", schemaPath: "providers/auth0.json/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.script.type, parentSchema: schema16.properties.script, data: data11 };
                    vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                  }
                coerced7 !== void 0 && (data11 = coerced7, data7 !== void 0 && (data7.script = coerced7));
              }
              if (typeof data11 == "string" && func3(data11) < 1) {
                let err25 = { instancePath: instancePath + "/hooks/" + i0 + "/script", schemaPath: "providers/auth0.json/properties/script/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.script, data: data11 };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
            }
            if (data7.triggerId !== void 0) {
              let data12 = data7.triggerId;
              if (!(data12 === "credentials-exchange" || data12 === "pre-user-registration" || data12 === "post-user-registration" || data12 === "post-change-password" || data12 === "send-phone-message")) {
                let err26 = { instancePath: instancePath + "/hooks/" + i0 + "/triggerId", schemaPath: "providers/auth0.json/properties/triggerId/enum", keyword: "enum", params: { allowedValues: schema16.properties.triggerId.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.triggerId.enum, parentSchema: schema16.properties.triggerId, data: data12 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data7.enabled !== void 0) {
              let data13 = data7.enabled;
              if (typeof data13 != "boolean") {
                let coerced8;
                if (coerced8 === void 0)
                  if (data13 === "false" || data13 === 0 || data13 === null)
                    coerced8 = !1;
                  else if (data13 === "true" || data13 === 1)
                    coerced8 = !0;
                  else {
                    let err27 = { instancePath: instancePath + "/hooks/" + i0 + "/enabled", schemaPath: "providers/auth0.json/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.enabled.type, parentSchema: schema16.properties.enabled, data: data13 };
                    vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                  }
                coerced8 !== void 0 && (data13 = coerced8, data7 !== void 0 && (data7.enabled = coerced8));
              }
            }
            if (data7.dependencies !== void 0) {
              let data14 = data7.dependencies;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14))
                for (let key3 in data14) {
                  let data15 = data14[key3];
                  if (typeof data15 != "string" && data15 !== null) {
                    let dataType9 = typeof data15, coerced9;
                    if (coerced9 === void 0)
                      if (dataType9 == "number" || dataType9 == "boolean")
                        coerced9 = "" + data15;
                      else if (data15 === null)
                        coerced9 = "";
                      else if (data15 === "" || data15 === 0 || data15 === !1)
                        coerced9 = null;
                      else {
                        let err28 = { instancePath: instancePath + "/hooks/" + i0 + "/dependencies/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/auth0.json/properties/dependencies/additionalProperties/type", keyword: "type", params: { type: schema16.properties.dependencies.additionalProperties.type }, message: "must be string,null", schema: schema16.properties.dependencies.additionalProperties.type, parentSchema: schema16.properties.dependencies.additionalProperties, data: data15 };
                        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                      }
                    coerced9 !== void 0 && (data15 = coerced9, data14 !== void 0 && (data14[key3] = coerced9));
                  }
                }
              else {
                let err29 = { instancePath: instancePath + "/hooks/" + i0 + "/dependencies", schemaPath: "providers/auth0.json/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.dependencies.type, parentSchema: schema16.properties.dependencies, data: data14 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            }
            if (data7.secrets !== void 0) {
              let data16 = data7.secrets;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (Object.keys(data16).length > 20) {
                  let err30 = { instancePath: instancePath + "/hooks/" + i0 + "/secrets", schemaPath: "providers/auth0.json/properties/secrets/maxProperties", keyword: "maxProperties", params: { limit: 20 }, message: "must NOT have more than 20 properties", schema: 20, parentSchema: schema16.properties.secrets, data: data16 };
                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                }
                for (let key4 in data16) {
                  let _errs38 = errors;
                  if (typeof key4 == "string" && !pattern9.test(key4)) {
                    let err31 = { instancePath: instancePath + "/hooks/" + i0 + "/secrets", schemaPath: "providers/auth0.json/properties/secrets/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema16.properties.secrets.propertyNames, data: key4, propertyName: key4 };
                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                  }
                  var valid7 = _errs38 === errors;
                  if (!valid7) {
                    let err32 = { instancePath: instancePath + "/hooks/" + i0 + "/secrets", schemaPath: "providers/auth0.json/properties/secrets/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema16.properties.secrets.propertyNames, parentSchema: schema16.properties.secrets, data: data16 };
                    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                  }
                }
                for (let key5 in data16) {
                  let data17 = data16[key5];
                  if (typeof data17 != "string" && data17 !== null) {
                    let dataType10 = typeof data17, coerced10;
                    if (coerced10 === void 0)
                      if (dataType10 == "number" || dataType10 == "boolean")
                        coerced10 = "" + data17;
                      else if (data17 === null)
                        coerced10 = "";
                      else if (data17 === "" || data17 === 0 || data17 === !1)
                        coerced10 = null;
                      else {
                        let err33 = { instancePath: instancePath + "/hooks/" + i0 + "/secrets/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/auth0.json/properties/secrets/additionalProperties/type", keyword: "type", params: { type: schema16.properties.secrets.additionalProperties.type }, message: "must be string,null", schema: schema16.properties.secrets.additionalProperties.type, parentSchema: schema16.properties.secrets.additionalProperties, data: data17 };
                        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                      }
                    coerced10 !== void 0 && (data17 = coerced10, data16 !== void 0 && (data16[key5] = coerced10));
                  }
                }
              } else {
                let err34 = { instancePath: instancePath + "/hooks/" + i0 + "/secrets", schemaPath: "providers/auth0.json/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.secrets.type, parentSchema: schema16.properties.secrets, data: data16 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
          } else {
            let err35 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/auth0.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data7 };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
      } else {
        let err36 = { instancePath: instancePath + "/hooks", schemaPath: "#/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.hooks.type, parentSchema: schema15.properties.hooks, data: data6 };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
    if (data.prune !== void 0) {
      let data18 = data.prune;
      if (!(data18 === !0 || data18 === !1 || data18 === "all")) {
        let err37 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/enum", keyword: "enum", params: { allowedValues: schema15.properties.prune.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.prune.enum, parentSchema: schema15.properties.prune, data: data18 };
        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
      }
    }
    if (data.rateLimit !== void 0) {
      let data19 = data.rateLimit;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.requests === void 0) {
          let err38 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema15.properties.rateLimit.required, parentSchema: schema15.properties.rateLimit, data: data19 };
          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
        }
        if (data19.per === void 0) {
          let err39 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'", schema: schema15.properties.rateLimit.required, parentSchema: schema15.properties.rateLimit, data: data19 };
          vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
        }
        for (let key6 in data19)
          if (!(key6 === "requests" || key6 === "per")) {
            let err40 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15.properties.rateLimit, data: data19 };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        if (data19.requests !== void 0) {
          let data20 = data19.requests;
          if (!(typeof data20 == "number" && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
            let dataType11 = typeof data20, coerced11;
            if (coerced11 === void 0)
              if (dataType11 === "boolean" || data20 === null || dataType11 === "string" && data20 && data20 == +data20 && !(data20 % 1))
                coerced11 = +data20;
              else {
                let err41 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.rateLimit.properties.requests.type, parentSchema: schema15.properties.rateLimit.properties.requests, data: data20 };
                vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
              }
            coerced11 !== void 0 && (data20 = coerced11, data19 !== void 0 && (data19.requests = coerced11));
          }
          if (typeof data20 == "number" && isFinite(data20) && (data20 < 1 || isNaN(data20))) {
            let err42 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.properties.rateLimit.properties.requests, data: data20 };
            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
          }
        }
        if (data19.per !== void 0) {
          let data21 = data19.per;
          if (typeof data21 != "string") {
            let dataType12 = typeof data21, coerced12;
            if (coerced12 === void 0)
              if (dataType12 == "number" || dataType12 == "boolean")
                coerced12 = "" + data21;
              else if (data21 === null)
                coerced12 = "";
              else {
                let err43 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.rateLimit.properties.per.type, parentSchema: schema15.properties.rateLimit.properties.per, data: data21 };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
            coerced12 !== void 0 && (data21 = coerced12, data19 !== void 0 && (data19.per = coerced12));
          }
          if (typeof data21 == "string" && !pattern6.test(data21)) {
            let err44 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema15.properties.rateLimit.properties.per, data: data21 };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
      } else {
        let err45 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.rateLimit.type, parentSchema: schema15.properties.rateLimit, data: data19 };
        vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
      }
    }
    if (data.maxDeletes !== void 0) {
      let data22 = data.maxDeletes;
      if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
        let dataType13 = typeof data22, coerced13;
        if (coerced13 === void 0)
          if (dataType13 === "boolean" || data22 === null || dataType13 === "string" && data22 && data22 == +data22 && !(data22 % 1))
            coerced13 = +data22;
          else {
            let err46 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.maxDeletes.type, parentSchema: schema15.properties.maxDeletes, data: data22 };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        coerced13 !== void 0 && (data22 = coerced13, data !== void 0 && (data.maxDeletes = coerced13));
      }
      if (typeof data22 == "number" && isFinite(data22) && (data22 < 0 || isNaN(data22))) {
        let err47 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.properties.maxDeletes, data: data22 };
        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
      }
    }
    if (data.owns !== void 0) {
      let data23 = data.owns;
      if (typeof data23 != "string") {
        let dataType14 = typeof data23, coerced14;
        if (coerced14 === void 0)
          if (dataType14 == "number" || dataType14 == "boolean")
            coerced14 = "" + data23;
          else if (data23 === null)
            coerced14 = "";
          else {
            let err48 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.owns.type, parentSchema: schema15.properties.owns, data: data23 };
            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
          }
        coerced14 !== void 0 && (data23 = coerced14, data !== void 0 && (data.owns = coerced14));
      }
      if (typeof data23 == "string" && func3(data23) < 1) {
        let err49 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.owns, data: data23 };
        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
      }
    }
    if (data.writeGap !== void 0) {
      let data24 = data.writeGap;
      if (typeof data24 != "string") {
        let dataType15 = typeof data24, coerced15;
        if (coerced15 === void 0)
          if (dataType15 == "number" || dataType15 == "boolean")
            coerced15 = "" + data24;
          else if (data24 === null)
            coerced15 = "";
          else {
            let err50 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.writeGap.type, parentSchema: schema15.properties.writeGap, data: data24 };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        coerced15 !== void 0 && (data24 = coerced15, data !== void 0 && (data.writeGap = coerced15));
      }
      if (typeof data24 == "string" && !pattern6.test(data24)) {
        let err51 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema15.properties.writeGap, data: data24 };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
  } else {
    let err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
  }
  return validate14.errors = vErrors, errors === 0;
}
var schema17 = { type: "object", description: "A Bold Penguin target.", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "boldpenguin" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, hooks: { type: "array", items: { $ref: "providers/boldpenguin.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." } } }, schema18 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/boldpenguin.json", title: "Bold Penguin webhook subscription", description: "A hookshot webhook subscription (PATCH /hooks/{uuid}). Matched by url. Only the fields you write are managed.", type: "object", additionalProperties: !1, properties: { id: { type: "string", minLength: 1, description: "Pin this entry to one live subscription id (a different url then moves it)." }, protect: { type: "boolean", description: "Never delete or replace this hook: a plan that would is refused for it." }, url: { type: "string", minLength: 1, pattern: "\\S", description: "where deliveries go (not blank); the matching key" }, secret: { type: "string", minLength: 1, description: "Signs deliveries (X-Signature). Secret: use a ${VAR}." }, header: { type: "string", pattern: "^[^:\\s][^:]*:\\s*\\S.*$", description: 'one header as "Name: Value" (the value is secret)' }, active: { type: "boolean", description: "Defaults to false; true needs at least one event. At most 10 active per tenant." }, events: { type: "array", minItems: 1, description: '"*", a subject, or subject:action; compared as a set.', items: { type: "string", pattern: "^(\\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$", description: '"*", a subject (question_set, quote_request, carrier, application_form), or subject:action' } } } }, pattern12 = new RegExp("\\S", "u"), pattern13 = new RegExp("^[^:\\s][^:]*:\\s*\\S.*$", "u"), pattern14 = new RegExp("^(\\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema17.required, parentSchema: schema17, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.endpoint === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema17.required, parentSchema: schema17, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.auth === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" }, message: "must have required property 'auth'", schema: schema17.required, parentSchema: schema17, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.hooks === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hooks" }, message: "must have required property 'hooks'", schema: schema17.required, parentSchema: schema17, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema17.properties, key0)) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema17, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (data0 !== "boldpenguin") {
        let err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/const", keyword: "const", params: { allowedValue: "boldpenguin" }, message: "must be equal to constant", schema: "boldpenguin", parentSchema: schema17.properties.provider, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data1 = data.endpoint;
      if (typeof data1 != "string") {
        let dataType0 = typeof data1, coerced0;
        if (coerced0 === void 0)
          if (dataType0 == "number" || dataType0 == "boolean")
            coerced0 = "" + data1;
          else if (data1 === null)
            coerced0 = "";
          else {
            let err6 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.endpoint.type, parentSchema: schema17.properties.endpoint, data: data1 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        coerced0 !== void 0 && (data1 = coerced0, data !== void 0 && (data.endpoint = coerced0));
      }
      if (typeof data1 == "string" && func3(data1) < 1) {
        let err7 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.endpoint, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.auth !== void 0) {
      let data2 = data.auth;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.clientId === void 0) {
          let err8 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'", schema: schema17.properties.auth.required, parentSchema: schema17.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (data2.clientSecret === void 0) {
          let err9 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientSecret" }, message: "must have required property 'clientSecret'", schema: schema17.properties.auth.required, parentSchema: schema17.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "clientId" || key1 === "clientSecret" || key1 === "tokenUrl")) {
            let err10 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema17.properties.auth, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.clientId !== void 0) {
          let data3 = data2.clientId;
          if (typeof data3 != "string") {
            let dataType1 = typeof data3, coerced1;
            if (coerced1 === void 0)
              if (dataType1 == "number" || dataType1 == "boolean")
                coerced1 = "" + data3;
              else if (data3 === null)
                coerced1 = "";
              else {
                let err11 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.auth.properties.clientId.type, parentSchema: schema17.properties.auth.properties.clientId, data: data3 };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            coerced1 !== void 0 && (data3 = coerced1, data2 !== void 0 && (data2.clientId = coerced1));
          }
          if (typeof data3 == "string" && func3(data3) < 1) {
            let err12 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.auth.properties.clientId, data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.clientSecret !== void 0) {
          let data4 = data2.clientSecret;
          if (typeof data4 != "string") {
            let dataType2 = typeof data4, coerced2;
            if (coerced2 === void 0)
              if (dataType2 == "number" || dataType2 == "boolean")
                coerced2 = "" + data4;
              else if (data4 === null)
                coerced2 = "";
              else {
                let err13 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.auth.properties.clientSecret.type, parentSchema: schema17.properties.auth.properties.clientSecret, data: data4 };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            coerced2 !== void 0 && (data4 = coerced2, data2 !== void 0 && (data2.clientSecret = coerced2));
          }
          if (typeof data4 == "string" && func3(data4) < 1) {
            let err14 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.auth.properties.clientSecret, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.tokenUrl !== void 0) {
          let data5 = data2.tokenUrl;
          if (typeof data5 != "string") {
            let dataType3 = typeof data5, coerced3;
            if (coerced3 === void 0)
              if (dataType3 == "number" || dataType3 == "boolean")
                coerced3 = "" + data5;
              else if (data5 === null)
                coerced3 = "";
              else {
                let err15 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.auth.properties.tokenUrl.type, parentSchema: schema17.properties.auth.properties.tokenUrl, data: data5 };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            coerced3 !== void 0 && (data5 = coerced3, data2 !== void 0 && (data2.tokenUrl = coerced3));
          }
          if (typeof data5 == "string" && func3(data5) < 1) {
            let err16 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.auth.properties.tokenUrl, data: data5 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.auth.type, parentSchema: schema17.properties.auth, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.hooks !== void 0) {
      let data6 = data.hooks;
      if (Array.isArray(data6)) {
        let len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (let key2 in data7)
              if (!(key2 === "id" || key2 === "protect" || key2 === "url" || key2 === "secret" || key2 === "header" || key2 === "active" || key2 === "events")) {
                let err18 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/boldpenguin.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema18, data: data7 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data7.id !== void 0) {
              let data8 = data7.id;
              if (typeof data8 != "string") {
                let dataType4 = typeof data8, coerced4;
                if (coerced4 === void 0)
                  if (dataType4 == "number" || dataType4 == "boolean")
                    coerced4 = "" + data8;
                  else if (data8 === null)
                    coerced4 = "";
                  else {
                    let err19 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/boldpenguin.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.id.type, parentSchema: schema18.properties.id, data: data8 };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
                coerced4 !== void 0 && (data8 = coerced4, data7 !== void 0 && (data7.id = coerced4));
              }
              if (typeof data8 == "string" && func3(data8) < 1) {
                let err20 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/boldpenguin.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.id, data: data8 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data7.protect !== void 0) {
              let data9 = data7.protect;
              if (typeof data9 != "boolean") {
                let coerced5;
                if (coerced5 === void 0)
                  if (data9 === "false" || data9 === 0 || data9 === null)
                    coerced5 = !1;
                  else if (data9 === "true" || data9 === 1)
                    coerced5 = !0;
                  else {
                    let err21 = { instancePath: instancePath + "/hooks/" + i0 + "/protect", schemaPath: "providers/boldpenguin.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.protect.type, parentSchema: schema18.properties.protect, data: data9 };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
                coerced5 !== void 0 && (data9 = coerced5, data7 !== void 0 && (data7.protect = coerced5));
              }
            }
            if (data7.url !== void 0) {
              let data10 = data7.url;
              if (typeof data10 != "string") {
                let dataType6 = typeof data10, coerced6;
                if (coerced6 === void 0)
                  if (dataType6 == "number" || dataType6 == "boolean")
                    coerced6 = "" + data10;
                  else if (data10 === null)
                    coerced6 = "";
                  else {
                    let err22 = { instancePath: instancePath + "/hooks/" + i0 + "/url", schemaPath: "providers/boldpenguin.json/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.url.type, parentSchema: schema18.properties.url, data: data10 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                coerced6 !== void 0 && (data10 = coerced6, data7 !== void 0 && (data7.url = coerced6));
              }
              if (typeof data10 == "string") {
                if (func3(data10) < 1) {
                  let err23 = { instancePath: instancePath + "/hooks/" + i0 + "/url", schemaPath: "providers/boldpenguin.json/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.url, data: data10 };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
                if (!pattern12.test(data10)) {
                  let err24 = { instancePath: instancePath + "/hooks/" + i0 + "/url", schemaPath: "providers/boldpenguin.json/properties/url/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema18.properties.url, data: data10 };
                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                }
              }
            }
            if (data7.secret !== void 0) {
              let data11 = data7.secret;
              if (typeof data11 != "string") {
                let dataType7 = typeof data11, coerced7;
                if (coerced7 === void 0)
                  if (dataType7 == "number" || dataType7 == "boolean")
                    coerced7 = "" + data11;
                  else if (data11 === null)
                    coerced7 = "";
                  else {
                    let err25 = { instancePath: instancePath + "/hooks/" + i0 + "/secret", schemaPath: "providers/boldpenguin.json/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.secret.type, parentSchema: schema18.properties.secret, data: data11 };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
                coerced7 !== void 0 && (data11 = coerced7, data7 !== void 0 && (data7.secret = coerced7));
              }
              if (typeof data11 == "string" && func3(data11) < 1) {
                let err26 = { instancePath: instancePath + "/hooks/" + i0 + "/secret", schemaPath: "providers/boldpenguin.json/properties/secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.secret, data: data11 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data7.header !== void 0) {
              let data12 = data7.header;
              if (typeof data12 != "string") {
                let dataType8 = typeof data12, coerced8;
                if (coerced8 === void 0)
                  if (dataType8 == "number" || dataType8 == "boolean")
                    coerced8 = "" + data12;
                  else if (data12 === null)
                    coerced8 = "";
                  else {
                    let err27 = { instancePath: instancePath + "/hooks/" + i0 + "/header", schemaPath: "providers/boldpenguin.json/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.header.type, parentSchema: schema18.properties.header, data: data12 };
                    vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                  }
                coerced8 !== void 0 && (data12 = coerced8, data7 !== void 0 && (data7.header = coerced8));
              }
              if (typeof data12 == "string" && !pattern13.test(data12)) {
                let err28 = { instancePath: instancePath + "/hooks/" + i0 + "/header", schemaPath: "providers/boldpenguin.json/properties/header/pattern", keyword: "pattern", params: { pattern: "^[^:\\s][^:]*:\\s*\\S.*$" }, message: 'must match pattern "^[^:\\s][^:]*:\\s*\\S.*$"', schema: "^[^:\\s][^:]*:\\s*\\S.*$", parentSchema: schema18.properties.header, data: data12 };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            }
            if (data7.active !== void 0) {
              let data13 = data7.active;
              if (typeof data13 != "boolean") {
                let coerced9;
                if (coerced9 === void 0)
                  if (data13 === "false" || data13 === 0 || data13 === null)
                    coerced9 = !1;
                  else if (data13 === "true" || data13 === 1)
                    coerced9 = !0;
                  else {
                    let err29 = { instancePath: instancePath + "/hooks/" + i0 + "/active", schemaPath: "providers/boldpenguin.json/properties/active/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.active.type, parentSchema: schema18.properties.active, data: data13 };
                    vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                  }
                coerced9 !== void 0 && (data13 = coerced9, data7 !== void 0 && (data7.active = coerced9));
              }
            }
            if (data7.events !== void 0) {
              let data14 = data7.events;
              if (Array.isArray(data14)) {
                if (data14.length < 1) {
                  let err30 = { instancePath: instancePath + "/hooks/" + i0 + "/events", schemaPath: "providers/boldpenguin.json/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.events, data: data14 };
                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                }
                let len1 = data14.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data15 = data14[i1];
                  if (typeof data15 != "string") {
                    let dataType10 = typeof data15, coerced10;
                    if (coerced10 === void 0)
                      if (dataType10 == "number" || dataType10 == "boolean")
                        coerced10 = "" + data15;
                      else if (data15 === null)
                        coerced10 = "";
                      else {
                        let err31 = { instancePath: instancePath + "/hooks/" + i0 + "/events/" + i1, schemaPath: "providers/boldpenguin.json/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.events.items.type, parentSchema: schema18.properties.events.items, data: data15 };
                        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                      }
                    coerced10 !== void 0 && (data15 = coerced10, data14 !== void 0 && (data14[i1] = coerced10));
                  }
                  if (typeof data15 == "string" && !pattern14.test(data15)) {
                    let err32 = { instancePath: instancePath + "/hooks/" + i0 + "/events/" + i1, schemaPath: "providers/boldpenguin.json/properties/events/items/pattern", keyword: "pattern", params: { pattern: "^(\\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$" }, message: 'must match pattern "^(\\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$"', schema: "^(\\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$", parentSchema: schema18.properties.events.items, data: data15 };
                    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                  }
                }
              } else {
                let err33 = { instancePath: instancePath + "/hooks/" + i0 + "/events", schemaPath: "providers/boldpenguin.json/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.events.type, parentSchema: schema18.properties.events, data: data14 };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
            }
          } else {
            let err34 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/boldpenguin.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data7 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
      } else {
        let err35 = { instancePath: instancePath + "/hooks", schemaPath: "#/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.hooks.type, parentSchema: schema17.properties.hooks, data: data6 };
        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
      }
    }
    if (data.prune !== void 0) {
      let data16 = data.prune;
      if (!(data16 === !0 || data16 === !1 || data16 === "all")) {
        let err36 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/enum", keyword: "enum", params: { allowedValues: schema17.properties.prune.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.prune.enum, parentSchema: schema17.properties.prune, data: data16 };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
    if (data.rateLimit !== void 0) {
      let data17 = data.rateLimit;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.requests === void 0) {
          let err37 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema17.properties.rateLimit.required, parentSchema: schema17.properties.rateLimit, data: data17 };
          vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
        }
        if (data17.per === void 0) {
          let err38 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'", schema: schema17.properties.rateLimit.required, parentSchema: schema17.properties.rateLimit, data: data17 };
          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
        }
        for (let key3 in data17)
          if (!(key3 === "requests" || key3 === "per")) {
            let err39 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema17.properties.rateLimit, data: data17 };
            vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
          }
        if (data17.requests !== void 0) {
          let data18 = data17.requests;
          if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
            let dataType11 = typeof data18, coerced11;
            if (coerced11 === void 0)
              if (dataType11 === "boolean" || data18 === null || dataType11 === "string" && data18 && data18 == +data18 && !(data18 % 1))
                coerced11 = +data18;
              else {
                let err40 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.rateLimit.properties.requests.type, parentSchema: schema17.properties.rateLimit.properties.requests, data: data18 };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
            coerced11 !== void 0 && (data18 = coerced11, data17 !== void 0 && (data17.requests = coerced11));
          }
          if (typeof data18 == "number" && isFinite(data18) && (data18 < 1 || isNaN(data18))) {
            let err41 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17.properties.rateLimit.properties.requests, data: data18 };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
        }
        if (data17.per !== void 0) {
          let data19 = data17.per;
          if (typeof data19 != "string") {
            let dataType12 = typeof data19, coerced12;
            if (coerced12 === void 0)
              if (dataType12 == "number" || dataType12 == "boolean")
                coerced12 = "" + data19;
              else if (data19 === null)
                coerced12 = "";
              else {
                let err42 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.rateLimit.properties.per.type, parentSchema: schema17.properties.rateLimit.properties.per, data: data19 };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            coerced12 !== void 0 && (data19 = coerced12, data17 !== void 0 && (data17.per = coerced12));
          }
          if (typeof data19 == "string" && !pattern6.test(data19)) {
            let err43 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema17.properties.rateLimit.properties.per, data: data19 };
            vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
          }
        }
      } else {
        let err44 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.rateLimit.type, parentSchema: schema17.properties.rateLimit, data: data17 };
        vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
      }
    }
    if (data.maxDeletes !== void 0) {
      let data20 = data.maxDeletes;
      if (!(typeof data20 == "number" && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
        let dataType13 = typeof data20, coerced13;
        if (coerced13 === void 0)
          if (dataType13 === "boolean" || data20 === null || dataType13 === "string" && data20 && data20 == +data20 && !(data20 % 1))
            coerced13 = +data20;
          else {
            let err45 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.maxDeletes.type, parentSchema: schema17.properties.maxDeletes, data: data20 };
            vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
          }
        coerced13 !== void 0 && (data20 = coerced13, data !== void 0 && (data.maxDeletes = coerced13));
      }
      if (typeof data20 == "number" && isFinite(data20) && (data20 < 0 || isNaN(data20))) {
        let err46 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema17.properties.maxDeletes, data: data20 };
        vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
      }
    }
    if (data.owns !== void 0) {
      let data21 = data.owns;
      if (typeof data21 != "string") {
        let dataType14 = typeof data21, coerced14;
        if (coerced14 === void 0)
          if (dataType14 == "number" || dataType14 == "boolean")
            coerced14 = "" + data21;
          else if (data21 === null)
            coerced14 = "";
          else {
            let err47 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.owns.type, parentSchema: schema17.properties.owns, data: data21 };
            vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
          }
        coerced14 !== void 0 && (data21 = coerced14, data !== void 0 && (data.owns = coerced14));
      }
      if (typeof data21 == "string" && func3(data21) < 1) {
        let err48 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.owns, data: data21 };
        vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
      }
    }
    if (data.writeGap !== void 0) {
      let data22 = data.writeGap;
      if (typeof data22 != "string") {
        let dataType15 = typeof data22, coerced15;
        if (coerced15 === void 0)
          if (dataType15 == "number" || dataType15 == "boolean")
            coerced15 = "" + data22;
          else if (data22 === null)
            coerced15 = "";
          else {
            let err49 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.writeGap.type, parentSchema: schema17.properties.writeGap, data: data22 };
            vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
          }
        coerced15 !== void 0 && (data22 = coerced15, data !== void 0 && (data.writeGap = coerced15));
      }
      if (typeof data22 == "string" && !pattern6.test(data22)) {
        let err50 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema17.properties.writeGap, data: data22 };
        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
      }
    }
  } else {
    let err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
  }
  return validate16.errors = vErrors, errors === 0;
}
var schema19 = { type: "object", description: "A Nursa target.", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "nursa" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, hooks: { type: "array", items: { $ref: "providers/nursa.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." } } }, schema20 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/nursa.json", title: "Nursa user webhook", description: "A Nursa Public API v2 user webhook (PATCH /api/v2/public/webhooks/user/{webhookId}). Matched by url.", type: "object", additionalProperties: !1, properties: { id: { type: "string", minLength: 1, description: "Pin this entry to one live webhook id (a different url then moves it)." }, protect: { type: "boolean", description: "Never delete or replace this hook: a plan that would is refused for it." }, url: { type: "string", pattern: "^https://\\S+$", description: "an https:// URL (Nursa refuses any other); the matching key" }, events: { type: "array", minItems: 1, description: "Events that trigger the webhook; compared as a set.", items: { enum: ["all", "facility.user-connection.accepted", "facility.user-connection.rejected", "facility.creation.accepted", "facility.creation.rejected"] } }, secrets: { type: "array", minItems: 1, maxItems: 2, description: "Signing secrets (two allow rotation). Sent only when written here: leave out to keep the server's.", items: { type: "string", minLength: 1 } }, secretTo: { type: "object", additionalProperties: !1, minProperties: 1, description: "Where apply hands the signing secret the vendor generates for this hook when it creates it: a line of the --secrets-file, and/or a GitHub Actions secret. Never printed.", properties: { env: { type: "string", pattern: "^[A-Z_][A-Z0-9_]*$", description: "an upper-case variable name (A-Z, 0-9, _), whose line NAME=value apply writes to its --secrets-file (mode 0600)" }, github: { type: "object", additionalProperties: !1, required: ["repository", "secret", "token"], description: "an Actions secret of a repository (or of one of its environments), sealed with its public key as GitHub documents", properties: { repository: { type: "string", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", description: "owner/name" }, environment: { type: "string", minLength: 1, description: "an environment of the repository: its secret instead of the repository's" }, secret: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "the secret's name" }, token: { type: "string", minLength: 1, description: "a token that may write the repository's Actions secrets. Secret: use a ${VAR}." }, endpoint: { type: "string", pattern: "^https?://", description: "GitHub's API (default https://api.github.com)" } } } } } } }, pattern17 = new RegExp("^https://\\S+$", "u");
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema19.required, parentSchema: schema19, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.endpoint === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema19.required, parentSchema: schema19, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.auth === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" }, message: "must have required property 'auth'", schema: schema19.required, parentSchema: schema19, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.hooks === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hooks" }, message: "must have required property 'hooks'", schema: schema19.required, parentSchema: schema19, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema19.properties, key0)) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (data0 !== "nursa") {
        let err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/const", keyword: "const", params: { allowedValue: "nursa" }, message: "must be equal to constant", schema: "nursa", parentSchema: schema19.properties.provider, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data1 = data.endpoint;
      if (typeof data1 != "string") {
        let dataType0 = typeof data1, coerced0;
        if (coerced0 === void 0)
          if (dataType0 == "number" || dataType0 == "boolean")
            coerced0 = "" + data1;
          else if (data1 === null)
            coerced0 = "";
          else {
            let err6 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.endpoint.type, parentSchema: schema19.properties.endpoint, data: data1 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        coerced0 !== void 0 && (data1 = coerced0, data !== void 0 && (data.endpoint = coerced0));
      }
      if (typeof data1 == "string" && func3(data1) < 1) {
        let err7 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.endpoint, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.auth !== void 0) {
      let data2 = data.auth;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.clientId === void 0) {
          let err8 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'", schema: schema19.properties.auth.required, parentSchema: schema19.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (data2.clientSecret === void 0) {
          let err9 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientSecret" }, message: "must have required property 'clientSecret'", schema: schema19.properties.auth.required, parentSchema: schema19.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "clientId" || key1 === "clientSecret" || key1 === "tokenUrl")) {
            let err10 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19.properties.auth, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.clientId !== void 0) {
          let data3 = data2.clientId;
          if (typeof data3 != "string") {
            let dataType1 = typeof data3, coerced1;
            if (coerced1 === void 0)
              if (dataType1 == "number" || dataType1 == "boolean")
                coerced1 = "" + data3;
              else if (data3 === null)
                coerced1 = "";
              else {
                let err11 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.auth.properties.clientId.type, parentSchema: schema19.properties.auth.properties.clientId, data: data3 };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            coerced1 !== void 0 && (data3 = coerced1, data2 !== void 0 && (data2.clientId = coerced1));
          }
          if (typeof data3 == "string" && func3(data3) < 1) {
            let err12 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.auth.properties.clientId, data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.clientSecret !== void 0) {
          let data4 = data2.clientSecret;
          if (typeof data4 != "string") {
            let dataType2 = typeof data4, coerced2;
            if (coerced2 === void 0)
              if (dataType2 == "number" || dataType2 == "boolean")
                coerced2 = "" + data4;
              else if (data4 === null)
                coerced2 = "";
              else {
                let err13 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.auth.properties.clientSecret.type, parentSchema: schema19.properties.auth.properties.clientSecret, data: data4 };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            coerced2 !== void 0 && (data4 = coerced2, data2 !== void 0 && (data2.clientSecret = coerced2));
          }
          if (typeof data4 == "string" && func3(data4) < 1) {
            let err14 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.auth.properties.clientSecret, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.tokenUrl !== void 0) {
          let data5 = data2.tokenUrl;
          if (typeof data5 != "string") {
            let dataType3 = typeof data5, coerced3;
            if (coerced3 === void 0)
              if (dataType3 == "number" || dataType3 == "boolean")
                coerced3 = "" + data5;
              else if (data5 === null)
                coerced3 = "";
              else {
                let err15 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.auth.properties.tokenUrl.type, parentSchema: schema19.properties.auth.properties.tokenUrl, data: data5 };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            coerced3 !== void 0 && (data5 = coerced3, data2 !== void 0 && (data2.tokenUrl = coerced3));
          }
          if (typeof data5 == "string" && func3(data5) < 1) {
            let err16 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.auth.properties.tokenUrl, data: data5 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.auth.type, parentSchema: schema19.properties.auth, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.hooks !== void 0) {
      let data6 = data.hooks;
      if (Array.isArray(data6)) {
        let len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (let key2 in data7)
              if (!(key2 === "id" || key2 === "protect" || key2 === "url" || key2 === "events" || key2 === "secrets" || key2 === "secretTo")) {
                let err18 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/nursa.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20, data: data7 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data7.id !== void 0) {
              let data8 = data7.id;
              if (typeof data8 != "string") {
                let dataType4 = typeof data8, coerced4;
                if (coerced4 === void 0)
                  if (dataType4 == "number" || dataType4 == "boolean")
                    coerced4 = "" + data8;
                  else if (data8 === null)
                    coerced4 = "";
                  else {
                    let err19 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/nursa.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.id.type, parentSchema: schema20.properties.id, data: data8 };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
                coerced4 !== void 0 && (data8 = coerced4, data7 !== void 0 && (data7.id = coerced4));
              }
              if (typeof data8 == "string" && func3(data8) < 1) {
                let err20 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/nursa.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.id, data: data8 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data7.protect !== void 0) {
              let data9 = data7.protect;
              if (typeof data9 != "boolean") {
                let coerced5;
                if (coerced5 === void 0)
                  if (data9 === "false" || data9 === 0 || data9 === null)
                    coerced5 = !1;
                  else if (data9 === "true" || data9 === 1)
                    coerced5 = !0;
                  else {
                    let err21 = { instancePath: instancePath + "/hooks/" + i0 + "/protect", schemaPath: "providers/nursa.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.protect.type, parentSchema: schema20.properties.protect, data: data9 };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
                coerced5 !== void 0 && (data9 = coerced5, data7 !== void 0 && (data7.protect = coerced5));
              }
            }
            if (data7.url !== void 0) {
              let data10 = data7.url;
              if (typeof data10 != "string") {
                let dataType6 = typeof data10, coerced6;
                if (coerced6 === void 0)
                  if (dataType6 == "number" || dataType6 == "boolean")
                    coerced6 = "" + data10;
                  else if (data10 === null)
                    coerced6 = "";
                  else {
                    let err22 = { instancePath: instancePath + "/hooks/" + i0 + "/url", schemaPath: "providers/nursa.json/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.url.type, parentSchema: schema20.properties.url, data: data10 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                coerced6 !== void 0 && (data10 = coerced6, data7 !== void 0 && (data7.url = coerced6));
              }
              if (typeof data10 == "string" && !pattern17.test(data10)) {
                let err23 = { instancePath: instancePath + "/hooks/" + i0 + "/url", schemaPath: "providers/nursa.json/properties/url/pattern", keyword: "pattern", params: { pattern: "^https://\\S+$" }, message: 'must match pattern "^https://\\S+$"', schema: "^https://\\S+$", parentSchema: schema20.properties.url, data: data10 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            }
            if (data7.events !== void 0) {
              let data11 = data7.events;
              if (Array.isArray(data11)) {
                if (data11.length < 1) {
                  let err24 = { instancePath: instancePath + "/hooks/" + i0 + "/events", schemaPath: "providers/nursa.json/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20.properties.events, data: data11 };
                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                }
                let len1 = data11.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data12 = data11[i1];
                  if (!(data12 === "all" || data12 === "facility.user-connection.accepted" || data12 === "facility.user-connection.rejected" || data12 === "facility.creation.accepted" || data12 === "facility.creation.rejected")) {
                    let err25 = { instancePath: instancePath + "/hooks/" + i0 + "/events/" + i1, schemaPath: "providers/nursa.json/properties/events/items/enum", keyword: "enum", params: { allowedValues: schema20.properties.events.items.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.events.items.enum, parentSchema: schema20.properties.events.items, data: data12 };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
                }
              } else {
                let err26 = { instancePath: instancePath + "/hooks/" + i0 + "/events", schemaPath: "providers/nursa.json/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.events.type, parentSchema: schema20.properties.events, data: data11 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data7.secrets !== void 0) {
              let data13 = data7.secrets;
              if (Array.isArray(data13)) {
                if (data13.length > 2) {
                  let err27 = { instancePath: instancePath + "/hooks/" + i0 + "/secrets", schemaPath: "providers/nursa.json/properties/secrets/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema20.properties.secrets, data: data13 };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
                if (data13.length < 1) {
                  let err28 = { instancePath: instancePath + "/hooks/" + i0 + "/secrets", schemaPath: "providers/nursa.json/properties/secrets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20.properties.secrets, data: data13 };
                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                }
                let len2 = data13.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data14 = data13[i2];
                  if (typeof data14 != "string") {
                    let dataType7 = typeof data14, coerced7;
                    if (coerced7 === void 0)
                      if (dataType7 == "number" || dataType7 == "boolean")
                        coerced7 = "" + data14;
                      else if (data14 === null)
                        coerced7 = "";
                      else {
                        let err29 = { instancePath: instancePath + "/hooks/" + i0 + "/secrets/" + i2, schemaPath: "providers/nursa.json/properties/secrets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.secrets.items.type, parentSchema: schema20.properties.secrets.items, data: data14 };
                        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                      }
                    coerced7 !== void 0 && (data14 = coerced7, data13 !== void 0 && (data13[i2] = coerced7));
                  }
                  if (typeof data14 == "string" && func3(data14) < 1) {
                    let err30 = { instancePath: instancePath + "/hooks/" + i0 + "/secrets/" + i2, schemaPath: "providers/nursa.json/properties/secrets/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.secrets.items, data: data14 };
                    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                  }
                }
              } else {
                let err31 = { instancePath: instancePath + "/hooks/" + i0 + "/secrets", schemaPath: "providers/nursa.json/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.secrets.type, parentSchema: schema20.properties.secrets, data: data13 };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            }
            if (data7.secretTo !== void 0) {
              let data15 = data7.secretTo;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (Object.keys(data15).length < 1) {
                  let err32 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo", schemaPath: "providers/nursa.json/properties/secretTo/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema20.properties.secretTo, data: data15 };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
                for (let key3 in data15)
                  if (!(key3 === "env" || key3 === "github")) {
                    let err33 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo", schemaPath: "providers/nursa.json/properties/secretTo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20.properties.secretTo, data: data15 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                if (data15.env !== void 0) {
                  let data16 = data15.env;
                  if (typeof data16 != "string") {
                    let dataType8 = typeof data16, coerced8;
                    if (coerced8 === void 0)
                      if (dataType8 == "number" || dataType8 == "boolean")
                        coerced8 = "" + data16;
                      else if (data16 === null)
                        coerced8 = "";
                      else {
                        let err34 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/env", schemaPath: "providers/nursa.json/properties/secretTo/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.secretTo.properties.env.type, parentSchema: schema20.properties.secretTo.properties.env, data: data16 };
                        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                      }
                    coerced8 !== void 0 && (data16 = coerced8, data15 !== void 0 && (data15.env = coerced8));
                  }
                  if (typeof data16 == "string" && !pattern2.test(data16)) {
                    let err35 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/env", schemaPath: "providers/nursa.json/properties/secretTo/properties/env/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema20.properties.secretTo.properties.env, data: data16 };
                    vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                  }
                }
                if (data15.github !== void 0) {
                  let data17 = data15.github;
                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    if (data17.repository === void 0) {
                      let err36 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema20.properties.secretTo.properties.github.required, parentSchema: schema20.properties.secretTo.properties.github, data: data17 };
                      vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                    }
                    if (data17.secret === void 0) {
                      let err37 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema20.properties.secretTo.properties.github.required, parentSchema: schema20.properties.secretTo.properties.github, data: data17 };
                      vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                    }
                    if (data17.token === void 0) {
                      let err38 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property 'token'", schema: schema20.properties.secretTo.properties.github.required, parentSchema: schema20.properties.secretTo.properties.github, data: data17 };
                      vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                    }
                    for (let key4 in data17)
                      if (!(key4 === "repository" || key4 === "environment" || key4 === "secret" || key4 === "token" || key4 === "endpoint")) {
                        let err39 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema20.properties.secretTo.properties.github, data: data17 };
                        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                      }
                    if (data17.repository !== void 0) {
                      let data18 = data17.repository;
                      if (typeof data18 != "string") {
                        let dataType9 = typeof data18, coerced9;
                        if (coerced9 === void 0)
                          if (dataType9 == "number" || dataType9 == "boolean")
                            coerced9 = "" + data18;
                          else if (data18 === null)
                            coerced9 = "";
                          else {
                            let err40 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/repository", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.secretTo.properties.github.properties.repository.type, parentSchema: schema20.properties.secretTo.properties.github.properties.repository, data: data18 };
                            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                          }
                        coerced9 !== void 0 && (data18 = coerced9, data17 !== void 0 && (data17.repository = coerced9));
                      }
                      if (typeof data18 == "string" && !pattern3.test(data18)) {
                        let err41 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/repository", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema20.properties.secretTo.properties.github.properties.repository, data: data18 };
                        vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                      }
                    }
                    if (data17.environment !== void 0) {
                      let data19 = data17.environment;
                      if (typeof data19 != "string") {
                        let dataType10 = typeof data19, coerced10;
                        if (coerced10 === void 0)
                          if (dataType10 == "number" || dataType10 == "boolean")
                            coerced10 = "" + data19;
                          else if (data19 === null)
                            coerced10 = "";
                          else {
                            let err42 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/environment", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.secretTo.properties.github.properties.environment.type, parentSchema: schema20.properties.secretTo.properties.github.properties.environment, data: data19 };
                            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                          }
                        coerced10 !== void 0 && (data19 = coerced10, data17 !== void 0 && (data17.environment = coerced10));
                      }
                      if (typeof data19 == "string" && func3(data19) < 1) {
                        let err43 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/environment", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.secretTo.properties.github.properties.environment, data: data19 };
                        vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                      }
                    }
                    if (data17.secret !== void 0) {
                      let data20 = data17.secret;
                      if (typeof data20 != "string") {
                        let dataType11 = typeof data20, coerced11;
                        if (coerced11 === void 0)
                          if (dataType11 == "number" || dataType11 == "boolean")
                            coerced11 = "" + data20;
                          else if (data20 === null)
                            coerced11 = "";
                          else {
                            let err44 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/secret", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.secretTo.properties.github.properties.secret.type, parentSchema: schema20.properties.secretTo.properties.github.properties.secret, data: data20 };
                            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                          }
                        coerced11 !== void 0 && (data20 = coerced11, data17 !== void 0 && (data17.secret = coerced11));
                      }
                      if (typeof data20 == "string" && !pattern4.test(data20)) {
                        let err45 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/secret", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/properties/secret/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema20.properties.secretTo.properties.github.properties.secret, data: data20 };
                        vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                      }
                    }
                    if (data17.token !== void 0) {
                      let data21 = data17.token;
                      if (typeof data21 != "string") {
                        let dataType12 = typeof data21, coerced12;
                        if (coerced12 === void 0)
                          if (dataType12 == "number" || dataType12 == "boolean")
                            coerced12 = "" + data21;
                          else if (data21 === null)
                            coerced12 = "";
                          else {
                            let err46 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/token", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.secretTo.properties.github.properties.token.type, parentSchema: schema20.properties.secretTo.properties.github.properties.token, data: data21 };
                            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                          }
                        coerced12 !== void 0 && (data21 = coerced12, data17 !== void 0 && (data17.token = coerced12));
                      }
                      if (typeof data21 == "string" && func3(data21) < 1) {
                        let err47 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/token", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/properties/token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.secretTo.properties.github.properties.token, data: data21 };
                        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                      }
                    }
                    if (data17.endpoint !== void 0) {
                      let data22 = data17.endpoint;
                      if (typeof data22 != "string") {
                        let dataType13 = typeof data22, coerced13;
                        if (coerced13 === void 0)
                          if (dataType13 == "number" || dataType13 == "boolean")
                            coerced13 = "" + data22;
                          else if (data22 === null)
                            coerced13 = "";
                          else {
                            let err48 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/endpoint", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.secretTo.properties.github.properties.endpoint.type, parentSchema: schema20.properties.secretTo.properties.github.properties.endpoint, data: data22 };
                            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                          }
                        coerced13 !== void 0 && (data22 = coerced13, data17 !== void 0 && (data17.endpoint = coerced13));
                      }
                      if (typeof data22 == "string" && !pattern5.test(data22)) {
                        let err49 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/endpoint", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema20.properties.secretTo.properties.github.properties.endpoint, data: data22 };
                        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                      }
                    }
                  } else {
                    let err50 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/nursa.json/properties/secretTo/properties/github/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.secretTo.properties.github.type, parentSchema: schema20.properties.secretTo.properties.github, data: data17 };
                    vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                  }
                }
              } else {
                let err51 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo", schemaPath: "providers/nursa.json/properties/secretTo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.secretTo.type, parentSchema: schema20.properties.secretTo, data: data15 };
                vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
              }
            }
          } else {
            let err52 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/nursa.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data7 };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        }
      } else {
        let err53 = { instancePath: instancePath + "/hooks", schemaPath: "#/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.hooks.type, parentSchema: schema19.properties.hooks, data: data6 };
        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
      }
    }
    if (data.prune !== void 0) {
      let data23 = data.prune;
      if (!(data23 === !0 || data23 === !1 || data23 === "all")) {
        let err54 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/enum", keyword: "enum", params: { allowedValues: schema19.properties.prune.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.prune.enum, parentSchema: schema19.properties.prune, data: data23 };
        vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
      }
    }
    if (data.rateLimit !== void 0) {
      let data24 = data.rateLimit;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        if (data24.requests === void 0) {
          let err55 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema19.properties.rateLimit.required, parentSchema: schema19.properties.rateLimit, data: data24 };
          vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
        }
        if (data24.per === void 0) {
          let err56 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'", schema: schema19.properties.rateLimit.required, parentSchema: schema19.properties.rateLimit, data: data24 };
          vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
        }
        for (let key5 in data24)
          if (!(key5 === "requests" || key5 === "per")) {
            let err57 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema19.properties.rateLimit, data: data24 };
            vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
          }
        if (data24.requests !== void 0) {
          let data25 = data24.requests;
          if (!(typeof data25 == "number" && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
            let dataType14 = typeof data25, coerced14;
            if (coerced14 === void 0)
              if (dataType14 === "boolean" || data25 === null || dataType14 === "string" && data25 && data25 == +data25 && !(data25 % 1))
                coerced14 = +data25;
              else {
                let err58 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.rateLimit.properties.requests.type, parentSchema: schema19.properties.rateLimit.properties.requests, data: data25 };
                vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
              }
            coerced14 !== void 0 && (data25 = coerced14, data24 !== void 0 && (data24.requests = coerced14));
          }
          if (typeof data25 == "number" && isFinite(data25) && (data25 < 1 || isNaN(data25))) {
            let err59 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.rateLimit.properties.requests, data: data25 };
            vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
          }
        }
        if (data24.per !== void 0) {
          let data26 = data24.per;
          if (typeof data26 != "string") {
            let dataType15 = typeof data26, coerced15;
            if (coerced15 === void 0)
              if (dataType15 == "number" || dataType15 == "boolean")
                coerced15 = "" + data26;
              else if (data26 === null)
                coerced15 = "";
              else {
                let err60 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.rateLimit.properties.per.type, parentSchema: schema19.properties.rateLimit.properties.per, data: data26 };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
            coerced15 !== void 0 && (data26 = coerced15, data24 !== void 0 && (data24.per = coerced15));
          }
          if (typeof data26 == "string" && !pattern6.test(data26)) {
            let err61 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema19.properties.rateLimit.properties.per, data: data26 };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
        }
      } else {
        let err62 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.rateLimit.type, parentSchema: schema19.properties.rateLimit, data: data24 };
        vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
      }
    }
    if (data.maxDeletes !== void 0) {
      let data27 = data.maxDeletes;
      if (!(typeof data27 == "number" && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
        let dataType16 = typeof data27, coerced16;
        if (coerced16 === void 0)
          if (dataType16 === "boolean" || data27 === null || dataType16 === "string" && data27 && data27 == +data27 && !(data27 % 1))
            coerced16 = +data27;
          else {
            let err63 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.maxDeletes.type, parentSchema: schema19.properties.maxDeletes, data: data27 };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
        coerced16 !== void 0 && (data27 = coerced16, data !== void 0 && (data.maxDeletes = coerced16));
      }
      if (typeof data27 == "number" && isFinite(data27) && (data27 < 0 || isNaN(data27))) {
        let err64 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.maxDeletes, data: data27 };
        vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
      }
    }
    if (data.owns !== void 0) {
      let data28 = data.owns;
      if (typeof data28 != "string") {
        let dataType17 = typeof data28, coerced17;
        if (coerced17 === void 0)
          if (dataType17 == "number" || dataType17 == "boolean")
            coerced17 = "" + data28;
          else if (data28 === null)
            coerced17 = "";
          else {
            let err65 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.owns.type, parentSchema: schema19.properties.owns, data: data28 };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
        coerced17 !== void 0 && (data28 = coerced17, data !== void 0 && (data.owns = coerced17));
      }
      if (typeof data28 == "string" && func3(data28) < 1) {
        let err66 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.owns, data: data28 };
        vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
      }
    }
    if (data.writeGap !== void 0) {
      let data29 = data.writeGap;
      if (typeof data29 != "string") {
        let dataType18 = typeof data29, coerced18;
        if (coerced18 === void 0)
          if (dataType18 == "number" || dataType18 == "boolean")
            coerced18 = "" + data29;
          else if (data29 === null)
            coerced18 = "";
          else {
            let err67 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.writeGap.type, parentSchema: schema19.properties.writeGap, data: data29 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        coerced18 !== void 0 && (data29 = coerced18, data !== void 0 && (data.writeGap = coerced18));
      }
      if (typeof data29 == "string" && !pattern6.test(data29)) {
        let err68 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema19.properties.writeGap, data: data29 };
        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
      }
    }
  } else {
    let err69 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
  }
  return validate18.errors = vErrors, errors === 0;
}
var schema21 = { type: "object", description: "A GitHub target.", required: ["provider", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "github" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox). Default: https://api.github.com." }, auth: { type: "object", required: ["token"], additionalProperties: !1, description: "An API token. Use a ${VAR} reference; never write it in the file.", properties: { token: { type: "string", minLength: 1 } } }, hooks: { type: "array", items: { $ref: "providers/github.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." }, repository: { type: "string", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", description: "owner/name: manage this repository's webhooks" }, organization: { type: "string", pattern: "^[A-Za-z0-9-]+$", description: "manage this organization's webhooks (or, with repositories:, those of its repositories)" }, repositories: { type: "object", additionalProperties: !1, description: "With organization: manage the hooks of the organization's repositories this selects (every condition written must hold; archived repositories and forks are left out unless asked for), not the organization's own", properties: { include: { type: "array", minItems: 1, items: { type: "string", pattern: "^[A-Za-z0-9_.*?-]+$" }, description: "name globs (* and ?); default: every repository" }, exclude: { type: "array", minItems: 1, items: { type: "string", pattern: "^[A-Za-z0-9_.*?-]+$" }, description: "name globs to leave out" }, topics: { type: "array", minItems: 1, items: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" }, description: "any of these topics" }, properties: { type: "object", minProperties: 1, description: "organization custom properties: each must have this value, or one of these values", additionalProperties: { oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: { type: "string" } }] } }, visibility: { type: "array", minItems: 1, items: { enum: ["public", "private", "internal"] }, description: "any of these visibilities" }, archived: { type: "boolean", description: "false (default): archived repositories are left out; true: only archived ones" }, forks: { type: "boolean", description: "false (default): forks are left out; true: forks too" } } } }, oneOf: [{ required: ["repository"], properties: { repository: !0 } }, { required: ["organization"], properties: { organization: !0 } }] }, schema22 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/github.json", title: "GitHub webhook", description: "A GitHub repository or organization webhook (REST API 2022-11-28). Matched by config.url. The secret is never shown by GitHub: only whether one is set is compared.", type: "object", additionalProperties: !1, properties: { id: { type: ["string", "integer"], description: "Pin this entry to one live hook id (a different config.url then moves it)." }, protect: { type: "boolean", description: "Never delete or replace this hook: a plan that would is refused for it." }, repositories: { type: "object", additionalProperties: !1, description: "Only on a target that selects repositories: the repositories of its selection this entry is on (narrower; same form as the target's)", properties: { include: { type: "array", minItems: 1, items: { type: "string", pattern: "^[A-Za-z0-9_.*?-]+$" }, description: "name globs (* and ?); default: every repository" }, exclude: { type: "array", minItems: 1, items: { type: "string", pattern: "^[A-Za-z0-9_.*?-]+$" }, description: "name globs to leave out" }, topics: { type: "array", minItems: 1, items: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" }, description: "any of these topics" }, properties: { type: "object", minProperties: 1, description: "organization custom properties: each must have this value, or one of these values", additionalProperties: { oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: { type: "string" } }] } }, visibility: { type: "array", minItems: 1, items: { enum: ["public", "private", "internal"] }, description: "any of these visibilities" }, archived: { type: "boolean", description: "false (default): archived repositories are left out; true: only archived ones" }, forks: { type: "boolean", description: "false (default): forks are left out; true: forks too" } } }, name: { const: "web", description: 'Always "web" (GitHub accepts no other); may be left out.' }, config: { type: "object", additionalProperties: !1, description: "Where and how GitHub delivers. Only the keys written here are managed; an update changes just those keys, so a secret you do not write is kept.", properties: { url: { type: "string", pattern: "^https?://\\S+$", description: "the payload URL; the matching key" }, content_type: { enum: ["json", "form"], description: "json or form (GitHub's default: form)" }, secret: { type: ["string", "null"], minLength: 1, description: "HMAC key for X-Hub-Signature-256; write-only at GitHub (null removes it)" }, insecure_ssl: { enum: ["0", "1"], description: '"1" skips TLS verification of the payload URL (not recommended)' } } }, events: { type: "array", minItems: 1, description: `Events that trigger the hook ("*" for all); compared as a set. GitHub's default: [push].`, items: { enum: ["*", "branch_protection_configuration", "branch_protection_rule", "check_run", "check_suite", "code_scanning_alert", "commit_comment", "create", "custom_property", "custom_property_values", "delete", "dependabot_alert", "deploy_key", "deployment", "deployment_protection_rule", "deployment_review", "deployment_status", "discussion", "discussion_comment", "fork", "github_app_authorization", "gollum", "installation", "installation_repositories", "installation_target", "issue_comment", "issues", "label", "marketplace_purchase", "member", "membership", "merge_group", "meta", "milestone", "org_block", "organization", "package", "page_build", "personal_access_token_request", "ping", "project", "project_card", "project_column", "projects_v2", "projects_v2_item", "public", "pull_request", "pull_request_review", "pull_request_review_comment", "pull_request_review_thread", "push", "registry_package", "release", "repository", "repository_advisory", "repository_dispatch", "repository_import", "repository_ruleset", "repository_vulnerability_alert", "secret_scanning_alert", "secret_scanning_alert_location", "security_advisory", "security_and_analysis", "sponsorship", "star", "status", "sub_issues", "team", "team_add", "watch", "workflow_dispatch", "workflow_job", "workflow_run"] } }, active: { type: "boolean", description: "Whether deliveries are sent (GitHub's default: true)." } } }, pattern24 = new RegExp("^[A-Za-z0-9_.*?-]+$", "u"), pattern26 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u"), pattern27 = new RegExp("^https?://\\S+$", "u"), pattern31 = new RegExp("^[A-Za-z0-9-]+$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, _errs1 = errors, valid0 = !1, passing0 = null, _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data) && data.repository === void 0) {
    let err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema21.oneOf[0].required, parentSchema: schema21.oneOf[0], data };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  var _valid0 = _errs2 === errors;
  _valid0 && (valid0 = !0, passing0 = 0);
  let _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data) && data.organization === void 0) {
    let err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "organization" }, message: "must have required property 'organization'", schema: schema21.oneOf[1].required, parentSchema: schema21.oneOf[1], data };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0 ? (valid0 = !1, passing0 = [passing0, 1]) : _valid0 && (valid0 = !0, passing0 = 1), valid0)
    errors = _errs1, vErrors !== null && (_errs1 ? vErrors.length = _errs1 : vErrors = null);
  else {
    let err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema21.oneOf, parentSchema: schema21, data };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema21.required, parentSchema: schema21, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.auth === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" }, message: "must have required property 'auth'", schema: schema21.required, parentSchema: schema21, data };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.hooks === void 0) {
      let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hooks" }, message: "must have required property 'hooks'", schema: schema21.required, parentSchema: schema21, data };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema21.properties, key0)) {
        let err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21, data };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (data0 !== "github") {
        let err7 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/const", keyword: "const", params: { allowedValue: "github" }, message: "must be equal to constant", schema: "github", parentSchema: schema21.properties.provider, data: data0 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data1 = data.endpoint;
      if (typeof data1 != "string") {
        let dataType0 = typeof data1, coerced0;
        if (coerced0 === void 0)
          if (dataType0 == "number" || dataType0 == "boolean")
            coerced0 = "" + data1;
          else if (data1 === null)
            coerced0 = "";
          else {
            let err8 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.endpoint.type, parentSchema: schema21.properties.endpoint, data: data1 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        coerced0 !== void 0 && (data1 = coerced0, data !== void 0 && (data.endpoint = coerced0));
      }
      if (typeof data1 == "string" && func3(data1) < 1) {
        let err9 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.endpoint, data: data1 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.auth !== void 0) {
      let data2 = data.auth;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.token === void 0) {
          let err10 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property 'token'", schema: schema21.properties.auth.required, parentSchema: schema21.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
        for (let key1 in data2)
          if (key1 !== "token") {
            let err11 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21.properties.auth, data: data2 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        if (data2.token !== void 0) {
          let data3 = data2.token;
          if (typeof data3 != "string") {
            let dataType1 = typeof data3, coerced1;
            if (coerced1 === void 0)
              if (dataType1 == "number" || dataType1 == "boolean")
                coerced1 = "" + data3;
              else if (data3 === null)
                coerced1 = "";
              else {
                let err12 = { instancePath: instancePath + "/auth/token", schemaPath: "#/properties/auth/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.auth.properties.token.type, parentSchema: schema21.properties.auth.properties.token, data: data3 };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
            coerced1 !== void 0 && (data3 = coerced1, data2 !== void 0 && (data2.token = coerced1));
          }
          if (typeof data3 == "string" && func3(data3) < 1) {
            let err13 = { instancePath: instancePath + "/auth/token", schemaPath: "#/properties/auth/properties/token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.auth.properties.token, data: data3 };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
      } else {
        let err14 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.auth.type, parentSchema: schema21.properties.auth, data: data2 };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.hooks !== void 0) {
      let data4 = data.hooks;
      if (Array.isArray(data4)) {
        let len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (let key2 in data5)
              if (!(key2 === "id" || key2 === "protect" || key2 === "repositories" || key2 === "name" || key2 === "config" || key2 === "events" || key2 === "active")) {
                let err15 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/github.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22, data: data5 };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            if (data5.id !== void 0) {
              let data6 = data5.id;
              if (typeof data6 != "string" && !(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                let dataType2 = typeof data6, coerced2;
                if (coerced2 === void 0)
                  if (dataType2 == "number" || dataType2 == "boolean")
                    coerced2 = "" + data6;
                  else if (data6 === null)
                    coerced2 = "";
                  else if (dataType2 === "boolean" || data6 === null || dataType2 === "string" && data6 && data6 == +data6 && !(data6 % 1))
                    coerced2 = +data6;
                  else {
                    let err16 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/github.json/properties/id/type", keyword: "type", params: { type: schema22.properties.id.type }, message: "must be string,integer", schema: schema22.properties.id.type, parentSchema: schema22.properties.id, data: data6 };
                    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                  }
                coerced2 !== void 0 && (data6 = coerced2, data5 !== void 0 && (data5.id = coerced2));
              }
            }
            if (data5.protect !== void 0) {
              let data7 = data5.protect;
              if (typeof data7 != "boolean") {
                let coerced3;
                if (coerced3 === void 0)
                  if (data7 === "false" || data7 === 0 || data7 === null)
                    coerced3 = !1;
                  else if (data7 === "true" || data7 === 1)
                    coerced3 = !0;
                  else {
                    let err17 = { instancePath: instancePath + "/hooks/" + i0 + "/protect", schemaPath: "providers/github.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.protect.type, parentSchema: schema22.properties.protect, data: data7 };
                    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                  }
                coerced3 !== void 0 && (data7 = coerced3, data5 !== void 0 && (data5.protect = coerced3));
              }
            }
            if (data5.repositories !== void 0) {
              let data8 = data5.repositories;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (let key3 in data8)
                  if (!(key3 === "include" || key3 === "exclude" || key3 === "topics" || key3 === "properties" || key3 === "visibility" || key3 === "archived" || key3 === "forks")) {
                    let err18 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories", schemaPath: "providers/github.json/properties/repositories/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22.properties.repositories, data: data8 };
                    vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                  }
                if (data8.include !== void 0) {
                  let data9 = data8.include;
                  if (Array.isArray(data9)) {
                    if (data9.length < 1) {
                      let err19 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/include", schemaPath: "providers/github.json/properties/repositories/properties/include/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22.properties.repositories.properties.include, data: data9 };
                      vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                    }
                    let len1 = data9.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data10 = data9[i1];
                      if (typeof data10 != "string") {
                        let dataType4 = typeof data10, coerced4;
                        if (coerced4 === void 0)
                          if (dataType4 == "number" || dataType4 == "boolean")
                            coerced4 = "" + data10;
                          else if (data10 === null)
                            coerced4 = "";
                          else {
                            let err20 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/include/" + i1, schemaPath: "providers/github.json/properties/repositories/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.repositories.properties.include.items.type, parentSchema: schema22.properties.repositories.properties.include.items, data: data10 };
                            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                          }
                        coerced4 !== void 0 && (data10 = coerced4, data9 !== void 0 && (data9[i1] = coerced4));
                      }
                      if (typeof data10 == "string" && !pattern24.test(data10)) {
                        let err21 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/include/" + i1, schemaPath: "providers/github.json/properties/repositories/properties/include/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.*?-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.*?-]+$"', schema: "^[A-Za-z0-9_.*?-]+$", parentSchema: schema22.properties.repositories.properties.include.items, data: data10 };
                        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                      }
                    }
                  } else {
                    let err22 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/include", schemaPath: "providers/github.json/properties/repositories/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.repositories.properties.include.type, parentSchema: schema22.properties.repositories.properties.include, data: data9 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                }
                if (data8.exclude !== void 0) {
                  let data11 = data8.exclude;
                  if (Array.isArray(data11)) {
                    if (data11.length < 1) {
                      let err23 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/exclude", schemaPath: "providers/github.json/properties/repositories/properties/exclude/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22.properties.repositories.properties.exclude, data: data11 };
                      vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                    }
                    let len2 = data11.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data12 = data11[i2];
                      if (typeof data12 != "string") {
                        let dataType5 = typeof data12, coerced5;
                        if (coerced5 === void 0)
                          if (dataType5 == "number" || dataType5 == "boolean")
                            coerced5 = "" + data12;
                          else if (data12 === null)
                            coerced5 = "";
                          else {
                            let err24 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/exclude/" + i2, schemaPath: "providers/github.json/properties/repositories/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.repositories.properties.exclude.items.type, parentSchema: schema22.properties.repositories.properties.exclude.items, data: data12 };
                            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                          }
                        coerced5 !== void 0 && (data12 = coerced5, data11 !== void 0 && (data11[i2] = coerced5));
                      }
                      if (typeof data12 == "string" && !pattern24.test(data12)) {
                        let err25 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/exclude/" + i2, schemaPath: "providers/github.json/properties/repositories/properties/exclude/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.*?-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.*?-]+$"', schema: "^[A-Za-z0-9_.*?-]+$", parentSchema: schema22.properties.repositories.properties.exclude.items, data: data12 };
                        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                      }
                    }
                  } else {
                    let err26 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/exclude", schemaPath: "providers/github.json/properties/repositories/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.repositories.properties.exclude.type, parentSchema: schema22.properties.repositories.properties.exclude, data: data11 };
                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                  }
                }
                if (data8.topics !== void 0) {
                  let data13 = data8.topics;
                  if (Array.isArray(data13)) {
                    if (data13.length < 1) {
                      let err27 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/topics", schemaPath: "providers/github.json/properties/repositories/properties/topics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22.properties.repositories.properties.topics, data: data13 };
                      vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                    }
                    let len3 = data13.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data14 = data13[i3];
                      if (typeof data14 != "string") {
                        let dataType6 = typeof data14, coerced6;
                        if (coerced6 === void 0)
                          if (dataType6 == "number" || dataType6 == "boolean")
                            coerced6 = "" + data14;
                          else if (data14 === null)
                            coerced6 = "";
                          else {
                            let err28 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/topics/" + i3, schemaPath: "providers/github.json/properties/repositories/properties/topics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.repositories.properties.topics.items.type, parentSchema: schema22.properties.repositories.properties.topics.items, data: data14 };
                            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                          }
                        coerced6 !== void 0 && (data14 = coerced6, data13 !== void 0 && (data13[i3] = coerced6));
                      }
                      if (typeof data14 == "string" && !pattern26.test(data14)) {
                        let err29 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/topics/" + i3, schemaPath: "providers/github.json/properties/repositories/properties/topics/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema22.properties.repositories.properties.topics.items, data: data14 };
                        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                      }
                    }
                  } else {
                    let err30 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/topics", schemaPath: "providers/github.json/properties/repositories/properties/topics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.repositories.properties.topics.type, parentSchema: schema22.properties.repositories.properties.topics, data: data13 };
                    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                  }
                }
                if (data8.properties !== void 0) {
                  let data15 = data8.properties;
                  if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                    if (Object.keys(data15).length < 1) {
                      let err31 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/properties", schemaPath: "providers/github.json/properties/repositories/properties/properties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema22.properties.repositories.properties.properties, data: data15 };
                      vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                    }
                    for (let key4 in data15) {
                      let data16 = data15[key4], _errs42 = errors, valid15 = !1, passing1 = null, _errs43 = errors;
                      if (typeof data16 != "string") {
                        let dataType7 = typeof data16, coerced7;
                        if (coerced7 === void 0)
                          if (dataType7 == "number" || dataType7 == "boolean")
                            coerced7 = "" + data16;
                          else if (data16 === null)
                            coerced7 = "";
                          else {
                            let err32 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/properties/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/github.json/properties/repositories/properties/properties/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.repositories.properties.properties.additionalProperties.oneOf[0].type, parentSchema: schema22.properties.repositories.properties.properties.additionalProperties.oneOf[0], data: data16 };
                            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                          }
                        coerced7 !== void 0 && (data16 = coerced7, data15 !== void 0 && (data15[key4] = coerced7));
                      }
                      var _valid1 = _errs43 === errors;
                      _valid1 && (valid15 = !0, passing1 = 0);
                      let _errs45 = errors;
                      if (Array.isArray(data16)) {
                        if (data16.length < 1) {
                          let err33 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/properties/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/github.json/properties/repositories/properties/properties/additionalProperties/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22.properties.repositories.properties.properties.additionalProperties.oneOf[1], data: data16 };
                          vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                        }
                        let len4 = data16.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          let data17 = data16[i4];
                          if (typeof data17 != "string") {
                            let dataType8 = typeof data17, coerced8;
                            if (coerced8 === void 0)
                              if (dataType8 == "number" || dataType8 == "boolean")
                                coerced8 = "" + data17;
                              else if (data17 === null)
                                coerced8 = "";
                              else {
                                let err34 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/properties/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "providers/github.json/properties/repositories/properties/properties/additionalProperties/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.repositories.properties.properties.additionalProperties.oneOf[1].items.type, parentSchema: schema22.properties.repositories.properties.properties.additionalProperties.oneOf[1].items, data: data17 };
                                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                              }
                            coerced8 !== void 0 && (data17 = coerced8, data16 !== void 0 && (data16[i4] = coerced8));
                          }
                        }
                      } else {
                        let err35 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/properties/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/github.json/properties/repositories/properties/properties/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.repositories.properties.properties.additionalProperties.oneOf[1].type, parentSchema: schema22.properties.repositories.properties.properties.additionalProperties.oneOf[1], data: data16 };
                        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                      }
                      var _valid1 = _errs45 === errors;
                      if (_valid1 && valid15 ? (valid15 = !1, passing1 = [passing1, 1]) : _valid1 && (valid15 = !0, passing1 = 1), valid15)
                        errors = _errs42, vErrors !== null && (_errs42 ? vErrors.length = _errs42 : vErrors = null);
                      else {
                        let err36 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/properties/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/github.json/properties/repositories/properties/properties/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema22.properties.repositories.properties.properties.additionalProperties.oneOf, parentSchema: schema22.properties.repositories.properties.properties.additionalProperties, data: data16 };
                        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                      }
                    }
                  } else {
                    let err37 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/properties", schemaPath: "providers/github.json/properties/repositories/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.repositories.properties.properties.type, parentSchema: schema22.properties.repositories.properties.properties, data: data15 };
                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                  }
                }
                if (data8.visibility !== void 0) {
                  let data18 = data8.visibility;
                  if (Array.isArray(data18)) {
                    if (data18.length < 1) {
                      let err38 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/visibility", schemaPath: "providers/github.json/properties/repositories/properties/visibility/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22.properties.repositories.properties.visibility, data: data18 };
                      vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                    }
                    let len5 = data18.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data19 = data18[i5];
                      if (!(data19 === "public" || data19 === "private" || data19 === "internal")) {
                        let err39 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/visibility/" + i5, schemaPath: "providers/github.json/properties/repositories/properties/visibility/items/enum", keyword: "enum", params: { allowedValues: schema22.properties.repositories.properties.visibility.items.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.repositories.properties.visibility.items.enum, parentSchema: schema22.properties.repositories.properties.visibility.items, data: data19 };
                        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                      }
                    }
                  } else {
                    let err40 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/visibility", schemaPath: "providers/github.json/properties/repositories/properties/visibility/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.repositories.properties.visibility.type, parentSchema: schema22.properties.repositories.properties.visibility, data: data18 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                }
                if (data8.archived !== void 0) {
                  let data20 = data8.archived;
                  if (typeof data20 != "boolean") {
                    let coerced9;
                    if (coerced9 === void 0)
                      if (data20 === "false" || data20 === 0 || data20 === null)
                        coerced9 = !1;
                      else if (data20 === "true" || data20 === 1)
                        coerced9 = !0;
                      else {
                        let err41 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/archived", schemaPath: "providers/github.json/properties/repositories/properties/archived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.repositories.properties.archived.type, parentSchema: schema22.properties.repositories.properties.archived, data: data20 };
                        vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                      }
                    coerced9 !== void 0 && (data20 = coerced9, data8 !== void 0 && (data8.archived = coerced9));
                  }
                }
                if (data8.forks !== void 0) {
                  let data21 = data8.forks;
                  if (typeof data21 != "boolean") {
                    let coerced10;
                    if (coerced10 === void 0)
                      if (data21 === "false" || data21 === 0 || data21 === null)
                        coerced10 = !1;
                      else if (data21 === "true" || data21 === 1)
                        coerced10 = !0;
                      else {
                        let err42 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories/forks", schemaPath: "providers/github.json/properties/repositories/properties/forks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.repositories.properties.forks.type, parentSchema: schema22.properties.repositories.properties.forks, data: data21 };
                        vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                      }
                    coerced10 !== void 0 && (data21 = coerced10, data8 !== void 0 && (data8.forks = coerced10));
                  }
                }
              } else {
                let err43 = { instancePath: instancePath + "/hooks/" + i0 + "/repositories", schemaPath: "providers/github.json/properties/repositories/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.repositories.type, parentSchema: schema22.properties.repositories, data: data8 };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
            }
            if (data5.name !== void 0) {
              let data22 = data5.name;
              if (data22 !== "web") {
                let err44 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/github.json/properties/name/const", keyword: "const", params: { allowedValue: "web" }, message: "must be equal to constant", schema: "web", parentSchema: schema22.properties.name, data: data22 };
                vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
              }
            }
            if (data5.config !== void 0) {
              let data23 = data5.config;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                for (let key5 in data23)
                  if (!(key5 === "url" || key5 === "content_type" || key5 === "secret" || key5 === "insecure_ssl")) {
                    let err45 = { instancePath: instancePath + "/hooks/" + i0 + "/config", schemaPath: "providers/github.json/properties/config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema22.properties.config, data: data23 };
                    vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                  }
                if (data23.url !== void 0) {
                  let data24 = data23.url;
                  if (typeof data24 != "string") {
                    let dataType11 = typeof data24, coerced11;
                    if (coerced11 === void 0)
                      if (dataType11 == "number" || dataType11 == "boolean")
                        coerced11 = "" + data24;
                      else if (data24 === null)
                        coerced11 = "";
                      else {
                        let err46 = { instancePath: instancePath + "/hooks/" + i0 + "/config/url", schemaPath: "providers/github.json/properties/config/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.config.properties.url.type, parentSchema: schema22.properties.config.properties.url, data: data24 };
                        vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                      }
                    coerced11 !== void 0 && (data24 = coerced11, data23 !== void 0 && (data23.url = coerced11));
                  }
                  if (typeof data24 == "string" && !pattern27.test(data24)) {
                    let err47 = { instancePath: instancePath + "/hooks/" + i0 + "/config/url", schemaPath: "providers/github.json/properties/config/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema22.properties.config.properties.url, data: data24 };
                    vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                  }
                }
                if (data23.content_type !== void 0) {
                  let data25 = data23.content_type;
                  if (!(data25 === "json" || data25 === "form")) {
                    let err48 = { instancePath: instancePath + "/hooks/" + i0 + "/config/content_type", schemaPath: "providers/github.json/properties/config/properties/content_type/enum", keyword: "enum", params: { allowedValues: schema22.properties.config.properties.content_type.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.config.properties.content_type.enum, parentSchema: schema22.properties.config.properties.content_type, data: data25 };
                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                  }
                }
                if (data23.secret !== void 0) {
                  let data26 = data23.secret;
                  if (typeof data26 != "string" && data26 !== null) {
                    let dataType12 = typeof data26, coerced12;
                    if (coerced12 === void 0)
                      if (dataType12 == "number" || dataType12 == "boolean")
                        coerced12 = "" + data26;
                      else if (data26 === null)
                        coerced12 = "";
                      else if (data26 === "" || data26 === 0 || data26 === !1)
                        coerced12 = null;
                      else {
                        let err49 = { instancePath: instancePath + "/hooks/" + i0 + "/config/secret", schemaPath: "providers/github.json/properties/config/properties/secret/type", keyword: "type", params: { type: schema22.properties.config.properties.secret.type }, message: "must be string,null", schema: schema22.properties.config.properties.secret.type, parentSchema: schema22.properties.config.properties.secret, data: data26 };
                        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                      }
                    coerced12 !== void 0 && (data26 = coerced12, data23 !== void 0 && (data23.secret = coerced12));
                  }
                  if (typeof data26 == "string" && func3(data26) < 1) {
                    let err50 = { instancePath: instancePath + "/hooks/" + i0 + "/config/secret", schemaPath: "providers/github.json/properties/config/properties/secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.config.properties.secret, data: data26 };
                    vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                  }
                }
                if (data23.insecure_ssl !== void 0) {
                  let data27 = data23.insecure_ssl;
                  if (!(data27 === "0" || data27 === "1")) {
                    let err51 = { instancePath: instancePath + "/hooks/" + i0 + "/config/insecure_ssl", schemaPath: "providers/github.json/properties/config/properties/insecure_ssl/enum", keyword: "enum", params: { allowedValues: schema22.properties.config.properties.insecure_ssl.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.config.properties.insecure_ssl.enum, parentSchema: schema22.properties.config.properties.insecure_ssl, data: data27 };
                    vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                  }
                }
              } else {
                let err52 = { instancePath: instancePath + "/hooks/" + i0 + "/config", schemaPath: "providers/github.json/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.config.type, parentSchema: schema22.properties.config, data: data23 };
                vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
              }
            }
            if (data5.events !== void 0) {
              let data28 = data5.events;
              if (Array.isArray(data28)) {
                if (data28.length < 1) {
                  let err53 = { instancePath: instancePath + "/hooks/" + i0 + "/events", schemaPath: "providers/github.json/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22.properties.events, data: data28 };
                  vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                }
                let len6 = data28.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data29 = data28[i6];
                  if (!(data29 === "*" || data29 === "branch_protection_configuration" || data29 === "branch_protection_rule" || data29 === "check_run" || data29 === "check_suite" || data29 === "code_scanning_alert" || data29 === "commit_comment" || data29 === "create" || data29 === "custom_property" || data29 === "custom_property_values" || data29 === "delete" || data29 === "dependabot_alert" || data29 === "deploy_key" || data29 === "deployment" || data29 === "deployment_protection_rule" || data29 === "deployment_review" || data29 === "deployment_status" || data29 === "discussion" || data29 === "discussion_comment" || data29 === "fork" || data29 === "github_app_authorization" || data29 === "gollum" || data29 === "installation" || data29 === "installation_repositories" || data29 === "installation_target" || data29 === "issue_comment" || data29 === "issues" || data29 === "label" || data29 === "marketplace_purchase" || data29 === "member" || data29 === "membership" || data29 === "merge_group" || data29 === "meta" || data29 === "milestone" || data29 === "org_block" || data29 === "organization" || data29 === "package" || data29 === "page_build" || data29 === "personal_access_token_request" || data29 === "ping" || data29 === "project" || data29 === "project_card" || data29 === "project_column" || data29 === "projects_v2" || data29 === "projects_v2_item" || data29 === "public" || data29 === "pull_request" || data29 === "pull_request_review" || data29 === "pull_request_review_comment" || data29 === "pull_request_review_thread" || data29 === "push" || data29 === "registry_package" || data29 === "release" || data29 === "repository" || data29 === "repository_advisory" || data29 === "repository_dispatch" || data29 === "repository_import" || data29 === "repository_ruleset" || data29 === "repository_vulnerability_alert" || data29 === "secret_scanning_alert" || data29 === "secret_scanning_alert_location" || data29 === "security_advisory" || data29 === "security_and_analysis" || data29 === "sponsorship" || data29 === "star" || data29 === "status" || data29 === "sub_issues" || data29 === "team" || data29 === "team_add" || data29 === "watch" || data29 === "workflow_dispatch" || data29 === "workflow_job" || data29 === "workflow_run")) {
                    let err54 = { instancePath: instancePath + "/hooks/" + i0 + "/events/" + i6, schemaPath: "providers/github.json/properties/events/items/enum", keyword: "enum", params: { allowedValues: schema22.properties.events.items.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.events.items.enum, parentSchema: schema22.properties.events.items, data: data29 };
                    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                  }
                }
              } else {
                let err55 = { instancePath: instancePath + "/hooks/" + i0 + "/events", schemaPath: "providers/github.json/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.events.type, parentSchema: schema22.properties.events, data: data28 };
                vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
              }
            }
            if (data5.active !== void 0) {
              let data30 = data5.active;
              if (typeof data30 != "boolean") {
                let coerced13;
                if (coerced13 === void 0)
                  if (data30 === "false" || data30 === 0 || data30 === null)
                    coerced13 = !1;
                  else if (data30 === "true" || data30 === 1)
                    coerced13 = !0;
                  else {
                    let err56 = { instancePath: instancePath + "/hooks/" + i0 + "/active", schemaPath: "providers/github.json/properties/active/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.active.type, parentSchema: schema22.properties.active, data: data30 };
                    vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                  }
                coerced13 !== void 0 && (data30 = coerced13, data5 !== void 0 && (data5.active = coerced13));
              }
            }
          } else {
            let err57 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/github.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data: data5 };
            vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
          }
        }
      } else {
        let err58 = { instancePath: instancePath + "/hooks", schemaPath: "#/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.hooks.type, parentSchema: schema21.properties.hooks, data: data4 };
        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
      }
    }
    if (data.prune !== void 0) {
      let data31 = data.prune;
      if (!(data31 === !0 || data31 === !1 || data31 === "all")) {
        let err59 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/enum", keyword: "enum", params: { allowedValues: schema21.properties.prune.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.prune.enum, parentSchema: schema21.properties.prune, data: data31 };
        vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
      }
    }
    if (data.rateLimit !== void 0) {
      let data32 = data.rateLimit;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        if (data32.requests === void 0) {
          let err60 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema21.properties.rateLimit.required, parentSchema: schema21.properties.rateLimit, data: data32 };
          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
        }
        if (data32.per === void 0) {
          let err61 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'", schema: schema21.properties.rateLimit.required, parentSchema: schema21.properties.rateLimit, data: data32 };
          vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
        }
        for (let key6 in data32)
          if (!(key6 === "requests" || key6 === "per")) {
            let err62 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21.properties.rateLimit, data: data32 };
            vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
          }
        if (data32.requests !== void 0) {
          let data33 = data32.requests;
          if (!(typeof data33 == "number" && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
            let dataType14 = typeof data33, coerced14;
            if (coerced14 === void 0)
              if (dataType14 === "boolean" || data33 === null || dataType14 === "string" && data33 && data33 == +data33 && !(data33 % 1))
                coerced14 = +data33;
              else {
                let err63 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.rateLimit.properties.requests.type, parentSchema: schema21.properties.rateLimit.properties.requests, data: data33 };
                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
              }
            coerced14 !== void 0 && (data33 = coerced14, data32 !== void 0 && (data32.requests = coerced14));
          }
          if (typeof data33 == "number" && isFinite(data33) && (data33 < 1 || isNaN(data33))) {
            let err64 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.rateLimit.properties.requests, data: data33 };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
        }
        if (data32.per !== void 0) {
          let data34 = data32.per;
          if (typeof data34 != "string") {
            let dataType15 = typeof data34, coerced15;
            if (coerced15 === void 0)
              if (dataType15 == "number" || dataType15 == "boolean")
                coerced15 = "" + data34;
              else if (data34 === null)
                coerced15 = "";
              else {
                let err65 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.rateLimit.properties.per.type, parentSchema: schema21.properties.rateLimit.properties.per, data: data34 };
                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
              }
            coerced15 !== void 0 && (data34 = coerced15, data32 !== void 0 && (data32.per = coerced15));
          }
          if (typeof data34 == "string" && !pattern6.test(data34)) {
            let err66 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema21.properties.rateLimit.properties.per, data: data34 };
            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
          }
        }
      } else {
        let err67 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.rateLimit.type, parentSchema: schema21.properties.rateLimit, data: data32 };
        vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
      }
    }
    if (data.maxDeletes !== void 0) {
      let data35 = data.maxDeletes;
      if (!(typeof data35 == "number" && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
        let dataType16 = typeof data35, coerced16;
        if (coerced16 === void 0)
          if (dataType16 === "boolean" || data35 === null || dataType16 === "string" && data35 && data35 == +data35 && !(data35 % 1))
            coerced16 = +data35;
          else {
            let err68 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.maxDeletes.type, parentSchema: schema21.properties.maxDeletes, data: data35 };
            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
          }
        coerced16 !== void 0 && (data35 = coerced16, data !== void 0 && (data.maxDeletes = coerced16));
      }
      if (typeof data35 == "number" && isFinite(data35) && (data35 < 0 || isNaN(data35))) {
        let err69 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.maxDeletes, data: data35 };
        vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
      }
    }
    if (data.owns !== void 0) {
      let data36 = data.owns;
      if (typeof data36 != "string") {
        let dataType17 = typeof data36, coerced17;
        if (coerced17 === void 0)
          if (dataType17 == "number" || dataType17 == "boolean")
            coerced17 = "" + data36;
          else if (data36 === null)
            coerced17 = "";
          else {
            let err70 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.owns.type, parentSchema: schema21.properties.owns, data: data36 };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
        coerced17 !== void 0 && (data36 = coerced17, data !== void 0 && (data.owns = coerced17));
      }
      if (typeof data36 == "string" && func3(data36) < 1) {
        let err71 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.owns, data: data36 };
        vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
      }
    }
    if (data.writeGap !== void 0) {
      let data37 = data.writeGap;
      if (typeof data37 != "string") {
        let dataType18 = typeof data37, coerced18;
        if (coerced18 === void 0)
          if (dataType18 == "number" || dataType18 == "boolean")
            coerced18 = "" + data37;
          else if (data37 === null)
            coerced18 = "";
          else {
            let err72 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.writeGap.type, parentSchema: schema21.properties.writeGap, data: data37 };
            vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
          }
        coerced18 !== void 0 && (data37 = coerced18, data !== void 0 && (data.writeGap = coerced18));
      }
      if (typeof data37 == "string" && !pattern6.test(data37)) {
        let err73 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema21.properties.writeGap, data: data37 };
        vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
      }
    }
    if (data.repository !== void 0) {
      let data38 = data.repository;
      if (typeof data38 != "string") {
        let dataType19 = typeof data38, coerced19;
        if (coerced19 === void 0)
          if (dataType19 == "number" || dataType19 == "boolean")
            coerced19 = "" + data38;
          else if (data38 === null)
            coerced19 = "";
          else {
            let err74 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.repository.type, parentSchema: schema21.properties.repository, data: data38 };
            vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
          }
        coerced19 !== void 0 && (data38 = coerced19, data !== void 0 && (data.repository = coerced19));
      }
      if (typeof data38 == "string" && !pattern3.test(data38)) {
        let err75 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema21.properties.repository, data: data38 };
        vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
      }
    }
    if (data.organization !== void 0) {
      let data39 = data.organization;
      if (typeof data39 != "string") {
        let dataType20 = typeof data39, coerced20;
        if (coerced20 === void 0)
          if (dataType20 == "number" || dataType20 == "boolean")
            coerced20 = "" + data39;
          else if (data39 === null)
            coerced20 = "";
          else {
            let err76 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.organization.type, parentSchema: schema21.properties.organization, data: data39 };
            vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
          }
        coerced20 !== void 0 && (data39 = coerced20, data !== void 0 && (data.organization = coerced20));
      }
      if (typeof data39 == "string" && !pattern31.test(data39)) {
        let err77 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9-]+$" }, message: 'must match pattern "^[A-Za-z0-9-]+$"', schema: "^[A-Za-z0-9-]+$", parentSchema: schema21.properties.organization, data: data39 };
        vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
      }
    }
    if (data.repositories !== void 0) {
      let data40 = data.repositories;
      if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
        for (let key7 in data40)
          if (!(key7 === "include" || key7 === "exclude" || key7 === "topics" || key7 === "properties" || key7 === "visibility" || key7 === "archived" || key7 === "forks")) {
            let err78 = { instancePath: instancePath + "/repositories", schemaPath: "#/properties/repositories/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema21.properties.repositories, data: data40 };
            vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
          }
        if (data40.include !== void 0) {
          let data41 = data40.include;
          if (Array.isArray(data41)) {
            if (data41.length < 1) {
              let err79 = { instancePath: instancePath + "/repositories/include", schemaPath: "#/properties/repositories/properties/include/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.repositories.properties.include, data: data41 };
              vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
            }
            let len7 = data41.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data42 = data41[i7];
              if (typeof data42 != "string") {
                let dataType21 = typeof data42, coerced21;
                if (coerced21 === void 0)
                  if (dataType21 == "number" || dataType21 == "boolean")
                    coerced21 = "" + data42;
                  else if (data42 === null)
                    coerced21 = "";
                  else {
                    let err80 = { instancePath: instancePath + "/repositories/include/" + i7, schemaPath: "#/properties/repositories/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.repositories.properties.include.items.type, parentSchema: schema21.properties.repositories.properties.include.items, data: data42 };
                    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                  }
                coerced21 !== void 0 && (data42 = coerced21, data41 !== void 0 && (data41[i7] = coerced21));
              }
              if (typeof data42 == "string" && !pattern24.test(data42)) {
                let err81 = { instancePath: instancePath + "/repositories/include/" + i7, schemaPath: "#/properties/repositories/properties/include/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.*?-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.*?-]+$"', schema: "^[A-Za-z0-9_.*?-]+$", parentSchema: schema21.properties.repositories.properties.include.items, data: data42 };
                vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
              }
            }
          } else {
            let err82 = { instancePath: instancePath + "/repositories/include", schemaPath: "#/properties/repositories/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.repositories.properties.include.type, parentSchema: schema21.properties.repositories.properties.include, data: data41 };
            vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
          }
        }
        if (data40.exclude !== void 0) {
          let data43 = data40.exclude;
          if (Array.isArray(data43)) {
            if (data43.length < 1) {
              let err83 = { instancePath: instancePath + "/repositories/exclude", schemaPath: "#/properties/repositories/properties/exclude/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.repositories.properties.exclude, data: data43 };
              vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
            }
            let len8 = data43.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data44 = data43[i8];
              if (typeof data44 != "string") {
                let dataType22 = typeof data44, coerced22;
                if (coerced22 === void 0)
                  if (dataType22 == "number" || dataType22 == "boolean")
                    coerced22 = "" + data44;
                  else if (data44 === null)
                    coerced22 = "";
                  else {
                    let err84 = { instancePath: instancePath + "/repositories/exclude/" + i8, schemaPath: "#/properties/repositories/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.repositories.properties.exclude.items.type, parentSchema: schema21.properties.repositories.properties.exclude.items, data: data44 };
                    vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                  }
                coerced22 !== void 0 && (data44 = coerced22, data43 !== void 0 && (data43[i8] = coerced22));
              }
              if (typeof data44 == "string" && !pattern24.test(data44)) {
                let err85 = { instancePath: instancePath + "/repositories/exclude/" + i8, schemaPath: "#/properties/repositories/properties/exclude/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.*?-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.*?-]+$"', schema: "^[A-Za-z0-9_.*?-]+$", parentSchema: schema21.properties.repositories.properties.exclude.items, data: data44 };
                vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
              }
            }
          } else {
            let err86 = { instancePath: instancePath + "/repositories/exclude", schemaPath: "#/properties/repositories/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.repositories.properties.exclude.type, parentSchema: schema21.properties.repositories.properties.exclude, data: data43 };
            vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
          }
        }
        if (data40.topics !== void 0) {
          let data45 = data40.topics;
          if (Array.isArray(data45)) {
            if (data45.length < 1) {
              let err87 = { instancePath: instancePath + "/repositories/topics", schemaPath: "#/properties/repositories/properties/topics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.repositories.properties.topics, data: data45 };
              vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
            }
            let len9 = data45.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data46 = data45[i9];
              if (typeof data46 != "string") {
                let dataType23 = typeof data46, coerced23;
                if (coerced23 === void 0)
                  if (dataType23 == "number" || dataType23 == "boolean")
                    coerced23 = "" + data46;
                  else if (data46 === null)
                    coerced23 = "";
                  else {
                    let err88 = { instancePath: instancePath + "/repositories/topics/" + i9, schemaPath: "#/properties/repositories/properties/topics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.repositories.properties.topics.items.type, parentSchema: schema21.properties.repositories.properties.topics.items, data: data46 };
                    vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                  }
                coerced23 !== void 0 && (data46 = coerced23, data45 !== void 0 && (data45[i9] = coerced23));
              }
              if (typeof data46 == "string" && !pattern26.test(data46)) {
                let err89 = { instancePath: instancePath + "/repositories/topics/" + i9, schemaPath: "#/properties/repositories/properties/topics/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema21.properties.repositories.properties.topics.items, data: data46 };
                vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
              }
            }
          } else {
            let err90 = { instancePath: instancePath + "/repositories/topics", schemaPath: "#/properties/repositories/properties/topics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.repositories.properties.topics.type, parentSchema: schema21.properties.repositories.properties.topics, data: data45 };
            vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
          }
        }
        if (data40.properties !== void 0) {
          let data47 = data40.properties;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (Object.keys(data47).length < 1) {
              let err91 = { instancePath: instancePath + "/repositories/properties", schemaPath: "#/properties/repositories/properties/properties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema21.properties.repositories.properties.properties, data: data47 };
              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
            }
            for (let key8 in data47) {
              let data48 = data47[key8], _errs108 = errors, valid32 = !1, passing2 = null, _errs109 = errors;
              if (typeof data48 != "string") {
                let dataType24 = typeof data48, coerced24;
                if (coerced24 === void 0)
                  if (dataType24 == "number" || dataType24 == "boolean")
                    coerced24 = "" + data48;
                  else if (data48 === null)
                    coerced24 = "";
                  else {
                    let err92 = { instancePath: instancePath + "/repositories/properties/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/repositories/properties/properties/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.repositories.properties.properties.additionalProperties.oneOf[0].type, parentSchema: schema21.properties.repositories.properties.properties.additionalProperties.oneOf[0], data: data48 };
                    vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                  }
                coerced24 !== void 0 && (data48 = coerced24, data47 !== void 0 && (data47[key8] = coerced24));
              }
              var _valid2 = _errs109 === errors;
              _valid2 && (valid32 = !0, passing2 = 0);
              let _errs111 = errors;
              if (Array.isArray(data48)) {
                if (data48.length < 1) {
                  let err93 = { instancePath: instancePath + "/repositories/properties/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/repositories/properties/properties/additionalProperties/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.repositories.properties.properties.additionalProperties.oneOf[1], data: data48 };
                  vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                }
                let len10 = data48.length;
                for (let i10 = 0; i10 < len10; i10++) {
                  let data49 = data48[i10];
                  if (typeof data49 != "string") {
                    let dataType25 = typeof data49, coerced25;
                    if (coerced25 === void 0)
                      if (dataType25 == "number" || dataType25 == "boolean")
                        coerced25 = "" + data49;
                      else if (data49 === null)
                        coerced25 = "";
                      else {
                        let err94 = { instancePath: instancePath + "/repositories/properties/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i10, schemaPath: "#/properties/repositories/properties/properties/additionalProperties/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.repositories.properties.properties.additionalProperties.oneOf[1].items.type, parentSchema: schema21.properties.repositories.properties.properties.additionalProperties.oneOf[1].items, data: data49 };
                        vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                      }
                    coerced25 !== void 0 && (data49 = coerced25, data48 !== void 0 && (data48[i10] = coerced25));
                  }
                }
              } else {
                let err95 = { instancePath: instancePath + "/repositories/properties/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/repositories/properties/properties/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.repositories.properties.properties.additionalProperties.oneOf[1].type, parentSchema: schema21.properties.repositories.properties.properties.additionalProperties.oneOf[1], data: data48 };
                vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
              }
              var _valid2 = _errs111 === errors;
              if (_valid2 && valid32 ? (valid32 = !1, passing2 = [passing2, 1]) : _valid2 && (valid32 = !0, passing2 = 1), valid32)
                errors = _errs108, vErrors !== null && (_errs108 ? vErrors.length = _errs108 : vErrors = null);
              else {
                let err96 = { instancePath: instancePath + "/repositories/properties/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/repositories/properties/properties/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema21.properties.repositories.properties.properties.additionalProperties.oneOf, parentSchema: schema21.properties.repositories.properties.properties.additionalProperties, data: data48 };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
            }
          } else {
            let err97 = { instancePath: instancePath + "/repositories/properties", schemaPath: "#/properties/repositories/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.repositories.properties.properties.type, parentSchema: schema21.properties.repositories.properties.properties, data: data47 };
            vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
          }
        }
        if (data40.visibility !== void 0) {
          let data50 = data40.visibility;
          if (Array.isArray(data50)) {
            if (data50.length < 1) {
              let err98 = { instancePath: instancePath + "/repositories/visibility", schemaPath: "#/properties/repositories/properties/visibility/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.repositories.properties.visibility, data: data50 };
              vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
            }
            let len11 = data50.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data51 = data50[i11];
              if (!(data51 === "public" || data51 === "private" || data51 === "internal")) {
                let err99 = { instancePath: instancePath + "/repositories/visibility/" + i11, schemaPath: "#/properties/repositories/properties/visibility/items/enum", keyword: "enum", params: { allowedValues: schema21.properties.repositories.properties.visibility.items.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.repositories.properties.visibility.items.enum, parentSchema: schema21.properties.repositories.properties.visibility.items, data: data51 };
                vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
              }
            }
          } else {
            let err100 = { instancePath: instancePath + "/repositories/visibility", schemaPath: "#/properties/repositories/properties/visibility/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.repositories.properties.visibility.type, parentSchema: schema21.properties.repositories.properties.visibility, data: data50 };
            vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
          }
        }
        if (data40.archived !== void 0) {
          let data52 = data40.archived;
          if (typeof data52 != "boolean") {
            let coerced26;
            if (coerced26 === void 0)
              if (data52 === "false" || data52 === 0 || data52 === null)
                coerced26 = !1;
              else if (data52 === "true" || data52 === 1)
                coerced26 = !0;
              else {
                let err101 = { instancePath: instancePath + "/repositories/archived", schemaPath: "#/properties/repositories/properties/archived/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.repositories.properties.archived.type, parentSchema: schema21.properties.repositories.properties.archived, data: data52 };
                vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
              }
            coerced26 !== void 0 && (data52 = coerced26, data40 !== void 0 && (data40.archived = coerced26));
          }
        }
        if (data40.forks !== void 0) {
          let data53 = data40.forks;
          if (typeof data53 != "boolean") {
            let coerced27;
            if (coerced27 === void 0)
              if (data53 === "false" || data53 === 0 || data53 === null)
                coerced27 = !1;
              else if (data53 === "true" || data53 === 1)
                coerced27 = !0;
              else {
                let err102 = { instancePath: instancePath + "/repositories/forks", schemaPath: "#/properties/repositories/properties/forks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.repositories.properties.forks.type, parentSchema: schema21.properties.repositories.properties.forks, data: data53 };
                vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
              }
            coerced27 !== void 0 && (data53 = coerced27, data40 !== void 0 && (data40.forks = coerced27));
          }
        }
      } else {
        let err103 = { instancePath: instancePath + "/repositories", schemaPath: "#/properties/repositories/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.repositories.type, parentSchema: schema21.properties.repositories, data: data40 };
        vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
      }
    }
  } else {
    let err104 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
}
var schema23 = { type: "object", description: "A Auth0 Event Streams target.", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "auth0-event-streams" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, hooks: { type: "array", items: { $ref: "providers/auth0-event-streams.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." } } }, schema24 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/auth0-event-streams.json", title: "Auth0 event stream", description: "An Auth0 Event Stream (Management API v2 /event-streams). Matched by name. The webhook token or password is never shown by Auth0: only whether one is set is compared.", type: "object", additionalProperties: !1, properties: { id: { type: "string", minLength: 1, description: "Pin this entry to one live stream id (est_...); a different name then renames it." }, protect: { type: "boolean", description: "Never delete or replace this stream: a plan that would is refused for it." }, name: { type: "string", minLength: 1, maxLength: 128, description: "the matching key" }, status: { enum: ["enabled", "disabled"], description: "Auth0's default: enabled. Auth0 disables a stream after 500 failed deliveries in a row and refuses to enable it again until its failures are below 5,000." }, subscriptions: { type: "array", minItems: 1, description: "Event types delivered; compared as a set.", items: { type: "object", additionalProperties: !1, required: ["event_type"], properties: { event_type: { enum: ["user.created", "user.updated", "user.deleted", "organization.created", "organization.updated", "organization.deleted", "organization.member.added", "organization.member.deleted", "organization.member.role.assigned", "organization.member.role.deleted", "organization.connection.added", "organization.connection.updated", "organization.connection.removed", "organization.group.role.assigned", "organization.group.role.deleted", "group.created", "group.updated", "group.deleted", "group.member.added", "group.member.deleted", "group.role.assigned", "group.role.deleted"] } } } }, destination: { type: "object", additionalProperties: !1, required: ["type"], description: "Where events go. Its type cannot change: a different one replaces the stream.", properties: { type: { enum: ["webhook", "eventbridge", "action"] }, configuration: { type: "object", additionalProperties: !1, properties: { webhook_endpoint: { type: "string", pattern: "^https://\\S+$", description: "webhook: an https:// URL" }, webhook_authorization: { type: "object", additionalProperties: !1, required: ["method"], properties: { method: { enum: ["bearer", "basic"] }, token: { type: "string", minLength: 1, description: "bearer: write-only at Auth0 (only whether one is set is compared)" }, username: { type: "string", minLength: 1 }, password: { type: "string", minLength: 1, description: "basic: write-only at Auth0 (only whether one is set is compared)" } } }, aws_account_id: { type: "string", pattern: "^\\d{12}$", description: "eventbridge: cannot change" }, aws_region: { type: "string", minLength: 1, description: "eventbridge: cannot change" }, action_id: { type: "string", minLength: 1, description: "action" } } } } } } }, pattern36 = new RegExp("^\\d{12}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema23.required, parentSchema: schema23, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.endpoint === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema23.required, parentSchema: schema23, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.auth === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" }, message: "must have required property 'auth'", schema: schema23.required, parentSchema: schema23, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.hooks === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hooks" }, message: "must have required property 'hooks'", schema: schema23.required, parentSchema: schema23, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema23.properties, key0)) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema23, data };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (data0 !== "auth0-event-streams") {
        let err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/const", keyword: "const", params: { allowedValue: "auth0-event-streams" }, message: "must be equal to constant", schema: "auth0-event-streams", parentSchema: schema23.properties.provider, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data1 = data.endpoint;
      if (typeof data1 != "string") {
        let dataType0 = typeof data1, coerced0;
        if (coerced0 === void 0)
          if (dataType0 == "number" || dataType0 == "boolean")
            coerced0 = "" + data1;
          else if (data1 === null)
            coerced0 = "";
          else {
            let err6 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.endpoint.type, parentSchema: schema23.properties.endpoint, data: data1 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        coerced0 !== void 0 && (data1 = coerced0, data !== void 0 && (data.endpoint = coerced0));
      }
      if (typeof data1 == "string" && func3(data1) < 1) {
        let err7 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.endpoint, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.auth !== void 0) {
      let data2 = data.auth;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.clientId === void 0) {
          let err8 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'", schema: schema23.properties.auth.required, parentSchema: schema23.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (data2.clientSecret === void 0) {
          let err9 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientSecret" }, message: "must have required property 'clientSecret'", schema: schema23.properties.auth.required, parentSchema: schema23.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "clientId" || key1 === "clientSecret" || key1 === "tokenUrl")) {
            let err10 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema23.properties.auth, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.clientId !== void 0) {
          let data3 = data2.clientId;
          if (typeof data3 != "string") {
            let dataType1 = typeof data3, coerced1;
            if (coerced1 === void 0)
              if (dataType1 == "number" || dataType1 == "boolean")
                coerced1 = "" + data3;
              else if (data3 === null)
                coerced1 = "";
              else {
                let err11 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.auth.properties.clientId.type, parentSchema: schema23.properties.auth.properties.clientId, data: data3 };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            coerced1 !== void 0 && (data3 = coerced1, data2 !== void 0 && (data2.clientId = coerced1));
          }
          if (typeof data3 == "string" && func3(data3) < 1) {
            let err12 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.auth.properties.clientId, data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data2.clientSecret !== void 0) {
          let data4 = data2.clientSecret;
          if (typeof data4 != "string") {
            let dataType2 = typeof data4, coerced2;
            if (coerced2 === void 0)
              if (dataType2 == "number" || dataType2 == "boolean")
                coerced2 = "" + data4;
              else if (data4 === null)
                coerced2 = "";
              else {
                let err13 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.auth.properties.clientSecret.type, parentSchema: schema23.properties.auth.properties.clientSecret, data: data4 };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            coerced2 !== void 0 && (data4 = coerced2, data2 !== void 0 && (data2.clientSecret = coerced2));
          }
          if (typeof data4 == "string" && func3(data4) < 1) {
            let err14 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.auth.properties.clientSecret, data: data4 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.tokenUrl !== void 0) {
          let data5 = data2.tokenUrl;
          if (typeof data5 != "string") {
            let dataType3 = typeof data5, coerced3;
            if (coerced3 === void 0)
              if (dataType3 == "number" || dataType3 == "boolean")
                coerced3 = "" + data5;
              else if (data5 === null)
                coerced3 = "";
              else {
                let err15 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.auth.properties.tokenUrl.type, parentSchema: schema23.properties.auth.properties.tokenUrl, data: data5 };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            coerced3 !== void 0 && (data5 = coerced3, data2 !== void 0 && (data2.tokenUrl = coerced3));
          }
          if (typeof data5 == "string" && func3(data5) < 1) {
            let err16 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.auth.properties.tokenUrl, data: data5 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
      } else {
        let err17 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.auth.type, parentSchema: schema23.properties.auth, data: data2 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.hooks !== void 0) {
      let data6 = data.hooks;
      if (Array.isArray(data6)) {
        let len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (let key2 in data7)
              if (!(key2 === "id" || key2 === "protect" || key2 === "name" || key2 === "status" || key2 === "subscriptions" || key2 === "destination")) {
                let err18 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/auth0-event-streams.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema24, data: data7 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data7.id !== void 0) {
              let data8 = data7.id;
              if (typeof data8 != "string") {
                let dataType4 = typeof data8, coerced4;
                if (coerced4 === void 0)
                  if (dataType4 == "number" || dataType4 == "boolean")
                    coerced4 = "" + data8;
                  else if (data8 === null)
                    coerced4 = "";
                  else {
                    let err19 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/auth0-event-streams.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.id.type, parentSchema: schema24.properties.id, data: data8 };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
                coerced4 !== void 0 && (data8 = coerced4, data7 !== void 0 && (data7.id = coerced4));
              }
              if (typeof data8 == "string" && func3(data8) < 1) {
                let err20 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/auth0-event-streams.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.id, data: data8 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data7.protect !== void 0) {
              let data9 = data7.protect;
              if (typeof data9 != "boolean") {
                let coerced5;
                if (coerced5 === void 0)
                  if (data9 === "false" || data9 === 0 || data9 === null)
                    coerced5 = !1;
                  else if (data9 === "true" || data9 === 1)
                    coerced5 = !0;
                  else {
                    let err21 = { instancePath: instancePath + "/hooks/" + i0 + "/protect", schemaPath: "providers/auth0-event-streams.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema24.properties.protect.type, parentSchema: schema24.properties.protect, data: data9 };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
                coerced5 !== void 0 && (data9 = coerced5, data7 !== void 0 && (data7.protect = coerced5));
              }
            }
            if (data7.name !== void 0) {
              let data10 = data7.name;
              if (typeof data10 != "string") {
                let dataType6 = typeof data10, coerced6;
                if (coerced6 === void 0)
                  if (dataType6 == "number" || dataType6 == "boolean")
                    coerced6 = "" + data10;
                  else if (data10 === null)
                    coerced6 = "";
                  else {
                    let err22 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/auth0-event-streams.json/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.name.type, parentSchema: schema24.properties.name, data: data10 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                coerced6 !== void 0 && (data10 = coerced6, data7 !== void 0 && (data7.name = coerced6));
              }
              if (typeof data10 == "string") {
                if (func3(data10) > 128) {
                  let err23 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/auth0-event-streams.json/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema24.properties.name, data: data10 };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
                if (func3(data10) < 1) {
                  let err24 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/auth0-event-streams.json/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.name, data: data10 };
                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                }
              }
            }
            if (data7.status !== void 0) {
              let data11 = data7.status;
              if (!(data11 === "enabled" || data11 === "disabled")) {
                let err25 = { instancePath: instancePath + "/hooks/" + i0 + "/status", schemaPath: "providers/auth0-event-streams.json/properties/status/enum", keyword: "enum", params: { allowedValues: schema24.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.status.enum, parentSchema: schema24.properties.status, data: data11 };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
            }
            if (data7.subscriptions !== void 0) {
              let data12 = data7.subscriptions;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  let err26 = { instancePath: instancePath + "/hooks/" + i0 + "/subscriptions", schemaPath: "providers/auth0-event-streams.json/properties/subscriptions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema24.properties.subscriptions, data: data12 };
                  vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                }
                let len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data13 = data12[i1];
                  if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.event_type === void 0) {
                      let err27 = { instancePath: instancePath + "/hooks/" + i0 + "/subscriptions/" + i1, schemaPath: "providers/auth0-event-streams.json/properties/subscriptions/items/required", keyword: "required", params: { missingProperty: "event_type" }, message: "must have required property 'event_type'", schema: schema24.properties.subscriptions.items.required, parentSchema: schema24.properties.subscriptions.items, data: data13 };
                      vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                    }
                    for (let key3 in data13)
                      if (key3 !== "event_type") {
                        let err28 = { instancePath: instancePath + "/hooks/" + i0 + "/subscriptions/" + i1, schemaPath: "providers/auth0-event-streams.json/properties/subscriptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema24.properties.subscriptions.items, data: data13 };
                        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                      }
                    if (data13.event_type !== void 0) {
                      let data14 = data13.event_type;
                      if (!(data14 === "user.created" || data14 === "user.updated" || data14 === "user.deleted" || data14 === "organization.created" || data14 === "organization.updated" || data14 === "organization.deleted" || data14 === "organization.member.added" || data14 === "organization.member.deleted" || data14 === "organization.member.role.assigned" || data14 === "organization.member.role.deleted" || data14 === "organization.connection.added" || data14 === "organization.connection.updated" || data14 === "organization.connection.removed" || data14 === "organization.group.role.assigned" || data14 === "organization.group.role.deleted" || data14 === "group.created" || data14 === "group.updated" || data14 === "group.deleted" || data14 === "group.member.added" || data14 === "group.member.deleted" || data14 === "group.role.assigned" || data14 === "group.role.deleted")) {
                        let err29 = { instancePath: instancePath + "/hooks/" + i0 + "/subscriptions/" + i1 + "/event_type", schemaPath: "providers/auth0-event-streams.json/properties/subscriptions/items/properties/event_type/enum", keyword: "enum", params: { allowedValues: schema24.properties.subscriptions.items.properties.event_type.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.subscriptions.items.properties.event_type.enum, parentSchema: schema24.properties.subscriptions.items.properties.event_type, data: data14 };
                        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                      }
                    }
                  } else {
                    let err30 = { instancePath: instancePath + "/hooks/" + i0 + "/subscriptions/" + i1, schemaPath: "providers/auth0-event-streams.json/properties/subscriptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.subscriptions.items.type, parentSchema: schema24.properties.subscriptions.items, data: data13 };
                    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                  }
                }
              } else {
                let err31 = { instancePath: instancePath + "/hooks/" + i0 + "/subscriptions", schemaPath: "providers/auth0-event-streams.json/properties/subscriptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.subscriptions.type, parentSchema: schema24.properties.subscriptions, data: data12 };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            }
            if (data7.destination !== void 0) {
              let data15 = data7.destination;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.type === void 0) {
                  let err32 = { instancePath: instancePath + "/hooks/" + i0 + "/destination", schemaPath: "providers/auth0-event-streams.json/properties/destination/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema24.properties.destination.required, parentSchema: schema24.properties.destination, data: data15 };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
                for (let key4 in data15)
                  if (!(key4 === "type" || key4 === "configuration")) {
                    let err33 = { instancePath: instancePath + "/hooks/" + i0 + "/destination", schemaPath: "providers/auth0-event-streams.json/properties/destination/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema24.properties.destination, data: data15 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                if (data15.type !== void 0) {
                  let data16 = data15.type;
                  if (!(data16 === "webhook" || data16 === "eventbridge" || data16 === "action")) {
                    let err34 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/type", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/type/enum", keyword: "enum", params: { allowedValues: schema24.properties.destination.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.destination.properties.type.enum, parentSchema: schema24.properties.destination.properties.type, data: data16 };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                }
                if (data15.configuration !== void 0) {
                  let data17 = data15.configuration;
                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    for (let key5 in data17)
                      if (!(key5 === "webhook_endpoint" || key5 === "webhook_authorization" || key5 === "aws_account_id" || key5 === "aws_region" || key5 === "action_id")) {
                        let err35 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema24.properties.destination.properties.configuration, data: data17 };
                        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                      }
                    if (data17.webhook_endpoint !== void 0) {
                      let data18 = data17.webhook_endpoint;
                      if (typeof data18 != "string") {
                        let dataType7 = typeof data18, coerced7;
                        if (coerced7 === void 0)
                          if (dataType7 == "number" || dataType7 == "boolean")
                            coerced7 = "" + data18;
                          else if (data18 === null)
                            coerced7 = "";
                          else {
                            let err36 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_endpoint", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.destination.properties.configuration.properties.webhook_endpoint.type, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_endpoint, data: data18 };
                            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                          }
                        coerced7 !== void 0 && (data18 = coerced7, data17 !== void 0 && (data17.webhook_endpoint = coerced7));
                      }
                      if (typeof data18 == "string" && !pattern17.test(data18)) {
                        let err37 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_endpoint", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_endpoint/pattern", keyword: "pattern", params: { pattern: "^https://\\S+$" }, message: 'must match pattern "^https://\\S+$"', schema: "^https://\\S+$", parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_endpoint, data: data18 };
                        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                      }
                    }
                    if (data17.webhook_authorization !== void 0) {
                      let data19 = data17.webhook_authorization;
                      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                        if (data19.method === void 0) {
                          let err38 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_authorization", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_authorization/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.required, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_authorization, data: data19 };
                          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                        }
                        for (let key6 in data19)
                          if (!(key6 === "method" || key6 === "token" || key6 === "username" || key6 === "password")) {
                            let err39 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_authorization", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_authorization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_authorization, data: data19 };
                            vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                          }
                        if (data19.method !== void 0) {
                          let data20 = data19.method;
                          if (!(data20 === "bearer" || data20 === "basic")) {
                            let err40 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_authorization/method", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_authorization/properties/method/enum", keyword: "enum", params: { allowedValues: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.method.enum, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.method, data: data20 };
                            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                          }
                        }
                        if (data19.token !== void 0) {
                          let data21 = data19.token;
                          if (typeof data21 != "string") {
                            let dataType8 = typeof data21, coerced8;
                            if (coerced8 === void 0)
                              if (dataType8 == "number" || dataType8 == "boolean")
                                coerced8 = "" + data21;
                              else if (data21 === null)
                                coerced8 = "";
                              else {
                                let err41 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_authorization/token", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_authorization/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.token.type, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.token, data: data21 };
                                vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                              }
                            coerced8 !== void 0 && (data21 = coerced8, data19 !== void 0 && (data19.token = coerced8));
                          }
                          if (typeof data21 == "string" && func3(data21) < 1) {
                            let err42 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_authorization/token", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_authorization/properties/token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.token, data: data21 };
                            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                          }
                        }
                        if (data19.username !== void 0) {
                          let data22 = data19.username;
                          if (typeof data22 != "string") {
                            let dataType9 = typeof data22, coerced9;
                            if (coerced9 === void 0)
                              if (dataType9 == "number" || dataType9 == "boolean")
                                coerced9 = "" + data22;
                              else if (data22 === null)
                                coerced9 = "";
                              else {
                                let err43 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_authorization/username", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_authorization/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.username.type, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.username, data: data22 };
                                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                              }
                            coerced9 !== void 0 && (data22 = coerced9, data19 !== void 0 && (data19.username = coerced9));
                          }
                          if (typeof data22 == "string" && func3(data22) < 1) {
                            let err44 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_authorization/username", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_authorization/properties/username/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.username, data: data22 };
                            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                          }
                        }
                        if (data19.password !== void 0) {
                          let data23 = data19.password;
                          if (typeof data23 != "string") {
                            let dataType10 = typeof data23, coerced10;
                            if (coerced10 === void 0)
                              if (dataType10 == "number" || dataType10 == "boolean")
                                coerced10 = "" + data23;
                              else if (data23 === null)
                                coerced10 = "";
                              else {
                                let err45 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_authorization/password", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_authorization/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.password.type, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.password, data: data23 };
                                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                              }
                            coerced10 !== void 0 && (data23 = coerced10, data19 !== void 0 && (data19.password = coerced10));
                          }
                          if (typeof data23 == "string" && func3(data23) < 1) {
                            let err46 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_authorization/password", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_authorization/properties/password/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.properties.password, data: data23 };
                            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                          }
                        }
                      } else {
                        let err47 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/webhook_authorization", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/webhook_authorization/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.destination.properties.configuration.properties.webhook_authorization.type, parentSchema: schema24.properties.destination.properties.configuration.properties.webhook_authorization, data: data19 };
                        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                      }
                    }
                    if (data17.aws_account_id !== void 0) {
                      let data24 = data17.aws_account_id;
                      if (typeof data24 != "string") {
                        let dataType11 = typeof data24, coerced11;
                        if (coerced11 === void 0)
                          if (dataType11 == "number" || dataType11 == "boolean")
                            coerced11 = "" + data24;
                          else if (data24 === null)
                            coerced11 = "";
                          else {
                            let err48 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/aws_account_id", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/aws_account_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.destination.properties.configuration.properties.aws_account_id.type, parentSchema: schema24.properties.destination.properties.configuration.properties.aws_account_id, data: data24 };
                            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                          }
                        coerced11 !== void 0 && (data24 = coerced11, data17 !== void 0 && (data17.aws_account_id = coerced11));
                      }
                      if (typeof data24 == "string" && !pattern36.test(data24)) {
                        let err49 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/aws_account_id", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/aws_account_id/pattern", keyword: "pattern", params: { pattern: "^\\d{12}$" }, message: 'must match pattern "^\\d{12}$"', schema: "^\\d{12}$", parentSchema: schema24.properties.destination.properties.configuration.properties.aws_account_id, data: data24 };
                        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                      }
                    }
                    if (data17.aws_region !== void 0) {
                      let data25 = data17.aws_region;
                      if (typeof data25 != "string") {
                        let dataType12 = typeof data25, coerced12;
                        if (coerced12 === void 0)
                          if (dataType12 == "number" || dataType12 == "boolean")
                            coerced12 = "" + data25;
                          else if (data25 === null)
                            coerced12 = "";
                          else {
                            let err50 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/aws_region", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/aws_region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.destination.properties.configuration.properties.aws_region.type, parentSchema: schema24.properties.destination.properties.configuration.properties.aws_region, data: data25 };
                            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                          }
                        coerced12 !== void 0 && (data25 = coerced12, data17 !== void 0 && (data17.aws_region = coerced12));
                      }
                      if (typeof data25 == "string" && func3(data25) < 1) {
                        let err51 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/aws_region", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/aws_region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.destination.properties.configuration.properties.aws_region, data: data25 };
                        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                      }
                    }
                    if (data17.action_id !== void 0) {
                      let data26 = data17.action_id;
                      if (typeof data26 != "string") {
                        let dataType13 = typeof data26, coerced13;
                        if (coerced13 === void 0)
                          if (dataType13 == "number" || dataType13 == "boolean")
                            coerced13 = "" + data26;
                          else if (data26 === null)
                            coerced13 = "";
                          else {
                            let err52 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/action_id", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/action_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.destination.properties.configuration.properties.action_id.type, parentSchema: schema24.properties.destination.properties.configuration.properties.action_id, data: data26 };
                            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                          }
                        coerced13 !== void 0 && (data26 = coerced13, data17 !== void 0 && (data17.action_id = coerced13));
                      }
                      if (typeof data26 == "string" && func3(data26) < 1) {
                        let err53 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration/action_id", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/properties/action_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.destination.properties.configuration.properties.action_id, data: data26 };
                        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                      }
                    }
                  } else {
                    let err54 = { instancePath: instancePath + "/hooks/" + i0 + "/destination/configuration", schemaPath: "providers/auth0-event-streams.json/properties/destination/properties/configuration/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.destination.properties.configuration.type, parentSchema: schema24.properties.destination.properties.configuration, data: data17 };
                    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                  }
                }
              } else {
                let err55 = { instancePath: instancePath + "/hooks/" + i0 + "/destination", schemaPath: "providers/auth0-event-streams.json/properties/destination/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.destination.type, parentSchema: schema24.properties.destination, data: data15 };
                vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
              }
            }
          } else {
            let err56 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/auth0-event-streams.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data7 };
            vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
          }
        }
      } else {
        let err57 = { instancePath: instancePath + "/hooks", schemaPath: "#/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.hooks.type, parentSchema: schema23.properties.hooks, data: data6 };
        vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
      }
    }
    if (data.prune !== void 0) {
      let data27 = data.prune;
      if (!(data27 === !0 || data27 === !1 || data27 === "all")) {
        let err58 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/enum", keyword: "enum", params: { allowedValues: schema23.properties.prune.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.prune.enum, parentSchema: schema23.properties.prune, data: data27 };
        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
      }
    }
    if (data.rateLimit !== void 0) {
      let data28 = data.rateLimit;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (data28.requests === void 0) {
          let err59 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema23.properties.rateLimit.required, parentSchema: schema23.properties.rateLimit, data: data28 };
          vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
        }
        if (data28.per === void 0) {
          let err60 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'", schema: schema23.properties.rateLimit.required, parentSchema: schema23.properties.rateLimit, data: data28 };
          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
        }
        for (let key7 in data28)
          if (!(key7 === "requests" || key7 === "per")) {
            let err61 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema23.properties.rateLimit, data: data28 };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
        if (data28.requests !== void 0) {
          let data29 = data28.requests;
          if (!(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
            let dataType14 = typeof data29, coerced14;
            if (coerced14 === void 0)
              if (dataType14 === "boolean" || data29 === null || dataType14 === "string" && data29 && data29 == +data29 && !(data29 % 1))
                coerced14 = +data29;
              else {
                let err62 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.rateLimit.properties.requests.type, parentSchema: schema23.properties.rateLimit.properties.requests, data: data29 };
                vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
              }
            coerced14 !== void 0 && (data29 = coerced14, data28 !== void 0 && (data28.requests = coerced14));
          }
          if (typeof data29 == "number" && isFinite(data29) && (data29 < 1 || isNaN(data29))) {
            let err63 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.rateLimit.properties.requests, data: data29 };
            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
          }
        }
        if (data28.per !== void 0) {
          let data30 = data28.per;
          if (typeof data30 != "string") {
            let dataType15 = typeof data30, coerced15;
            if (coerced15 === void 0)
              if (dataType15 == "number" || dataType15 == "boolean")
                coerced15 = "" + data30;
              else if (data30 === null)
                coerced15 = "";
              else {
                let err64 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.rateLimit.properties.per.type, parentSchema: schema23.properties.rateLimit.properties.per, data: data30 };
                vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
              }
            coerced15 !== void 0 && (data30 = coerced15, data28 !== void 0 && (data28.per = coerced15));
          }
          if (typeof data30 == "string" && !pattern6.test(data30)) {
            let err65 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema23.properties.rateLimit.properties.per, data: data30 };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
        }
      } else {
        let err66 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.rateLimit.type, parentSchema: schema23.properties.rateLimit, data: data28 };
        vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
      }
    }
    if (data.maxDeletes !== void 0) {
      let data31 = data.maxDeletes;
      if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
        let dataType16 = typeof data31, coerced16;
        if (coerced16 === void 0)
          if (dataType16 === "boolean" || data31 === null || dataType16 === "string" && data31 && data31 == +data31 && !(data31 % 1))
            coerced16 = +data31;
          else {
            let err67 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.maxDeletes.type, parentSchema: schema23.properties.maxDeletes, data: data31 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        coerced16 !== void 0 && (data31 = coerced16, data !== void 0 && (data.maxDeletes = coerced16));
      }
      if (typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31))) {
        let err68 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.maxDeletes, data: data31 };
        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
      }
    }
    if (data.owns !== void 0) {
      let data32 = data.owns;
      if (typeof data32 != "string") {
        let dataType17 = typeof data32, coerced17;
        if (coerced17 === void 0)
          if (dataType17 == "number" || dataType17 == "boolean")
            coerced17 = "" + data32;
          else if (data32 === null)
            coerced17 = "";
          else {
            let err69 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.owns.type, parentSchema: schema23.properties.owns, data: data32 };
            vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
          }
        coerced17 !== void 0 && (data32 = coerced17, data !== void 0 && (data.owns = coerced17));
      }
      if (typeof data32 == "string" && func3(data32) < 1) {
        let err70 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.owns, data: data32 };
        vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
      }
    }
    if (data.writeGap !== void 0) {
      let data33 = data.writeGap;
      if (typeof data33 != "string") {
        let dataType18 = typeof data33, coerced18;
        if (coerced18 === void 0)
          if (dataType18 == "number" || dataType18 == "boolean")
            coerced18 = "" + data33;
          else if (data33 === null)
            coerced18 = "";
          else {
            let err71 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.writeGap.type, parentSchema: schema23.properties.writeGap, data: data33 };
            vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
          }
        coerced18 !== void 0 && (data33 = coerced18, data !== void 0 && (data.writeGap = coerced18));
      }
      if (typeof data33 == "string" && !pattern6.test(data33)) {
        let err72 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema23.properties.writeGap, data: data33 };
        vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
      }
    }
  } else {
    let err73 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
  }
  return validate22.errors = vErrors, errors === 0;
}
var schema25 = { type: "object", description: "A Stripe target.", required: ["provider", "auth", "hooks"], additionalProperties: !1, properties: { provider: { const: "stripe" }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox). Default: https://api.stripe.com." }, auth: { type: "object", required: ["token"], additionalProperties: !1, description: "An API token. Use a ${VAR} reference; never write it in the file.", properties: { token: { type: "string", minLength: 1 } } }, hooks: { type: "array", items: { $ref: "providers/stripe.json" } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." }, writeGap: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "Least time between two writes (creates, updates, deletes) to this target, which are then sent one at a time: 500ms, 1s (a bare number is seconds). Default: none, except GitHub's 1s, the pace GitHub asks for to avoid its secondary rate limits." }, mode: { enum: ["test", "live"], description: "which of the account's modes this target manages; its key must be of that mode (sk_test_\u2026 or sk_live_\u2026), checked before any request" } } }, schema26 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/stripe.json", title: "Stripe webhook endpoint", description: "A webhook endpoint of a Stripe account (POST /v1/webhook_endpoints/{id}). Matched by url. Only the fields you write are managed; its signing secret is made by Stripe at creation and never read back.", type: "object", additionalProperties: !1, properties: { id: { type: "string", pattern: "^we_[A-Za-z0-9]+$", description: "Pin this entry to one live endpoint id (we_\u2026)." }, protect: { type: "boolean", description: "Never delete or replace this endpoint: a plan that would is refused for it." }, allowSecretRotation: { type: "boolean", description: "Let a replacement of this endpoint (a changed api_version) go ahead although Stripe then generates a new signing secret; without it (or --allow-secret-rotation) such a replacement is refused." }, url: { type: "string", minLength: 1, maxLength: 5e3, pattern: "^https?://\\S+$", description: "where Stripe delivers events; the matching key" }, enabled_events: { type: "array", minItems: 1, description: 'Event types ("*" for all but those needing explicit selection); compared as a set.', items: { type: "string", enum: ["*", "account.application.authorized", "account.application.deauthorized", "account.external_account.created", "account.external_account.deleted", "account.external_account.updated", "account.updated", "application_fee.created", "application_fee.refund.updated", "application_fee.refunded", "apps.install.created", "apps.install.deleted", "apps.install.updated", "balance.available", "balance_settings.updated", "billing.alert.triggered", "billing.credit_balance_transaction.created", "billing.credit_grant.created", "billing.credit_grant.updated", "billing.meter.created", "billing.meter.deactivated", "billing.meter.reactivated", "billing.meter.updated", "billing_portal.configuration.created", "billing_portal.configuration.updated", "billing_portal.session.created", "capability.updated", "cash_balance.funds_available", "charge.captured", "charge.dispute.closed", "charge.dispute.created", "charge.dispute.funds_reinstated", "charge.dispute.funds_withdrawn", "charge.dispute.updated", "charge.expired", "charge.failed", "charge.pending", "charge.refund.updated", "charge.refunded", "charge.succeeded", "charge.updated", "checkout.session.async_payment_failed", "checkout.session.async_payment_succeeded", "checkout.session.completed", "checkout.session.expired", "climate.order.canceled", "climate.order.created", "climate.order.delayed", "climate.order.delivered", "climate.order.product_substituted", "climate.product.created", "climate.product.pricing_updated", "coupon.created", "coupon.deleted", "coupon.updated", "credit_note.created", "credit_note.updated", "credit_note.voided", "customer.created", "customer.deleted", "customer.discount.created", "customer.discount.deleted", "customer.discount.updated", "customer.source.created", "customer.source.deleted", "customer.source.expiring", "customer.source.updated", "customer.subscription.created", "customer.subscription.deleted", "customer.subscription.paused", "customer.subscription.pending_update_applied", "customer.subscription.pending_update_expired", "customer.subscription.resumed", "customer.subscription.trial_will_end", "customer.subscription.updated", "customer.tax_id.created", "customer.tax_id.deleted", "customer.tax_id.updated", "customer.updated", "customer_cash_balance_transaction.created", "entitlements.active_entitlement_summary.updated", "file.created", "financial_connections.account.account_numbers_updated", "financial_connections.account.created", "financial_connections.account.deactivated", "financial_connections.account.disconnected", "financial_connections.account.expected_deactivation_date_updated", "financial_connections.account.reactivated", "financial_connections.account.refreshed_balance", "financial_connections.account.refreshed_ownership", "financial_connections.account.refreshed_transactions", "financial_connections.account.supported_payment_method_types_updated", "financial_connections.account.upcoming_account_number_expiry", "financial_connections.account.upcoming_deactivation", "financial_connections.authorization.expected_deactivation_date_updated", "financial_connections.authorization.upcoming_deactivation", "identity.verification_session.canceled", "identity.verification_session.created", "identity.verification_session.processing", "identity.verification_session.redacted", "identity.verification_session.requires_input", "identity.verification_session.verified", "invoice.created", "invoice.deleted", "invoice.finalization_failed", "invoice.finalized", "invoice.marked_uncollectible", "invoice.overdue", "invoice.overpaid", "invoice.paid", "invoice.payment_action_required", "invoice.payment_attempt_required", "invoice.payment_failed", "invoice.payment_succeeded", "invoice.sent", "invoice.upcoming", "invoice.updated", "invoice.voided", "invoice.will_be_due", "invoice_payment.paid", "invoiceitem.created", "invoiceitem.deleted", "issuing_authorization.created", "issuing_authorization.request", "issuing_authorization.updated", "issuing_card.created", "issuing_card.updated", "issuing_cardholder.created", "issuing_cardholder.updated", "issuing_dispute.closed", "issuing_dispute.created", "issuing_dispute.funds_reinstated", "issuing_dispute.funds_rescinded", "issuing_dispute.submitted", "issuing_dispute.updated", "issuing_personalization_design.activated", "issuing_personalization_design.deactivated", "issuing_personalization_design.rejected", "issuing_personalization_design.updated", "issuing_token.created", "issuing_token.updated", "issuing_transaction.created", "issuing_transaction.purchase_details_receipt_updated", "issuing_transaction.updated", "mandate.updated", "payment_intent.amount_capturable_updated", "payment_intent.canceled", "payment_intent.created", "payment_intent.partially_funded", "payment_intent.payment_failed", "payment_intent.processing", "payment_intent.requires_action", "payment_intent.succeeded", "payment_link.created", "payment_link.updated", "payment_method.attached", "payment_method.automatically_updated", "payment_method.detached", "payment_method.updated", "payout.canceled", "payout.created", "payout.failed", "payout.paid", "payout.reconciliation_completed", "payout.updated", "person.created", "person.deleted", "person.updated", "plan.created", "plan.deleted", "plan.updated", "price.created", "price.deleted", "price.updated", "product.created", "product.deleted", "product.updated", "promotion_code.created", "promotion_code.updated", "quote.accepted", "quote.canceled", "quote.created", "quote.finalized", "radar.early_fraud_warning.created", "radar.early_fraud_warning.updated", "refund.created", "refund.failed", "refund.updated", "reporting.report_run.failed", "reporting.report_run.succeeded", "reporting.report_type.updated", "reserve.hold.created", "reserve.hold.updated", "reserve.plan.created", "reserve.plan.disabled", "reserve.plan.expired", "reserve.plan.updated", "reserve.release.created", "review.closed", "review.opened", "setup_intent.canceled", "setup_intent.created", "setup_intent.requires_action", "setup_intent.setup_failed", "setup_intent.succeeded", "sigma.scheduled_query_run.created", "source.canceled", "source.chargeable", "source.failed", "source.mandate_notification", "source.refund_attributes_required", "source.transaction.created", "source.transaction.updated", "subscription_schedule.aborted", "subscription_schedule.canceled", "subscription_schedule.completed", "subscription_schedule.created", "subscription_schedule.expiring", "subscription_schedule.released", "subscription_schedule.updated", "tax.settings.updated", "tax_rate.created", "tax_rate.updated", "terminal.reader.action_failed", "terminal.reader.action_succeeded", "terminal.reader.action_updated", "test_helpers.test_clock.advancing", "test_helpers.test_clock.created", "test_helpers.test_clock.deleted", "test_helpers.test_clock.internal_failure", "test_helpers.test_clock.ready", "three_d_secure.authentication.canceled", "three_d_secure.authentication.challenge_started", "three_d_secure.authentication.errored", "three_d_secure.authentication.failed", "three_d_secure.authentication.requires_challenge", "three_d_secure.authentication.requires_submission", "three_d_secure.authentication.succeeded", "topup.canceled", "topup.created", "topup.failed", "topup.reversed", "topup.succeeded", "transfer.created", "transfer.reversed", "transfer.updated", "treasury.credit_reversal.created", "treasury.credit_reversal.posted", "treasury.debit_reversal.completed", "treasury.debit_reversal.created", "treasury.debit_reversal.initial_credit_granted", "treasury.financial_account.closed", "treasury.financial_account.created", "treasury.financial_account.features_status_updated", "treasury.inbound_transfer.canceled", "treasury.inbound_transfer.created", "treasury.inbound_transfer.failed", "treasury.inbound_transfer.succeeded", "treasury.outbound_payment.canceled", "treasury.outbound_payment.created", "treasury.outbound_payment.expected_arrival_date_updated", "treasury.outbound_payment.failed", "treasury.outbound_payment.posted", "treasury.outbound_payment.returned", "treasury.outbound_payment.tracking_details_updated", "treasury.outbound_transfer.canceled", "treasury.outbound_transfer.created", "treasury.outbound_transfer.expected_arrival_date_updated", "treasury.outbound_transfer.failed", "treasury.outbound_transfer.posted", "treasury.outbound_transfer.returned", "treasury.outbound_transfer.tracking_details_updated", "treasury.received_credit.created", "treasury.received_credit.failed", "treasury.received_credit.succeeded", "treasury.received_debit.created"], description: "a Stripe event type (stripe@23.1.0's list), or *" } }, description: { type: ["string", "null"], maxLength: 5e3, description: "null clears it" }, metadata: { type: "object", description: "Keys merge with the endpoint's own; a key set to null is removed. At most 50 keys.", maxProperties: 50, propertyNames: { maxLength: 40, pattern: "^[^\\[\\]]+$" }, additionalProperties: { type: ["string", "null"], maxLength: 500 } }, disabled: { type: "boolean", description: "true: Stripe sends nothing to it (read back as status disabled)" }, api_version: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}(\\.[a-z]+)?$", description: "The API version of the events it receives; set only at creation: a different one replaces the endpoint (and rotates its secret)." }, secretTo: { type: "object", additionalProperties: !1, minProperties: 1, description: "Where apply hands the signing secret the vendor generates for this hook when it creates it: a line of the --secrets-file, and/or a GitHub Actions secret. Never printed.", properties: { env: { type: "string", pattern: "^[A-Z_][A-Z0-9_]*$", description: "an upper-case variable name (A-Z, 0-9, _), whose line NAME=value apply writes to its --secrets-file (mode 0600)" }, github: { type: "object", additionalProperties: !1, required: ["repository", "secret", "token"], description: "an Actions secret of a repository (or of one of its environments), sealed with its public key as GitHub documents", properties: { repository: { type: "string", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", description: "owner/name" }, environment: { type: "string", minLength: 1, description: "an environment of the repository: its secret instead of the repository's" }, secret: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "the secret's name" }, token: { type: "string", minLength: 1, description: "a token that may write the repository's Actions secrets. Secret: use a ${VAR}." }, endpoint: { type: "string", pattern: "^https?://", description: "GitHub's API (default https://api.github.com)" } } } } } } }, func0 = import_equal.default.default, pattern39 = new RegExp("^we_[A-Za-z0-9]+$", "u"), pattern41 = new RegExp("^[^\\[\\]]+$", "u"), pattern42 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(\\.[a-z]+)?$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema25.required, parentSchema: schema25, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.auth === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" }, message: "must have required property 'auth'", schema: schema25.required, parentSchema: schema25, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.hooks === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hooks" }, message: "must have required property 'hooks'", schema: schema25.required, parentSchema: schema25, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema25.properties, key0)) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema25, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (data0 !== "stripe") {
        let err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/const", keyword: "const", params: { allowedValue: "stripe" }, message: "must be equal to constant", schema: "stripe", parentSchema: schema25.properties.provider, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data1 = data.endpoint;
      if (typeof data1 != "string") {
        let dataType0 = typeof data1, coerced0;
        if (coerced0 === void 0)
          if (dataType0 == "number" || dataType0 == "boolean")
            coerced0 = "" + data1;
          else if (data1 === null)
            coerced0 = "";
          else {
            let err5 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.endpoint.type, parentSchema: schema25.properties.endpoint, data: data1 };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
        coerced0 !== void 0 && (data1 = coerced0, data !== void 0 && (data.endpoint = coerced0));
      }
      if (typeof data1 == "string" && func3(data1) < 1) {
        let err6 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.endpoint, data: data1 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.auth !== void 0) {
      let data2 = data.auth;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.token === void 0) {
          let err7 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property 'token'", schema: schema25.properties.auth.required, parentSchema: schema25.properties.auth, data: data2 };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
        for (let key1 in data2)
          if (key1 !== "token") {
            let err8 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema25.properties.auth, data: data2 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        if (data2.token !== void 0) {
          let data3 = data2.token;
          if (typeof data3 != "string") {
            let dataType1 = typeof data3, coerced1;
            if (coerced1 === void 0)
              if (dataType1 == "number" || dataType1 == "boolean")
                coerced1 = "" + data3;
              else if (data3 === null)
                coerced1 = "";
              else {
                let err9 = { instancePath: instancePath + "/auth/token", schemaPath: "#/properties/auth/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.auth.properties.token.type, parentSchema: schema25.properties.auth.properties.token, data: data3 };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            coerced1 !== void 0 && (data3 = coerced1, data2 !== void 0 && (data2.token = coerced1));
          }
          if (typeof data3 == "string" && func3(data3) < 1) {
            let err10 = { instancePath: instancePath + "/auth/token", schemaPath: "#/properties/auth/properties/token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.auth.properties.token, data: data3 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        }
      } else {
        let err11 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.auth.type, parentSchema: schema25.properties.auth, data: data2 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.hooks !== void 0) {
      let data4 = data.hooks;
      if (Array.isArray(data4)) {
        let len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (let key2 in data5)
              if (!func2.call(schema26.properties, key2)) {
                let err12 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/stripe.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema26, data: data5 };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
            if (data5.id !== void 0) {
              let data6 = data5.id;
              if (typeof data6 != "string") {
                let dataType2 = typeof data6, coerced2;
                if (coerced2 === void 0)
                  if (dataType2 == "number" || dataType2 == "boolean")
                    coerced2 = "" + data6;
                  else if (data6 === null)
                    coerced2 = "";
                  else {
                    let err13 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/stripe.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.id.type, parentSchema: schema26.properties.id, data: data6 };
                    vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                  }
                coerced2 !== void 0 && (data6 = coerced2, data5 !== void 0 && (data5.id = coerced2));
              }
              if (typeof data6 == "string" && !pattern39.test(data6)) {
                let err14 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/stripe.json/properties/id/pattern", keyword: "pattern", params: { pattern: "^we_[A-Za-z0-9]+$" }, message: 'must match pattern "^we_[A-Za-z0-9]+$"', schema: "^we_[A-Za-z0-9]+$", parentSchema: schema26.properties.id, data: data6 };
                vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
              }
            }
            if (data5.protect !== void 0) {
              let data7 = data5.protect;
              if (typeof data7 != "boolean") {
                let coerced3;
                if (coerced3 === void 0)
                  if (data7 === "false" || data7 === 0 || data7 === null)
                    coerced3 = !1;
                  else if (data7 === "true" || data7 === 1)
                    coerced3 = !0;
                  else {
                    let err15 = { instancePath: instancePath + "/hooks/" + i0 + "/protect", schemaPath: "providers/stripe.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.protect.type, parentSchema: schema26.properties.protect, data: data7 };
                    vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                  }
                coerced3 !== void 0 && (data7 = coerced3, data5 !== void 0 && (data5.protect = coerced3));
              }
            }
            if (data5.allowSecretRotation !== void 0) {
              let data8 = data5.allowSecretRotation;
              if (typeof data8 != "boolean") {
                let coerced4;
                if (coerced4 === void 0)
                  if (data8 === "false" || data8 === 0 || data8 === null)
                    coerced4 = !1;
                  else if (data8 === "true" || data8 === 1)
                    coerced4 = !0;
                  else {
                    let err16 = { instancePath: instancePath + "/hooks/" + i0 + "/allowSecretRotation", schemaPath: "providers/stripe.json/properties/allowSecretRotation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.allowSecretRotation.type, parentSchema: schema26.properties.allowSecretRotation, data: data8 };
                    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                  }
                coerced4 !== void 0 && (data8 = coerced4, data5 !== void 0 && (data5.allowSecretRotation = coerced4));
              }
            }
            if (data5.url !== void 0) {
              let data9 = data5.url;
              if (typeof data9 != "string") {
                let dataType5 = typeof data9, coerced5;
                if (coerced5 === void 0)
                  if (dataType5 == "number" || dataType5 == "boolean")
                    coerced5 = "" + data9;
                  else if (data9 === null)
                    coerced5 = "";
                  else {
                    let err17 = { instancePath: instancePath + "/hooks/" + i0 + "/url", schemaPath: "providers/stripe.json/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.url.type, parentSchema: schema26.properties.url, data: data9 };
                    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                  }
                coerced5 !== void 0 && (data9 = coerced5, data5 !== void 0 && (data5.url = coerced5));
              }
              if (typeof data9 == "string") {
                if (func3(data9) > 5e3) {
                  let err18 = { instancePath: instancePath + "/hooks/" + i0 + "/url", schemaPath: "providers/stripe.json/properties/url/maxLength", keyword: "maxLength", params: { limit: 5e3 }, message: "must NOT have more than 5000 characters", schema: 5e3, parentSchema: schema26.properties.url, data: data9 };
                  vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                }
                if (func3(data9) < 1) {
                  let err19 = { instancePath: instancePath + "/hooks/" + i0 + "/url", schemaPath: "providers/stripe.json/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.url, data: data9 };
                  vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                }
                if (!pattern27.test(data9)) {
                  let err20 = { instancePath: instancePath + "/hooks/" + i0 + "/url", schemaPath: "providers/stripe.json/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema26.properties.url, data: data9 };
                  vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                }
              }
            }
            if (data5.enabled_events !== void 0) {
              let data10 = data5.enabled_events;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  let err21 = { instancePath: instancePath + "/hooks/" + i0 + "/enabled_events", schemaPath: "providers/stripe.json/properties/enabled_events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26.properties.enabled_events, data: data10 };
                  vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                }
                let len1 = data10.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data11 = data10[i1];
                  if (typeof data11 != "string") {
                    let dataType6 = typeof data11, coerced6;
                    if (coerced6 === void 0)
                      if (dataType6 == "number" || dataType6 == "boolean")
                        coerced6 = "" + data11;
                      else if (data11 === null)
                        coerced6 = "";
                      else {
                        let err22 = { instancePath: instancePath + "/hooks/" + i0 + "/enabled_events/" + i1, schemaPath: "providers/stripe.json/properties/enabled_events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.enabled_events.items.type, parentSchema: schema26.properties.enabled_events.items, data: data11 };
                        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                      }
                    coerced6 !== void 0 && (data11 = coerced6, data10 !== void 0 && (data10[i1] = coerced6));
                  }
                  let valid8;
                  valid8 = !1;
                  for (let v0 of schema26.properties.enabled_events.items.enum)
                    if (func0(data11, v0)) {
                      valid8 = !0;
                      break;
                    }
                  if (!valid8) {
                    let err23 = { instancePath: instancePath + "/hooks/" + i0 + "/enabled_events/" + i1, schemaPath: "providers/stripe.json/properties/enabled_events/items/enum", keyword: "enum", params: { allowedValues: schema26.properties.enabled_events.items.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.enabled_events.items.enum, parentSchema: schema26.properties.enabled_events.items, data: data11 };
                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                  }
                }
              } else {
                let err24 = { instancePath: instancePath + "/hooks/" + i0 + "/enabled_events", schemaPath: "providers/stripe.json/properties/enabled_events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.enabled_events.type, parentSchema: schema26.properties.enabled_events, data: data10 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
            if (data5.description !== void 0) {
              let data12 = data5.description;
              if (typeof data12 != "string" && data12 !== null) {
                let dataType7 = typeof data12, coerced7;
                if (coerced7 === void 0)
                  if (dataType7 == "number" || dataType7 == "boolean")
                    coerced7 = "" + data12;
                  else if (data12 === null)
                    coerced7 = "";
                  else if (data12 === "" || data12 === 0 || data12 === !1)
                    coerced7 = null;
                  else {
                    let err25 = { instancePath: instancePath + "/hooks/" + i0 + "/description", schemaPath: "providers/stripe.json/properties/description/type", keyword: "type", params: { type: schema26.properties.description.type }, message: "must be string,null", schema: schema26.properties.description.type, parentSchema: schema26.properties.description, data: data12 };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
                coerced7 !== void 0 && (data12 = coerced7, data5 !== void 0 && (data5.description = coerced7));
              }
              if (typeof data12 == "string" && func3(data12) > 5e3) {
                let err26 = { instancePath: instancePath + "/hooks/" + i0 + "/description", schemaPath: "providers/stripe.json/properties/description/maxLength", keyword: "maxLength", params: { limit: 5e3 }, message: "must NOT have more than 5000 characters", schema: 5e3, parentSchema: schema26.properties.description, data: data12 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data5.metadata !== void 0) {
              let data13 = data5.metadata;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (Object.keys(data13).length > 50) {
                  let err27 = { instancePath: instancePath + "/hooks/" + i0 + "/metadata", schemaPath: "providers/stripe.json/properties/metadata/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema26.properties.metadata, data: data13 };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
                for (let key3 in data13) {
                  let _errs32 = errors;
                  if (typeof key3 == "string") {
                    if (func3(key3) > 40) {
                      let err28 = { instancePath: instancePath + "/hooks/" + i0 + "/metadata", schemaPath: "providers/stripe.json/properties/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema26.properties.metadata.propertyNames, data: key3, propertyName: key3 };
                      vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                    }
                    if (!pattern41.test(key3)) {
                      let err29 = { instancePath: instancePath + "/hooks/" + i0 + "/metadata", schemaPath: "providers/stripe.json/properties/metadata/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^\\[\\]]+$" }, message: 'must match pattern "^[^\\[\\]]+$"', schema: "^[^\\[\\]]+$", parentSchema: schema26.properties.metadata.propertyNames, data: key3, propertyName: key3 };
                      vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                    }
                  }
                  var valid9 = _errs32 === errors;
                  if (!valid9) {
                    let err30 = { instancePath: instancePath + "/hooks/" + i0 + "/metadata", schemaPath: "providers/stripe.json/properties/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema26.properties.metadata.propertyNames, parentSchema: schema26.properties.metadata, data: data13 };
                    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                  }
                }
                for (let key4 in data13) {
                  let data14 = data13[key4];
                  if (typeof data14 != "string" && data14 !== null) {
                    let dataType8 = typeof data14, coerced8;
                    if (coerced8 === void 0)
                      if (dataType8 == "number" || dataType8 == "boolean")
                        coerced8 = "" + data14;
                      else if (data14 === null)
                        coerced8 = "";
                      else if (data14 === "" || data14 === 0 || data14 === !1)
                        coerced8 = null;
                      else {
                        let err31 = { instancePath: instancePath + "/hooks/" + i0 + "/metadata/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/stripe.json/properties/metadata/additionalProperties/type", keyword: "type", params: { type: schema26.properties.metadata.additionalProperties.type }, message: "must be string,null", schema: schema26.properties.metadata.additionalProperties.type, parentSchema: schema26.properties.metadata.additionalProperties, data: data14 };
                        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                      }
                    coerced8 !== void 0 && (data14 = coerced8, data13 !== void 0 && (data13[key4] = coerced8));
                  }
                  if (typeof data14 == "string" && func3(data14) > 500) {
                    let err32 = { instancePath: instancePath + "/hooks/" + i0 + "/metadata/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/stripe.json/properties/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema26.properties.metadata.additionalProperties, data: data14 };
                    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                  }
                }
              } else {
                let err33 = { instancePath: instancePath + "/hooks/" + i0 + "/metadata", schemaPath: "providers/stripe.json/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.metadata.type, parentSchema: schema26.properties.metadata, data: data13 };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
            }
            if (data5.disabled !== void 0) {
              let data15 = data5.disabled;
              if (typeof data15 != "boolean") {
                let coerced9;
                if (coerced9 === void 0)
                  if (data15 === "false" || data15 === 0 || data15 === null)
                    coerced9 = !1;
                  else if (data15 === "true" || data15 === 1)
                    coerced9 = !0;
                  else {
                    let err34 = { instancePath: instancePath + "/hooks/" + i0 + "/disabled", schemaPath: "providers/stripe.json/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.disabled.type, parentSchema: schema26.properties.disabled, data: data15 };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                coerced9 !== void 0 && (data15 = coerced9, data5 !== void 0 && (data5.disabled = coerced9));
              }
            }
            if (data5.api_version !== void 0) {
              let data16 = data5.api_version;
              if (typeof data16 != "string") {
                let dataType10 = typeof data16, coerced10;
                if (coerced10 === void 0)
                  if (dataType10 == "number" || dataType10 == "boolean")
                    coerced10 = "" + data16;
                  else if (data16 === null)
                    coerced10 = "";
                  else {
                    let err35 = { instancePath: instancePath + "/hooks/" + i0 + "/api_version", schemaPath: "providers/stripe.json/properties/api_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.api_version.type, parentSchema: schema26.properties.api_version, data: data16 };
                    vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                  }
                coerced10 !== void 0 && (data16 = coerced10, data5 !== void 0 && (data5.api_version = coerced10));
              }
              if (typeof data16 == "string" && !pattern42.test(data16)) {
                let err36 = { instancePath: instancePath + "/hooks/" + i0 + "/api_version", schemaPath: "providers/stripe.json/properties/api_version/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(\\.[a-z]+)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(\\.[a-z]+)?$"', schema: "^\\d{4}-\\d{2}-\\d{2}(\\.[a-z]+)?$", parentSchema: schema26.properties.api_version, data: data16 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            if (data5.secretTo !== void 0) {
              let data17 = data5.secretTo;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (Object.keys(data17).length < 1) {
                  let err37 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo", schemaPath: "providers/stripe.json/properties/secretTo/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema26.properties.secretTo, data: data17 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
                for (let key5 in data17)
                  if (!(key5 === "env" || key5 === "github")) {
                    let err38 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo", schemaPath: "providers/stripe.json/properties/secretTo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema26.properties.secretTo, data: data17 };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                if (data17.env !== void 0) {
                  let data18 = data17.env;
                  if (typeof data18 != "string") {
                    let dataType11 = typeof data18, coerced11;
                    if (coerced11 === void 0)
                      if (dataType11 == "number" || dataType11 == "boolean")
                        coerced11 = "" + data18;
                      else if (data18 === null)
                        coerced11 = "";
                      else {
                        let err39 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/env", schemaPath: "providers/stripe.json/properties/secretTo/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.secretTo.properties.env.type, parentSchema: schema26.properties.secretTo.properties.env, data: data18 };
                        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                      }
                    coerced11 !== void 0 && (data18 = coerced11, data17 !== void 0 && (data17.env = coerced11));
                  }
                  if (typeof data18 == "string" && !pattern2.test(data18)) {
                    let err40 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/env", schemaPath: "providers/stripe.json/properties/secretTo/properties/env/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema26.properties.secretTo.properties.env, data: data18 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                }
                if (data17.github !== void 0) {
                  let data19 = data17.github;
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.repository === void 0) {
                      let err41 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema26.properties.secretTo.properties.github.required, parentSchema: schema26.properties.secretTo.properties.github, data: data19 };
                      vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                    }
                    if (data19.secret === void 0) {
                      let err42 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema26.properties.secretTo.properties.github.required, parentSchema: schema26.properties.secretTo.properties.github, data: data19 };
                      vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                    }
                    if (data19.token === void 0) {
                      let err43 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property 'token'", schema: schema26.properties.secretTo.properties.github.required, parentSchema: schema26.properties.secretTo.properties.github, data: data19 };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                    for (let key6 in data19)
                      if (!(key6 === "repository" || key6 === "environment" || key6 === "secret" || key6 === "token" || key6 === "endpoint")) {
                        let err44 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema26.properties.secretTo.properties.github, data: data19 };
                        vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                      }
                    if (data19.repository !== void 0) {
                      let data20 = data19.repository;
                      if (typeof data20 != "string") {
                        let dataType12 = typeof data20, coerced12;
                        if (coerced12 === void 0)
                          if (dataType12 == "number" || dataType12 == "boolean")
                            coerced12 = "" + data20;
                          else if (data20 === null)
                            coerced12 = "";
                          else {
                            let err45 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/repository", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.secretTo.properties.github.properties.repository.type, parentSchema: schema26.properties.secretTo.properties.github.properties.repository, data: data20 };
                            vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                          }
                        coerced12 !== void 0 && (data20 = coerced12, data19 !== void 0 && (data19.repository = coerced12));
                      }
                      if (typeof data20 == "string" && !pattern3.test(data20)) {
                        let err46 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/repository", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema26.properties.secretTo.properties.github.properties.repository, data: data20 };
                        vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                      }
                    }
                    if (data19.environment !== void 0) {
                      let data21 = data19.environment;
                      if (typeof data21 != "string") {
                        let dataType13 = typeof data21, coerced13;
                        if (coerced13 === void 0)
                          if (dataType13 == "number" || dataType13 == "boolean")
                            coerced13 = "" + data21;
                          else if (data21 === null)
                            coerced13 = "";
                          else {
                            let err47 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/environment", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.secretTo.properties.github.properties.environment.type, parentSchema: schema26.properties.secretTo.properties.github.properties.environment, data: data21 };
                            vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                          }
                        coerced13 !== void 0 && (data21 = coerced13, data19 !== void 0 && (data19.environment = coerced13));
                      }
                      if (typeof data21 == "string" && func3(data21) < 1) {
                        let err48 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/environment", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.secretTo.properties.github.properties.environment, data: data21 };
                        vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                      }
                    }
                    if (data19.secret !== void 0) {
                      let data22 = data19.secret;
                      if (typeof data22 != "string") {
                        let dataType14 = typeof data22, coerced14;
                        if (coerced14 === void 0)
                          if (dataType14 == "number" || dataType14 == "boolean")
                            coerced14 = "" + data22;
                          else if (data22 === null)
                            coerced14 = "";
                          else {
                            let err49 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/secret", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.secretTo.properties.github.properties.secret.type, parentSchema: schema26.properties.secretTo.properties.github.properties.secret, data: data22 };
                            vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                          }
                        coerced14 !== void 0 && (data22 = coerced14, data19 !== void 0 && (data19.secret = coerced14));
                      }
                      if (typeof data22 == "string" && !pattern4.test(data22)) {
                        let err50 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/secret", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/properties/secret/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema26.properties.secretTo.properties.github.properties.secret, data: data22 };
                        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                      }
                    }
                    if (data19.token !== void 0) {
                      let data23 = data19.token;
                      if (typeof data23 != "string") {
                        let dataType15 = typeof data23, coerced15;
                        if (coerced15 === void 0)
                          if (dataType15 == "number" || dataType15 == "boolean")
                            coerced15 = "" + data23;
                          else if (data23 === null)
                            coerced15 = "";
                          else {
                            let err51 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/token", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.secretTo.properties.github.properties.token.type, parentSchema: schema26.properties.secretTo.properties.github.properties.token, data: data23 };
                            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                          }
                        coerced15 !== void 0 && (data23 = coerced15, data19 !== void 0 && (data19.token = coerced15));
                      }
                      if (typeof data23 == "string" && func3(data23) < 1) {
                        let err52 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/token", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/properties/token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.secretTo.properties.github.properties.token, data: data23 };
                        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                      }
                    }
                    if (data19.endpoint !== void 0) {
                      let data24 = data19.endpoint;
                      if (typeof data24 != "string") {
                        let dataType16 = typeof data24, coerced16;
                        if (coerced16 === void 0)
                          if (dataType16 == "number" || dataType16 == "boolean")
                            coerced16 = "" + data24;
                          else if (data24 === null)
                            coerced16 = "";
                          else {
                            let err53 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/endpoint", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.secretTo.properties.github.properties.endpoint.type, parentSchema: schema26.properties.secretTo.properties.github.properties.endpoint, data: data24 };
                            vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                          }
                        coerced16 !== void 0 && (data24 = coerced16, data19 !== void 0 && (data19.endpoint = coerced16));
                      }
                      if (typeof data24 == "string" && !pattern5.test(data24)) {
                        let err54 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github/endpoint", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema26.properties.secretTo.properties.github.properties.endpoint, data: data24 };
                        vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                      }
                    }
                  } else {
                    let err55 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo/github", schemaPath: "providers/stripe.json/properties/secretTo/properties/github/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.secretTo.properties.github.type, parentSchema: schema26.properties.secretTo.properties.github, data: data19 };
                    vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                  }
                }
              } else {
                let err56 = { instancePath: instancePath + "/hooks/" + i0 + "/secretTo", schemaPath: "providers/stripe.json/properties/secretTo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.secretTo.type, parentSchema: schema26.properties.secretTo, data: data17 };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
          } else {
            let err57 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/stripe.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data: data5 };
            vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
          }
        }
      } else {
        let err58 = { instancePath: instancePath + "/hooks", schemaPath: "#/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.hooks.type, parentSchema: schema25.properties.hooks, data: data4 };
        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
      }
    }
    if (data.prune !== void 0) {
      let data25 = data.prune;
      if (!(data25 === !0 || data25 === !1 || data25 === "all")) {
        let err59 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/enum", keyword: "enum", params: { allowedValues: schema25.properties.prune.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.prune.enum, parentSchema: schema25.properties.prune, data: data25 };
        vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
      }
    }
    if (data.rateLimit !== void 0) {
      let data26 = data.rateLimit;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (data26.requests === void 0) {
          let err60 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema25.properties.rateLimit.required, parentSchema: schema25.properties.rateLimit, data: data26 };
          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
        }
        if (data26.per === void 0) {
          let err61 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'", schema: schema25.properties.rateLimit.required, parentSchema: schema25.properties.rateLimit, data: data26 };
          vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
        }
        for (let key7 in data26)
          if (!(key7 === "requests" || key7 === "per")) {
            let err62 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema25.properties.rateLimit, data: data26 };
            vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
          }
        if (data26.requests !== void 0) {
          let data27 = data26.requests;
          if (!(typeof data27 == "number" && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
            let dataType17 = typeof data27, coerced17;
            if (coerced17 === void 0)
              if (dataType17 === "boolean" || data27 === null || dataType17 === "string" && data27 && data27 == +data27 && !(data27 % 1))
                coerced17 = +data27;
              else {
                let err63 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.rateLimit.properties.requests.type, parentSchema: schema25.properties.rateLimit.properties.requests, data: data27 };
                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
              }
            coerced17 !== void 0 && (data27 = coerced17, data26 !== void 0 && (data26.requests = coerced17));
          }
          if (typeof data27 == "number" && isFinite(data27) && (data27 < 1 || isNaN(data27))) {
            let err64 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema25.properties.rateLimit.properties.requests, data: data27 };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
        }
        if (data26.per !== void 0) {
          let data28 = data26.per;
          if (typeof data28 != "string") {
            let dataType18 = typeof data28, coerced18;
            if (coerced18 === void 0)
              if (dataType18 == "number" || dataType18 == "boolean")
                coerced18 = "" + data28;
              else if (data28 === null)
                coerced18 = "";
              else {
                let err65 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.rateLimit.properties.per.type, parentSchema: schema25.properties.rateLimit.properties.per, data: data28 };
                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
              }
            coerced18 !== void 0 && (data28 = coerced18, data26 !== void 0 && (data26.per = coerced18));
          }
          if (typeof data28 == "string" && !pattern6.test(data28)) {
            let err66 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema25.properties.rateLimit.properties.per, data: data28 };
            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
          }
        }
      } else {
        let err67 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.rateLimit.type, parentSchema: schema25.properties.rateLimit, data: data26 };
        vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
      }
    }
    if (data.maxDeletes !== void 0) {
      let data29 = data.maxDeletes;
      if (!(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
        let dataType19 = typeof data29, coerced19;
        if (coerced19 === void 0)
          if (dataType19 === "boolean" || data29 === null || dataType19 === "string" && data29 && data29 == +data29 && !(data29 % 1))
            coerced19 = +data29;
          else {
            let err68 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.maxDeletes.type, parentSchema: schema25.properties.maxDeletes, data: data29 };
            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
          }
        coerced19 !== void 0 && (data29 = coerced19, data !== void 0 && (data.maxDeletes = coerced19));
      }
      if (typeof data29 == "number" && isFinite(data29) && (data29 < 0 || isNaN(data29))) {
        let err69 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema25.properties.maxDeletes, data: data29 };
        vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
      }
    }
    if (data.owns !== void 0) {
      let data30 = data.owns;
      if (typeof data30 != "string") {
        let dataType20 = typeof data30, coerced20;
        if (coerced20 === void 0)
          if (dataType20 == "number" || dataType20 == "boolean")
            coerced20 = "" + data30;
          else if (data30 === null)
            coerced20 = "";
          else {
            let err70 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.owns.type, parentSchema: schema25.properties.owns, data: data30 };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
        coerced20 !== void 0 && (data30 = coerced20, data !== void 0 && (data.owns = coerced20));
      }
      if (typeof data30 == "string" && func3(data30) < 1) {
        let err71 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.owns, data: data30 };
        vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
      }
    }
    if (data.writeGap !== void 0) {
      let data31 = data.writeGap;
      if (typeof data31 != "string") {
        let dataType21 = typeof data31, coerced21;
        if (coerced21 === void 0)
          if (dataType21 == "number" || dataType21 == "boolean")
            coerced21 = "" + data31;
          else if (data31 === null)
            coerced21 = "";
          else {
            let err72 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.writeGap.type, parentSchema: schema25.properties.writeGap, data: data31 };
            vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
          }
        coerced21 !== void 0 && (data31 = coerced21, data !== void 0 && (data.writeGap = coerced21));
      }
      if (typeof data31 == "string" && !pattern6.test(data31)) {
        let err73 = { instancePath: instancePath + "/writeGap", schemaPath: "#/properties/writeGap/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema25.properties.writeGap, data: data31 };
        vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
      }
    }
    if (data.mode !== void 0) {
      let data32 = data.mode;
      if (!(data32 === "test" || data32 === "live")) {
        let err74 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema25.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.mode.enum, parentSchema: schema25.properties.mode, data: data32 };
        vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
      }
    }
  } else {
    let err75 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
  }
  return validate24.errors = vErrors, errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0, _errs2 = errors, valid1 = !0, _errs3 = errors;
  if (errors === _errs3)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.provider === void 0 && (missing0 = "provider")) {
        let err0 = {};
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      } else if (data.provider !== void 0 && data.provider !== "logto") {
        let err1 = {};
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    } else {
      let err2 = {};
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  var _valid0 = _errs3 === errors;
  if (errors = _errs2, vErrors !== null && (_errs2 ? vErrors.length = _errs2 : vErrors = null), _valid0) {
    let _errs6 = errors;
    validate12(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors), errors = vErrors.length);
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    let err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[0].if, parentSchema: schema12.allOf[0], data };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  let _errs8 = errors, valid3 = !0, _errs9 = errors;
  if (errors === _errs9)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.provider === void 0 && (missing1 = "provider")) {
        let err4 = {};
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      } else if (data.provider !== void 0 && data.provider !== "auth0") {
        let err5 = {};
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    } else {
      let err6 = {};
      vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
    }
  var _valid1 = _errs9 === errors;
  if (errors = _errs8, vErrors !== null && (_errs8 ? vErrors.length = _errs8 : vErrors = null), _valid1) {
    let _errs12 = errors;
    validate14(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors), errors = vErrors.length);
    var _valid1 = _errs12 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    let err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[1].if, parentSchema: schema12.allOf[1], data };
    vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
  }
  let _errs14 = errors, valid5 = !0, _errs15 = errors;
  if (errors === _errs15)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.provider === void 0 && (missing2 = "provider")) {
        let err8 = {};
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      } else if (data.provider !== void 0 && data.provider !== "boldpenguin") {
        let err9 = {};
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    } else {
      let err10 = {};
      vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
    }
  var _valid2 = _errs15 === errors;
  if (errors = _errs14, vErrors !== null && (_errs14 ? vErrors.length = _errs14 : vErrors = null), _valid2) {
    let _errs18 = errors;
    validate16(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors), errors = vErrors.length);
    var _valid2 = _errs18 === errors;
    valid5 = _valid2;
  }
  if (!valid5) {
    let err11 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[2].if, parentSchema: schema12.allOf[2], data };
    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
  }
  let _errs20 = errors, valid7 = !0, _errs21 = errors;
  if (errors === _errs21)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.provider === void 0 && (missing3 = "provider")) {
        let err12 = {};
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      } else if (data.provider !== void 0 && data.provider !== "nursa") {
        let err13 = {};
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    } else {
      let err14 = {};
      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
    }
  var _valid3 = _errs21 === errors;
  if (errors = _errs20, vErrors !== null && (_errs20 ? vErrors.length = _errs20 : vErrors = null), _valid3) {
    let _errs24 = errors;
    validate18(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors), errors = vErrors.length);
    var _valid3 = _errs24 === errors;
    valid7 = _valid3;
  }
  if (!valid7) {
    let err15 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[3].if, parentSchema: schema12.allOf[3], data };
    vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
  }
  let _errs26 = errors, valid9 = !0, _errs27 = errors;
  if (errors === _errs27)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing4;
      if (data.provider === void 0 && (missing4 = "provider")) {
        let err16 = {};
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      } else if (data.provider !== void 0 && data.provider !== "github") {
        let err17 = {};
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    } else {
      let err18 = {};
      vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
    }
  var _valid4 = _errs27 === errors;
  if (errors = _errs26, vErrors !== null && (_errs26 ? vErrors.length = _errs26 : vErrors = null), _valid4) {
    let _errs30 = errors;
    validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors), errors = vErrors.length);
    var _valid4 = _errs30 === errors;
    valid9 = _valid4;
  }
  if (!valid9) {
    let err19 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[4].if, parentSchema: schema12.allOf[4], data };
    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
  }
  let _errs32 = errors, valid11 = !0, _errs33 = errors;
  if (errors === _errs33)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing5;
      if (data.provider === void 0 && (missing5 = "provider")) {
        let err20 = {};
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      } else if (data.provider !== void 0 && data.provider !== "auth0-event-streams") {
        let err21 = {};
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    } else {
      let err22 = {};
      vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
    }
  var _valid5 = _errs33 === errors;
  if (errors = _errs32, vErrors !== null && (_errs32 ? vErrors.length = _errs32 : vErrors = null), _valid5) {
    let _errs36 = errors;
    validate22(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length);
    var _valid5 = _errs36 === errors;
    valid11 = _valid5;
  }
  if (!valid11) {
    let err23 = { instancePath, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[5].if, parentSchema: schema12.allOf[5], data };
    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
  }
  let _errs38 = errors, valid13 = !0, _errs39 = errors;
  if (errors === _errs39)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing6;
      if (data.provider === void 0 && (missing6 = "provider")) {
        let err24 = {};
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      } else if (data.provider !== void 0 && data.provider !== "stripe") {
        let err25 = {};
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    } else {
      let err26 = {};
      vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
    }
  var _valid6 = _errs39 === errors;
  if (errors = _errs38, vErrors !== null && (_errs38 ? vErrors.length = _errs38 : vErrors = null), _valid6) {
    let _errs42 = errors;
    validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors), errors = vErrors.length);
    var _valid6 = _errs42 === errors;
    valid13 = _valid6;
  }
  if (!valid13) {
    let err27 = { instancePath, schemaPath: "#/allOf/6/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[6].if, parentSchema: schema12.allOf[6], data };
    vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err28 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
    }
    if (data.provider !== void 0) {
      let data7 = data.provider;
      if (!(data7 === "logto" || data7 === "auth0" || data7 === "boldpenguin" || data7 === "nursa" || data7 === "github" || data7 === "auth0-event-streams" || data7 === "stripe")) {
        let err29 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema12.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.provider.enum, parentSchema: schema12.properties.provider, data: data7 };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
  } else {
    let err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.targets === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property 'targets'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "targets")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (data0 !== 1) {
        let err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.targets !== void 0) {
      let data1 = data.targets;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length < 1) {
          let err4 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.targets, data: data1 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
        for (let key1 in data1) {
          let _errs5 = errors;
          if (typeof key1 == "string" && !pattern0.test(key1)) {
            let err5 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", parentSchema: schema11.properties.targets.propertyNames, data: key1, propertyName: key1 };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
          var valid1 = _errs5 === errors;
          if (!valid1) {
            let err6 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.targets.propertyNames, parentSchema: schema11.properties.targets, data: data1 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        for (let key2 in data1)
          validate11(data1[key2], { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key2, rootData }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length);
      } else {
        let err7 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.targets.type, parentSchema: schema11.properties.targets, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
  } else {
    let err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
export {
  schema_validate_default as default,
  validate
};
