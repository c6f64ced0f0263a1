/** Conversations between users and practitioners: messages and streamed file uploads. */
package dev.gradiant.sdk.conversations;
