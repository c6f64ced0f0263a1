/** Request logging that never writes credentials or personal data; not a supported API. */
package dev.gradiant.sdk.internal.logging;
