package org.fcsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: scenario → model → simulation → statistics → report. The model is
 * headless (no files, charts or command line), and nothing uses SSJ's global simulator.
 */
class LayeringTest {
  private static final JavaClasses FCSIM = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.fcsim");
  private static final String[] MODEL = {
      "org.fcsim.model..", "org.fcsim.agent..", "org.fcsim.floor..", "org.fcsim.flow..", "org.fcsim.policy..",
      "org.fcsim.sim..", "org.fcsim.task.."};

  @Test
  void theModelNeverWritesFilesNorImportsChartsReportsOrTheCommandLine() {
    noClasses().that().resideInAnyPackage(MODEL)
        .should().dependOnClassesThat().resideInAnyPackage("org.fcsim.report..", "org.fcsim.cli..", "org.fcsim.experiment..",
            "org.jfree..", "picocli..", "java.nio.file..", "java.io..")
        .check(FCSIM);
  }

  /**
   * Dependencies between packages point one way: no two packages know each other, directly or
   * through others. No ignored dependency and no merged packages.
   */
  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.fcsim.(*)..").should().beFreeOfCycles().check(FCSIM);
  }

  @Test
  void reportsNeverTouchTheSimulator() {
    noClasses().that().resideInAPackage("org.fcsim.report..")
        .should().dependOnClassesThat().resideInAnyPackage("umontreal.ssj.simevents..", "org.fcsim.model..",
            "org.fcsim.agent..", "org.fcsim.flow..", "org.fcsim.sim..")
        .check(FCSIM);
  }

  @Test
  void nothingUsesSsjsGlobalSimulator() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("umontreal.ssj.simevents.Sim")
        .check(FCSIM);
  }

  @Test
  void scenariosDoNotDependOnTheSimulation() {
    noClasses().that().resideInAPackage("org.fcsim.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("org.fcsim.model..", "org.fcsim.flow..", "org.fcsim.sim..",
            "org.fcsim.experiment..", "org.fcsim.report..", "umontreal.ssj..")
        .check(FCSIM);
  }
}
