/**
 * Implementation of the webhook module: signature schemes, keys and JSON reading; not a supported
 * API and free to change in any release.
 */
package dev.gradiant.sdk.webhooks.internal;
