/**
 * Micrometer metrics of the Gradiant client's calls. Start with {@link
 * dev.gradiant.sdk.micrometer.GradiantMetrics}.
 *
 * <p>Exports {@code dev.gradiant.sdk.micrometer} only. Its API names Micrometer's {@code
 * MeterRegistry} and the SDK's {@code CallObserver}, so both modules are read transitively.
 */
// micrometer-core ships no module descriptor, only an Automatic-Module-Name
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.gradiant.sdk.micrometer {
  requires transitive dev.gradiant.sdk;
  requires transitive micrometer.core;

  exports dev.gradiant.sdk.micrometer;
}
