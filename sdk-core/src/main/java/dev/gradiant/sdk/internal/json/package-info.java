/** JSON mapping shared by every call: the configured mapper and the response envelope. */
package dev.gradiant.sdk.internal.json;
