/** Users: accounts, preferences, health profiles and each user's bookings. */
package dev.gradiant.sdk.users;
