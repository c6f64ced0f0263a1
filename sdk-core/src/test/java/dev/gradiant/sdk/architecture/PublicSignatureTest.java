package dev.gradiant.sdk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noConstructors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The public API names only the SDK's own public types and the JDK's, and users reach the
 * sub-clients only through the client. No OkHttp, Okio, Kotlin, Jackson or Resilience4j type, and
 * no type of an {@code internal} package, appears in the signature of a public class, constructor,
 * method or field of a public package (supertypes, type arguments, parameters, results, thrown
 * types and type bounds included), so that none of them becomes a promise to keep. The one
 * exception is the documented extension point {@link
 * dev.gradiant.sdk.GradiantClientBuilder#httpClient(okhttp3.OkHttpClient)}.
 */
@AnalyzeClasses(packages = "dev.gradiant.sdk", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicSignatureTest {
  private static final Set<String> PRIMITIVE_OPTIONALS =
      Set.of(
          OptionalInt.class.getName(),
          OptionalLong.class.getName(),
          OptionalDouble.class.getName());
  private static final List<String> LIBRARIES =
      List.of("okhttp3.", "okio.", "kotlin.", "com.fasterxml.jackson.", "io.github.resilience4j.");

  /** Signatures allowed to name a foreign type, each a documented extension point. */
  private static final Set<String> EXTENSION_POINTS =
      Set.of("dev.gradiant.sdk.GradiantClientBuilder.httpClient(okhttp3.OkHttpClient)");

  @ArchTest
  static final ArchRule publicSignaturesNameNoInternalType =
      classes()
          .that(arePublicApi())
          .should(nameNoTypeOf("dev.gradiant.sdk.internal", List.of("dev.gradiant.sdk.internal.")));

  @ArchTest
  static final ArchRule subClientsHaveNoPublicConstructor =
      noConstructors()
          .that()
          .areDeclaredInClassesThat()
          .haveSimpleNameEndingWith("Client")
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("dev.gradiant.sdk.internal..")
          .should()
          .bePublic()
          .because("users reach the sub-clients only through GradiantClient");

  @ArchTest
  static final ArchRule publicSignaturesNameNoTransportOrJsonType =
      classes()
          .that(arePublicApi())
          .should(nameNoTypeOf("OkHttp, Okio, Kotlin, Jackson or Resilience4j", LIBRARIES));

  @ArchTest
  static final ArchRule publicMethodsReturnOneKindOfOptional =
      classes().that(arePublicApi()).should(returnOnlyOptionalOfAValue());

  /**
   * One Optional type: a value that may be absent is an {@code Optional<T>} (numbers too), never an
   * {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}; a list or map is never
   * wrapped in an {@code Optional} (absent is empty).
   */
  private static ArchCondition<JavaClass> returnOnlyOptionalOfAValue() {
    return new ArchCondition<>("return Optional<T> only, and never an Optional of a collection") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaMethod method : type.getMethods()) {
          if (!isVisible(method)) {
            continue;
          }
          String returned = method.getRawReturnType().getFullName();
          if (PRIMITIVE_OPTIONALS.contains(returned)) {
            events.add(
                SimpleConditionEvent.violated(
                    type, method.getFullName() + " returns " + returned + ", not Optional<T>"));
          }
          if (returned.equals(Optional.class.getName())
              && method.getReturnType() instanceof JavaParameterizedType optional
              && isCollection(optional.getActualTypeArguments().get(0).toErasure())) {
            events.add(
                SimpleConditionEvent.violated(
                    type,
                    method.getFullName()
                        + " returns an Optional of a collection; return it empty when absent"));
          }
        }
      }
    };
  }

  private static boolean isCollection(JavaClass type) {
    return type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class);
  }

  private static DescribedPredicate<JavaClass> arePublicApi() {
    return DescribedPredicate.describe(
        "are public types of public packages", PublicSignatureTest::isPublicApi);
  }

  private static boolean isPublicApi(JavaClass type) {
    if (type.getPackageName().contains(".internal")
        || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    return type.getEnclosingClass().map(PublicSignatureTest::isPublicApi).orElse(true);
  }

  private static ArchCondition<JavaClass> nameNoTypeOf(String what, List<String> prefixes) {
    return new ArchCondition<>("name no " + what + " type in public signatures") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Set<JavaClass> supertypes = new LinkedHashSet<>();
        type.getSuperclass().ifPresent(s -> supertypes.addAll(s.getAllInvolvedRawTypes()));
        for (JavaType face : type.getInterfaces()) {
          supertypes.addAll(face.getAllInvolvedRawTypes());
        }
        report(type.getFullName() + " (its supertypes)", supertypes, prefixes, type, events);
        for (JavaField field : type.getFields()) {
          if (isVisible(field)) {
            report(field.getFullName(), field.getAllInvolvedRawTypes(), prefixes, type, events);
          }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (isVisible(unit) && !EXTENSION_POINTS.contains(unit.getFullName())) {
            Set<JavaClass> named = new LinkedHashSet<>(unit.getAllInvolvedRawTypes());
            named.addAll(unit.getThrowsClause().getTypes());
            report(unit.getFullName(), named, prefixes, type, events);
          }
        }
      }
    };
  }

  private static boolean isVisible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC)
        && !modifiers.contains(JavaModifier.BRIDGE);
  }

  private static void report(
      String signature,
      Set<JavaClass> named,
      List<String> prefixes,
      JavaClass owner,
      ConditionEvents events) {
    for (JavaClass type : named) {
      String name = type.getBaseComponentType().getFullName();
      if (prefixes.stream().anyMatch(name::startsWith)) {
        events.add(SimpleConditionEvent.violated(owner, signature + " names " + name));
      }
    }
  }
}
