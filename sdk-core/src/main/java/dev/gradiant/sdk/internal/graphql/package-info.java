/**
 * GraphQL subscriptions over WebSocket ({@code graphql-transport-ws}): the connection's state
 * machine, its frames, close codes, reconnect waits, and the buffers that hand results to the
 * application. Not part of the API.
 */
package dev.gradiant.sdk.internal.graphql;
