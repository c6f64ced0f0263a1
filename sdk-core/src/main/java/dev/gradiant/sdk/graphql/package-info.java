/**
 * GraphQL ({@code client.graphql()}): queries and mutations over HTTP, with a cursor pager, and
 * subscriptions over WebSocket ({@code graphql-transport-ws}).
 */
package dev.gradiant.sdk.graphql;
