/**
 * Credentials that renew themselves: {@link
 * dev.gradiant.sdk.credentials.RefreshingTokenCredentials} keeps an OAuth or JWT access token fresh
 * with its refresh token.
 */
package dev.gradiant.sdk.credentials;
