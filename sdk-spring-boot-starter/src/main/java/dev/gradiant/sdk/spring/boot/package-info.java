/**
 * Spring Boot auto-configuration for the Gradiant SDK: a {@link dev.gradiant.sdk.GradiantClient}
 * from {@code gradiant.*} properties ({@link dev.gradiant.sdk.spring.boot.GradiantProperties}), a
 * health indicator, and a {@link dev.gradiant.sdk.webhooks.WebhookVerifier}.
 */
package dev.gradiant.sdk.spring.boot;
