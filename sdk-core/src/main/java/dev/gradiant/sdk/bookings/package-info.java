/**
 * Bookings of practitioners: {@link dev.gradiant.sdk.bookings.BookingsClient}, the booking
 * resource, its statuses and session types, and the create and update parameters.
 */
package dev.gradiant.sdk.bookings;
