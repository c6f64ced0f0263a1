/** Session and user analytics for dashboards. */
package dev.gradiant.sdk.analytics;
