/** Client configuration checks (base URL, user agent); not a supported API. */
package dev.gradiant.sdk.internal.config;
