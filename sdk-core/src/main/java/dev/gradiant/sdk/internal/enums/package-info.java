/** Support for forward-compatible enumerations; not a supported API. */
package dev.gradiant.sdk.internal.enums;
