package dev.gradiant.sdk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package graph of sdk-core has no cycles and is layered, lowest first:
 *
 * <ol>
 *   <li>JDK-only leaves: {@code internal.headers} (reading header values), {@code
 *       internal.validation} (checking and copying arguments), {@code internal.concurrent} (futures
 *       and threads);
 *   <li>{@code core}: the shared public types (responses, headers, credentials, options);
 *   <li>{@code observability}: the observer API, which names only {@code core} (the rate-limit
 *       budget) and the JDK, so that the transport can report to it;
 *   <li>{@code errors}, then {@code pagination};
 *   <li>the rest of {@code internal} (transport, retries, JSON, logging);
 *   <li>{@code credentials} (the token machinery), then the resource packages;
 *   <li>the root package: {@code GradiantClient}, its builder and {@code AsyncGradiantClient}.
 * </ol>
 *
 * A lower layer never names a higher one. Among the resource packages the documented edges are the
 * models one returns from another: {@code auth} returns a {@code users.User} (login) and a {@code
 * credentials.TokenSet}; {@code users}, {@code sessions} and {@code practitioners} use {@code
 * bookings.Booking}, {@code BookingStatus} and {@code SessionType}; {@code payments} uses {@code
 * bookings.PaymentStatus}. {@link #packagesFormNoCycle} keeps them one-way.
 *
 * <p>One internal package is not shared machinery: {@code internal.realtime} implements the live
 * feed's API ({@code realtime.RealtimeFeed}) and builds its events, so it names {@code realtime}
 * and the models those events carry ({@code bookings}, {@code conversations}), and nothing else
 * above {@code internal}; the public {@code realtime} package never names it back.
 */
@AnalyzeClasses(packages = "dev.gradiant.sdk", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependencyTest {
  private static final String SDK = "dev.gradiant.sdk..";
  private static final String CORE = "dev.gradiant.sdk.core..";
  private static final String ERRORS = "dev.gradiant.sdk.errors..";
  private static final String PAGINATION = "dev.gradiant.sdk.pagination..";
  private static final String INTERNAL = "dev.gradiant.sdk.internal..";
  private static final String OBSERVABILITY = "dev.gradiant.sdk.observability..";
  private static final String REALTIME = "dev.gradiant.sdk.realtime..";
  private static final String REALTIME_IMPLEMENTATION = "dev.gradiant.sdk.internal.realtime..";
  private static final String[] JDK_ONLY_LEAVES = {
    "dev.gradiant.sdk.internal.headers..",
    "dev.gradiant.sdk.internal.validation..",
    "dev.gradiant.sdk.internal.concurrent.."
  };
  private static final String[] RESOURCES = {
    "dev.gradiant.sdk.auth..",
    "dev.gradiant.sdk.users..",
    "dev.gradiant.sdk.sessions..",
    "dev.gradiant.sdk.bookings..",
    "dev.gradiant.sdk.practitioners..",
    "dev.gradiant.sdk.analytics..",
    "dev.gradiant.sdk.health..",
    "dev.gradiant.sdk.webhookendpoints..",
    "dev.gradiant.sdk.healthrecords..",
    "dev.gradiant.sdk.apikeys..",
    "dev.gradiant.sdk.payments..",
    "dev.gradiant.sdk.grants..",
    "dev.gradiant.sdk.wearables..",
    "dev.gradiant.sdk.conversations..",
    "dev.gradiant.sdk.graphql..",
    "dev.gradiant.sdk.realtime.."
  };

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices()
          .matching("dev.gradiant.(**)")
          .namingSlices("$1")
          .should()
          .beFreeOfCycles()
          .because("a package cycle makes every package of it one unit to change and to test");

  @ArchTest
  static final ArchRule internalUsesOnlyCoreErrorsPaginationObservabilityAndInternal =
      classes()
          .that()
          .resideInAPackage(INTERNAL)
          .and()
          .resideOutsideOfPackage(REALTIME_IMPLEMENTATION)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(SDK)
                  .or(resideInAnyPackage(CORE, ERRORS, PAGINATION, OBSERVABILITY, INTERNAL)))
          .because(
              "internal machinery serves every resource package, so it must not name any of them,"
                  + " the credentials implementations or the client");

  @ArchTest
  static final ArchRule theFeedsImplementationNamesOnlyItsApiAndTheModelsItsEventsCarry =
      classes()
          .that()
          .resideInAPackage(REALTIME_IMPLEMENTATION)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(SDK)
                  .or(
                      resideInAnyPackage(
                          CORE,
                          ERRORS,
                          INTERNAL,
                          REALTIME,
                          "dev.gradiant.sdk.bookings..",
                          "dev.gradiant.sdk.conversations..")))
          .because(
              "the feed's machinery implements the realtime API; like the rest of internal it"
                  + " must not reach into the client or the other resources");

  @ArchTest
  static final ArchRule theRealtimeApiNamesNoImplementationClass =
      noClasses()
          .that()
          .resideInAPackage(REALTIME)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(REALTIME_IMPLEMENTATION)
          .because(
              "the public feed API is what users compile against; its implementation may change"
                  + " in any release");

  @ArchTest
  static final ArchRule errorsDoNotReachIntoResilience =
      noClasses()
          .that()
          .resideInAPackage(ERRORS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.gradiant.sdk.internal.resilience..")
          .because("an exception describes a response; how calls are retried is not its concern");

  @ArchTest
  static final ArchRule coreUsesOnlyTheJdkOnlyLeaves =
      classes()
          .that()
          .resideInAPackage(CORE)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(SDK).or(resideInAnyPackage(concat(CORE, JDK_ONLY_LEAVES))))
          .because("every other package of the SDK uses core");

  @ArchTest
  static final ArchRule errorsUseOnlyCoreAndTheJdkOnlyLeaves =
      classes()
          .that()
          .resideInAPackage(ERRORS)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(SDK)
                  .or(resideInAnyPackage(concat(CORE, concat(ERRORS, JDK_ONLY_LEAVES)))))
          .because("the transport, retries and every resource package throw these exceptions");

  @ArchTest
  static final ArchRule paginationUsesOnlyCoreAndTheJdkOnlyLeaves =
      classes()
          .that()
          .resideInAPackage(PAGINATION)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(SDK)
                  .or(resideInAnyPackage(concat(CORE, concat(PAGINATION, JDK_ONLY_LEAVES)))))
          .because("the request executor builds pages, so pages must not reach back into it");

  @ArchTest
  static final ArchRule observabilityUsesOnlyCoreAndTheJdk =
      classes()
          .that()
          .resideInAPackage(OBSERVABILITY)
          .should()
          .onlyDependOnClassesThat(resideInAnyPackage("java..", CORE, OBSERVABILITY))
          .because(
              "observers are written against it alone, and the transport reports to it: it must"
                  + " not reach into the machinery or the resources");

  @ArchTest
  static final ArchRule jdkOnlyLeavesNameNoOtherPackageOfTheSdk =
      classes()
          .that()
          .resideInAnyPackage(JDK_ONLY_LEAVES)
          .should()
          .onlyDependOnClassesThat(resideInAnyPackage(concat("java..", JDK_ONLY_LEAVES)))
          .because("core uses them, so they may use nothing above the JDK");

  @ArchTest
  static final ArchRule credentialsUseOnlyCoreErrorsAndInternal =
      classes()
          .that()
          .resideInAPackage("dev.gradiant.sdk.credentials..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(SDK)
                  .or(resideInAnyPackage("dev.gradiant.sdk.credentials..", CORE, ERRORS, INTERNAL)))
          .because(
              "the auth endpoints hand out token sets; the token machinery needs none of them");

  @ArchTest
  static final ArchRule resourcePackagesDoNotNameTheClient =
      noClasses()
          .that()
          .resideInAnyPackage(RESOURCES)
          .or()
          .resideInAnyPackage("dev.gradiant.sdk.credentials..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.gradiant.sdk")
          .because("the client assembles the sub-clients, never the other way round");

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
