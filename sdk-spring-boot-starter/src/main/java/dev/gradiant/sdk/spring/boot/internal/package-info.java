/** The starter's implementation: not part of its API, may change in any release. */
package dev.gradiant.sdk.spring.boot.internal;
