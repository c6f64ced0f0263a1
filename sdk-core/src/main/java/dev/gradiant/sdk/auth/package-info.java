/** How the client authenticates: bearer tokens, API keys, or a custom credentials provider. */
package dev.gradiant.sdk.auth;
