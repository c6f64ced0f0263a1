/** The transport chain between a sub-client and OkHttp; not a supported API. */
package dev.gradiant.sdk.internal.http;
