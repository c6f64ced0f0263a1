/**
 * The Gradiant API v1 client. Start with {@link dev.gradiant.sdk.GradiantClient}.
 *
 * <p>Exports the public packages only; {@code dev.gradiant.sdk.internal.*} is not part of the API.
 * OkHttp is read transitively because {@link
 * dev.gradiant.sdk.GradiantClientBuilder#httpClient(okhttp3.OkHttpClient)} is an extension point
 * that names it. The model packages are opened to Jackson, which reads and writes them by
 * reflection.
 */
// resilience4j and okio ship no module descriptor: javac warns about requiring automatic modules
@SuppressWarnings("requires-automatic")
module dev.gradiant.sdk {
  requires transitive okhttp3;
  requires okio;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires io.github.resilience4j.core;
  requires io.github.resilience4j.retry;
  requires org.slf4j;

  exports dev.gradiant.sdk;
  exports dev.gradiant.sdk.analytics;
  exports dev.gradiant.sdk.auth;
  exports dev.gradiant.sdk.bookings;
  exports dev.gradiant.sdk.core;
  exports dev.gradiant.sdk.credentials;
  exports dev.gradiant.sdk.errors;
  exports dev.gradiant.sdk.graphql;
  exports dev.gradiant.sdk.health;
  exports dev.gradiant.sdk.observability;
  exports dev.gradiant.sdk.pagination;
  exports dev.gradiant.sdk.practitioners;
  exports dev.gradiant.sdk.sessions;
  exports dev.gradiant.sdk.users;
  exports dev.gradiant.sdk.webhookendpoints;
  exports dev.gradiant.sdk.healthrecords;
  exports dev.gradiant.sdk.apikeys;
  exports dev.gradiant.sdk.payments;
  exports dev.gradiant.sdk.grants;
  exports dev.gradiant.sdk.wearables;
  exports dev.gradiant.sdk.conversations;
  exports dev.gradiant.sdk.realtime;

  opens dev.gradiant.sdk.analytics to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.auth to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.bookings to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.core to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.health to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.practitioners to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.sessions to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.users to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.webhookendpoints to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.healthrecords to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.apikeys to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.payments to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.grants to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.wearables to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.conversations to
      com.fasterxml.jackson.databind;
  opens dev.gradiant.sdk.internal.json to
      com.fasterxml.jackson.databind;
}
