/**
 * The authentication endpoints: login with a password or a one-time password, token refresh, and
 * OAuth 2.0 authorization code with PKCE. The credentials the client sends are in {@link
 * dev.gradiant.sdk.core.Credentials} and {@link dev.gradiant.sdk.credentials}.
 */
package dev.gradiant.sdk.auth;
