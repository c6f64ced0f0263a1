/** Argument checks run before a request is built; not a supported API. */
package dev.gradiant.sdk.internal.validation;
