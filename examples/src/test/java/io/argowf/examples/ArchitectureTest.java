package io.argowf.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of the published code (every module's main classes, as this module's test class path holds
 * them), checked on the bytecode with ArchUnit:
 *
 * <ul>
 *   <li>no class uses another module's {@code internal} package (shared-on-purpose code lives in an {@code spi}
 *       package), whatever its package name: the module is where the class file comes from (its jar or folder);
 *   <li>no cycles between packages, with one kind of edge left out on purpose: an engine naming the API types of the
 *       front door it sits behind (sdk-model's {@code internal} packages throw {@code ManifestException} and report
 *       {@code Lint.Problem}; sdk-client's transport throws {@code ArgoException}; sdk-dsl's YAML-to-Java engine names the DSL classes the code it writes calls;
 *       step-runtime's {@code spi}, the engine shared with the local runner, runs the user's {@code JavaStep} with a
 *       {@code StepContext}). The front door reaches its engine through the engine's entry classes only, and no
 *       other package takes part in such a cycle; the base types generated classes build on live below the front
 *       doors ({@code io.argowf.model.k8s.Resource}, {@code io.argowf.model.style}). Every other module is checked
 *       without exceptions.
 * </ul>
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.argowf");
  }

  @Test
  void noModuleUsesAnotherModulesInternalPackage() {
    noClasses().should(useAnotherModulesInternals()).check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.argowf.(**)").should().beFreeOfCycles()
        // engines name the API types of the front door they sit behind (the exceptions they throw, the problems
        // they report), as OkHttp's internal packages name okhttp3's Request and Response
        .ignoreDependency(resideInAPackage("io.argowf.model.internal.."), resideInAPackage("io.argowf.model"))
        .ignoreDependency(resideInAPackage("io.argowf.client.internal.."), resideInAPackage("io.argowf.client"))
        .ignoreDependency(resideInAPackage("io.argowf.dsl.internal.."), resideInAPackage("io.argowf.dsl"))
        .ignoreDependency(resideInAPackage("io.argowf.step.spi"), resideInAPackage("io.argowf.step"))
        .check(classes);
  }

  private static ArchCondition<JavaClass> useAnotherModulesInternals() {
    return new ArchCondition<>("use another module's internal package") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          if (isInternal(target) && !module(target).equals(module(c))) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription() + " (" + module(target) + ")"));
          }
        }
      }
    };
  }

  private static boolean isInternal(JavaClass c) {
    return c.getPackageName().matches("io\\.argowf\\.[a-z0-9.]*\\binternal\\b.*");
  }

  /** Where the class file comes from: its jar, or the classes folder of its module; "" for JDK or unknown. */
  private static String module(JavaClass c) {
    return c.getSource().map(s -> {
      String uri = s.getUri().toString();
      int bang = uri.indexOf("!/");
      if (bang >= 0) return uri.substring(0, bang);
      int pkg = uri.indexOf("/io/argowf/");
      return pkg >= 0 ? uri.substring(0, pkg) : uri;
    }).orElse("");
  }
}
