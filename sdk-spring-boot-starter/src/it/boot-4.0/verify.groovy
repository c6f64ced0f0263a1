// The tests ran on Spring Boot 4.0 (not on whatever the starter was compiled against), and none
// was skipped.
def log = new File(basedir, 'build.log').text
def expect = { text ->
  if (!log.contains(text.toString())) {
    throw new AssertionError("build.log of ${basedir.name} has no line with: ${text}")
  }
}
expect 'org.springframework.boot:spring-boot:jar:4.0.7'
expect 'org.springframework.boot:spring-boot-health:jar:4.0.7'
expect 'Running dev.gradiant.sdk.spring.boot.GradiantBoot4HealthAutoConfigurationTest'
expect 'Running dev.gradiant.sdk.spring.boot.app.WebhookReceiverApplicationTest'
expect 'Running dev.gradiant.sdk.spring.boot.GradiantTracingAutoConfigurationTest'
expect 'Running dev.gradiant.sdk.spring.boot.GradiantMetricsAutoConfigurationTest'
expect 'Running dev.gradiant.sdk.spring.boot.TracesAndMetricsOfACallTest'
// The observability modules ran on the Micrometer and OpenTelemetry that Boot 4.0.7 manages.
expect 'org.springframework.boot:spring-boot-opentelemetry:jar:4.0.7'
expect 'io.micrometer:micrometer-core:jar:1.16.6'
expect 'io.opentelemetry:opentelemetry-api:jar:1.55.0'
expect 'BUILD SUCCESS'
if (log =~ /Skipped: [1-9]/) {
  throw new AssertionError("build.log of ${basedir.name}: a test was skipped")
}
return true
