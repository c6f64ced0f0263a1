/**
 * Spring Boot auto-configuration for the Gradiant SDK: a {@link dev.gradiant.sdk.GradiantClient}
 * from {@code gradiant.*} properties ({@link dev.gradiant.sdk.spring.boot.GradiantProperties}), a
 * health indicator, a {@link dev.gradiant.sdk.webhooks.WebhookVerifier}, and the OpenTelemetry and
 * Micrometer observers when their modules are on the class path.
 */
package dev.gradiant.sdk.spring.boot;
