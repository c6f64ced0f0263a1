/**
 * Builds a client from its settings: the OkHttp client, the transport chain and the request
 * executor; not a supported API.
 */
package dev.gradiant.sdk.internal.client;
