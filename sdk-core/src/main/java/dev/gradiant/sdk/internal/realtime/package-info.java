/**
 * Wiring of the live feed ({@code client.realtime()}): its URL, the OkHttp client its WebSocket
 * runs on, and how the client creates it. Not part of the API.
 */
package dev.gradiant.sdk.internal.realtime;
