package dev.gradiant.sdk.webhooks.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

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
 * The webhook module's public API names only its own public types and the JDK's: no Jackson type
 * (the module reads payloads with it, privately) and no type of its {@code internal} package
 * appears in the signature of a public class, constructor, method or field of the public package
 * (supertypes, type arguments, parameters, results, thrown types and type bounds included).
 */
@AnalyzeClasses(
    packages = "dev.gradiant.sdk.webhooks",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PublicSignatureTest {
  private static final Set<String> PRIMITIVE_OPTIONALS =
      Set.of(
          OptionalInt.class.getName(),
          OptionalLong.class.getName(),
          OptionalDouble.class.getName());

  @ArchTest
  static final ArchRule publicSignaturesNameNoJacksonType =
      classes()
          .that(arePublicApi())
          .should(nameNoTypeOf("Jackson", "com.fasterxml.jackson.", "tools.jackson."));

  @ArchTest
  static final ArchRule publicSignaturesNameNoInternalType =
      classes()
          .that(arePublicApi())
          .should(nameNoTypeOf("internal", "dev.gradiant.sdk.webhooks.internal."));

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

  private static ArchCondition<JavaClass> nameNoTypeOf(String what, String... prefixes) {
    List<String> forbidden = List.of(prefixes);
    return new ArchCondition<>("name no " + what + " type in public signatures") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Set<JavaClass> supertypes = new LinkedHashSet<>();
        type.getSuperclass().ifPresent(s -> supertypes.addAll(s.getAllInvolvedRawTypes()));
        for (JavaType face : type.getInterfaces()) {
          supertypes.addAll(face.getAllInvolvedRawTypes());
        }
        report(type.getFullName() + " (its supertypes)", supertypes, forbidden, type, events);
        for (JavaField field : type.getFields()) {
          if (isVisible(field)) {
            report(field.getFullName(), field.getAllInvolvedRawTypes(), forbidden, type, events);
          }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (isVisible(unit)) {
            Set<JavaClass> named = new LinkedHashSet<>(unit.getAllInvolvedRawTypes());
            named.addAll(unit.getThrowsClause().getTypes());
            report(unit.getFullName(), named, forbidden, type, events);
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
      List<String> forbidden,
      JavaClass owner,
      ConditionEvents events) {
    for (JavaClass type : named) {
      String name = type.getBaseComponentType().getFullName();
      if (forbidden.stream().anyMatch(name::startsWith)) {
        events.add(SimpleConditionEvent.violated(owner, signature + " names " + name));
      }
    }
  }
}
