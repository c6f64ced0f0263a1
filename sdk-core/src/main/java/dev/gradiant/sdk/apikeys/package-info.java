/** The account's API keys: create one (its secret is shown once), list them, revoke one. */
package dev.gradiant.sdk.apikeys;
