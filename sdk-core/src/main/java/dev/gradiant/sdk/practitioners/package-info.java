/**
 * The practitioner directory: {@link dev.gradiant.sdk.practitioners.PractitionersClient}, the
 * practitioner's public profile, search filters, and availability slots.
 */
package dev.gradiant.sdk.practitioners;
