/** GraphQL queries and mutations over HTTP ({@code client.graphql()}), with a cursor pager. */
package dev.gradiant.sdk.graphql;
