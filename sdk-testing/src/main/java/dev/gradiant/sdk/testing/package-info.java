/**
 * {@link dev.gradiant.sdk.testing.GradiantSandbox}: an in-process, stateful Gradiant API v1 on
 * 127.0.0.1 for tests of your integration and for demos, with knobs for rate limits, failures and
 * delays, a record of every request and signed webhook deliveries.
 */
package dev.gradiant.sdk.testing;
