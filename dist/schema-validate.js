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

// build/src/config/schema-validate.js
var import_ucs2length = __toESM(require_ucs2length(), 1), validate = validate10, schema_validate_default = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/hooks.schema.json", title: "hooksync configuration (hooks.yaml)", description: "Desired webhooks per SaaS tenant. Hook fields use each vendor's own API names.", type: "object", required: ["version", "targets"], additionalProperties: !1, properties: { version: { const: 1, description: "File format version. Only 1 exists." }, targets: { type: "object", minProperties: 1, description: "One entry per tenant to reconcile, keyed by a name you choose (used by --target).", propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, additionalProperties: { $ref: "#/definitions/target" } } }, definitions: { target: { type: "object", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { enum: ["logto", "auth0", "boldpenguin", "nursa"], description: "Which vendor API this tenant speaks." }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, hooks: { type: "array" }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." } }, allOf: [{ if: { type: "object", required: ["provider"], properties: { provider: { const: "logto" } } }, then: { properties: { hooks: { type: "array", items: { $ref: "providers/logto.json" } } } } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "auth0" } } }, then: { properties: { hooks: { type: "array", items: { $ref: "providers/auth0.json" } } } } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "boldpenguin" } } }, then: { properties: { hooks: { type: "array", items: { $ref: "providers/boldpenguin.json" } } } } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "nursa" } } }, then: { properties: { hooks: { type: "array", items: { $ref: "providers/nursa.json" } } } } }] } } }, pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u"), schema12 = { type: "object", required: ["provider", "endpoint", "auth", "hooks"], additionalProperties: !1, properties: { provider: { enum: ["logto", "auth0", "boldpenguin", "nursa"], description: "Which vendor API this tenant speaks." }, endpoint: { type: "string", minLength: 1, description: "Base URL of the tenant (https://, or http:// on a loopback address for the sandbox)." }, auth: { type: "object", required: ["clientId", "clientSecret"], additionalProperties: !1, description: "Machine-to-machine credentials. Use ${VAR} references; never write secrets in the file.", properties: { clientId: { type: "string", minLength: 1 }, clientSecret: { type: "string", minLength: 1 }, tokenUrl: { type: "string", minLength: 1, description: "Token endpoint, when it is not the provider's usual one (derived from endpoint)." } } }, prune: { enum: [!0, !1, "all"], description: 'Delete live hooks that the file does not list (same as --prune for this target). A target whose hooks list is empty deletes nothing unless this says "all": an empty list is far more often a mistake than an intent.' }, rateLimit: { type: "object", required: ["requests", "per"], additionalProperties: !1, description: "The tenant's API rate limit, when the vendor does not announce it in headers (Nursa: 100 per 1m). hooksync never sends more than `requests` in any `per`.", properties: { requests: { type: "integer", minimum: 1, description: "Requests allowed per window." }, per: { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", description: "The window: 500ms, 30s, 1m, 2h (a bare number is seconds)." } } }, hooks: { type: "array" }, maxDeletes: { type: "integer", minimum: 0, description: "Most deletes one apply may make in this target (default: --max-deletes, 10). A plan with more refuses every delete of the target." }, owns: { type: "string", minLength: 1, description: "A key prefix: this target manages (and prunes) only live hooks whose key starts with it. Required on each of two targets that reach the same tenant, with prefixes that do not overlap." } }, allOf: [{ if: { type: "object", required: ["provider"], properties: { provider: { const: "logto" } } }, then: { properties: { hooks: { type: "array", items: { $ref: "providers/logto.json" } } } } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "auth0" } } }, then: { properties: { hooks: { type: "array", items: { $ref: "providers/auth0.json" } } } } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "boldpenguin" } } }, then: { properties: { hooks: { type: "array", items: { $ref: "providers/boldpenguin.json" } } } } }, { if: { type: "object", required: ["provider"], properties: { provider: { const: "nursa" } } }, then: { properties: { hooks: { type: "array", items: { $ref: "providers/nursa.json" } } } } }] }, schema13 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/logto.json", title: "Logto hook", description: "A Logto Management API hook (PATCH /api/hooks/{id}). Only the fields you write are managed.", type: "object", additionalProperties: !1, properties: { id: { type: "string", pattern: "^[0-9a-z]{1,21}$", description: "Pin this entry to one live hook id (Logto names are not unique); a different name then renames it." }, protect: { type: "boolean", description: "Never delete or replace this hook: a plan that would is refused for it." }, name: { type: "string", minLength: 1, maxLength: 256, description: "Matching key." }, events: { type: "array", minItems: 1, description: "Events that trigger the hook; compared as a set.", items: { enum: ["PostRegister", "PostSignIn", "PostSignInAdaptiveMfaTriggered", "PostResetPassword", "User.Created", "User.Deleted", "User.Data.Updated", "User.SuspensionStatus.Updated", "TrustedDevice.Created", "TrustedDevice.Deleted", "Role.Created", "Role.Deleted", "Role.Data.Updated", "Role.Scopes.Updated", "Scope.Created", "Scope.Deleted", "Scope.Data.Updated", "Organization.Created", "Organization.Deleted", "Organization.Data.Updated", "Organization.Membership.Updated", "OrganizationRole.Created", "OrganizationRole.Deleted", "OrganizationRole.Data.Updated", "OrganizationRole.Scopes.Updated", "OrganizationScope.Created", "OrganizationScope.Deleted", "OrganizationScope.Data.Updated", "Identifier.Lockout", "Message.RateLimited", "Grant.LimitExceeded"] } }, config: { type: "object", additionalProperties: !1, description: "Delivery settings. Logto replaces config whole; hooksync sends the live config merged with yours.", properties: { url: { type: "string", minLength: 1 }, headers: { type: "object", description: "Extra request headers (values are secret). null removes a header.", additionalProperties: { type: ["string", "null"] } }, retries: { type: "integer", minimum: 0, maximum: 3 } } }, enabled: { type: "boolean", description: "Defaults to true on create." } } }, schema14 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/auth0.json", title: "Auth0 hook", description: "An Auth0 Management API v2 hook (PATCH /api/v2/hooks/{id}). Matched by name. Only the fields you write are managed.", type: "object", additionalProperties: !1, properties: { id: { type: "string", minLength: 1, description: "Pin this entry to one live hook id (a different name then renames it)." }, protect: { type: "boolean", description: "Never delete or replace this hook: a plan that would is refused for it." }, name: { type: "string", pattern: "^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$", description: "letters, digits, spaces and hyphens, starting and ending with a letter or digit; the matching key" }, script: { type: "string", minLength: 1, description: "The hook's code, inline, or the path of a .js file relative to this YAML file." }, triggerId: { enum: ["credentials-exchange", "pre-user-registration", "post-user-registration", "post-change-password", "send-phone-message"], description: "Cannot be changed in place: a different triggerId replaces the hook (delete, then create)." }, enabled: { type: "boolean", description: "Defaults to false. At most one enabled hook per trigger." }, dependencies: { type: "object", description: "npm modules the script requires: name \u2192 version.", additionalProperties: { type: ["string", "null"] } }, secrets: { type: "object", maxProperties: 20, description: "Secret name \u2192 value (use ${VAR}). Auth0 never shows values back: names are compared, a value is sent when its name is new. null removes one.", propertyNames: { pattern: "^[A-Za-z0-9_-]+$" }, additionalProperties: { type: ["string", "null"] } } } }, schema15 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/boldpenguin.json", title: "Bold Penguin webhook subscription", description: "A hookshot webhook subscription (PATCH /hooks/{uuid}). Matched by url. Only the fields you write are managed.", type: "object", additionalProperties: !1, properties: { id: { type: "string", minLength: 1, description: "Pin this entry to one live subscription id (a different url then moves it)." }, protect: { type: "boolean", description: "Never delete or replace this hook: a plan that would is refused for it." }, url: { type: "string", minLength: 1, pattern: "\\S", description: "where deliveries go (not blank); the matching key" }, secret: { type: "string", minLength: 1, description: "Signs deliveries (X-Signature). Secret: use a ${VAR}." }, header: { type: "string", pattern: "^[^:\\s][^:]*:\\s*\\S.*$", description: 'one header as "Name: Value" (the value is secret)' }, active: { type: "boolean", description: "Defaults to false; true needs at least one event. At most 10 active per tenant." }, events: { type: "array", minItems: 1, description: '"*", a subject, or subject:action; compared as a set.', items: { type: "string", pattern: "^(\\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$", description: '"*", a subject (question_set, quote_request, carrier, application_form), or subject:action' } } } }, schema16 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://hooksync.dev/schemas/providers/nursa.json", title: "Nursa user webhook", description: "A Nursa Public API v2 user webhook (PATCH /api/v2/public/webhooks/user/{webhookId}). Matched by url.", type: "object", additionalProperties: !1, properties: { id: { type: "string", minLength: 1, description: "Pin this entry to one live webhook id (a different url then moves it)." }, protect: { type: "boolean", description: "Never delete or replace this hook: a plan that would is refused for it." }, url: { type: "string", pattern: "^https://\\S+$", description: "an https:// URL (Nursa refuses any other); the matching key" }, events: { type: "array", minItems: 1, description: "Events that trigger the webhook; compared as a set.", items: { enum: ["all", "facility.user-connection.accepted", "facility.user-connection.rejected", "facility.creation.accepted", "facility.creation.rejected"] } }, secrets: { type: "array", minItems: 1, maxItems: 2, description: "Signing secrets (two allow rotation). Sent only when written here: leave out to keep the server's.", items: { type: "string", minLength: 1 } } } }, pattern1 = new RegExp("^[0-9a-z]{1,21}$", "u"), pattern2 = new RegExp("^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$", "u"), pattern3 = new RegExp("^[A-Za-z0-9_-]+$", "u"), pattern4 = new RegExp("\\S", "u"), pattern5 = new RegExp("^[^:\\s][^:]*:\\s*\\S.*$", "u"), pattern6 = new RegExp("^(\\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$", "u"), pattern7 = new RegExp("^https://\\S+$", "u"), pattern8 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", "u"), func2 = import_ucs2length.default.default;
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
    if (data && typeof data == "object" && !Array.isArray(data) && data.hooks !== void 0) {
      let data1 = data.hooks;
      if (Array.isArray(data1)) {
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (let key0 in data2)
              if (!(key0 === "id" || key0 === "protect" || key0 === "name" || key0 === "events" || key0 === "config" || key0 === "enabled")) {
                let err3 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/logto.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema13, data: data2 };
                vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
              }
            if (data2.id !== void 0) {
              let data3 = data2.id;
              if (typeof data3 != "string") {
                let dataType0 = typeof data3, coerced0;
                if (coerced0 === void 0)
                  if (dataType0 == "number" || dataType0 == "boolean")
                    coerced0 = "" + data3;
                  else if (data3 === null)
                    coerced0 = "";
                  else {
                    let err4 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/logto.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.id.type, parentSchema: schema13.properties.id, data: data3 };
                    vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                  }
                coerced0 !== void 0 && (data3 = coerced0, data2 !== void 0 && (data2.id = coerced0));
              }
              if (typeof data3 == "string" && !pattern1.test(data3)) {
                let err5 = { instancePath: instancePath + "/hooks/" + i0 + "/id", schemaPath: "providers/logto.json/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-z]{1,21}$" }, message: 'must match pattern "^[0-9a-z]{1,21}$"', schema: "^[0-9a-z]{1,21}$", parentSchema: schema13.properties.id, data: data3 };
                vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
              }
            }
            if (data2.protect !== void 0) {
              let data4 = data2.protect;
              if (typeof data4 != "boolean") {
                let coerced1;
                if (coerced1 === void 0)
                  if (data4 === "false" || data4 === 0 || data4 === null)
                    coerced1 = !1;
                  else if (data4 === "true" || data4 === 1)
                    coerced1 = !0;
                  else {
                    let err6 = { instancePath: instancePath + "/hooks/" + i0 + "/protect", schemaPath: "providers/logto.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.protect.type, parentSchema: schema13.properties.protect, data: data4 };
                    vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                  }
                coerced1 !== void 0 && (data4 = coerced1, data2 !== void 0 && (data2.protect = coerced1));
              }
            }
            if (data2.name !== void 0) {
              let data5 = data2.name;
              if (typeof data5 != "string") {
                let dataType2 = typeof data5, coerced2;
                if (coerced2 === void 0)
                  if (dataType2 == "number" || dataType2 == "boolean")
                    coerced2 = "" + data5;
                  else if (data5 === null)
                    coerced2 = "";
                  else {
                    let err7 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/logto.json/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.name.type, parentSchema: schema13.properties.name, data: data5 };
                    vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                  }
                coerced2 !== void 0 && (data5 = coerced2, data2 !== void 0 && (data2.name = coerced2));
              }
              if (typeof data5 == "string") {
                if (func2(data5) > 256) {
                  let err8 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/logto.json/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema13.properties.name, data: data5 };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                }
                if (func2(data5) < 1) {
                  let err9 = { instancePath: instancePath + "/hooks/" + i0 + "/name", schemaPath: "providers/logto.json/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.name, data: data5 };
                  vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                }
              }
            }
            if (data2.events !== void 0) {
              let data6 = data2.events;
              if (Array.isArray(data6)) {
                if (data6.length < 1) {
                  let err10 = { instancePath: instancePath + "/hooks/" + i0 + "/events", schemaPath: "providers/logto.json/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.events, data: data6 };
                  vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                }
                let len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data7 = data6[i1];
                  if (!(data7 === "PostRegister" || data7 === "PostSignIn" || data7 === "PostSignInAdaptiveMfaTriggered" || data7 === "PostResetPassword" || data7 === "User.Created" || data7 === "User.Deleted" || data7 === "User.Data.Updated" || data7 === "User.SuspensionStatus.Updated" || data7 === "TrustedDevice.Created" || data7 === "TrustedDevice.Deleted" || data7 === "Role.Created" || data7 === "Role.Deleted" || data7 === "Role.Data.Updated" || data7 === "Role.Scopes.Updated" || data7 === "Scope.Created" || data7 === "Scope.Deleted" || data7 === "Scope.Data.Updated" || data7 === "Organization.Created" || data7 === "Organization.Deleted" || data7 === "Organization.Data.Updated" || data7 === "Organization.Membership.Updated" || data7 === "OrganizationRole.Created" || data7 === "OrganizationRole.Deleted" || data7 === "OrganizationRole.Data.Updated" || data7 === "OrganizationRole.Scopes.Updated" || data7 === "OrganizationScope.Created" || data7 === "OrganizationScope.Deleted" || data7 === "OrganizationScope.Data.Updated" || data7 === "Identifier.Lockout" || data7 === "Message.RateLimited" || data7 === "Grant.LimitExceeded")) {
                    let err11 = { instancePath: instancePath + "/hooks/" + i0 + "/events/" + i1, schemaPath: "providers/logto.json/properties/events/items/enum", keyword: "enum", params: { allowedValues: schema13.properties.events.items.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.events.items.enum, parentSchema: schema13.properties.events.items, data: data7 };
                    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                  }
                }
              } else {
                let err12 = { instancePath: instancePath + "/hooks/" + i0 + "/events", schemaPath: "providers/logto.json/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.events.type, parentSchema: schema13.properties.events, data: data6 };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
            }
            if (data2.config !== void 0) {
              let data8 = data2.config;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (let key1 in data8)
                  if (!(key1 === "url" || key1 === "headers" || key1 === "retries")) {
                    let err13 = { instancePath: instancePath + "/hooks/" + i0 + "/config", schemaPath: "providers/logto.json/properties/config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema13.properties.config, data: data8 };
                    vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                  }
                if (data8.url !== void 0) {
                  let data9 = data8.url;
                  if (typeof data9 != "string") {
                    let dataType3 = typeof data9, coerced3;
                    if (coerced3 === void 0)
                      if (dataType3 == "number" || dataType3 == "boolean")
                        coerced3 = "" + data9;
                      else if (data9 === null)
                        coerced3 = "";
                      else {
                        let err14 = { instancePath: instancePath + "/hooks/" + i0 + "/config/url", schemaPath: "providers/logto.json/properties/config/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.config.properties.url.type, parentSchema: schema13.properties.config.properties.url, data: data9 };
                        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                      }
                    coerced3 !== void 0 && (data9 = coerced3, data8 !== void 0 && (data8.url = coerced3));
                  }
                  if (typeof data9 == "string" && func2(data9) < 1) {
                    let err15 = { instancePath: instancePath + "/hooks/" + i0 + "/config/url", schemaPath: "providers/logto.json/properties/config/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.config.properties.url, data: data9 };
                    vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                  }
                }
                if (data8.headers !== void 0) {
                  let data10 = data8.headers;
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10))
                    for (let key2 in data10) {
                      let data11 = data10[key2];
                      if (typeof data11 != "string" && data11 !== null) {
                        let dataType4 = typeof data11, coerced4;
                        if (coerced4 === void 0)
                          if (dataType4 == "number" || dataType4 == "boolean")
                            coerced4 = "" + data11;
                          else if (data11 === null)
                            coerced4 = "";
                          else if (data11 === "" || data11 === 0 || data11 === !1)
                            coerced4 = null;
                          else {
                            let err16 = { instancePath: instancePath + "/hooks/" + i0 + "/config/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/logto.json/properties/config/properties/headers/additionalProperties/type", keyword: "type", params: { type: schema13.properties.config.properties.headers.additionalProperties.type }, message: "must be string,null", schema: schema13.properties.config.properties.headers.additionalProperties.type, parentSchema: schema13.properties.config.properties.headers.additionalProperties, data: data11 };
                            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                          }
                        coerced4 !== void 0 && (data11 = coerced4, data10 !== void 0 && (data10[key2] = coerced4));
                      }
                    }
                  else {
                    let err17 = { instancePath: instancePath + "/hooks/" + i0 + "/config/headers", schemaPath: "providers/logto.json/properties/config/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.config.properties.headers.type, parentSchema: schema13.properties.config.properties.headers, data: data10 };
                    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                  }
                }
                if (data8.retries !== void 0) {
                  let data12 = data8.retries;
                  if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
                    let dataType5 = typeof data12, coerced5;
                    if (coerced5 === void 0)
                      if (dataType5 === "boolean" || data12 === null || dataType5 === "string" && data12 && data12 == +data12 && !(data12 % 1))
                        coerced5 = +data12;
                      else {
                        let err18 = { instancePath: instancePath + "/hooks/" + i0 + "/config/retries", schemaPath: "providers/logto.json/properties/config/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.config.properties.retries.type, parentSchema: schema13.properties.config.properties.retries, data: data12 };
                        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                      }
                    coerced5 !== void 0 && (data12 = coerced5, data8 !== void 0 && (data8.retries = coerced5));
                  }
                  if (typeof data12 == "number" && isFinite(data12)) {
                    if (data12 > 3 || isNaN(data12)) {
                      let err19 = { instancePath: instancePath + "/hooks/" + i0 + "/config/retries", schemaPath: "providers/logto.json/properties/config/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3 }, message: "must be <= 3", schema: 3, parentSchema: schema13.properties.config.properties.retries, data: data12 };
                      vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                    }
                    if (data12 < 0 || isNaN(data12)) {
                      let err20 = { instancePath: instancePath + "/hooks/" + i0 + "/config/retries", schemaPath: "providers/logto.json/properties/config/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.properties.config.properties.retries, data: data12 };
                      vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                    }
                  }
                }
              } else {
                let err21 = { instancePath: instancePath + "/hooks/" + i0 + "/config", schemaPath: "providers/logto.json/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.config.type, parentSchema: schema13.properties.config, data: data8 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            }
            if (data2.enabled !== void 0) {
              let data13 = data2.enabled;
              if (typeof data13 != "boolean") {
                let coerced6;
                if (coerced6 === void 0)
                  if (data13 === "false" || data13 === 0 || data13 === null)
                    coerced6 = !1;
                  else if (data13 === "true" || data13 === 1)
                    coerced6 = !0;
                  else {
                    let err22 = { instancePath: instancePath + "/hooks/" + i0 + "/enabled", schemaPath: "providers/logto.json/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.enabled.type, parentSchema: schema13.properties.enabled, data: data13 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                coerced6 !== void 0 && (data13 = coerced6, data2 !== void 0 && (data2.enabled = coerced6));
              }
            }
          } else {
            let err23 = { instancePath: instancePath + "/hooks/" + i0, schemaPath: "providers/logto.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data2 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
      } else {
        let err24 = { instancePath: instancePath + "/hooks", schemaPath: "#/allOf/0/then/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.allOf[0].then.properties.hooks.type, parentSchema: schema12.allOf[0].then.properties.hooks, data: data1 };
        vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    let err25 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[0].if, parentSchema: schema12.allOf[0], data };
    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
  }
  let _errs37 = errors, valid12 = !0, _errs38 = errors;
  if (errors === _errs38)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.provider === void 0 && (missing1 = "provider")) {
        let err26 = {};
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      } else if (data.provider !== void 0 && data.provider !== "auth0") {
        let err27 = {};
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    } else {
      let err28 = {};
      vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
    }
  var _valid1 = _errs38 === errors;
  if (errors = _errs37, vErrors !== null && (_errs37 ? vErrors.length = _errs37 : vErrors = null), _valid1) {
    let _errs41 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.hooks !== void 0) {
      let data15 = data.hooks;
      if (Array.isArray(data15)) {
        let len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data16 = data15[i2];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (let key3 in data16)
              if (!(key3 === "id" || key3 === "protect" || key3 === "name" || key3 === "script" || key3 === "triggerId" || key3 === "enabled" || key3 === "dependencies" || key3 === "secrets")) {
                let err29 = { instancePath: instancePath + "/hooks/" + i2, schemaPath: "providers/auth0.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema14, data: data16 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            if (data16.id !== void 0) {
              let data17 = data16.id;
              if (typeof data17 != "string") {
                let dataType7 = typeof data17, coerced7;
                if (coerced7 === void 0)
                  if (dataType7 == "number" || dataType7 == "boolean")
                    coerced7 = "" + data17;
                  else if (data17 === null)
                    coerced7 = "";
                  else {
                    let err30 = { instancePath: instancePath + "/hooks/" + i2 + "/id", schemaPath: "providers/auth0.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.id.type, parentSchema: schema14.properties.id, data: data17 };
                    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                  }
                coerced7 !== void 0 && (data17 = coerced7, data16 !== void 0 && (data16.id = coerced7));
              }
              if (typeof data17 == "string" && func2(data17) < 1) {
                let err31 = { instancePath: instancePath + "/hooks/" + i2 + "/id", schemaPath: "providers/auth0.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.id, data: data17 };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            }
            if (data16.protect !== void 0) {
              let data18 = data16.protect;
              if (typeof data18 != "boolean") {
                let coerced8;
                if (coerced8 === void 0)
                  if (data18 === "false" || data18 === 0 || data18 === null)
                    coerced8 = !1;
                  else if (data18 === "true" || data18 === 1)
                    coerced8 = !0;
                  else {
                    let err32 = { instancePath: instancePath + "/hooks/" + i2 + "/protect", schemaPath: "providers/auth0.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.protect.type, parentSchema: schema14.properties.protect, data: data18 };
                    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                  }
                coerced8 !== void 0 && (data18 = coerced8, data16 !== void 0 && (data16.protect = coerced8));
              }
            }
            if (data16.name !== void 0) {
              let data19 = data16.name;
              if (typeof data19 != "string") {
                let dataType9 = typeof data19, coerced9;
                if (coerced9 === void 0)
                  if (dataType9 == "number" || dataType9 == "boolean")
                    coerced9 = "" + data19;
                  else if (data19 === null)
                    coerced9 = "";
                  else {
                    let err33 = { instancePath: instancePath + "/hooks/" + i2 + "/name", schemaPath: "providers/auth0.json/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.name.type, parentSchema: schema14.properties.name, data: data19 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                coerced9 !== void 0 && (data19 = coerced9, data16 !== void 0 && (data16.name = coerced9));
              }
              if (typeof data19 == "string" && !pattern2.test(data19)) {
                let err34 = { instancePath: instancePath + "/hooks/" + i2 + "/name", schemaPath: "providers/auth0.json/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$" }, message: 'must match pattern "^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$"', schema: "^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$", parentSchema: schema14.properties.name, data: data19 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data16.script !== void 0) {
              let data20 = data16.script;
              if (typeof data20 != "string") {
                let dataType10 = typeof data20, coerced10;
                if (coerced10 === void 0)
                  if (dataType10 == "number" || dataType10 == "boolean")
                    coerced10 = "" + data20;
                  else if (data20 === null)
                    coerced10 = "";
                  else {
                    let err35 = { instancePath: instancePath + "/hooks/" + i2 + "/script", schemaPath: "providers/auth0.json/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.script.type, parentSchema: schema14.properties.script, data: data20 };
                    vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                  }
                coerced10 !== void 0 && (data20 = coerced10, data16 !== void 0 && (data16.script = coerced10));
              }
              if (typeof data20 == "string" && func2(data20) < 1) {
                let err36 = { instancePath: instancePath + "/hooks/" + i2 + "/script", schemaPath: "providers/auth0.json/properties/script/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.script, data: data20 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            if (data16.triggerId !== void 0) {
              let data21 = data16.triggerId;
              if (!(data21 === "credentials-exchange" || data21 === "pre-user-registration" || data21 === "post-user-registration" || data21 === "post-change-password" || data21 === "send-phone-message")) {
                let err37 = { instancePath: instancePath + "/hooks/" + i2 + "/triggerId", schemaPath: "providers/auth0.json/properties/triggerId/enum", keyword: "enum", params: { allowedValues: schema14.properties.triggerId.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.triggerId.enum, parentSchema: schema14.properties.triggerId, data: data21 };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
            }
            if (data16.enabled !== void 0) {
              let data22 = data16.enabled;
              if (typeof data22 != "boolean") {
                let coerced11;
                if (coerced11 === void 0)
                  if (data22 === "false" || data22 === 0 || data22 === null)
                    coerced11 = !1;
                  else if (data22 === "true" || data22 === 1)
                    coerced11 = !0;
                  else {
                    let err38 = { instancePath: instancePath + "/hooks/" + i2 + "/enabled", schemaPath: "providers/auth0.json/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.enabled.type, parentSchema: schema14.properties.enabled, data: data22 };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                coerced11 !== void 0 && (data22 = coerced11, data16 !== void 0 && (data16.enabled = coerced11));
              }
            }
            if (data16.dependencies !== void 0) {
              let data23 = data16.dependencies;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23))
                for (let key4 in data23) {
                  let data24 = data23[key4];
                  if (typeof data24 != "string" && data24 !== null) {
                    let dataType12 = typeof data24, coerced12;
                    if (coerced12 === void 0)
                      if (dataType12 == "number" || dataType12 == "boolean")
                        coerced12 = "" + data24;
                      else if (data24 === null)
                        coerced12 = "";
                      else if (data24 === "" || data24 === 0 || data24 === !1)
                        coerced12 = null;
                      else {
                        let err39 = { instancePath: instancePath + "/hooks/" + i2 + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/auth0.json/properties/dependencies/additionalProperties/type", keyword: "type", params: { type: schema14.properties.dependencies.additionalProperties.type }, message: "must be string,null", schema: schema14.properties.dependencies.additionalProperties.type, parentSchema: schema14.properties.dependencies.additionalProperties, data: data24 };
                        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                      }
                    coerced12 !== void 0 && (data24 = coerced12, data23 !== void 0 && (data23[key4] = coerced12));
                  }
                }
              else {
                let err40 = { instancePath: instancePath + "/hooks/" + i2 + "/dependencies", schemaPath: "providers/auth0.json/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.dependencies.type, parentSchema: schema14.properties.dependencies, data: data23 };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
            }
            if (data16.secrets !== void 0) {
              let data25 = data16.secrets;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (Object.keys(data25).length > 20) {
                  let err41 = { instancePath: instancePath + "/hooks/" + i2 + "/secrets", schemaPath: "providers/auth0.json/properties/secrets/maxProperties", keyword: "maxProperties", params: { limit: 20 }, message: "must NOT have more than 20 properties", schema: 20, parentSchema: schema14.properties.secrets, data: data25 };
                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                }
                for (let key5 in data25) {
                  let _errs66 = errors;
                  if (typeof key5 == "string" && !pattern3.test(key5)) {
                    let err42 = { instancePath: instancePath + "/hooks/" + i2 + "/secrets", schemaPath: "providers/auth0.json/properties/secrets/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema14.properties.secrets.propertyNames, data: key5, propertyName: key5 };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                  var valid20 = _errs66 === errors;
                  if (!valid20) {
                    let err43 = { instancePath: instancePath + "/hooks/" + i2 + "/secrets", schemaPath: "providers/auth0.json/properties/secrets/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema14.properties.secrets.propertyNames, parentSchema: schema14.properties.secrets, data: data25 };
                    vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                  }
                }
                for (let key6 in data25) {
                  let data26 = data25[key6];
                  if (typeof data26 != "string" && data26 !== null) {
                    let dataType13 = typeof data26, coerced13;
                    if (coerced13 === void 0)
                      if (dataType13 == "number" || dataType13 == "boolean")
                        coerced13 = "" + data26;
                      else if (data26 === null)
                        coerced13 = "";
                      else if (data26 === "" || data26 === 0 || data26 === !1)
                        coerced13 = null;
                      else {
                        let err44 = { instancePath: instancePath + "/hooks/" + i2 + "/secrets/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "providers/auth0.json/properties/secrets/additionalProperties/type", keyword: "type", params: { type: schema14.properties.secrets.additionalProperties.type }, message: "must be string,null", schema: schema14.properties.secrets.additionalProperties.type, parentSchema: schema14.properties.secrets.additionalProperties, data: data26 };
                        vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                      }
                    coerced13 !== void 0 && (data26 = coerced13, data25 !== void 0 && (data25[key6] = coerced13));
                  }
                }
              } else {
                let err45 = { instancePath: instancePath + "/hooks/" + i2 + "/secrets", schemaPath: "providers/auth0.json/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.secrets.type, parentSchema: schema14.properties.secrets, data: data25 };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            }
          } else {
            let err46 = { instancePath: instancePath + "/hooks/" + i2, schemaPath: "providers/auth0.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data16 };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
      } else {
        let err47 = { instancePath: instancePath + "/hooks", schemaPath: "#/allOf/1/then/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.allOf[1].then.properties.hooks.type, parentSchema: schema12.allOf[1].then.properties.hooks, data: data15 };
        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
      }
    }
    var _valid1 = _errs41 === errors;
    valid12 = _valid1;
  }
  if (!valid12) {
    let err48 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[1].if, parentSchema: schema12.allOf[1], data };
    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
  }
  let _errs71 = errors, valid22 = !0, _errs72 = errors;
  if (errors === _errs72)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.provider === void 0 && (missing2 = "provider")) {
        let err49 = {};
        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
      } else if (data.provider !== void 0 && data.provider !== "boldpenguin") {
        let err50 = {};
        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
      }
    } else {
      let err51 = {};
      vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
    }
  var _valid2 = _errs72 === errors;
  if (errors = _errs71, vErrors !== null && (_errs71 ? vErrors.length = _errs71 : vErrors = null), _valid2) {
    let _errs75 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.hooks !== void 0) {
      let data28 = data.hooks;
      if (Array.isArray(data28)) {
        let len3 = data28.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data29 = data28[i3];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (let key7 in data29)
              if (!(key7 === "id" || key7 === "protect" || key7 === "url" || key7 === "secret" || key7 === "header" || key7 === "active" || key7 === "events")) {
                let err52 = { instancePath: instancePath + "/hooks/" + i3, schemaPath: "providers/boldpenguin.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema15, data: data29 };
                vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
              }
            if (data29.id !== void 0) {
              let data30 = data29.id;
              if (typeof data30 != "string") {
                let dataType14 = typeof data30, coerced14;
                if (coerced14 === void 0)
                  if (dataType14 == "number" || dataType14 == "boolean")
                    coerced14 = "" + data30;
                  else if (data30 === null)
                    coerced14 = "";
                  else {
                    let err53 = { instancePath: instancePath + "/hooks/" + i3 + "/id", schemaPath: "providers/boldpenguin.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.id.type, parentSchema: schema15.properties.id, data: data30 };
                    vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                  }
                coerced14 !== void 0 && (data30 = coerced14, data29 !== void 0 && (data29.id = coerced14));
              }
              if (typeof data30 == "string" && func2(data30) < 1) {
                let err54 = { instancePath: instancePath + "/hooks/" + i3 + "/id", schemaPath: "providers/boldpenguin.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.id, data: data30 };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
            }
            if (data29.protect !== void 0) {
              let data31 = data29.protect;
              if (typeof data31 != "boolean") {
                let coerced15;
                if (coerced15 === void 0)
                  if (data31 === "false" || data31 === 0 || data31 === null)
                    coerced15 = !1;
                  else if (data31 === "true" || data31 === 1)
                    coerced15 = !0;
                  else {
                    let err55 = { instancePath: instancePath + "/hooks/" + i3 + "/protect", schemaPath: "providers/boldpenguin.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.protect.type, parentSchema: schema15.properties.protect, data: data31 };
                    vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                  }
                coerced15 !== void 0 && (data31 = coerced15, data29 !== void 0 && (data29.protect = coerced15));
              }
            }
            if (data29.url !== void 0) {
              let data32 = data29.url;
              if (typeof data32 != "string") {
                let dataType16 = typeof data32, coerced16;
                if (coerced16 === void 0)
                  if (dataType16 == "number" || dataType16 == "boolean")
                    coerced16 = "" + data32;
                  else if (data32 === null)
                    coerced16 = "";
                  else {
                    let err56 = { instancePath: instancePath + "/hooks/" + i3 + "/url", schemaPath: "providers/boldpenguin.json/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.url.type, parentSchema: schema15.properties.url, data: data32 };
                    vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                  }
                coerced16 !== void 0 && (data32 = coerced16, data29 !== void 0 && (data29.url = coerced16));
              }
              if (typeof data32 == "string") {
                if (func2(data32) < 1) {
                  let err57 = { instancePath: instancePath + "/hooks/" + i3 + "/url", schemaPath: "providers/boldpenguin.json/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.url, data: data32 };
                  vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                }
                if (!pattern4.test(data32)) {
                  let err58 = { instancePath: instancePath + "/hooks/" + i3 + "/url", schemaPath: "providers/boldpenguin.json/properties/url/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema15.properties.url, data: data32 };
                  vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                }
              }
            }
            if (data29.secret !== void 0) {
              let data33 = data29.secret;
              if (typeof data33 != "string") {
                let dataType17 = typeof data33, coerced17;
                if (coerced17 === void 0)
                  if (dataType17 == "number" || dataType17 == "boolean")
                    coerced17 = "" + data33;
                  else if (data33 === null)
                    coerced17 = "";
                  else {
                    let err59 = { instancePath: instancePath + "/hooks/" + i3 + "/secret", schemaPath: "providers/boldpenguin.json/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.secret.type, parentSchema: schema15.properties.secret, data: data33 };
                    vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                  }
                coerced17 !== void 0 && (data33 = coerced17, data29 !== void 0 && (data29.secret = coerced17));
              }
              if (typeof data33 == "string" && func2(data33) < 1) {
                let err60 = { instancePath: instancePath + "/hooks/" + i3 + "/secret", schemaPath: "providers/boldpenguin.json/properties/secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.secret, data: data33 };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
            }
            if (data29.header !== void 0) {
              let data34 = data29.header;
              if (typeof data34 != "string") {
                let dataType18 = typeof data34, coerced18;
                if (coerced18 === void 0)
                  if (dataType18 == "number" || dataType18 == "boolean")
                    coerced18 = "" + data34;
                  else if (data34 === null)
                    coerced18 = "";
                  else {
                    let err61 = { instancePath: instancePath + "/hooks/" + i3 + "/header", schemaPath: "providers/boldpenguin.json/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.header.type, parentSchema: schema15.properties.header, data: data34 };
                    vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                  }
                coerced18 !== void 0 && (data34 = coerced18, data29 !== void 0 && (data29.header = coerced18));
              }
              if (typeof data34 == "string" && !pattern5.test(data34)) {
                let err62 = { instancePath: instancePath + "/hooks/" + i3 + "/header", schemaPath: "providers/boldpenguin.json/properties/header/pattern", keyword: "pattern", params: { pattern: "^[^:\\s][^:]*:\\s*\\S.*$" }, message: 'must match pattern "^[^:\\s][^:]*:\\s*\\S.*$"', schema: "^[^:\\s][^:]*:\\s*\\S.*$", parentSchema: schema15.properties.header, data: data34 };
                vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
              }
            }
            if (data29.active !== void 0) {
              let data35 = data29.active;
              if (typeof data35 != "boolean") {
                let coerced19;
                if (coerced19 === void 0)
                  if (data35 === "false" || data35 === 0 || data35 === null)
                    coerced19 = !1;
                  else if (data35 === "true" || data35 === 1)
                    coerced19 = !0;
                  else {
                    let err63 = { instancePath: instancePath + "/hooks/" + i3 + "/active", schemaPath: "providers/boldpenguin.json/properties/active/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.active.type, parentSchema: schema15.properties.active, data: data35 };
                    vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                  }
                coerced19 !== void 0 && (data35 = coerced19, data29 !== void 0 && (data29.active = coerced19));
              }
            }
            if (data29.events !== void 0) {
              let data36 = data29.events;
              if (Array.isArray(data36)) {
                if (data36.length < 1) {
                  let err64 = { instancePath: instancePath + "/hooks/" + i3 + "/events", schemaPath: "providers/boldpenguin.json/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.events, data: data36 };
                  vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                }
                let len4 = data36.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data37 = data36[i4];
                  if (typeof data37 != "string") {
                    let dataType20 = typeof data37, coerced20;
                    if (coerced20 === void 0)
                      if (dataType20 == "number" || dataType20 == "boolean")
                        coerced20 = "" + data37;
                      else if (data37 === null)
                        coerced20 = "";
                      else {
                        let err65 = { instancePath: instancePath + "/hooks/" + i3 + "/events/" + i4, schemaPath: "providers/boldpenguin.json/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.events.items.type, parentSchema: schema15.properties.events.items, data: data37 };
                        vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                      }
                    coerced20 !== void 0 && (data37 = coerced20, data36 !== void 0 && (data36[i4] = coerced20));
                  }
                  if (typeof data37 == "string" && !pattern6.test(data37)) {
                    let err66 = { instancePath: instancePath + "/hooks/" + i3 + "/events/" + i4, schemaPath: "providers/boldpenguin.json/properties/events/items/pattern", keyword: "pattern", params: { pattern: "^(\\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$" }, message: 'must match pattern "^(\\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$"', schema: "^(\\*|(question_set|quote_request|carrier|application_form)(:[a-z_]+)?)$", parentSchema: schema15.properties.events.items, data: data37 };
                    vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                  }
                }
              } else {
                let err67 = { instancePath: instancePath + "/hooks/" + i3 + "/events", schemaPath: "providers/boldpenguin.json/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.events.type, parentSchema: schema15.properties.events, data: data36 };
                vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
              }
            }
          } else {
            let err68 = { instancePath: instancePath + "/hooks/" + i3, schemaPath: "providers/boldpenguin.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data29 };
            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
          }
        }
      } else {
        let err69 = { instancePath: instancePath + "/hooks", schemaPath: "#/allOf/2/then/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.allOf[2].then.properties.hooks.type, parentSchema: schema12.allOf[2].then.properties.hooks, data: data28 };
        vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
      }
    }
    var _valid2 = _errs75 === errors;
    valid22 = _valid2;
  }
  if (!valid22) {
    let err70 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[2].if, parentSchema: schema12.allOf[2], data };
    vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
  }
  let _errs99 = errors, valid31 = !0, _errs100 = errors;
  if (errors === _errs100)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.provider === void 0 && (missing3 = "provider")) {
        let err71 = {};
        vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
      } else if (data.provider !== void 0 && data.provider !== "nursa") {
        let err72 = {};
        vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
      }
    } else {
      let err73 = {};
      vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
    }
  var _valid3 = _errs100 === errors;
  if (errors = _errs99, vErrors !== null && (_errs99 ? vErrors.length = _errs99 : vErrors = null), _valid3) {
    let _errs103 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.hooks !== void 0) {
      let data39 = data.hooks;
      if (Array.isArray(data39)) {
        let len5 = data39.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data40 = data39[i5];
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            for (let key8 in data40)
              if (!(key8 === "id" || key8 === "protect" || key8 === "url" || key8 === "events" || key8 === "secrets")) {
                let err74 = { instancePath: instancePath + "/hooks/" + i5, schemaPath: "providers/nursa.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema16, data: data40 };
                vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
              }
            if (data40.id !== void 0) {
              let data41 = data40.id;
              if (typeof data41 != "string") {
                let dataType21 = typeof data41, coerced21;
                if (coerced21 === void 0)
                  if (dataType21 == "number" || dataType21 == "boolean")
                    coerced21 = "" + data41;
                  else if (data41 === null)
                    coerced21 = "";
                  else {
                    let err75 = { instancePath: instancePath + "/hooks/" + i5 + "/id", schemaPath: "providers/nursa.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.id.type, parentSchema: schema16.properties.id, data: data41 };
                    vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                  }
                coerced21 !== void 0 && (data41 = coerced21, data40 !== void 0 && (data40.id = coerced21));
              }
              if (typeof data41 == "string" && func2(data41) < 1) {
                let err76 = { instancePath: instancePath + "/hooks/" + i5 + "/id", schemaPath: "providers/nursa.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.id, data: data41 };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
            }
            if (data40.protect !== void 0) {
              let data42 = data40.protect;
              if (typeof data42 != "boolean") {
                let coerced22;
                if (coerced22 === void 0)
                  if (data42 === "false" || data42 === 0 || data42 === null)
                    coerced22 = !1;
                  else if (data42 === "true" || data42 === 1)
                    coerced22 = !0;
                  else {
                    let err77 = { instancePath: instancePath + "/hooks/" + i5 + "/protect", schemaPath: "providers/nursa.json/properties/protect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.protect.type, parentSchema: schema16.properties.protect, data: data42 };
                    vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                  }
                coerced22 !== void 0 && (data42 = coerced22, data40 !== void 0 && (data40.protect = coerced22));
              }
            }
            if (data40.url !== void 0) {
              let data43 = data40.url;
              if (typeof data43 != "string") {
                let dataType23 = typeof data43, coerced23;
                if (coerced23 === void 0)
                  if (dataType23 == "number" || dataType23 == "boolean")
                    coerced23 = "" + data43;
                  else if (data43 === null)
                    coerced23 = "";
                  else {
                    let err78 = { instancePath: instancePath + "/hooks/" + i5 + "/url", schemaPath: "providers/nursa.json/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.url.type, parentSchema: schema16.properties.url, data: data43 };
                    vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                  }
                coerced23 !== void 0 && (data43 = coerced23, data40 !== void 0 && (data40.url = coerced23));
              }
              if (typeof data43 == "string" && !pattern7.test(data43)) {
                let err79 = { instancePath: instancePath + "/hooks/" + i5 + "/url", schemaPath: "providers/nursa.json/properties/url/pattern", keyword: "pattern", params: { pattern: "^https://\\S+$" }, message: 'must match pattern "^https://\\S+$"', schema: "^https://\\S+$", parentSchema: schema16.properties.url, data: data43 };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            }
            if (data40.events !== void 0) {
              let data44 = data40.events;
              if (Array.isArray(data44)) {
                if (data44.length < 1) {
                  let err80 = { instancePath: instancePath + "/hooks/" + i5 + "/events", schemaPath: "providers/nursa.json/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema16.properties.events, data: data44 };
                  vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                }
                let len6 = data44.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data45 = data44[i6];
                  if (!(data45 === "all" || data45 === "facility.user-connection.accepted" || data45 === "facility.user-connection.rejected" || data45 === "facility.creation.accepted" || data45 === "facility.creation.rejected")) {
                    let err81 = { instancePath: instancePath + "/hooks/" + i5 + "/events/" + i6, schemaPath: "providers/nursa.json/properties/events/items/enum", keyword: "enum", params: { allowedValues: schema16.properties.events.items.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.events.items.enum, parentSchema: schema16.properties.events.items, data: data45 };
                    vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                  }
                }
              } else {
                let err82 = { instancePath: instancePath + "/hooks/" + i5 + "/events", schemaPath: "providers/nursa.json/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.events.type, parentSchema: schema16.properties.events, data: data44 };
                vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
              }
            }
            if (data40.secrets !== void 0) {
              let data46 = data40.secrets;
              if (Array.isArray(data46)) {
                if (data46.length > 2) {
                  let err83 = { instancePath: instancePath + "/hooks/" + i5 + "/secrets", schemaPath: "providers/nursa.json/properties/secrets/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema16.properties.secrets, data: data46 };
                  vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                }
                if (data46.length < 1) {
                  let err84 = { instancePath: instancePath + "/hooks/" + i5 + "/secrets", schemaPath: "providers/nursa.json/properties/secrets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema16.properties.secrets, data: data46 };
                  vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                }
                let len7 = data46.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data47 = data46[i7];
                  if (typeof data47 != "string") {
                    let dataType24 = typeof data47, coerced24;
                    if (coerced24 === void 0)
                      if (dataType24 == "number" || dataType24 == "boolean")
                        coerced24 = "" + data47;
                      else if (data47 === null)
                        coerced24 = "";
                      else {
                        let err85 = { instancePath: instancePath + "/hooks/" + i5 + "/secrets/" + i7, schemaPath: "providers/nursa.json/properties/secrets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.secrets.items.type, parentSchema: schema16.properties.secrets.items, data: data47 };
                        vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                      }
                    coerced24 !== void 0 && (data47 = coerced24, data46 !== void 0 && (data46[i7] = coerced24));
                  }
                  if (typeof data47 == "string" && func2(data47) < 1) {
                    let err86 = { instancePath: instancePath + "/hooks/" + i5 + "/secrets/" + i7, schemaPath: "providers/nursa.json/properties/secrets/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.secrets.items, data: data47 };
                    vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                  }
                }
              } else {
                let err87 = { instancePath: instancePath + "/hooks/" + i5 + "/secrets", schemaPath: "providers/nursa.json/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.secrets.type, parentSchema: schema16.properties.secrets, data: data46 };
                vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
              }
            }
          } else {
            let err88 = { instancePath: instancePath + "/hooks/" + i5, schemaPath: "providers/nursa.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data40 };
            vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
          }
        }
      } else {
        let err89 = { instancePath: instancePath + "/hooks", schemaPath: "#/allOf/3/then/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.allOf[3].then.properties.hooks.type, parentSchema: schema12.allOf[3].then.properties.hooks, data: data39 };
        vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
      }
    }
    var _valid3 = _errs103 === errors;
    valid31 = _valid3;
  }
  if (!valid31) {
    let err90 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[3].if, parentSchema: schema12.allOf[3], data };
    vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err91 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
    }
    if (data.endpoint === void 0) {
      let err92 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
    }
    if (data.auth === void 0) {
      let err93 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" }, message: "must have required property 'auth'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
    }
    if (data.hooks === void 0) {
      let err94 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hooks" }, message: "must have required property 'hooks'", schema: schema12.required, parentSchema: schema12, data };
      vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
    }
    for (let key9 in data)
      if (!(key9 === "provider" || key9 === "endpoint" || key9 === "auth" || key9 === "prune" || key9 === "rateLimit" || key9 === "hooks" || key9 === "maxDeletes" || key9 === "owns")) {
        let err95 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema12, data };
        vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
      }
    if (data.provider !== void 0) {
      let data48 = data.provider;
      if (!(data48 === "logto" || data48 === "auth0" || data48 === "boldpenguin" || data48 === "nursa")) {
        let err96 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema12.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.provider.enum, parentSchema: schema12.properties.provider, data: data48 };
        vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data49 = data.endpoint;
      if (typeof data49 != "string") {
        let dataType25 = typeof data49, coerced25;
        if (coerced25 === void 0)
          if (dataType25 == "number" || dataType25 == "boolean")
            coerced25 = "" + data49;
          else if (data49 === null)
            coerced25 = "";
          else {
            let err97 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.endpoint.type, parentSchema: schema12.properties.endpoint, data: data49 };
            vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
          }
        coerced25 !== void 0 && (data49 = coerced25, data !== void 0 && (data.endpoint = coerced25));
      }
      if (typeof data49 == "string" && func2(data49) < 1) {
        let err98 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.endpoint, data: data49 };
        vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
      }
    }
    if (data.auth !== void 0) {
      let data50 = data.auth;
      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
        if (data50.clientId === void 0) {
          let err99 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'", schema: schema12.properties.auth.required, parentSchema: schema12.properties.auth, data: data50 };
          vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
        }
        if (data50.clientSecret === void 0) {
          let err100 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/required", keyword: "required", params: { missingProperty: "clientSecret" }, message: "must have required property 'clientSecret'", schema: schema12.properties.auth.required, parentSchema: schema12.properties.auth, data: data50 };
          vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
        }
        for (let key10 in data50)
          if (!(key10 === "clientId" || key10 === "clientSecret" || key10 === "tokenUrl")) {
            let err101 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema12.properties.auth, data: data50 };
            vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
          }
        if (data50.clientId !== void 0) {
          let data51 = data50.clientId;
          if (typeof data51 != "string") {
            let dataType26 = typeof data51, coerced26;
            if (coerced26 === void 0)
              if (dataType26 == "number" || dataType26 == "boolean")
                coerced26 = "" + data51;
              else if (data51 === null)
                coerced26 = "";
              else {
                let err102 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.auth.properties.clientId.type, parentSchema: schema12.properties.auth.properties.clientId, data: data51 };
                vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
              }
            coerced26 !== void 0 && (data51 = coerced26, data50 !== void 0 && (data50.clientId = coerced26));
          }
          if (typeof data51 == "string" && func2(data51) < 1) {
            let err103 = { instancePath: instancePath + "/auth/clientId", schemaPath: "#/properties/auth/properties/clientId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.auth.properties.clientId, data: data51 };
            vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
          }
        }
        if (data50.clientSecret !== void 0) {
          let data52 = data50.clientSecret;
          if (typeof data52 != "string") {
            let dataType27 = typeof data52, coerced27;
            if (coerced27 === void 0)
              if (dataType27 == "number" || dataType27 == "boolean")
                coerced27 = "" + data52;
              else if (data52 === null)
                coerced27 = "";
              else {
                let err104 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.auth.properties.clientSecret.type, parentSchema: schema12.properties.auth.properties.clientSecret, data: data52 };
                vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
              }
            coerced27 !== void 0 && (data52 = coerced27, data50 !== void 0 && (data50.clientSecret = coerced27));
          }
          if (typeof data52 == "string" && func2(data52) < 1) {
            let err105 = { instancePath: instancePath + "/auth/clientSecret", schemaPath: "#/properties/auth/properties/clientSecret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.auth.properties.clientSecret, data: data52 };
            vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
          }
        }
        if (data50.tokenUrl !== void 0) {
          let data53 = data50.tokenUrl;
          if (typeof data53 != "string") {
            let dataType28 = typeof data53, coerced28;
            if (coerced28 === void 0)
              if (dataType28 == "number" || dataType28 == "boolean")
                coerced28 = "" + data53;
              else if (data53 === null)
                coerced28 = "";
              else {
                let err106 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.auth.properties.tokenUrl.type, parentSchema: schema12.properties.auth.properties.tokenUrl, data: data53 };
                vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
              }
            coerced28 !== void 0 && (data53 = coerced28, data50 !== void 0 && (data50.tokenUrl = coerced28));
          }
          if (typeof data53 == "string" && func2(data53) < 1) {
            let err107 = { instancePath: instancePath + "/auth/tokenUrl", schemaPath: "#/properties/auth/properties/tokenUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.auth.properties.tokenUrl, data: data53 };
            vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
          }
        }
      } else {
        let err108 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.auth.type, parentSchema: schema12.properties.auth, data: data50 };
        vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
      }
    }
    if (data.prune !== void 0) {
      let data54 = data.prune;
      if (!(data54 === !0 || data54 === !1 || data54 === "all")) {
        let err109 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/enum", keyword: "enum", params: { allowedValues: schema12.properties.prune.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.prune.enum, parentSchema: schema12.properties.prune, data: data54 };
        vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
      }
    }
    if (data.rateLimit !== void 0) {
      let data55 = data.rateLimit;
      if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
        if (data55.requests === void 0) {
          let err110 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema12.properties.rateLimit.required, parentSchema: schema12.properties.rateLimit, data: data55 };
          vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
        }
        if (data55.per === void 0) {
          let err111 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'", schema: schema12.properties.rateLimit.required, parentSchema: schema12.properties.rateLimit, data: data55 };
          vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
        }
        for (let key11 in data55)
          if (!(key11 === "requests" || key11 === "per")) {
            let err112 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema12.properties.rateLimit, data: data55 };
            vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
          }
        if (data55.requests !== void 0) {
          let data56 = data55.requests;
          if (!(typeof data56 == "number" && !(data56 % 1) && !isNaN(data56) && isFinite(data56))) {
            let dataType29 = typeof data56, coerced29;
            if (coerced29 === void 0)
              if (dataType29 === "boolean" || data56 === null || dataType29 === "string" && data56 && data56 == +data56 && !(data56 % 1))
                coerced29 = +data56;
              else {
                let err113 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.rateLimit.properties.requests.type, parentSchema: schema12.properties.rateLimit.properties.requests, data: data56 };
                vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
              }
            coerced29 !== void 0 && (data56 = coerced29, data55 !== void 0 && (data55.requests = coerced29));
          }
          if (typeof data56 == "number" && isFinite(data56) && (data56 < 1 || isNaN(data56))) {
            let err114 = { instancePath: instancePath + "/rateLimit/requests", schemaPath: "#/properties/rateLimit/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.rateLimit.properties.requests, data: data56 };
            vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
          }
        }
        if (data55.per !== void 0) {
          let data57 = data55.per;
          if (typeof data57 != "string") {
            let dataType30 = typeof data57, coerced30;
            if (coerced30 === void 0)
              if (dataType30 == "number" || dataType30 == "boolean")
                coerced30 = "" + data57;
              else if (data57 === null)
                coerced30 = "";
              else {
                let err115 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.rateLimit.properties.per.type, parentSchema: schema12.properties.rateLimit.properties.per, data: data57 };
                vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
              }
            coerced30 !== void 0 && (data57 = coerced30, data55 !== void 0 && (data55.per = coerced30));
          }
          if (typeof data57 == "string" && !pattern8.test(data57)) {
            let err116 = { instancePath: instancePath + "/rateLimit/per", schemaPath: "#/properties/rateLimit/properties/per/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)?\\s*$", parentSchema: schema12.properties.rateLimit.properties.per, data: data57 };
            vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
          }
        }
      } else {
        let err117 = { instancePath: instancePath + "/rateLimit", schemaPath: "#/properties/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.rateLimit.type, parentSchema: schema12.properties.rateLimit, data: data55 };
        vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
      }
    }
    if (data.hooks !== void 0) {
      let data58 = data.hooks;
      if (!Array.isArray(data58)) {
        let err118 = { instancePath: instancePath + "/hooks", schemaPath: "#/properties/hooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.hooks.type, parentSchema: schema12.properties.hooks, data: data58 };
        vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
      }
    }
    if (data.maxDeletes !== void 0) {
      let data59 = data.maxDeletes;
      if (!(typeof data59 == "number" && !(data59 % 1) && !isNaN(data59) && isFinite(data59))) {
        let dataType31 = typeof data59, coerced31;
        if (coerced31 === void 0)
          if (dataType31 === "boolean" || data59 === null || dataType31 === "string" && data59 && data59 == +data59 && !(data59 % 1))
            coerced31 = +data59;
          else {
            let err119 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.maxDeletes.type, parentSchema: schema12.properties.maxDeletes, data: data59 };
            vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
          }
        coerced31 !== void 0 && (data59 = coerced31, data !== void 0 && (data.maxDeletes = coerced31));
      }
      if (typeof data59 == "number" && isFinite(data59) && (data59 < 0 || isNaN(data59))) {
        let err120 = { instancePath: instancePath + "/maxDeletes", schemaPath: "#/properties/maxDeletes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.maxDeletes, data: data59 };
        vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
      }
    }
    if (data.owns !== void 0) {
      let data60 = data.owns;
      if (typeof data60 != "string") {
        let dataType32 = typeof data60, coerced32;
        if (coerced32 === void 0)
          if (dataType32 == "number" || dataType32 == "boolean")
            coerced32 = "" + data60;
          else if (data60 === null)
            coerced32 = "";
          else {
            let err121 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.owns.type, parentSchema: schema12.properties.owns, data: data60 };
            vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
          }
        coerced32 !== void 0 && (data60 = coerced32, data !== void 0 && (data.owns = coerced32));
      }
      if (typeof data60 == "string" && func2(data60) < 1) {
        let err122 = { instancePath: instancePath + "/owns", schemaPath: "#/properties/owns/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.owns, data: data60 };
        vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
      }
    }
  } else {
    let err123 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
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
