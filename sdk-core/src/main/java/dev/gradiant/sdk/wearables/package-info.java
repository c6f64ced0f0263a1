/** Batch ingestion of samples recorded by users' wearable devices. */
package dev.gradiant.sdk.wearables;
