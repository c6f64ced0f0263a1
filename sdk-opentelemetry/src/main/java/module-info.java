/**
 * OpenTelemetry traces of the Gradiant client's calls. Start with {@link
 * dev.gradiant.sdk.opentelemetry.GradiantTracing}.
 *
 * <p>Exports {@code dev.gradiant.sdk.opentelemetry} only. Its API names {@code OpenTelemetry} and
 * the SDK's {@code CallObserver}, so both modules are read transitively.
 */
// opentelemetry-api and -context ship no module descriptor, only an Automatic-Module-Name
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.gradiant.sdk.opentelemetry {
  requires transitive dev.gradiant.sdk;
  requires transitive io.opentelemetry.api;
  requires io.opentelemetry.context;

  exports dev.gradiant.sdk.opentelemetry;
}
