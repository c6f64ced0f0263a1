/**
 * Authentication: credentials for the client (bearer tokens, API keys, custom providers), login
 * with a password or a one-time password, token refresh, and OAuth 2.0 authorization code with
 * PKCE.
 */
package dev.gradiant.sdk.auth;
