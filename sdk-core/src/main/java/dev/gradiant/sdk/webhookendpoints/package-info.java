/**
 * Registration of the endpoints that receive webhook deliveries (verification is in sdk-webhooks).
 */
package dev.gradiant.sdk.webhookendpoints;
