/**
 * Sharing a user's health records with a practitioner, with consent: until an expiry, revocable.
 */
package dev.gradiant.sdk.healthrecords;
