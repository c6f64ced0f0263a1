/**
 * JMH benchmarks of the SDK beside the two clients a user would otherwise write or generate, and
 * the harness that shows the auto-pager's retained memory stays flat.
 */
package dev.gradiant.sdk.benchmarks;
