/** The health endpoint, for uptime monitoring. */
package dev.gradiant.sdk.health;
