/**
 * The types every part of the SDK shares: responses and their metadata, rate limits, money,
 * extensible enums, per-call options and credentials.
 */
package dev.gradiant.sdk.core;
