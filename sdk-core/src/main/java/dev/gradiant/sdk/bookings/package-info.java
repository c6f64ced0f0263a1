/** Bookings of practitioners: the booking resource, its statuses and session types. */
package dev.gradiant.sdk.bookings;
