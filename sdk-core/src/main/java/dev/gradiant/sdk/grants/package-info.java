/**
 * Patients' data-access grants: the grants the caller asked for, their status, scopes and expiry.
 */
package dev.gradiant.sdk.grants;
