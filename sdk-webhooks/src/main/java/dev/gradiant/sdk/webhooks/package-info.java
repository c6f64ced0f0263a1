/** Verifies Gradiant webhook signatures and turns verified deliveries into typed events. */
package dev.gradiant.sdk.webhooks;
