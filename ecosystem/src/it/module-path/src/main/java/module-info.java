/**
 * The consumer app as a named module: it compiles and runs only if each SDK artifact is a module of
 * the expected name that exports the packages the app uses.
 */
module com.example.consumer {
  requires dev.gradiant.sdk;
  requires dev.gradiant.sdk.webhooks;
  requires dev.gradiant.sdk.testing;
}
