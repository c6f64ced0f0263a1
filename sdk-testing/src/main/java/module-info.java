/**
 * A local sandbox of the Gradiant API for users' tests. Start with {@link
 * dev.gradiant.sdk.testing.GradiantSandbox}.
 *
 * <p>Exports {@code dev.gradiant.sdk.testing} only. JUnit Jupiter is needed only for {@link
 * dev.gradiant.sdk.testing.GradiantSandboxExtension}, so it is not required at run time.
 */
// graphql-java and reactive-streams ship no module descriptor (Automatic-Module-Names
// com.graphqljava, org.reactivestreams)
@SuppressWarnings("requires-automatic")
module dev.gradiant.sdk.testing {
  requires dev.gradiant.sdk.webhooks;
  requires java.net.http;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.graphqljava;
  requires jdk.httpserver;
  requires mockwebserver3;
  requires okhttp3;
  requires org.reactivestreams;
  requires static org.junit.jupiter.api;

  exports dev.gradiant.sdk.testing;
}
