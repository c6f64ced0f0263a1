/** Redaction of personal data in text; not a supported API. */
package dev.gradiant.sdk.internal.redaction;
