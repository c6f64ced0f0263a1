/** The Gradiant API client: {@link dev.gradiant.sdk.GradiantClient} and its asynchronous view. */
package dev.gradiant.sdk;
